"""The list's money and dates through Qt's own locale: the same text as Babel's, without loading Babel.

The order list is painted before the rest of the program loads (see
:mod:`.early`); Babel's import and locale data cost more than the paint.
For what the list shows most, francs and days in French or English, Qt's
``QLocale`` gives Babel's exact text (a test compares them over many values);
anything else (another currency, cents, another language) returns None and
the caller asks Babel.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale

from ..models.coerce import WAT  # Douala: the day of a moment is its day there (a light module)

# Babel's symbol of each currency Qt formats here, after a no-break space ("93 000 FCFA").
_SYMBOLS = {"XAF": "FCFA"}
# Babel's "medium" day in each language, as a Qt date pattern.
_DAYS = {"fr": "d MMM yyyy", "en": "MMM d, yyyy"}


@lru_cache(maxsize=4)
def _locale(language: str) -> QLocale:
    # Babel's "fr" and "en" are France's and the United States' (Cameroon's English writes "Sept").
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def quick_money(amount: Decimal | None, currency: str, language: str) -> str | None:
    """``93 000 FCFA`` (``93,000 FCFA`` in English) for whole francs; None when Babel must say it."""
    symbol = _SYMBOLS.get((currency or "XAF").upper())
    if amount is None or symbol is None or language not in _DAYS or amount != amount.to_integral_value():
        return None
    if abs(amount) >= 10**15:
        return None  # beyond what a 64-bit integer holds exactly: Babel's arithmetic
    return f"{_locale(language).toString(int(amount))}\xa0{symbol}"


def quick_day(value: date | datetime | None, language: str) -> str | None:
    """``1 nov. 2026`` (``Nov 1, 2026``); a moment's day in Douala; None when Babel must say it."""
    pattern = _DAYS.get(language)
    if value is None or pattern is None:
        return None
    if isinstance(value, datetime):
        value = value.astimezone(WAT).date() if value.tzinfo is not None else value.date()
    return _locale(language).toString(QDate(value.year, value.month, value.day), pattern)
