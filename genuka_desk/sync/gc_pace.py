"""Fewer garbage collections while pages of orders stream in.

A page of 100 orders decodes into some 10,000 containers. With Python's
default first threshold (700) the young generation is collected about eight
times per page, and the pages still in flight survive into the older
generations, which are then walked again and again: about half a second of
a 10,000-order sync, a tenth of it. Decoded JSON holds no reference cycles:
what a page leaves is freed by reference counting as soon as it is stored,
so collecting far less often during a walk frees the same memory.

The desktop collects from its own timer (``ui.main_thread_gc``) with
automatic collection off; there the thresholds changed here are not used.
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
