"""Fewer garbage collections while pages of orders stream in: the sync's own speed measure.

A page of 100 orders decodes into some 10,000 containers. With Python's
default first threshold (700) the young generation is collected about eight
times per page, and the pages still in flight survive into the older
generations, which are then walked again and again. Decoded JSON holds no
reference cycles: what a page leaves is freed by reference counting as soon
as it is stored, so collecting far less often during a walk frees the same
memory.

It serves a process that collects automatically: the command line's sync and
bench_sync. The desktop collects from its own main-thread timer with
automatic collection off (``ui/tuning/collector.py``), at most once a second
and by its own thresholds: there this changes nothing
(tests/ui/test_tuning.py), so the desktop's tuning does not switch it.

Buys: a full pull of 10,000 orders from the demo API, our process's CPU
1.92-2.01 s instead of 2.26-2.31 s (13 young collections instead of ~415;
2026-12, twice each way, on a busy machine). Can go when the pull no longer
holds several decoded pages at once, or when every process that syncs
collects as the desktop does.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

WALK_THRESHOLD = 50_000  # allocations between young collections during a walk

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections(first: int = WALK_THRESHOLD) -> Iterator[None]:
    """Raise the young generation's threshold to ``first`` for the block (nested blocks share it)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(first, _saved[0]), _saved[1], _saved[2])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
