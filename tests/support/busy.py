"""A slow, busy PC: processes that burn the CPU beside a campaign (its "starved" mode)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

BURN = "while True: pass"


def busy_count() -> int:
    """As many burners as cores, at least two: the sync then fights for every time slice."""
    return max(2, os.cpu_count() or 2)


@contextmanager
def busy_cpu(count: int | None = None) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Run ``count`` CPU-burning processes for the duration of the block (killed after, even on failure)."""
    burners = [subprocess.Popen([sys.executable, "-c", BURN]) for _ in range(count or busy_count())]
    try:
        yield burners
    finally:
        for burner in burners:
            burner.kill()
        for burner in burners:
            burner.wait(timeout=10)
