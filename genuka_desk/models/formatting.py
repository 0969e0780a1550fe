"""Money and dates for people: the one place that formats them (Babel)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time, get_datetime_format
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol

from .coerce import WAT


@lru_cache(maxsize=16)
def _locale(tag: str) -> Locale:
    """``fr``, or a language in a country (``en_CM``: dates day first); a pair Babel lacks reads as its language."""
    text = tag.replace("-", "_")
    for candidate in (text, text.split("_")[0], "fr"):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse("fr")


def number_locale(tag: str) -> Locale:
    """The Babel locale of ``tag`` (French when unknown), for numbers and dates."""
    return _locale(tag)


def currency_decimals(currency: str | None) -> int:
    """Digits after the decimal point for ``currency`` (CLDR's precision: 0 for XAF and XOF, 2 for EUR)."""
    return int(get_currency_precision((currency or "XAF").upper()))


def format_money(amount: Decimal | None, currency: str = "XAF", locale: str = "fr") -> str:
    """``80000`` XAF in French is ``80 000 FCFA``; decimals as the currency has them."""
    if amount is None:
        return ""
    code = (currency or "XAF").upper()
    loc = _locale(locale)
    try:
        # A word-like symbol (FCFA) reads best after the number in every
        # language: "80 000 FCFA", "80,000 FCFA" (not "FCFA80,000").
        pattern = "#,##0.00\xa0¤" if get_currency_symbol(code, locale=loc).isalpha() else None
        return format_currency(amount, code, format=pattern, locale=loc, currency_digits=True)
    except (ValueError, KeyError):
        return f"{amount} {code}"


def currency_symbol(currency: str = "XAF", locale: str = "fr") -> str:
    """The symbol people know the currency by (``FCFA`` for XAF)."""
    return get_currency_symbol((currency or "XAF").upper(), locale=_locale(locale))


def format_day(value: date | datetime | None, locale: str = "fr") -> str:
    """A date, medium length (``22 nov. 2026``); a moment's day is its day in Douala.

    ``locale`` may name a country: ``en_CM`` writes the day first (``7 Dec 2026``), ``en`` alone as in the US.
    """
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(WAT).date()  # 00:30 in Douala is still the previous day in UTC
    return format_date(value, format="medium", locale=_locale(locale)) if value else ""


def format_moment(value: datetime | None, locale: str = "fr") -> str:
    """A date and time in Douala time: short in French (``22/11/2026 14:30``), the month spelled in English.

    English reads ``07/12/2026`` as July 12 as often as December 7, so it
    writes the day as :func:`format_day` does (``7 Dec 2026, 14:30`` in
    ``en_CM``, ``Dec 7, 2026, 2:30 PM`` in ``en``); French has one way.
    """
    if value is None:
        return ""
    local = value.astimezone(WAT)
    where = _locale(locale)
    if where.language != "en":
        return format_datetime(local, format="short", tzinfo=local.tzinfo, locale=where)
    day = format_date(local.date(), format="medium", locale=where)
    time = format_time(local, format="short", tzinfo=local.tzinfo, locale=where)
    glue = str(get_datetime_format("medium", locale=where)).replace("'", "")  # "{1}, {0}", as Babel joins them
    return glue.replace("{0}", time).replace("{1}", day)


def country_name(code: str, locale: str = "fr") -> str:
    """A country's name from its ISO code (``CM``: Cameroun); anything else as it is."""
    text = code.strip()
    if len(text) == 2 and text.isalpha():
        return str(_locale(locale).territories.get(text.upper(), text))
    return text


def country_code(value: str | None) -> str | None:
    """The ISO code of a country given by its code or its name in English or French (``Cameroun``: CM).

    None for nothing, or a name or code no country has.
    """
    text = " ".join((value or "").split())
    if not text:
        return None
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return code if code != "ZZ" and code in _locale("en").territories else None  # (ZZ: "Unknown Region")
    wanted = text.casefold()
    for language in ("en", "fr"):
        for code, name in _locale(language).territories.items():
            if len(code) == 2 and str(name).casefold() == wanted:
                return str(code)
    return None
