"""An order as the values of a form, and a form's values back into the changes of an edit.

The editor window (and the new-order dialog) show these values and hand back
what the clerk typed; which keys, how text is parsed and what counts as a
change are decided here, without Qt.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import format_decimal

from .address import ADDRESS_FIELDS
from .edits import read_value, values_equal
from .enums import Side
from .formatting import currency_decimals, number_locale
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


# Everything people put between thousands: spaces of every width, apostrophes (1'500).
_GROUPING_MARKS = (" ", "\xa0", "\u202f", "\u2009", "'", "\u2019")


def parse_amount(text: str, currency: str = "XAF", language: str = "fr") -> Decimal | None:
    """A typed amount, or None when it is not one.

    ``12 500``, ``12.500`` and ``12,500`` are twelve thousand five hundred
    francs (XAF has no cents, and all three are how people write thousands
    here); ``12500,50`` and ``12500.50`` keep their cents. In a currency with
    cents, one comma in English groups thousands (``1,500`` is 1500), in
    French it is the decimal mark (``1,50``); with both marks the last one is
    the decimal mark (``1.234,50`` or ``1,234.50``); a mark written more than
    once groups (``1.250.000``).
    """
    cleaned = text.strip()
    for mark in _GROUPING_MARKS:
        cleaned = cleaned.replace(mark, "")
    if not cleaned:
        return None
    commas, dots = cleaned.count(","), cleaned.count(".")
    if commas and dots:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal_mark == "," else ",", "").replace(",", ".")
    elif commas + dots > 1:
        cleaned = cleaned.replace(",", "").replace(".", "")
    elif commas + dots == 1:
        mark = "," if commas else "."
        after = cleaned.split(mark, 1)[1]
        groups = (
            len(after) == 3
            and after.isdigit()
            and (currency_decimals(currency) == 0 or (mark == "," and not language.lower().startswith("fr")))
        )
        cleaned = cleaned.replace(mark, "") if groups else cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def amount_text(amount: Decimal | None, currency: str = "XAF", language: str = "fr") -> str:
    """An amount as a money field shows it once typed: grouped, without the symbol (``12 500``, ``12,500``)."""
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    pattern = "#,##0" if whole else "#,##0." + "0" * max(currency_decimals(currency), 1) + "#" * 4
    return format_decimal(amount, format=pattern, locale=number_locale(language))


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
