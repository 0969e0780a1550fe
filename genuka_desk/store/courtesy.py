"""Background store work steps aside while the window paints.

A sync stores its pages in a worker thread, mostly in SQLite and zstd (the
GIL released) but partly in Python. Before a paint the list reads and
copies the rows on screen (a SQLite read hands the GIL back at each row),
and each time the GUI thread wants the GIL back while the storing thread
runs Python it waits, up to the interpreter's switch interval (5 ms). While the window holds
:meth:`Courtesy.foreground`, the storing thread waits at its next step
instead (a page's item, a batch statement): the paint runs alone.
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
