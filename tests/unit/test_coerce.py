"""The lenient field types accept every odd shape and never raise."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from genuka_desk.models.coerce import WAT, to_bool, to_datetime, to_decimal, to_dict, to_int, to_list, to_str


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, False),
        (1, True),
        (True, True),
        (False, False),
        ("1", True),
        ("0", False),
        ("true", True),
        ("false", False),
        (None, None),
        ("maybe", None),
        ([], None),
        (2, True),
    ],
)
def test_bool_shapes(value: object, expected: bool | None) -> None:
    assert to_bool(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (80000, Decimal(80000)),
        ("80000", Decimal(80000)),
        ("12.50", Decimal("12.50")),
        (12.5, Decimal("12.5")),
        ("12,5", Decimal("12.5")),
        ("80\u202f000", Decimal(80000)),
        ("", None),
        ("abc", None),
        (None, None),
        (True, None),
        ("NaN", None),
        ("Infinity", None),
        ("1e40", None),
        ({}, None),
    ],
)
def test_decimal_shapes(value: object, expected: Decimal | None) -> None:
    assert to_decimal(value) == expected


def test_decimal_is_never_float() -> None:
    assert isinstance(to_decimal(0.1), Decimal)
    assert to_decimal(0.1) == Decimal("0.1")


def test_int_and_str() -> None:
    assert to_int("3") == 3
    assert to_int(3.0) == 3
    assert to_int("2.5") is None
    assert to_str(4839) == "4839"
    assert to_str(4839.0) == "4839"
    assert to_str(["x"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-10-10T11:24:04.000000Z", datetime(2025, 10, 10, 11, 24, 4, tzinfo=UTC)),
        ("2025-07-30T09:05:59.350460Z", datetime(2025, 7, 30, 9, 5, 59, 350460, tzinfo=UTC)),
        ("2024-01-18", datetime(2024, 1, 18, tzinfo=WAT)),
        ("18/01/2024", datetime(2024, 1, 18, tzinfo=WAT)),
        ("2025-10-10 11:28:44", datetime(2025, 10, 10, 11, 28, 44, tzinfo=WAT)),
    ],
)
def test_the_five_date_formats(text: str, expected: datetime) -> None:
    assert to_datetime(text) == expected


@pytest.mark.parametrize("junk", ["", "not a date", "31/02/2024", [], {}, True, "2024-13-45"])
def test_bad_dates_are_none(junk: object) -> None:
    assert to_datetime(junk) is None


def test_objects_from_php_arrays() -> None:
    assert to_dict([]) == {}
    assert to_dict({}) == {}
    assert to_dict(None) is None
    assert to_dict([1]) is None
    assert to_list({}) == []
    assert to_list(None) == []
    assert to_list({"0": "a", "1": "b"}) == ["a", "b"]


def test_to_int_takes_plain_ints_at_once_and_still_refuses_the_huge_ones() -> None:
    from genuka_desk.models.coerce import to_decimal, to_int

    for value in (0, 3, -7, 10**15 - 1, 10**15, 10**16, 10**400, -(10**400), True):
        expected = to_decimal(value)
        assert to_int(value) == (None if expected is None else int(expected)), value
