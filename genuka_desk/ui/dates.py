"""Dates as the desk writes them: in the clerk's language, the way of the shop's country (or this computer's).

The way is a country (``CM``: the day first, a 24-hour clock). It is chosen
when the language is installed (:func:`.i18n.install_language`, which gives
Qt's date edits the same country) and every day and moment the desk shows
goes to Babel through here with it: ``en`` in Cameroon writes
``7 Dec 2026`` and ``7 Dec 2026, 14:30``, where ``en`` alone would write the
US's ``Dec 7, 2026`` and ``Dec 7, 2026, 2:30 PM``. English spells the month
out, in moments too: ``07/12`` reads as July to many English readers; French
keeps its ``07/12/2026 14:30``. Neither Qt nor Babel is loaded here: the
start's first look paints the list's days through this.
"""

from __future__ import annotations

from datetime import date, datetime

from .. import models as _models
from .quick_format import quick_day

SHOP, COMPUTER = "shop", "computer"  # the clerk's choice: the shop's country's way (default), or this computer's
DEFAULT_COUNTRY = "CM"  # Genuka's home: the way of a shop whose country is not known, on a computer with none

_way: list[str | None] = [None]  # the country whose way dates follow (None: the language's own)


def dates_country(choice: str, shop: str | None, computer: str | None) -> str | None:
    """The country whose way dates follow: the shop's, unless the clerk chose this computer's.

    A shop whose country is not known yet (before the first sync) follows
    this computer's, or Cameroon's on a computer that has none (the C locale).
    """
    if choice == COMPUTER:
        return computer
    return shop or computer or DEFAULT_COUNTRY


def set_dates_country(country: str | None) -> None:
    """Dates follow ``country``'s way from now on (None: the language's own); see ``install_language``."""
    _way[0] = country.upper() if country else None


def dates_locale(language: str, country: str | None = None) -> str:
    """The locale Babel writes dates in: ``en`` with the country in use (``en_CM``).

    ``country``: another one instead (Preferences shows each choice so); "" for none (``en`` alone).
    """
    chosen = country if country is not None else _way[0]
    return f"{language}_{chosen}" if chosen else language


def day_text(value: date | datetime | None, language: str) -> str:
    """A day as the desk shows it (``7 Dec 2026`` in English in Cameroon); a moment's day in Douala."""
    locale = dates_locale(language)
    return quick_day(value, locale) or _models.format_day(value, locale)


def moment_text(value: datetime | None, language: str, country: str | None = None) -> str:
    """A date and time as the desk shows it (``7 Dec 2026, 14:30`` in English in Cameroon), in Douala time."""
    return _models.format_moment(value, dates_locale(language, country))
