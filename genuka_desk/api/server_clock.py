"""The server's clock as its answers tell it (their ``Date`` header), against this computer's."""

from __future__ import annotations

from datetime import UTC
from email.utils import parsedate_to_datetime


def clock_skew(clock: tuple[str, float] | None) -> float | None:
    """The server's clock minus this computer's, in whole seconds, from a ``Date`` header and when it came."""
    if not clock or not clock[0]:
        return None
    try:
        when = parsedate_to_datetime(clock[0])
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    # The header names a whole second: the server's time was somewhere within it.
    return float(round(when.timestamp() + 0.5 - clock[1]))
