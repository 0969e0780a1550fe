"""Reading an order into form widgets and the form back into an :class:`OrderEdit`.

Kept apart from the editor window so the mapping (which keys, how values are
parsed) is one small, tested piece.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ..models import ADDRESS_FIELDS, Order, OrderEdit, Side, read_value, values_equal

ADDRESS_SIDES = (Side.BILLING, Side.SHIPPING)


def address_key(side: Side, name: str) -> str:
    """The edit key of one address field."""
    return f"{side}.address.{name}"


def text_of(value: Any) -> str:
    """A body value as the text a line edit shows."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def parse_amount(text: str) -> Decimal | None:
    """A typed amount (``12 500``, ``12500,50``) or None when it is not a number."""
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def field_changes(order: Order, values: dict[str, Any]) -> dict[str, Any]:
    """The form's values that differ from the order (empty text equals a missing value)."""
    body = order.raw_view
    changed: dict[str, Any] = {}
    for key, value in values.items():
        if not values_equal(read_value(body, key), value):
            changed[key] = value
    return changed


def address_values(order: Order) -> dict[str, str]:
    """Every address field of the order, as text, by edit key."""
    body = order.raw_view
    out = {}
    for side in ADDRESS_SIDES:
        for name in ADDRESS_FIELDS:
            key = address_key(side, name)
            value = read_value(body, key)
            if value is None:
                fallback = order.billing_address if side == Side.BILLING else order.shipping_address
                value = getattr(fallback, name, None) if fallback is not None else None
            out[key] = text_of(value)
    return out


def merge_edits(*edits: OrderEdit) -> OrderEdit:
    """Several partial edits as one."""
    result = OrderEdit()
    for edit in edits:
        result = result.then(edit)
    return result
