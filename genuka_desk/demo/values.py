"""Values as the demo API writes and reads them: ids, times, numbers, objects, dotted paths.

Genuka's ids are ULIDs and its times whole seconds in a few shapes. Bodies
come from clients and from PHP-shaped seeds: a number may be a string, an
object may be ``[]``, a key may be missing. These read them the one way the
whole demo agrees on.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"


def ulid(rng: random.Random, when: datetime) -> str:
    """A ULID-like id (time-ordered, lowercase Crockford base32), as Genuka uses."""
    value = (int(when.timestamp() * 1000) << 80) | rng.getrandbits(80)
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def iso(when: datetime) -> str:
    """``2025-10-10T11:24:04.000000Z``, the API's usual date shape."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sql_time(when: datetime) -> str:
    """``2025-10-10 11:28:44``, another shape the API uses."""
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def number(value: Any) -> Decimal | None:
    """``value`` as a finite decimal (a number or a numeric string), else None (booleans too)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        found = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return found if found.is_finite() else None


def json_number(value: Decimal) -> int | float:
    """A decimal as JSON writes it: an int when it is whole."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_time(text: str) -> float | None:
    """A date or date-time (ISO, or SQL's space) as a POSIX timestamp, UTC when no zone is given; None if not one."""
    text = text.strip().replace(" ", "T", 1) if len(text) > 10 else text.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def as_object(value: Any) -> dict[str, Any]:
    """``value`` if it is an object, else a new empty one (PHP sends [] for {})."""
    return value if isinstance(value, dict) else {}


def get_path(body: Any, path: str) -> Any:
    """The value at a dotted ``path`` (``billing.address.city``), None where a step is missing."""
    for part in path.split("."):
        if not isinstance(body, dict):
            return None
        body = body.get(part)
    return body


def set_path(body: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted ``path``, making the objects on the way."""
    parts = path.split(".")
    for part in parts[:-1]:
        if not isinstance(body.get(part), dict):
            body[part] = {}
        body = body[part]
    body[parts[-1]] = value
