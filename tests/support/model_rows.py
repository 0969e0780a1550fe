"""The list columns of an order read through the model (:class:`Order`): the reference the store's
one body reader (:func:`genuka_desk.store.body_columns.body_columns`) must agree with."""

from __future__ import annotations

from typing import Any

from genuka_desk.models import BillingStatus, Order
from genuka_desk.models.owed import owes
from genuka_desk.store.rows import join_folded, sortable_time


def search_text(order: Order) -> str:
    """Everything a clerk may type to find an order, folded."""
    parts = [order.reference or "", order.customer_name, order.customer_phone]
    phone = order.customer_phone
    if phone:
        parts.append("".join(ch for ch in phone if ch.isdigit()))
    for address in (order.billing_address, order.shipping_address):
        if address is not None:
            parts += [address.full_name or "", address.phone or "", address.email or "", address.city or ""]
    if order.customer is not None:
        parts.append(order.customer.email or "")
    parts += [line.title for line in order.lines]
    return join_folded(parts)


def row_values(order: Order) -> dict[str, Any]:
    """The indexed columns of one order (see the ``orders`` table)."""
    total = order.amount
    due = order.amount_due if order.amount_due is not None else total
    billing = order.billing.status if order.billing else BillingStatus.UNKNOWN
    due = owes(due, cancelled=order.cancelled, billing_status=billing, state=order.state)  # what is really owed
    return {
        "id": order.id,
        "reference": order.reference or "",
        "customer": order.customer_name,
        "phone": order.customer_phone,
        "total": None if total is None else str(total),
        "total_num": None if total is None else float(total),
        "due": None if due is None else str(due),
        "due_num": None if due is None else float(due),
        "currency": order.currency_code,
        "shipping_status": order.shipping.status.value if order.shipping else "",
        "billing_status": order.billing.status.value if order.billing else "",
        "source": order.source or "",
        "item_count": order.item_count,
        "created_at": sortable_time(order.created_at),
        "updated_at": sortable_time(order.updated_at),
        "state": int(order.state),
        "cancelled": int(order.cancelled),
        "customer_key": (order.customer.id if order.customer is not None else None) or order.customer_id or "",
        "due_at": sortable_time(order.due_at),
        "discount_ids": discount_ids(order),
        **last_paid(order),
    }


def last_paid(order: Order) -> dict[str, Any]:
    """The latest standing inbound payment's day and amount (the credit book's "last payment")."""
    received = [p for p in order.payments if (p.type or "inbound").lower() == "inbound" and p.amount is not None]
    dated = [(sortable_time(p.paid_at or p.created_at), str(p.amount)) for p in received]
    dated = [d for d in dated if d[0]]
    when, amount = max(dated, key=lambda d: d[0]) if dated else ("", None)
    return {"paid_at": when, "paid_amount": amount}


def discount_ids(order: Order) -> str:
    """The discounts the order and its lines carry, space-wrapped (the usage count's column)."""
    found = set()
    for shown in order.raw_view.get("discounts") or []:
        if isinstance(shown, dict):
            pivot = shown.get("pivot")
            pivot = pivot if isinstance(pivot, dict) else {}
            found.add(str(shown.get("id") or pivot.get("discount_id") or ""))
    for line in order.raw_view.get("order_products") or []:
        for shown in line.get("discounts") or [] if isinstance(line, dict) else []:
            if isinstance(shown, dict) and shown.get("discount_id"):
                found.add(str(shown["discount_id"]))
    ids = sorted(i for i in found if i)
    return f" {' '.join(ids)} " if ids else ""
