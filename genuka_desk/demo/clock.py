"""The demo server's clock and its time limit per request.

Genuka keeps times to the whole second, so two writes may share an
``updated_at``; the clock never goes backwards. Like PHP's
``max_execution_time`` behind a gateway, a request past its limit is not
applied (:class:`~.errors.RequestTimedOut`). Tests move the server's time
forward with :meth:`ServerClock.advance` (``POST /__demo__/advance-clock``):
a PIN token's 24 hours, a cash session opened yesterday. The ``Date``
header does not follow. ``DemoServer(clock_offset=...)`` plays a server
whose clock is off: its header and the times it writes.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from .errors import RequestTimedOut


class ServerClock:
    """Whole-second server time, and each handler thread's deadline."""

    def __init__(self) -> None:
        self._last_time = datetime(2000, 1, 1, tzinfo=UTC)
        self._request = threading.local()
        self._ahead = timedelta(0)  # how far tests moved the server's time forward

    def now(self) -> datetime:
        """The server clock in whole seconds, as Genuka stores it: two writes may share an updated_at."""
        now = (datetime.now(UTC) + self._ahead).replace(microsecond=0)
        if now < self._last_time:
            now = self._last_time  # never backwards
        self._last_time = now
        return now

    def set_offset(self, seconds: float) -> None:
        """Run ``seconds`` ahead of this computer's clock (behind when negative), from the start: a server whose clock
        is off writes its times on it, as its ``Date`` header shows (``DemoServer(clock_offset=...)``)."""
        self._ahead = timedelta(seconds=seconds)

    def advance(self, seconds: float) -> datetime:
        """Move the server's time ``seconds`` forward (never back); the new time."""
        if seconds < 0:
            raise ValueError("the server's clock never goes backwards")
        self._ahead += timedelta(seconds=seconds)
        return self.now()

    def check_deadline(self) -> None:
        """Refuse to apply a request past the server's time limit (see :class:`RequestTimedOut`)."""
        deadline = getattr(self._request, "deadline", None)
        if deadline is not None and time.monotonic() > deadline:
            raise RequestTimedOut()

    def start_request(self, limit: float | None) -> None:
        """The handler thread's request starts now; it may apply writes for ``limit`` seconds."""
        self._request.deadline = None if limit is None else time.monotonic() + limit
