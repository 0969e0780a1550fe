"""Amounts are read the way people write them here, and shown grouped in the clerk's language."""

from __future__ import annotations

from decimal import Decimal

import pytest

from genuka_desk.models import amount_text, parse_amount


@pytest.mark.parametrize(
    ("typed", "francs"),
    [
        ("12500", 12500),
        ("12 500", 12500),
        ("12\u202f500", 12500),  # Babel's French grouping, pasted back
        ("12.500", 12500),
        ("12,500", 12500),
        ("1.250.000", 1250000),
        ("1,250,000", 1250000),
        ("12500,50", Decimal("12500.50")),
        ("1.234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("1,5", Decimal("1.5")),
    ],
)
def test_francs_are_read_as_written_in_either_language(typed: str, francs: Decimal) -> None:
    assert parse_amount(typed, "XAF", "fr") == francs
    assert parse_amount(typed, "XAF", "en") == francs


def test_a_currency_with_cents_reads_one_comma_by_the_language() -> None:
    assert parse_amount("1,500", "EUR", "en") == 1500
    assert parse_amount("1,500", "EUR", "fr") == Decimal("1.500")
    assert parse_amount("1.50", "EUR", "fr") == Decimal("1.50")


@pytest.mark.parametrize("typed", ["", "  ", "abc", "12a", "1,2.3,4", "NaN", "Infinity"])
def test_what_is_not_an_amount_is_none(typed: str) -> None:
    assert parse_amount(typed) is None


def test_amounts_are_shown_grouped_in_the_clerks_language() -> None:
    assert amount_text(Decimal(2000), "XAF", "fr") == "2\u202f000"
    assert amount_text(Decimal(2000), "XAF", "en") == "2,000"
    assert amount_text(Decimal("1500.5"), "EUR", "fr") == "1\u202f500,50"
    assert amount_text(None) == ""
    for language in ("fr", "en"):
        for value in (Decimal(0), Decimal(75), Decimal(1234567), Decimal("99.5")):
            assert parse_amount(amount_text(value, "XAF", language), "XAF", language) == value
