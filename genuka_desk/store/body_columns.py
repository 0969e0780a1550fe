"""The one reader of a row's list columns and search words from an order body (pulled or overlaid).

Pulling 100,000 orders spends most of its time turning bodies into models;
the list needs a dozen values. These functions read them from the raw JSON,
without pydantic,
with the same lenient rules as :class:`~genuka_desk.models.Order` (the same
coerce helpers, the same fallbacks), and a test checks they agree with the
model on every example and demo body.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..models import BillingStatus, OrderState, ShippingStatus
from ..models.coerce import to_bool, to_datetime, to_decimal, to_dict, to_int, to_list, to_str
from ..models.enums import is_cancelled
from ..models.owed import counts
from .rows import join_folded, sortable_time


def _obj(value: Any) -> dict[str, Any] | None:
    return value if isinstance(value, dict) and value else None


def _objs(value: Any) -> list[dict[str, Any]]:
    return [item for item in to_list(value) if isinstance(item, dict)]


def _text(node: dict[str, Any] | None, key: str) -> str | None:
    return None if node is None else to_str(node.get(key))


def _full_name(node: dict[str, Any] | None) -> str:
    if node is None:
        return ""
    parts = (to_str(node.get("first_name")), to_str(node.get("last_name")))
    return " ".join(p.strip() for p in parts if p and p.strip())


def _address(raw: dict[str, Any], side: str) -> dict[str, Any] | None:
    part = _obj(raw.get(side))
    if part is not None:
        address = _obj(part.get("address"))
        if address is not None:
            return address
    flag = "is_billing" if side == "billing" else "is_shipping"
    return next((a for a in _objs(raw.get("addresses")) if to_bool(a.get(flag))), None)


def _meta_text(meta: dict[str, Any] | None, key: str) -> str | None:
    value = (meta or {}).get(key)
    return value if isinstance(value, str) and value.strip() else None


def _lines(raw: dict[str, Any]) -> list[tuple[str, int | None]]:
    """(title, quantity) of each line, as :attr:`Order.lines` reads them."""
    order_products = _objs(raw.get("order_products"))
    if order_products:
        out = []
        for line in order_products:
            meta = to_dict(line.get("metadata"))
            title = _meta_text(meta, "item_title") or _meta_text(meta, "product_title") or ""
            out.append((title, to_int(line.get("quantity"))))
        return out
    out = []
    for product in _objs(raw.get("products")):
        pivot = _obj(product.get("pivot"))
        if pivot is None:
            continue
        meta = dict(to_dict(pivot.get("metadata")) or {})
        meta.setdefault("item_title", to_str(product.get("title")))
        title = _meta_text(meta, "item_title") or _meta_text(meta, "product_title") or ""
        quantity = to_int(product.get("quantity"))
        out.append((title, quantity if quantity is not None else to_int(pivot.get("quantity"))))
    return out


def _when(value: Any) -> str:
    # Only strings are dates to the model (LooseDatetime); the ISO shape needs no parsing.
    return sortable_time(value) if isinstance(value, str) else sortable_time(to_datetime(value))


def _day_or_none(value: Any) -> Any:
    # As LooseDatetime reads it: only a string that parses is a moment.
    return to_datetime(value) if isinstance(value, str) else None


def owed(raw: dict[str, Any], total: Decimal | None = None, counted: bool | None = None) -> Decimal | None:
    """What is really owed on an order (``models.owed``): its ``amount_due``, else its total (None: neither
    is said); 0 on a cancelled order, a cancelled payment status or a quotation.

    ``total``: the body's ``amount`` already read, and ``counted``: whether the order can owe at all
    (``models.owed.counts``) already judged (the caller's), so they are not read twice.
    """
    if counted is None:
        billing = _obj(raw.get("billing"))
        counted = counts(
            cancelled=is_cancelled(_day_or_none(raw.get("deleted_at")), raw.get("status")),
            billing_status=BillingStatus.parse(billing.get("status")) if billing is not None else BillingStatus.UNKNOWN,
            state=OrderState.parse(raw.get("state")),
        )
    if not counted:
        return Decimal(0)
    due = to_decimal(raw.get("amount_due"))
    if due is None:
        due = to_decimal(raw.get("amount")) if total is None else total
    return None if due is None else max(due, Decimal(0))


def _customer_key(raw: dict[str, Any], customer: dict[str, Any] | None) -> str:
    """The order's customer id (the credit book groups by it): the nested customer's, else ``customer_id``."""
    return (_text(customer, "id") if customer is not None else None) or to_str(raw.get("customer_id")) or ""


def _last_paid(raw: dict[str, Any]) -> tuple[str, str | None]:
    """When and how much the order's latest standing inbound payment was ('', None: none)."""
    best: tuple[str, str | None] = ("", None)
    for payment in _objs(raw.get("payments")):
        if _day_or_none(payment.get("deleted_at")) is not None:
            continue  # removed: it stands no more (models.payment.payments_of)
        if (to_str(payment.get("type")) or "inbound").lower() != "inbound":
            continue  # money going back is not a payment received
        when = _when(payment.get("paid_at")) or _when(payment.get("created_at"))
        amount = to_decimal(payment.get("amount"))
        if when and amount is not None and when > best[0]:
            best = (when, str(amount))
    return best


def discount_ids(raw: dict[str, Any]) -> str:
    """The ids of the discounts an order carries (its own and its lines'), as `` id1 id2 `` ('' when none).

    Spaces around each id: a discount's usage is counted with ``LIKE '% id %'`` (store.discounts).
    """
    found = {
        to_str(d.get("id")) or to_str((to_dict(d.get("pivot")) or {}).get("discount_id"))
        for d in _objs(raw.get("discounts"))
    }
    for line in _objs(raw.get("order_products")):
        found |= {to_str(d.get("discount_id")) for d in _objs(line.get("discounts"))}
    ids = sorted(i for i in found if i)
    return f" {' '.join(ids)} " if ids else ""


def body_columns(raw: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The indexed columns of one body (as :func:`~.rows.row_values`) and its search text."""
    customer = _obj(raw.get("customer"))
    billing, shipping = _obj(raw.get("billing")), _obj(raw.get("shipping"))
    billing_address, shipping_address = _address(raw, "billing"), _address(raw, "shipping")

    name = ""
    if customer is not None:
        name = _full_name(customer) or (_text(customer, "company_name") or "")
    if not name:
        for address in (billing_address, shipping_address):
            if address is not None and _full_name(address):
                name = _full_name(address)
                break
    phones = [_text(customer, "phone"), _text(billing_address, "phone"), _text(shipping_address, "phone")]
    phone = next((p for p in phones if p), "")
    currency = to_str(raw.get("currency"))
    if not currency:
        company = _obj(raw.get("company"))
        currency = _text(company, "currency_code") or "XAF"
    total: Decimal | None = to_decimal(raw.get("amount"))
    billing_status = BillingStatus.parse(billing.get("status")) if billing is not None else None
    state = OrderState.parse(raw.get("state"))
    cancelled = is_cancelled(_day_or_none(raw.get("deleted_at")), raw.get("status"))
    due = owed(
        raw, total, counts(cancelled=cancelled, billing_status=billing_status or BillingStatus.UNKNOWN, state=state)
    )
    lines = _lines(raw)
    values = {
        "id": to_str(raw.get("id")),
        "reference": to_str(raw.get("reference")) or "",
        "customer": name,
        "phone": phone,
        "total": None if total is None else str(total),
        "total_num": None if total is None else float(total),
        "due": None if due is None else str(due),
        "due_num": None if due is None else float(due),
        "currency": currency,
        "shipping_status": ShippingStatus.parse(shipping.get("status")).value if shipping is not None else "",
        "billing_status": billing_status.value if billing_status is not None else "",
        "source": to_str(raw.get("source")) or "",
        "item_count": sum(q or 0 for _, q in lines),
        "created_at": _when(raw.get("created_at")),
        "updated_at": _when(raw.get("updated_at")),
        "state": int(state),
        "cancelled": int(cancelled),
        "customer_key": _customer_key(raw, customer),
        "due_at": _when(raw.get("due_at")),
        "discount_ids": discount_ids(raw),
    }
    values["paid_at"], values["paid_amount"] = _last_paid(raw)
    parts: list[str] = [str(values["reference"]), name, phone]
    if phone:
        parts.append("".join(ch for ch in phone if ch.isdigit()))
    for address in (billing_address, shipping_address):
        if address is not None:
            parts += [
                _full_name(address),
                _text(address, "phone") or "",
                _text(address, "email") or "",
                _text(address, "city") or "",
            ]
    if customer is not None:
        parts.append(_text(customer, "email") or "")
    parts += [title for title, _ in lines]
    return values, join_folded(parts)
