"""The push decision, case by case (pure, no I/O)."""

from __future__ import annotations

import copy
from typing import Any

from genuka_desk.models import LineChange, NewLine, OrderEdit, apply_edit, read_values
from genuka_desk.store import Change, ChangeKind, ChangeState
from genuka_desk.sync import Verdict, decide

BODY: dict[str, Any] = {
    "id": "o1",
    "updated_at": "2026-11-01T10:00:00.000000Z",
    "shipping": {"status": "pending", "address": {"line1": "Bonapriso", "city": "Douala"}},
    "billing": {"status": "pending", "address": {"city": "Douala"}},
    "order_products": [{"id": 11, "product_id": "p1", "quantity": "2", "price": 1500}],
}


def change_for(edit: OrderEdit, seen: dict[str, Any] | None = None) -> Change:
    seen = seen or BODY
    return Change(
        seq=1,
        id="c1",
        order_id="o1",
        order_ref="#1",
        kind=ChangeKind.UPDATE,
        group_id=None,
        edit=edit,
        base=read_values(seen, edit.touched()),
        base_updated_at=seen["updated_at"],
        state=ChangeState.PENDING,
    )


def server_after(**changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(BODY)
    body["updated_at"] = "2026-11-01T11:00:00.000000Z"
    for path, value in changes.items():
        node = body
        *parents, last = path.split("__")
        for part in parents:
            node = node[part]
        node[last] = value
    return body


def test_unchanged_server_means_write() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered"})
    assert decide(change_for(edit), BODY).verdict is Verdict.WRITE


def test_already_applied_is_never_sent_again() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered"}, lines={"11": LineChange(quantity=3)})
    fresh = apply_edit(BODY, edit)
    fresh["updated_at"] = "2026-11-01T11:00:00.000000Z"
    fresh["order_products"][0]["quantity"] = "3"  # the server's own wire format
    assert decide(change_for(edit), fresh).verdict is Verdict.APPLIED


def test_other_fields_moved_means_rebase() -> None:
    edit = OrderEdit(fields={"shipping.address.line1": "Akwa"})
    decision = decide(change_for(edit), server_after(billing__address__city="Kribi"))
    assert decision.verdict is Verdict.WRITE and decision.rebased


def test_same_field_moved_means_conflict_with_theirs_kept() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered", "shipping.address.line1": "Akwa"})
    fresh = server_after(shipping__status="taken_in_charge")
    decision = decide(change_for(edit), fresh)
    assert decision.verdict is Verdict.CONFLICT
    assert decision.theirs == {"shipping.status": "taken_in_charge"}


def test_colleague_made_the_same_change_counts_as_applied() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered"})
    assert decide(change_for(edit), server_after(shipping__status="delivered")).verdict is Verdict.APPLIED


def test_line_removed_by_colleague_conflicts_with_a_quantity_change() -> None:
    edit = OrderEdit(lines={"11": LineChange(quantity=5)})
    assert decide(change_for(edit), server_after(order_products=[])).verdict is Verdict.CONFLICT


def test_removal_and_addition_are_recognised_once_applied() -> None:
    edit = OrderEdit(
        removed_lines=["11"], added_lines=[NewLine(key="k1", product_id="p2", quantity=1, price=2000, title="Savon")]
    )
    fresh = apply_edit(BODY, edit)
    fresh["updated_at"] = "2026-11-01T11:00:00.000000Z"
    assert decide(change_for(edit), fresh).verdict is Verdict.APPLIED
    assert decide(change_for(edit), server_after()).verdict is Verdict.WRITE


def test_number_formats_do_not_fake_a_conflict() -> None:
    edit = OrderEdit(lines={"11": LineChange(price=1800)})
    # The server now writes the same price as a string: not a colleague's change.
    decision = decide(change_for(edit), server_after(billing__status="paid"))
    assert decision.verdict is Verdict.WRITE
    fresh = server_after()
    fresh["order_products"][0]["price"] = "1500.00"
    assert decide(change_for(edit), fresh).verdict is Verdict.WRITE


def tried(change: Change, on: str | None = BODY["updated_at"], times: int = 1) -> Change:
    """``change`` after ``times`` tries that got no answer, written on the body of ``updated_at`` ``on``."""
    change.base.update(posted=times, tried_on=on)
    return change


def test_a_try_undone_since_is_asked_not_sent_again() -> None:
    """A-B-A: the unanswered try landed, then a colleague put the clerk's old value back."""
    edit = OrderEdit(fields={"shipping.status": "delivered"})
    fresh = server_after(shipping__status="pending")  # as the clerk saw it, but written since
    decision = decide(tried(change_for(edit)), fresh)
    assert decision.verdict is Verdict.CONFLICT and decision.unsure
    assert decision.theirs == {"shipping.status": "pending"}
    # Without the unanswered try, the same body is only a colleague's edit elsewhere: written.
    assert decide(change_for(edit), fresh).verdict is Verdict.WRITE


def test_a_try_with_nothing_written_since_is_sent_again() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered"}, lines={"11": LineChange(quantity=3)})
    assert decide(tried(change_for(edit), times=3), BODY).verdict is Verdict.WRITE


def test_a_try_of_unknown_version_counts_as_moved() -> None:
    """A change left in doubt without the version it was written on (or a body without one) is asked."""
    edit = OrderEdit(fields={"shipping.status": "delivered"})
    assert decide(tried(change_for(edit), on=None), BODY).unsure
    assert decide(tried(change_for(edit)), {k: v for k, v in BODY.items() if k != "updated_at"}).unsure


def test_a_try_partly_undone_is_asked_with_the_undone_keys() -> None:
    """Two keys written together, one put back since: the write landed, so it is not sent again."""
    edit = OrderEdit(fields={"shipping.status": "delivered", "shipping.address.line1": "Akwa"})
    fresh = server_after(shipping__status="delivered")  # line1 back to "Bonapriso"
    decision = decide(tried(change_for(edit)), fresh)
    assert decision.verdict is Verdict.CONFLICT and decision.unsure
    assert decision.theirs == {"shipping.address.line1": "Bonapriso"}


def test_a_try_whose_line_went_is_asked_with_nothing_for_it() -> None:
    edit = OrderEdit(added_lines=[NewLine(product_id="p2", title="Pagne", quantity=1, price=2000)])
    change = change_for(edit)
    change.base["lines.ids"] = ["11"]
    fresh = server_after()  # a line added then removed by a colleague leaves no trace but the time
    decision = decide(tried(change), fresh)
    assert decision.verdict is Verdict.CONFLICT and decision.unsure
    assert list(decision.theirs.values()) == [None]
