"""An order's payments in the demo, as the reference describes them (06-orders-sales.md, 08-payments-pos.md).

``POST /admin/orders/{order}/payments`` needs ``amount`` (at least 0.01),
``method`` and an existing ``treasury_account_id``; ``date`` is ``Y-m-d``.
It answers with a message and no payment id, and nothing makes it
idempotent: the same body sent twice records two payments. Business
refusals are 500s with a message ("Failed to add payment: ..."), like
Genuka's. ``DELETE .../payments/{payment}`` soft-deletes one and answers
the order; the balance and the payment status follow both ways.
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .data import iso, ulid
from .store import DemoError, _json_number, _number, _obj, invalid, not_found

if TYPE_CHECKING:
    from .store import DemoStore


def _check(store: DemoStore, body: Any) -> tuple[Decimal, str, str, str]:
    if not isinstance(body, dict):
        raise invalid({"amount": ["The amount field is required."]})
    errors: dict[str, list[str]] = {}
    amount = _number(body.get("amount"))
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
    elif all(a["id"] != account for a in store.data.treasury_accounts):
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
    return amount, str(method), str(account), str(day or store.now().date().isoformat())


def _billing_after(order: dict[str, Any], paid: Decimal) -> None:
    amount = _number(order.get("amount")) or Decimal(0)
    due = max(amount - paid, Decimal(0))
    order["amount_due"] = _json_number(due)
    billing = _obj(order.get("billing"))
    billing["amount"] = _json_number(paid)
    billing["status"] = "paid" if due <= 0 else ("partially_paid" if paid > 0 else "pending")
    order["billing"] = billing
    order["state"] = 1 if paid > 0 else order.get("state", 3)


def _paid(order: dict[str, Any]) -> Decimal:
    amount = _number(order.get("amount")) or Decimal(0)
    due = _number(order.get("amount_due"))
    return amount - (due if due is not None else amount)


def add_payment(
    store: DemoStore,
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
    if log_write:
        store.require(user, "orders.update")
    amount, method, account, day = _check(store, body)
    with store.lock:
        index = store._index_of(order_id)
        before = store.body(index)
        if before.get("deleted_at"):
            raise DemoError(500, {"message": "Failed to add payment: this order is cancelled."})
        due = _number(before.get("amount_due"))
        balance = due if due is not None else (_number(before.get("amount")) or Decimal(0))
        if amount > balance:
            raise DemoError(
                500,
                {"message": f"Failed to add payment: the amount ({amount}) is more than the balance due ({balance})."},
            )
        now = store.now()
        after = copy.deepcopy(before)
        held = after.get("payments")
        payments: list[Any] = held if isinstance(held, list) else []
        payments.append(
            {
                "id": ulid(store._rng, now),
                "user_id": user.get("id"),
                "treasury_account_id": account,
                "company_id": store.data.company_id,
                "type": "inbound",
                "status": "paid",
                "amount": _json_number(amount),
                "currency_code": "XAF",
                "method": method,
                "reference": f"#PAY_{store._next_activity_id()}",
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
        store._commit(
            index, before, after, user, "payment", request_id, log_write, sent=body, effects=["payment_recorded"]
        )
    return {"status": "success", "code": 200, "message": "Payment added successfully"}


def delete_payment(
    store: DemoStore, order_id: str, payment_id: str, user: dict[str, Any], request_id: str | None
) -> dict[str, Any]:
    """``DELETE /orders/{order}/payments/{payment}``: soft-deleted, the balance back up; the order back."""
    store.require(user, "orders.update")
    with store.lock:
        index = store._index_of(order_id)
        before = store.body(index)
        after = copy.deepcopy(before)
        payments = [p for p in after.get("payments") or [] if isinstance(p, dict)]
        gone = next((p for p in payments if p.get("id") == payment_id), None)
        if gone is None:
            if any(p["id"] == payment_id and p["order_id"] == after["id"] for p in store.deleted_payments):
                return after | store._full_parts()  # deleted already: nothing changes
            raise not_found()
        after["payments"] = [p for p in payments if p is not gone]
        store.deleted_payments.append({**gone, "deleted_at": iso(store.now()), "order_id": after["id"]})
        _billing_after(after, max(_paid(before) - (_number(gone.get("amount")) or Decimal(0)), Decimal(0)))
        return store._commit(index, before, after, user, "payment_removal", request_id) | store._full_parts()


def colleague_payment(store: DemoStore, order_id: str, amount: Decimal, processor: str = "cash") -> None:
    """Someone else takes a payment on the web dashboard now."""
    names = [m["processor"] for m in store.data.payment_methods]
    account = store.data.treasury_accounts[names.index(processor)]["id"]
    body = {"amount": _json_number(amount), "method": processor, "treasury_account_id": account}
    add_payment(store, order_id, body, store.colleague, None, log_write=False)
