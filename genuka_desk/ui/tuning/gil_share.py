"""The GUI thread's share of the GIL while the service's threads work (a sync storing pages, JSON decoding).

Every Python step on the GUI thread (a slot, a paint's fill, even shiboken
checking a C++ virtual for a Python override) first takes the GIL. While a
worker thread runs Python, the GUI thread waits for it to let go, which
CPython asks for only after the switch interval: 5 ms by default, for each
of the dozens of takes a repaint or a window's first show makes. A worker
alone is never interrupted (the switch is asked for only by a waiting
thread), so the sync loses next to nothing. Process-wide: set once, by the
start's tuning (it was a side effect of building the service's bridge).

Buys: beside a thread spinning in Python, a table window with two Python
delegates shows in 17-20 ms instead of 42-927 ms, and repaints in 4-7 ms
instead of 12-27 ms (2026-12, three runs each way; issue 18: first show
1,350 -> 200 ms, a repaint 20 -> 12.6 ms).

Can go when the GUI thread no longer shares the process with threads running
Python (the sync and its storing in another process), or on a free-threaded
Python.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.0005


def install() -> float:
    """Let a waiting thread (the GUI's) take the GIL within half a millisecond; returns the interval before.

    Never makes it coarser than someone asked.
    """
    before = sys.getswitchinterval()
    if before > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
    return before


def uninstall(before: float) -> None:
    """Put the interval :func:`install` found back."""
    sys.setswitchinterval(before)
