"""The list's money and dates as Babel writes them, without loading Babel (nor Qt's QLocale).

The order list is painted before the rest of the program loads (see
:mod:`.early`); Babel's import and locale data cost more than the paint, and
Qt's QLocale (its language and country enums) ~10 ms. For what the list shows
most, whole francs and days in French or English (as written in general, or
in Cameroon: ``en_CM`` puts the day first), the text is Babel's own patterns
and words written out here (a test compares them with Babel over many
values); anything else (another currency, cents, another language or
country, a far year) returns None and the caller asks Babel.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ..models.coerce import WAT  # Douala: the day of a moment is its day there (a light module)

# Babel's symbol of each currency written here, after a no-break space ("93 000 FCFA").
_SYMBOLS = {"XAF": "FCFA"}
# Babel's digit group separator per language: a narrow no-break space in French, a comma in English.
_GROUPS = {"fr": "\u202f", "en": ","}
# Babel's abbreviated months in its "medium" day format ("1 nov. 2026", "Nov 1, 2026"), per locale; in
# Cameroon English writes the day first, with "Sept" ("1 Sept 2026"), and French as in France.
_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = {"fr": _FR, "fr_CM": _FR, "en": _EN, "en_CM": (*_EN[:8], "Sept", *_EN[9:])}
_MONTH_FIRST = frozenset({"en"})  # "Nov 1, 2026"; the others "1 nov. 2026"


def quick_money(amount: Decimal | None, currency: str, language: str) -> str | None:
    """``93 000 FCFA`` (``93,000 FCFA`` in English) for whole francs; None when Babel must say it."""
    symbol = _SYMBOLS.get((currency or "XAF").upper())
    group = _GROUPS.get(language)
    if amount is None or symbol is None or group is None or amount != amount.to_integral_value():
        return None
    if abs(amount) >= 10**15:
        return None  # beyond what the list shows of a shop's amounts: Babel's arithmetic
    return f"{int(amount):,}".replace(",", group) + f"\xa0{symbol}"


def quick_day(value: date | datetime | None, locale: str) -> str | None:
    """``1 nov. 2026`` (``Nov 1, 2026``; ``1 Nov 2026`` in ``en_CM``), a moment's day in Douala's.

    None when Babel must say it (another locale, a far year).
    """
    months = _MONTHS.get(locale)
    if value is None or months is None:
        return None
    if isinstance(value, datetime):
        value = value.astimezone(WAT).date() if value.tzinfo is not None else value.date()
    if not 1000 <= value.year <= 9999:
        return None
    month = months[value.month - 1]
    return f"{month} {value.day}, {value.year}" if locale in _MONTH_FIRST else f"{value.day} {month} {value.year}"
