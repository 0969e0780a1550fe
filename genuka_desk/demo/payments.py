"""An order's payments in the demo, as the reference describes them (06-orders-sales.md, 08-payments-pos.md).

``POST /admin/orders/{order}/payments`` needs ``amount`` (at least 0.01),
``method`` and an existing ``treasury_account_id``; ``date`` is ``Y-m-d``.
It answers with a message and no payment id, and nothing makes it
idempotent: the same body sent twice records two payments. Business
refusals are 500s with a message ("Failed to add payment: ..."), like
Genuka's. ``PUT .../payments/{payment}`` changes a payment's amount,
method, date, account or status and answers the order (a deleted payment,
or an amount raised beyond the balance, is a 400 with a message, as
documented); ``DELETE .../payments/{payment}`` soft-deletes one and answers
the order; the balance and the payment status follow each way, from the
sum of the order's payments (after a return, more may be paid than the new
total: a credit note holds it). All tell the cash register
(:mod:`.cash_sessions`): a payment into a treasury account with an open
session is cash in it, a deleted one cash out, and so is what a lowered one
lost. Money paid back beyond an order's total marks its pending credit notes
refunded (:meth:`.credit_notes.CreditNotes.paid_back`, see :mod:`.return_money`).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

from .accounts import require
from .cash_sessions import CashSessions
from .credit_notes import CreditNotes
from .errors import DemoError, invalid, not_found
from .history import History
from .state import DemoState
from .values import as_object, iso, json_number, number, ulid


def _check(state: DemoState, body: Any) -> tuple[Decimal, str, str, str]:
    if not isinstance(body, dict):
        raise invalid({"amount": ["The amount field is required."]})
    errors: dict[str, list[str]] = {}
    amount = number(body.get("amount"))
    if amount is None:
        errors["amount"] = ["The amount field is required."]
    elif amount < Decimal("0.01"):
        errors["amount"] = ["The amount must be at least 0.01."]
    method = body.get("method")
    if not isinstance(method, str) or not method.strip():
        errors["method"] = ["The method field is required."]
    account = body.get("treasury_account_id")
    if not isinstance(account, str) or not account:
        errors["treasury_account_id"] = ["The treasury account id field is required."]
    elif all(a["id"] != account for a in state.data.treasury_accounts):
        errors["treasury_account_id"] = ["The selected treasury account id is invalid."]
    day = body.get("date", None)
    if day is not None:
        try:
            date.fromisoformat(str(day))
        except ValueError:
            errors["date"] = ["The date is not a valid date."]
    if errors:
        raise invalid(errors)
    assert amount is not None
    return amount, str(method), str(account), str(day or state.clock.now().date().isoformat())


def _billing_after(order: dict[str, Any], paid: Decimal) -> None:
    amount = number(order.get("amount")) or Decimal(0)
    due = max(amount - paid, Decimal(0))
    order["amount_due"] = json_number(due)
    billing = as_object(order.get("billing"))
    billing["amount"] = json_number(paid)
    billing["status"] = "paid" if due <= 0 else ("partially_paid" if paid > 0 else "pending")
    order["billing"] = billing
    order["state"] = 1 if paid > 0 else order.get("state", 3)


def paid_sum(order: dict[str, Any]) -> Decimal:
    """What the order's payments come to (its total less its balance when it lists none)."""
    payments = [p for p in order.get("payments") or [] if isinstance(p, dict) and p.get("type", "inbound") == "inbound"]
    if not payments:
        return _paid(order)
    return sum((number(p.get("amount")) or Decimal(0) for p in payments), Decimal(0))


def _paid(order: dict[str, Any]) -> Decimal:
    amount = number(order.get("amount")) or Decimal(0)
    due = number(order.get("amount_due"))
    return amount - (due if due is not None else amount)


class Payments:
    """An order's payments: recorded with their effect on the balance, or soft-deleted."""

    def __init__(self, state: DemoState, history: History, till: CashSessions) -> None:
        self.state = state
        self.history = history
        self.till = till
        self.notes: CreditNotes | None = None  # set by the store: the credit notes money paid back settles

    def add_payment(
        self,
        order_id: str,
        body: Any,
        user: dict[str, Any],
        request_id: str | None,
        *,
        log_write: bool = True,
    ) -> dict[str, Any]:
        """``POST /orders/{order}/payments``: recorded, the balance lowered; a message back (no id).

        ``log_write`` False: someone else's payment (not in the clerks' write log).
        """
        state = self.state
        if log_write:
            require(user, "orders.update")
        amount, method, account, day = _check(state, body)
        with state.lock:
            index = state.index.index_of(order_id)
            before = state.body(index)
            if before.get("deleted_at"):
                raise DemoError(500, {"message": "Failed to add payment: this order is cancelled."})
            due = number(before.get("amount_due"))
            balance = due if due is not None else (number(before.get("amount")) or Decimal(0))
            if amount > balance:
                message = f"Failed to add payment: the amount ({amount}) is more than the balance due ({balance})."
                raise DemoError(500, {"message": message})
            now = state.clock.now()
            after = copy.deepcopy(before)
            held = after.get("payments")
            payments: list[Any] = held if isinstance(held, list) else []
            payments.append(
                {
                    "id": ulid(state.rng, now),
                    "user_id": user.get("id"),
                    "treasury_account_id": account,
                    "company_id": state.data.company_id,
                    "type": "inbound",
                    "status": "paid",
                    "amount": json_number(amount),
                    "currency_code": "XAF",
                    "method": method,
                    "reference": f"#PAY_{state.next_activity_id()}",
                    "paid_at": day,
                    "due_date": day,
                    "metadata": None,
                    "created_at": iso(now),
                    "updated_at": iso(now),
                    "deleted_at": None,
                }
            )
            after["payments"] = payments
            _billing_after(after, _paid(before) + amount)
            self.history.commit(
                index, before, after, user, "payment", request_id, log_write, sent=body, effects=["payment_recorded"]
            )
            self.till.payment_in(payments[-1], after)
        return {"status": "success", "code": 200, "message": "Payment added successfully"}

    def delete_payment(
        self, order_id: str, payment_id: str, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``DELETE /orders/{order}/payments/{payment}``: soft-deleted, the balance back up; the order back."""
        require(user, "orders.update")
        state = self.state
        with state.lock:
            index = state.index.index_of(order_id)
            before = state.body(index)
            after = copy.deepcopy(before)
            payments = [p for p in after.get("payments") or [] if isinstance(p, dict)]
            gone = next((p for p in payments if p.get("id") == payment_id), None)
            if gone is None:
                if any(p["id"] == payment_id and p["order_id"] == after["id"] for p in state.deleted_payments):
                    return after | state.full_parts()  # deleted already: nothing changes
                raise not_found()
            after["payments"] = [p for p in payments if p is not gone]
            state.deleted_payments.append({**gone, "deleted_at": iso(state.clock.now()), "order_id": after["id"]})
            _billing_after(after, paid_sum(after) if after["payments"] else Decimal(0))
            self._paid_back(before, after)
            committed = self.history.commit(index, before, after, user, "payment_removal", request_id)
            self.till.payment_out(gone, committed)
            return committed | state.full_parts()

    def update_payment(
        self, order_id: str, payment_id: str, body: Any, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``PUT /orders/{order}/payments/{payment}``: the fields sent changed, the balance following; the order."""
        require(user, "orders.update")
        state = self.state
        changes = _update_fields(state, body)
        with state.lock:
            index = state.index.index_of(order_id)
            before = state.body(index)
            after = copy.deepcopy(before)
            payments = [p for p in after.get("payments") or [] if isinstance(p, dict)]
            mine = next((p for p in payments if p.get("id") == payment_id), None)
            if mine is None:
                if any(p["id"] == payment_id and p["order_id"] == after["id"] for p in state.deleted_payments):
                    raise DemoError(400, {"message": "Failed to update payment: this payment is deleted."})
                raise not_found()
            old = number(mine.get("amount")) or Decimal(0)
            new = changes.get("amount", old)
            due = number(before.get("amount_due")) or Decimal(0)
            if new - old > due:
                message = f"Failed to update payment: the amount ({new}) is more than the balance due allows."
                raise DemoError(400, {"message": message})
            now = iso(state.clock.now())
            mine.update({k: (json_number(v) if k == "amount" else v) for k, v in changes.items() if k != "date"})
            if "date" in changes:
                mine.update(paid_at=changes["date"], due_date=changes["date"])
            mine["updated_at"] = now
            after["payments"] = payments
            _billing_after(after, paid_sum(after))
            self._paid_back(before, after)
            committed = self.history.commit(index, before, after, user, "payment_update", request_id, sent=body)
            if new < old:
                self.till.payment_lowered(mine, committed, old - new)
            elif new > old:
                self.till.payment_in({**mine, "amount": json_number(new - old)}, committed)
            return committed | state.full_parts()

    def _paid_back(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        """What was paid beyond the total and is no longer: the order's pending credit notes are refunded by it."""
        total = number(after.get("amount")) or Decimal(0)
        back = max(paid_sum(before) - total, Decimal(0)) - max(paid_sum(after) - total, Decimal(0))
        if back > 0 and self.notes is not None:
            self.notes.paid_back(str(after["id"]), back)


def _update_fields(state: DemoState, body: Any) -> dict[str, Any]:
    """The fields of a payment's PUT, checked (a 422 with every field's errors)."""
    if not isinstance(body, dict):
        raise invalid({"amount": ["The amount must be a number."]})
    errors: dict[str, list[str]] = {}
    changes: dict[str, Any] = {}
    if "amount" in body:
        amount = number(body.get("amount"))
        if amount is None:
            errors["amount"] = ["The amount must be a number."]
        elif amount < Decimal("0.01"):
            errors["amount"] = ["The amount must be at least 0.01."]
        else:
            changes["amount"] = amount
    for key in ("method", "status"):
        if key in body:
            if not isinstance(body[key], str):
                errors[key] = [f"The {key} must be a string."]
            else:
                changes[key] = body[key]
    if "treasury_account_id" in body:
        account = body["treasury_account_id"]
        if all(a["id"] != account for a in state.data.treasury_accounts):
            errors["treasury_account_id"] = ["The selected treasury account id is invalid."]
        else:
            changes["treasury_account_id"] = account
    if "date" in body:
        try:
            changes["date"] = date.fromisoformat(str(body["date"])).isoformat()
        except ValueError:
            errors["date"] = ["The date is not a valid date."]
    if errors:
        raise invalid(errors)
    return changes
