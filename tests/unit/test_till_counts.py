"""A count typed at the terminal: value x quantity, with XAF's 500 both a bill and a coin."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from genuka_desk.models.till import Denomination
from genuka_desk.service.till import TillError, parse_counts

XAF = [
    Denomination(id="b10000", type="bill", value=Decimal(10000)),
    Denomination(id="b500", type="bill", value=Decimal(500)),
    Denomination(id="c500", type="coin", value=Decimal(500)),
    Denomination(id="c100", type="coin", value=Decimal(100)),
]


def test_values_and_quantities_name_the_bills_and_coins() -> None:
    assert parse_counts("10000x3, 500b x2; 500cx4,100×7", XAF) == {"b10000": 3, "b500": 2, "c500": 4, "c100": 7}
    assert parse_counts("10 000x1", XAF) == {"b10000": 1}  # a value written with a space
    assert parse_counts("", XAF) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("500x4", "both a bill and a coin: write 500b (bills) or 500c (coins)"),
        ("100bx1", "no bill of 100"),
        ("300x2", "no bill or coin of 300"),
        ("10000x", "not a count"),
        ("10000x-1", "cannot be negative"),
        ("100x1,100x2", "counted twice"),
        ("abc", "not a count"),
        ("snanx1", "not a count"),  # a Decimal (a signalling NaN) that cannot be looked up: a sentence, no crash
        ("infx2", "not a count"),
    ],
)
def test_a_count_that_does_not_add_up_is_said_in_a_sentence(text: str, words: str) -> None:
    with pytest.raises(TillError, match=re.escape(words)):
        parse_counts(text, XAF)
