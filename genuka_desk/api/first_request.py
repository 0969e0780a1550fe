"""What the API client loads only at its first request, named so a caller can load it ahead, off the GUI thread.

The client module itself brings httpx. httpcore picks its async backend when
the first connection opens and then imports anyio's: two private modules of
theirs, named here by their paths. Loading those ahead is a speed measure of
the desktop's (its event loop runs on the GUI thread), switched on by its
tuning only (``genuka_desk/ui/tuning/first_request.py`` says what it buys and
when it can go); tests/unit/test_first_request.py checks the names still
import.
"""

from __future__ import annotations

# What ``OrderService`` loads in a worker thread before its first sync (read at each call).
FIRST_REQUEST_MODULES: list[str] = ["genuka_desk.api.client"]
BACKENDS = ("httpcore._backends.anyio", "anyio._backends._asyncio")


def load_backends_ahead(on: bool = True) -> None:
    """Add httpcore's and anyio's backends to :data:`FIRST_REQUEST_MODULES` (``on=False``: take them out)."""
    FIRST_REQUEST_MODULES[:] = [name for name in FIRST_REQUEST_MODULES if name not in BACKENDS]
    if on:
        FIRST_REQUEST_MODULES.extend(BACKENDS)
