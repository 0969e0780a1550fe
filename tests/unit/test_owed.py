"""What an order really owes and whether its payment status agrees with its money: the rule, and the
cache's SQL saying the same (the list's Balance, "Needs attention", the Today panel's "Still owed")."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.models import BillingStatus, LineChange, Order, OrderEdit, OrderState
from genuka_desk.models.owed import (
    PARTLY_PAID_CODE,
    PaymentMismatch,
    order_mismatch,
    order_owes,
    owes,
    partly_paid_problems,
    payment_mismatch,
)
from genuka_desk.store import ChangeKind, ListQuery, LocalStore
from tests.support.bodies import bodies

D = Decimal


def order(total: int = 3000, due: int | None = 3000, billing: str = "pending", **rest: Any) -> Order:
    body = bodies(1)[0]
    body.update(amount=total, amount_due=due, **rest)
    body["billing"] = {**body["billing"], "status": billing}
    return Order.from_raw(body)


@pytest.mark.parametrize(
    ("facts", "owed"),
    [
        ({}, D(1200)),  # an invoice owes its balance
        ({"state": 3}, D(1200)),  # a sales order too (the desk's counter sales on credit)
        ({"state": 2}, D(0)),  # a quotation is an offer
        ({"billing": "canceled"}, D(0)),  # a cancelled payment status: nothing to collect
        ({"billing": "cancelled"}, D(0)),  # (either spelling)
        ({"status": "cancelled"}, D(0)),  # a cancelled order
        ({"deleted_at": "2026-11-02T10:00:00Z"}, D(0)),  # a deleted one
        ({"due": -5}, D(0)),  # never below 0
        ({"due": None}, D(3000)),  # no balance said: the total
    ],
)
def test_what_an_order_really_owes(facts: dict[str, Any], owed: Decimal) -> None:
    facts = {"due": 1200, "state": 1, **facts}
    assert order_owes(order(**facts)) == owed


def test_owes_keeps_an_unknown_balance_unknown_where_it_counts() -> None:
    assert owes(None, cancelled=False, billing_status=BillingStatus.PENDING, state=OrderState.INVOICE) is None
    assert owes(None, cancelled=True, billing_status=BillingStatus.PENDING, state=OrderState.INVOICE) == 0


@pytest.mark.parametrize(
    ("billing", "due", "total", "found"),
    [
        ("paid", 1500, 4500, PaymentMismatch.PAID_WITH_BALANCE),  # a line raised after the payment
        ("paid", 0, 4500, None),
        ("partially_paid", 4500, 4500, PaymentMismatch.NOTHING_PAID),
        ("partially_paid", 2000, 4500, None),
        ("partially_paid", 0, 4500, PaymentMismatch.ALL_PAID),
        ("pending", 0, 4500, PaymentMismatch.ALL_PAID),
        ("unpaid", 0, 4500, PaymentMismatch.ALL_PAID),
        ("pending", 4500, 4500, None),
        ("pending", 0, 0, None),  # a free order owes nothing and is not wrong
        ("canceled", 4500, 4500, None),
    ],
)
def test_payment_status_at_odds_with_the_money(billing: str, due: int, total: int, found: Any) -> None:
    assert payment_mismatch(BillingStatus.parse(billing), D(due), D(total)) == found
    assert order_mismatch(order(total, due, billing)) == found


def test_no_mismatch_on_orders_that_owe_nothing_by_rule() -> None:
    assert order_mismatch(order(4500, 1500, "paid", status="cancelled")) is None
    assert order_mismatch(order(4500, 1500, "paid", state=2)) is None


def test_partly_paid_needs_a_payment() -> None:
    partly = OrderEdit(fields={"billing.status": "partially_paid"})
    refused = partly_paid_problems(order(3000, 3000, "pending"), partly)
    assert [(p.key, p.code) for p in refused] == [("billing.status", PARTLY_PAID_CODE)]
    assert partly_paid_problems(order(3000, 1000, "pending"), partly) == []  # 2,000 paid
    assert partly_paid_problems(order(3000, 3000, "partially_paid"), partly) == []  # already so: not this edit
    assert partly_paid_problems(order(3000, 3000, "pending"), OrderEdit(fields={"billing.status": "paid"})) == []
    assert partly_paid_problems(order(3000, 3000), OrderEdit(fields={"shipping.status": "delivered"})) == []


BILLINGS = ("pending", "paid", "partially_paid", "unpaid", "canceled")
STATES = (1, 2, 3)
DUES = (0, 1000, 3000)
GONE = ("", "status", "deleted")


def combos() -> list[dict[str, Any]]:
    """One body per combination of payment status, state, balance and cancellation."""
    out = []
    grid = list(itertools.product(BILLINGS, STATES, DUES, GONE))
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    for body, (billing, state, due, gone) in zip(bodies(len(grid)), grid, strict=True):
        body.update(amount=3000, amount_due=due, state=state)
        body["billing"] = {**body["billing"], "status": billing}
        body["created_at"] = (start + timedelta(minutes=len(out))).isoformat()
        if gone == "status":
            body["status"] = "cancelled"
        elif gone == "deleted":
            body["deleted_at"] = "2026-11-02T10:00:00Z"
        out.append(body)
    return out


def test_the_cache_says_the_same_as_the_rule(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    try:
        made = combos()
        store.cache.save_server_bodies(made)
        orders = {b["id"]: Order.from_raw(b) for b in made}
        rows = {r.id: r for r in store.search.list_rows(ListQuery(limit=None))}
        assert len(rows) == len(made)
        for oid, held in orders.items():
            assert rows[oid].balance == order_owes(held), held.raw_view  # the list's Balance column
        by_balance = [r.balance for r in store.search.list_rows(ListQuery(sort="balance", limit=None))]
        assert by_balance == sorted(by_balance, reverse=True)  # sorted by what is shown
        flagged = {r.id for r in store.search.list_rows(ListQuery(needs_attention=True, limit=None))}
        assert flagged == {oid for oid, held in orders.items() if order_mismatch(held) is not None}
        assert flagged  # (the grid holds some)
        week = datetime(2026, 11, 2, tzinfo=UTC)
        figures = store.figures.figures(week, week, [])
        assert D(str(figures.owed)) == sum((order_owes(o) for o in orders.values()), D(0))
        naive = sum(D(str(b["amount_due"])) for b in made if not b.get("deleted_at") and b.get("status") != "cancelled")
        assert D(str(figures.owed)) < naive  # cancelled payment statuses and quotations left out
    finally:
        store.close()


def test_all_paid_is_not_said_while_a_change_waits(tmp_path: Path) -> None:
    # A paid order set back to awaiting payment: shown before the server reverses the payments.
    assert payment_mismatch(BillingStatus.PENDING, D(0), D(4500), waiting=True) is None
    assert payment_mismatch(BillingStatus.PAID, D(1500), D(4500), waiting=True) is PaymentMismatch.PAID_WITH_BALANCE
    store = LocalStore(tmp_path / "p")
    try:
        paid, raised = bodies(2)
        for body in (paid, raised):
            body.update(amount=4500, amount_due=0)
            body["billing"] = {**body["billing"], "status": "paid"}
        store.cache.save_server_bodies([paid, raised])
        store.queue.enqueue(paid["id"], ChangeKind.STATUS, OrderEdit(fields={"billing.status": "pending"}))
        line = str(Order.from_raw(raised).lines[0].id)
        store.queue.enqueue(raised["id"], ChangeKind.UPDATE, OrderEdit(lines={line: LineChange(quantity=9)}))
        flagged = store.search.list_rows(ListQuery(needs_attention=True, limit=None))
        assert [(r.id, r.billing_status.value) for r in flagged] == [(raised["id"], "paid")]  # owing at once
        assert flagged[0].balance and flagged[0].balance > 0
    finally:
        store.close()
