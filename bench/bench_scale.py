"""How cost grows with the cache: 10,000, 100,000 and 500,000 orders, a table and a plot.

For each size (``BENCH_SCALE_SIZES`` to choose others): start-up to the
painted list and to the program usable (``bench_startup``), search, sort,
filter, open an order and memory through the real window (``bench_ui``, one
process per size), and an incremental sync of 100 orders changed on the server
(``bench_incremental``). The 100,000 figures of ``bench_ui`` come from its own
run in ``make bench``. Targets at 500,000: search, sort and filter <= 80 ms,
open <= 100 ms, RSS <= 500 MB, start-up to the painted list <= 2x the bare
window; the incremental sync must not grow with the cache (<= 1.5x the
smallest size's time; the cache file warm, a cold disk's runs in the details). The plot is ``bench/scale.png``.
A smoke run (``BENCH_SMOKE``) takes 1,000 and 2,000 orders and draws the plot
in its own folder (none when matplotlib, the ``bench`` extra, is missing).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.bench_startup import compiled, figures_for
from bench.cache import ORDERS, bench_home
from bench.common import RESULTS, ROOT, SMOKE, SMOKE_FOLDER, Figure, publish

# The smoke run's two sizes take both paths: the cache's own size, and another with its own bench_ui process.
_SIZES = "1000,2000" if SMOKE else "10000,100000,500000"
SIZES = tuple(int(s) for s in os.environ.get("BENCH_SCALE_SIZES", _SIZES).split(","))
PLOT = (SMOKE_FOLDER or Path(__file__).resolve().parent) / "scale.png"
CURVES = (
    "start-up, list painted",
    "search, worst of 5 words",
    "sort by total",
    "filter by status",
    "open an order",
    "incremental sync, 100 changed",
)


def label(orders: int) -> str:
    return f"{orders // 1000}k"


def run_module(module: str, orders: int) -> list[str]:
    """Run a bench module in a fresh process on a cache of ``orders``; its printed lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_ORDERS": str(orders)}
    proc = subprocess.run(
        [sys.executable, "-m", module], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{module} on {orders} orders failed:\n{proc.stderr[-2000:]}")
    return [line for line in proc.stdout.splitlines() if line.strip()]


def incremental(orders: int) -> tuple[float, float]:
    """Seconds of the incremental sync of 100 changed orders, and of the server's part (medians)."""
    for line in run_module("bench.bench_incremental", orders):
        if line.startswith("incremental "):
            _, _, ours, server, _cold = line.split()
            return float(ours), float(server)
    raise RuntimeError("the incremental bench printed no figure")


def plot(sizes: tuple[int, ...]) -> None:
    """bench/scale.png: each figure's curve over the cache's size, and the memory."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures = json.loads(RESULTS.read_text())["figures"]
    fig, (times, memory) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [2.2, 1]})
    for curve in CURVES:
        points = [(n, figures[f"{curve} ({label(n)})"]["value"]) for n in sizes if f"{curve} ({label(n)})" in figures]
        if points:
            times.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=curve)
    times.set_xscale("log")
    times.set_yscale("log")  # 3 ms and 3 s on one plot
    times.set_xticks(list(sizes), [label(n) for n in sizes])
    times.set_xlabel("orders in the local copy")
    times.set_ylabel("ms")
    times.set_title("time to the result on screen")
    times.grid(True, alpha=0.3)
    times.legend(fontsize=8, loc="center right")
    rss = [
        (n, figures[f"memory, RSS in use ({label(n)})"]["value"])
        for n in sizes
        if f"memory, RSS in use ({label(n)})" in figures
    ]
    memory.plot([p[0] for p in rss], [p[1] for p in rss], marker="o", color="tab:purple")
    memory.axhline(500, color="grey", linestyle="--", linewidth=1)
    memory.set_xscale("log")
    memory.set_xticks(list(sizes), [label(n) for n in sizes])
    memory.set_xlabel("orders in the local copy")
    memory.set_ylabel("MB")
    memory.set_title("memory (RSS), window in use")
    memory.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig(PLOT, dpi=110)


def main() -> list[str]:
    compiled()
    for orders in SIZES:
        bench_home(orders)  # built once and kept (the 500,000 one takes a few minutes)
    lines: list[str] = []
    synced: dict[int, tuple[float, float]] = {}
    for orders in SIZES:
        factor = 2.0 if orders > ORDERS else 1.5
        startup, _ = figures_for(orders, runs=1 if SMOKE else 3, painted_factor=factor)
        lines += publish(startup)
        if orders != ORDERS:
            lines += run_module("bench.bench_ui", orders)
        synced[orders] = incremental(orders)
    smallest = synced[min(synced)][0]
    lines += publish(
        [
            Figure(
                f"incremental sync, 100 changed ({label(n)})",
                ours * 1000,
                "ms",
                server * 1000,
                f"<= 1.5x at {label(min(synced))}",
                ours <= 1.5 * smallest,
            )
            for n, (ours, server) in synced.items()
        ]
    )
    if SMOKE and importlib.util.find_spec("matplotlib") is None:
        print("no plot: matplotlib (the bench extra) is not installed", file=sys.stderr)
    else:
        plot(SIZES)
    return lines


if __name__ == "__main__":
    print("\n".join(main()))
