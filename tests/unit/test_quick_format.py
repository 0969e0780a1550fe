"""The list's quick money and days are Babel's very text, in French and English (days in Cameroon's way too)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genuka_desk.models import format_day, format_money
from genuka_desk.ui.quick_format import quick_day, quick_money


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["fr", "en"]))
def test_whole_francs_read_as_babel_writes_them(amount: int, language: str) -> None:
    assert quick_money(Decimal(amount), "XAF", language) == format_money(Decimal(amount), "XAF", language)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from(["fr", "en", "fr_CM", "en_CM"])
)
def test_days_read_as_babel_writes_them(day: date, language: str) -> None:
    assert quick_day(day, language) == format_day(day, language)


def test_english_in_cameroon_writes_the_day_first() -> None:
    assert quick_day(date(2026, 12, 7), "en_CM") == "7 Dec 2026" == format_day(date(2026, 12, 7), "en_CM")
    assert quick_day(date(2026, 9, 7), "en_CM") == "7 Sept 2026"  # (CLDR's English outside the US)
    assert quick_day(date(2026, 12, 7), "en") == "Dec 7, 2026"


@pytest.mark.parametrize("language", ["fr", "en", "fr_CM", "en_CM"])
def test_a_moment_is_shown_on_its_day_in_douala(language: str) -> None:
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 December in Douala
    assert quick_day(late, language) == format_day(date(2026, 12, 1), language) == format_day(late, language)
    assert quick_day(late - timedelta(hours=2), language) == format_day(date(2026, 11, 30), language)


def test_what_is_not_written_here_is_left_to_babel() -> None:
    assert quick_money(Decimal("1500.50"), "XAF", "fr") is None  # cents
    assert quick_money(Decimal(1500), "EUR", "fr") is None  # another currency
    assert quick_money(Decimal(1500), "XAF", "de") is None  # another language
    assert quick_money(None, "XAF", "fr") is None
    assert quick_day(date(2026, 1, 1), "de") is None
    assert quick_day(date(2026, 1, 1), "en_GB") is None  # a country not written here: Babel's own
    assert quick_day(date(990, 1, 1), "fr") is None  # a far year: Babel's own padding rules
