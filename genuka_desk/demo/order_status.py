"""An order's statuses: ``PUT /orders/{id}/status``, the bulk update, and ``DELETE /orders/{id}``.

A status moves what it moves on the real server: delivered adds a
delivery, paid settles the balance with a final invoice, back to pending
after a payment reverses it with a credit note. A ghost order refuses a
status (the bulk call then changes none). Deleting an order with invoices
moves it to the cancelled status; others are soft-deleted.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .accounts import require
from .errors import DemoError, invalid, not_found
from .history import History
from .order_fields import BILLING_STATUSES, SHIPPING_STATUSES
from .state import DemoState
from .values import as_object, get_path, json_number, number


def apply_status(state: DemoState, body: dict[str, Any], shipping: Any, billing: Any) -> None:
    """Move ``body`` to the shipping and billing statuses given (None: that one stays), with their effects."""
    if shipping is not None:
        body.setdefault("shipping", {})["status"] = shipping
        if shipping in ("delivered", "partial_delivery"):
            body.setdefault("deliveries", []).append(
                {"id": f"dlv{state.next_activity_id()}", "status": shipping, "order_id": body["id"]}
            )
    if billing is not None:
        previous = get_path(body, "billing.status")
        body.setdefault("billing", {})["status"] = billing
        amount = number(body.get("amount")) or Decimal(0)
        due = number(body.get("amount_due"))
        paid = amount - (due if due is not None else amount)
        invoices = body.setdefault("invoices", [])
        if billing == "paid":
            body["amount_due"] = 0
            body["state"] = 1
            if not any(isinstance(i, dict) and i.get("is_final") for i in invoices):
                invoices.append(
                    {
                        "reference": f"#INV_{state.next_activity_id()}",
                        "amount": json_number(amount),
                        "is_final": True,
                        "is_deposit": False,
                        "status": "paid",
                        "currency_code": "XAF",
                    }
                )
        elif billing == "pending" and previous in ("paid", "partially_paid"):
            # Back to pending reverses payments with a credit note.
            for invoice in invoices:
                if isinstance(invoice, dict) and invoice.get("status") == "paid":
                    invoice["status"] = "cancelled"
            invoices.append(
                {
                    "reference": f"#AVO_{state.next_activity_id()}",
                    "amount": -json_number(paid),
                    "type": "credit_note",
                    "is_final": False,
                    "status": "paid",
                    "currency_code": "XAF",
                }
            )
            body["amount_due"] = json_number(amount)
        body["invoices_count"] = len(invoices)


def _status_parts(body: Any) -> tuple[Any, Any]:
    """The shipping and billing statuses a status request asks for; 400 on none or an unknown one."""
    if not isinstance(body, dict):
        raise invalid({"shipping": ["Give a shipping or a billing status."]})
    shipping = get_path(body, "shipping.status")
    billing = get_path(body, "billing.status")
    errors: dict[str, list[str]] = {}
    if shipping is None and billing is None:
        errors["shipping"] = ["Give a shipping or a billing status."]
    if shipping is not None and shipping not in SHIPPING_STATUSES:
        errors["shipping.status"] = ["The selected shipping.status is invalid."]
    if billing is not None and billing not in BILLING_STATUSES:
        errors["billing.status"] = ["The selected billing.status is invalid."]
    if errors:
        raise invalid(errors)
    return shipping, billing


class OrderStatuses:
    """Status changes, one order or several at once, and the cancelling of an order."""

    def __init__(self, state: DemoState, history: History) -> None:
        self.state = state
        self.history = history

    def update_status(self, order_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/{id}/status``: 400 on an unknown value."""
        require(user, "orders.update")
        shipping, billing = _status_parts(body)
        state = self.state
        with state.lock:
            index = state.index.index_of(order_id)
            if state.index.rows[index].ghost:
                raise DemoError(400, {"message": "Cannot update a ghost order"})
            before = state.body(index)
            after = copy.deepcopy(before)
            apply_status(state, after, shipping, billing)
            if isinstance(body.get("metadata"), dict):
                meta = as_object(after.get("metadata"))
                after["metadata"] = {**meta, **body["metadata"]}
            return self.history.commit(index, before, after, user, "status", request_id) | state.full_parts()

    def bulk_status(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/status/bulk-update``: all orders or none."""
        require(user, "orders.update")
        shipping, billing = _status_parts(body)
        ids = body.get("order_ids")
        if not isinstance(ids, list) or not ids:
            raise invalid({"order_ids": ["The order_ids field is required."]})
        state = self.state
        by_id, rows = state.index.by_id, state.index.rows
        with state.lock:
            errors = {
                f"order_ids.{n}": [f"The selected order_ids.{n} is invalid."]
                for n, order_id in enumerate(ids)
                if not isinstance(order_id, str) or order_id not in by_id
            }
            if errors:
                raise invalid(errors)
            if any(rows[by_id[i]].ghost or state.body(by_id[i]).get("deleted_at") for i in ids):
                # As documented: the whole call is refused, the other orders are not changed either.
                raise DemoError(400, {"message": "Cannot update a ghost order"})
            for order_id in dict.fromkeys(ids):
                index = by_id[order_id]
                before = state.body(index)
                after = copy.deepcopy(before)
                apply_status(state, after, shipping, billing)
                self.history.commit(index, before, after, user, "bulk_status", request_id)
        return {"message": "Orders status updated"}

    def cancel_order(self, order_id: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """``DELETE /orders/{id}``: an order with invoices moves to the cancelled status, others are soft-deleted."""
        if user is not None:
            require(user, "orders.delete")
        state = self.state
        with state.lock:
            index = state.index.index_of(order_id)
            row = state.index.rows[index]
            if row.deleted or row.cancelled:
                raise not_found()
            before = state.body(index)
            after = copy.deepcopy(before)
            if after.get("invoices"):
                after["status"] = "cancelled"
                row.cancelled = True
            else:
                row.deleted = True
            after = self.history.commit(
                index, before, after, user or state.colleague, "cancel", None, log_write=user is not None
            )
            if row.deleted:
                after["deleted_at"] = after["updated_at"]
                state.bodies[index] = after
            return after | state.full_parts()
