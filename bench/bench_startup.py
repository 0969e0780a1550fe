"""Start-up: process start to the order list painted, and to the program usable, with 100,000 cached orders.

The floor is a bare PySide6 window holding an empty QTableView, shown and
its events processed once. All run offscreen as fresh processes
(``bench/startup_probe.py``), interleaved, from ``Popen`` to the child's
line: "shown" when the list (from the local copy) has been painted,
"usable" when the event loop runs with the service started and the window
wired to it (a status change would go through). ``BENCH_SIZES`` adds caches
of other sizes (the scale bench uses it).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.cache import ORDERS, bench_home
from bench.common import ROOT, SMOKE, Figure, at_least, publish, record

PAINTED_TARGET = 1.5
USABLE_TARGET = 2.5


def child_env() -> dict[str, str]:
    """Offscreen Qt, and no OS keychain: the bench profile's token is in its private file."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def time_start(args: list[str]) -> float:
    """Seconds from starting the probe to its line ("shown" or "usable")."""
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
    if line.strip() not in ("shown", "usable"):
        raise RuntimeError(f"the start-up probe {args[0]} did not report (got {line!r})")
    return elapsed


def importtime(home: Path) -> list[tuple[str, float]]:
    """``-X importtime`` of the painted start: our top imports and the heavy ones, by cumulative ms."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bench.startup_probe", "app", str(home)],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    found: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        try:
            cumulative = int(parts[1]) / 1000
        except (ValueError, IndexError):
            continue
        name = parts[2].strip()
        found[name] = max(found.get(name, 0.0), cumulative)
    return sorted(found.items(), key=lambda item: -item[1])


def measure(home: Path, runs: int) -> dict[str, list[float]]:
    """Interleaved runs of the bare window, the painted list and the usable program."""
    for _ in range(0 if SMOKE else 2):  # warm the OS file cache for all
        time_start(["bare"])
        time_start(["app", str(home)])
        time_start(["usable", str(home)])
    times: dict[str, list[float]] = {"bare": [], "painted": [], "usable": []}
    for _ in range(runs):
        times["bare"].append(time_start(["bare"]))
        times["painted"].append(time_start(["app", str(home)]))
        times["usable"].append(time_start(["usable", str(home)]))
    return times


def figures_for(
    orders: int, runs: int, painted_factor: float = PAINTED_TARGET
) -> tuple[list[Figure], dict[str, object]]:
    """The start-up figures on a cache of ``orders`` orders, and their raw runs."""
    home = bench_home(orders)
    times = measure(home, runs)
    bare = statistics.median(times["bare"]) * 1000
    painted = statistics.median(times["painted"]) * 1000
    usable = statistics.median(times["usable"]) * 1000
    label = f"{orders // 1000}k"
    figures = [
        Figure(
            f"start-up, list painted ({label})",
            painted,
            "ms",
            bare,
            f"<= {painted_factor:g}x floor",
            painted <= painted_factor * bare,
        ),
        Figure(
            f"start-up, usable ({label})",
            usable,
            "ms",
            bare,
            f"<= {USABLE_TARGET:g}x floor",
            usable <= USABLE_TARGET * bare,
        ),
    ]
    return figures, {"orders": orders, "runs_s": times}


def compiled() -> None:
    """Bytecode for our package and the probe, as an installed program has it.

    A checkout started with ``PYTHONDONTWRITEBYTECODE`` would compile every
    module at every start (~90 ms here); pip, the wheel and the frozen
    bundles ship the bytecode.
    """
    for folder in ("genuka_desk", "bench"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def main() -> list[str]:
    compiled()
    runs = at_least(5)
    figures, details = figures_for(ORDERS, runs)
    imports = importtime(bench_home(ORDERS))
    heavy = {name: ms for name, ms in imports if name in ("pydantic", "httpx", "keyring", "asyncio", "qasync")}
    record("startup", {**details, "importtime_top_ms": imports[:25], "heavy_before_paint_ms": heavy})
    return publish(figures)


if __name__ == "__main__":
    print("\n".join(main()))
