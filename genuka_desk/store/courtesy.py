"""Background store work steps aside while the window paints: inert since issue 34.

The list's paint held :meth:`Courtesy.foreground` (through
``OrderService.foreground``) and the storing thread waited at its next step
(:meth:`Courtesy.step_aside`: a page's item, a batch statement). Measured
again in issue 34, that bought nothing anymore (bench/README.md, "Tuning"):
nothing holds it now, and a step aside is one integer read. It goes with its
callers (``store/files.py`` makes one, ``store/cache.py`` steps aside).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The longest a background step waits for the window: a paint takes ~15 ms, and
# a window stuck inside ``foreground`` must never stop the sync.
LONGEST_WAIT = 0.1


class Courtesy:
    """Lets the GUI thread ask background store work to pause between steps."""

    def __init__(self, longest: float = LONGEST_WAIT) -> None:
        self._longest = longest
        self._holders = 0
        self._owner: int | None = None
        self._lock = threading.Lock()
        self._free = threading.Event()
        self._free.set()

    @contextmanager
    def foreground(self) -> Iterator[None]:
        """Background steps wait while this is held (nested holds count)."""
        with self._lock:
            self._holders += 1
            self._owner = threading.get_ident()
            self._free.clear()
        try:
            yield
        finally:
            with self._lock:
                self._holders -= 1
                if not self._holders:
                    self._owner = None
                    self._free.set()

    @property
    def held(self) -> bool:
        """Whether some thread holds the foreground now."""
        return self._holders > 0

    def step_aside(self) -> None:
        """Called by background work between steps: waits while the foreground is held (not by this thread)."""
        # A plain int read: costs nothing when nobody paints.
        if self._holders and threading.get_ident() != self._owner:
            self._free.wait(self._longest)
