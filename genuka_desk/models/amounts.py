"""Amounts as the clerk types and reads them: parsed the way people write them here, shown grouped."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal

from .formatting import currency_decimals, number_locale

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
