"""What a queued return's approval and its refund show on the order before the server has them.

Pure rules on a raw order body (no pydantic), laid by the queue's overlay:
the approval lowers the order's total by the returned value (the server
"recalculates order billing", 07-discounts-delivery.md: its figures replace
these once it answers); the refund lowers the inbound payment the money goes
back on (``PUT .../payments/{payment}``), or drops it when it is the whole
payment (``DELETE``). What is still due never goes below 0, and the money
paid beyond the new total is what can go back (see docs/genuka-api.md,
"Returns and refunds").
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .coerce import to_decimal

ZERO = Decimal(0)


def _money(value: Any) -> Decimal:
    return to_decimal(value) or ZERO


def paid_of(raw: dict[str, Any]) -> Decimal:
    """What the order's inbound payments come to (deleted ones left out; without a list: total less due)."""
    if not isinstance(raw.get("payments"), list):
        return max(_money(raw.get("amount")) - _money(raw.get("amount_due")), ZERO)
    total = ZERO
    for payment in raw["payments"]:
        if isinstance(payment, dict) and not payment.get("deleted_at") and payment.get("type", "inbound") == "inbound":
            total += _money(payment.get("amount"))
    return total


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _rebill(body: dict[str, Any], amount: Decimal, paid: Decimal) -> None:
    due = max(amount - paid, ZERO)
    body["amount"] = str(amount)
    body["amount_due"] = str(due)
    billing = _object(body.get("billing"))
    status = "paid" if due <= 0 else ("partially_paid" if paid > 0 else "pending")
    body["billing"] = {**billing, "amount": str(paid), "status": status}


def lay_return_bill(raw: dict[str, Any], value: Decimal, *, in_place: bool = False) -> dict[str, Any]:
    """The order once a return of ``value`` is approved: its total lowered, its balance and status following."""
    body = raw if in_place else copy.deepcopy(raw)
    amount = max(_money(body.get("amount")) - value, ZERO)
    billing = _object(body.get("billing"))
    body["billing"] = {**billing, "returns_total": str(_money(billing.get("returns_total")) + value)}
    _rebill(body, amount, paid_of(body))
    return body


def lay_refund(raw: dict[str, Any], payment_id: str, amount: Decimal, *, in_place: bool = False) -> dict[str, Any]:
    """The order once ``amount`` went back on payment ``payment_id``: the payment lowered (or gone when whole)."""
    body = raw if in_place else copy.deepcopy(raw)
    payments = [p for p in body.get("payments") or [] if isinstance(p, dict)]
    mine = next((p for p in payments if str(p.get("id")) == payment_id), None)
    if mine is None:
        return body
    left = _money(mine.get("amount")) - amount
    if left <= 0:
        body["payments"] = [p for p in payments if p is not mine]
    else:
        body["payments"] = [({**p, "amount": str(left)} if p is mine else p) for p in payments]
    _rebill(body, _money(body.get("amount")), paid_of(body))
    return body


def refundable(raw: dict[str, Any]) -> Decimal:
    """What was paid beyond the order's total: what can go back to the customer (0 when nothing)."""
    return max(paid_of(raw) - _money(raw.get("amount")), ZERO)
