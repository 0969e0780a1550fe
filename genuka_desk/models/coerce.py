"""Lenient field types: every odd shape a real Genuka body takes parses.

The server sends booleans as 0/1 or true/false, objects as ``{}``, ``[]`` or
null, numbers as strings, and dates in five formats. These annotated types
turn each of those into one Python value and never raise: a value that makes
no sense becomes ``None`` (the raw body, kept beside the model, still holds
it untouched for the way back out).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

# Cameroon is on West Africa Time all year (no DST); the API's default
# X-Timezone is Africa/Douala. Naive server times are read in that zone.
WAT = timezone(timedelta(hours=1), "WAT")

# Amounts beyond 10^15 are no real order; they come from broken bodies.
_MAX_ADJUSTED_EXPONENT = 15
_SMALL_INT = 10**15  # below it an int is always in range (to_decimal's limit)

_TRUE = {"1", "true", "yes", "on", "y", "oui"}
_FALSE = {"0", "false", "no", "off", "n", "non", ""}


def to_bool(value: Any) -> bool | None:
    """0/1, "0"/"1", true/false and their strings; anything else is None."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return None


def to_decimal(value: Any) -> Decimal | None:
    """A number or a numeric string as Decimal (never float); else None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, Decimal):
            result = value
        elif isinstance(value, int):
            result = Decimal(value)
        elif isinstance(value, float):
            result = Decimal(repr(value))
        elif isinstance(value, str):
            text = value.strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
            if not text:
                return None
            if "," in text and "." not in text:
                text = text.replace(",", ".")
            result = Decimal(text)
        else:
            return None
    except (InvalidOperation, ValueError, OverflowError):
        return None
    if not result.is_finite() or result.adjusted() > _MAX_ADJUSTED_EXPONENT:
        return None
    return result


def to_int(value: Any) -> int | None:
    """A whole number, from an int, an integral float or a numeric string."""
    if type(value) is int and -_SMALL_INT < value < _SMALL_INT:
        return value  # the common case (quantities, states), without a Decimal
    number = to_decimal(value)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)


def to_str(value: Any) -> str | None:
    """Strings stay; numbers become their text (ids come as both); else None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return None


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def to_datetime(value: Any) -> datetime | None:
    """Parse the five date shapes seen in real bodies into an aware datetime.

    ``2025-10-10T11:24:04.000000Z``, ``2025-07-30T09:05:59.350460Z``,
    ``2024-01-18``, ``18/01/2024`` and ``2025-10-10 11:28:44``; epoch seconds
    too. Naive values are read as Douala time.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime(value.year, value.month, value.day)
    elif isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        match = _DMY.match(text)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                result = datetime(year, month, day)
            else:
                result = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    if result.tzinfo is None:
        result = result.replace(tzinfo=WAT)
    return result


def to_dict(value: Any) -> dict[str, Any] | None:
    """An object; PHP's empty array ``[]`` is an empty object; else None."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list) and not value:
        return {}
    return None


def to_list(value: Any) -> list[Any]:
    """A list; null and ``{}`` are empty; a PHP array keyed 0..n is its values."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return list(value.values())
    return []


def to_object(value: Any) -> Any:
    """For nested models: a non-empty object, or None for ``[]``/``{}``/null/junk."""
    if isinstance(value, dict) and value:
        return value
    return None


def to_object_list(value: Any) -> list[Any]:
    """For lists of nested models: keep only the entries that are objects."""
    return [item for item in to_list(value) if isinstance(item, dict)]
