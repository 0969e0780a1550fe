"""A payment's entry in an order's history says how much: the payment taken here it confirms, else the order's
payment the server stamped with it (by the same person), never a colleague's of the same second."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from genuka_desk.models import Activity, NewPayment, Payment
from genuka_desk.service import order_timeline
from tests.unit.test_timeline import T0, change

ME, COLLEAGUE = "01me", "01colleague"


def added(at: float, who: str, user_id: str, description: str = "Payment added") -> Activity:
    moment = datetime.fromtimestamp(int(T0 + at), UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    body: dict[str, Any] = {"description": description, "username": who, "causer_id": user_id, "created_at": moment}
    return Activity.model_validate(body)


def paid(at: float, amount: int, user_id: str, *, deleted: float | None = None) -> Payment:
    def stamp(seconds: float) -> str:
        return datetime.fromtimestamp(int(T0 + seconds), UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")

    body: dict[str, Any] = {"id": f"p{amount}", "amount": amount, "method": "cash", "user_id": user_id}
    body["created_at"] = stamp(at)
    body["deleted_at"] = stamp(deleted) if deleted is not None else None
    return Payment.model_validate(body)


def test_each_payment_entry_gets_the_amount_of_the_payment_its_author_made_in_that_moment() -> None:
    taken = change(1, 100, payment=NewPayment(amount=Decimal(1500), method="cash", treasury_account_id="t1"))
    # The server's clock keeps whole seconds: both entries and both payments in the same one.
    mine, theirs = added(101, "Awa", ME), added(101, "Bello", COLLEAGUE)
    payments = [paid(101, 2500, COLLEAGUE), paid(101, 1500, ME)]
    for order in ([theirs, mine], [mine, theirs]):  # whichever the server lists first
        entries = order_timeline([taken], order, skew=0.0, payments=payments)
        by_who = {e.activity.author: e for e in entries if e.activity is not None}
        assert by_who["Awa"].amount == Decimal(1500) and by_who["Awa"].change is not None
        assert by_who["Bello"].amount == Decimal(2500) and by_who["Bello"].change is None


def test_an_amount_is_not_guessed_from_a_payment_of_another_moment_and_a_deletion_is_by_when_it_went() -> None:
    far = order_timeline([], [added(500, "Bello", COLLEAGUE)], payments=[paid(100, 2500, COLLEAGUE)])
    assert far[0].amount is None  # seven minutes apart: not this entry's payment
    gone = added(300, "Bello", COLLEAGUE, description="Payment deleted")
    entries = order_timeline([], [gone], payments=[paid(100, 4000, COLLEAGUE, deleted=301)])
    assert entries[0].amount == Decimal(4000)
    assert order_timeline([], [added(100, "Bello", COLLEAGUE)])[0].amount is None  # no payments given: unknown
