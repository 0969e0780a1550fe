"""Start-up: process start to the main window painted with 100,000 cached orders.

The floor is a bare PySide6 window holding an empty QTableView. Both run
offscreen as fresh processes (``bench/startup_probe.py``), alternating, and
the time is from ``Popen`` to the child's "shown" line.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cache import bench_home
from bench.common import ROOT, RUNS, record, row

TARGET = 1.3


def child_env() -> dict[str, str]:
    """Offscreen Qt, and no OS keychain: the bench profile's token is in its private file."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def time_start(args: list[str]) -> float:
    """Seconds from starting the probe to its "shown" line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.startup_probe", *args],
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise RuntimeError(f"the start-up probe {args[0]} did not show its window")
    return elapsed


def main() -> list[str]:
    home: Path = bench_home()
    empty: Path = bench_home(0)  # the same program on an empty cache: what the cache's size costs
    for _ in range(2):  # warm the OS file cache for all three
        time_start(["bare"])
        time_start(["app", str(home)])
        time_start(["app", str(empty)])
    bare: list[float] = []
    ours: list[float] = []
    ours_empty: list[float] = []
    for _ in range(max(RUNS, 5)):
        bare.append(time_start(["bare"]))
        ours.append(time_start(["app", str(home)]))
        ours_empty.append(time_start(["app", str(empty)]))
    floor, value, value_empty = statistics.median(bare), statistics.median(ours), statistics.median(ours_empty)
    ratio = value / floor
    record(
        "startup",
        {
            "orders": 100_000,
            "ours_s": value,
            "ours_empty_cache_s": value_empty,
            "bare_s": floor,
            "ratio": ratio,
            "runs": {"ours": ours, "ours_empty_cache": ours_empty, "bare": bare},
        },
    )
    floor_ms = f"{floor * 1000:.0f} ms"
    return [
        row("start-up 100k", f"{value * 1000:.0f} ms", floor_ms, f"{ratio:.2f}x", "<= 1.3x bare", ratio <= TARGET),
        row(
            "  ...empty cache",
            f"{value_empty * 1000:.0f} ms",
            floor_ms,
            f"{value_empty / floor:.2f}x",
            "(reference)",
            True,
        ),
    ]


if __name__ == "__main__":
    print("\n".join(main()))
