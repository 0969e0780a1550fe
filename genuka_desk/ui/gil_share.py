"""The GUI thread's share of the GIL while the service's threads work (a sync storing pages, JSON decoding).

Every Python step on the GUI thread (a slot, a paint's fill, even shiboken
checking a C++ virtual for a Python override) first takes the GIL. While a
worker thread runs Python, the GUI thread waits for it to let go, which
CPython asks for only after the switch interval: 5 ms by default, for each
of the dozens of takes a repaint or a window's first show makes. Measured
with a thread spinning beside a table window: first show 1,350 ms at 5 ms,
200 ms at 0.5 ms (120 ms alone); a repaint 20 ms at 5 ms, 12.6 ms at 0.5 ms
(12 ms alone). A worker alone is never interrupted (the switch is asked for
only by a waiting thread), so the sync loses next to nothing.
"""

from __future__ import annotations

import sys

SWITCH_INTERVAL_S = 0.0005


def keep_gui_first() -> None:
    """Let a waiting thread (the GUI's) take the GIL within half a millisecond (process-wide; idempotent)."""
    if sys.getswitchinterval() > SWITCH_INTERVAL_S:
        sys.setswitchinterval(SWITCH_INTERVAL_S)
