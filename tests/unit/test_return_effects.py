"""What a queued return's approval and refund show on an order before the server has them (pure rules)."""

from __future__ import annotations

from decimal import Decimal

from genuka_desk.models.return_effects import lay_refund, lay_return_bill, paid_of, refundable


def _order(amount: int, payments: list[int]) -> dict[str, object]:
    paid = sum(payments)
    return {
        "amount": amount,
        "amount_due": max(amount - paid, 0),
        "billing": {"amount": paid, "status": "paid" if paid >= amount else "pending"},
        "payments": [{"id": f"p{n}", "amount": a, "type": "inbound"} for n, a in enumerate(payments)],
    }


def test_an_approval_lowers_the_total_and_the_due_first() -> None:
    part_paid = lay_return_bill(_order(10000, [4000]), Decimal(3000))
    assert (part_paid["amount"], part_paid["amount_due"]) == ("7000", "3000")  # the due lowered, nothing back
    assert refundable(part_paid) == 0 and part_paid["billing"]["returns_total"] == "3000"
    paid = lay_return_bill(_order(10000, [10000]), Decimal(3000))
    assert (paid["amount"], paid["amount_due"], paid["billing"]["status"]) == ("7000", "0", "paid")
    assert refundable(paid) == 3000


def test_a_refund_lowers_its_payment_or_drops_it_when_whole() -> None:
    paid = lay_return_bill(_order(10000, [6000, 4000]), Decimal(4000))
    lowered = lay_refund(paid, "p0", Decimal(1500))
    assert [p["amount"] for p in lowered["payments"]] == ["4500", 4000]
    assert paid_of(lowered) == 8500 and lowered["amount_due"] == "0" and refundable(lowered) == 2500
    gone = lay_refund(paid, "p1", Decimal(4000))
    assert [p["id"] for p in gone["payments"]] == ["p0"] and refundable(gone) == 0
    assert lay_refund(paid, "nope", Decimal(1)) == paid  # a payment not there: nothing laid
    assert paid_of({"amount": 5000, "amount_due": 2000}) == 3000  # no list: total less due
