"""Queued changes and the captured order they act on, for the tests of how a change is said."""

from __future__ import annotations

from typing import Any

from genuka_desk.models import Order, OrderEdit
from genuka_desk.service import Change, ChangeKind, ChangeState
from tests.support.fixtures import load_fixture


def captured_order() -> Order:
    """The captured order: one line, 4839 "Sac bleu", in XAF, its company paid by Cash (``cash``) or PawaPay."""
    return Order.from_raw(load_fixture("order-update.response.json"))


def queued(edit: OrderEdit | None = None, **facts: Any) -> Change:
    """A change of order ``o1`` waiting in the queue; ``facts`` give or replace any of its fields."""
    plain: dict[str, Any] = {
        "seq": 1,
        "id": "c1",
        "order_id": "o1",
        "order_ref": "#1",
        "kind": ChangeKind.UPDATE,
        "group_id": None,
        "edit": edit or OrderEdit(),
        "base": {},
        "base_updated_at": None,
        "state": ChangeState.PENDING,
    }
    return Change(**{**plain, **facts})
