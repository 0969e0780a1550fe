"""An order as the values of a form, and a form's values back into the changes of an edit.

The editor window (and the new-order dialog) show these values and hand back
what the clerk typed; which keys, how text is parsed and what counts as a
change are decided here, without Qt.
"""

from __future__ import annotations

from typing import Any

from .address import ADDRESS_FIELDS
from .edits import read_value, values_equal
from .enums import Side
from .order import Order

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


def held_value(order: Order, key: str) -> Any:
    """The value the order holds at an edit key (``shipping.amount``, ``billing.treasury_account_id``)."""
    return read_value(order.raw_view, key)


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
