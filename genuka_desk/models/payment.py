"""Payments: what the server shows of an order's payments, and a payment taken at the desk.

``POST /admin/orders/{order}/payments`` takes ``amount``, ``method``,
``treasury_account_id`` (all required) and ``date`` (``Y-m-d``); it answers
with a message, no payment id, and it is not idempotent. A payment taken
here is a :class:`NewPayment`: its :meth:`~NewPayment.body` is that request,
and :func:`lay_payment` shows it on the order at once (the balance falls,
the payment status follows) until the server's order holds it.
"""

from __future__ import annotations

import copy
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from .base import GenukaModel
from .coerce import to_decimal
from .company import CASH_PROCESSOR  # the one way of paying that gives change
from .loose import LooseDatetime, LooseDecimal, LooseDict, LooseStr

LOCAL_PAYMENT_PREFIX = "desk-pay-"  # the id a payment shows until the server's order holds it


class Payment(GenukaModel):
    """One payment of an order, as the server shows it (or as the desk lays a queued one)."""

    id: LooseStr = None
    amount: LooseDecimal = None
    method: LooseStr = None
    type: LooseStr = None
    status: LooseStr = None
    reference: LooseStr = None
    treasury_account_id: LooseStr = None
    user_id: LooseStr = None
    paid_at: LooseDatetime = None
    created_at: LooseDatetime = None
    deleted_at: LooseDatetime = None
    metadata: LooseDict = None

    @property
    def queued(self) -> bool:
        """Taken at the desk and not on the server yet."""
        return bool(self.id and self.id.startswith(LOCAL_PAYMENT_PREFIX))


class NewPayment(BaseModel):
    """A payment the clerk takes: amount, way, treasury account and day; ``tendered`` for cash (the receipt)."""

    key: str = Field(default_factory=lambda: uuid.uuid4().hex)
    amount: Decimal
    method: str
    treasury_account_id: str
    paid_on: date = Field(default_factory=date.today)
    tendered: Decimal | None = None  # cash handed over (the change given back is tendered - amount)
    clerk: str | None = None  # who took it, for the receipt

    @property
    def local_id(self) -> str:
        """The id the payment shows under until the server holds it."""
        return LOCAL_PAYMENT_PREFIX + self.key

    @property
    def change_given(self) -> Decimal | None:
        """The change given back: the cash handed over beyond the amount (None: not cash, or none given back).

        Genuka has no field for it nor for the cash handed over: the desk keeps both (the receipt shows them).
        """
        if self.tendered is None or self.method.strip().lower() != CASH_PROCESSOR or self.tendered <= self.amount:
            return None
        return self.tendered - self.amount

    def body(self) -> dict[str, Any]:
        """The documented ``POST .../payments`` body."""
        amount = int(self.amount) if self.amount == self.amount.to_integral_value() else float(self.amount)
        return {
            "amount": amount,
            "method": self.method,
            "treasury_account_id": self.treasury_account_id,
            "date": self.paid_on.isoformat(),
        }


def payments_of(raw: dict[str, Any]) -> list[Payment]:
    """The order's payments that stand (deleted ones left out), oldest first."""
    found = raw.get("payments")
    if not isinstance(found, list):
        return []
    shown = [Payment.model_validate(p) for p in found if isinstance(p, dict)]
    return [p for p in shown if p.deleted_at is None]


def balance_of(raw: dict[str, Any]) -> Decimal:
    """What is still owed on the order (its ``amount_due``; the total when the server gave none)."""
    due = to_decimal(raw.get("amount_due"))
    if due is None:
        due = to_decimal(raw.get("amount")) or Decimal(0)
    return max(due, Decimal(0))


def _billing(body: dict[str, Any]) -> dict[str, Any]:
    billing = body.get("billing")
    return billing if isinstance(billing, dict) else {}


def _status_after(raw: dict[str, Any], due: Decimal) -> str:
    total = to_decimal(raw.get("amount")) or Decimal(0)
    if due <= 0:
        return "paid"
    return "partially_paid" if due < total else "pending"


def lay_payment(raw: dict[str, Any], payment: NewPayment, *, in_place: bool = False) -> dict[str, Any]:
    """The order with the payment shown on it: listed, the balance lowered, the status following.

    A copy, unless ``in_place`` (a body nobody else holds, such as one just decoded).
    """
    body = raw if in_place else copy.deepcopy(raw)
    due = max(balance_of(body) - payment.amount, Decimal(0))
    body.setdefault("payments", [])
    if not isinstance(body["payments"], list):
        body["payments"] = []
    body["payments"].append(
        {
            "id": payment.local_id,
            "amount": str(payment.amount),
            "method": payment.method,
            "type": "inbound",
            "status": "paid",
            "treasury_account_id": payment.treasury_account_id,
            "paid_at": payment.paid_on.isoformat(),
        }
    )
    body["amount_due"] = str(due)
    billing = _billing(body)
    paid = (to_decimal(billing.get("amount")) or Decimal(0)) + payment.amount
    body["billing"] = {**billing, "amount": str(paid), "status": _status_after(body, due)}
    return body


def lay_removal(raw: dict[str, Any], payment_id: str, *, in_place: bool = False) -> dict[str, Any]:
    """The order without one payment: the balance back up, the status following (a copy unless ``in_place``)."""
    body = raw if in_place else copy.deepcopy(raw)
    gone = next((p for p in payments_of(body) if p.id == payment_id), None)
    if gone is None:
        return body
    body["payments"] = [p for p in body.get("payments", []) if not (isinstance(p, dict) and p.get("id") == payment_id)]
    total = to_decimal(body.get("amount")) or Decimal(0)
    due = min(balance_of(body) + (gone.amount or Decimal(0)), total)
    body["amount_due"] = str(due)
    billing = _billing(body)
    paid = max((to_decimal(billing.get("amount")) or Decimal(0)) - (gone.amount or Decimal(0)), Decimal(0))
    body["billing"] = {**billing, "amount": str(paid), "status": _status_after(body, due)}
    return body


def is_our_payment(found: Payment, payment: NewPayment, known: set[str]) -> bool:
    """Whether the server's payment ``found`` is the desk's ``payment``.

    It is when it is new since the desk last read the order's payments
    (``known``: their ids just before the try) and of the same amount, way
    and treasury account. Limit: a payment just like it, recorded on the
    same order by someone else between that read and the look, would be
    taken for the desk's (docs/genuka-api.md, "Payments exactly once").
    """
    if not found.id or found.id in known or found.amount is None:
        return False
    if found.amount != payment.amount:
        return False
    return (found.method or "") == payment.method and (found.treasury_account_id or "") == payment.treasury_account_id
