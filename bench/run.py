"""``make bench``: every benchmark, each in a fresh process, then one table.

Each bench prints its own rows (figure, ours, floor, ratio, target, verdict)
and merges its figures into ``bench/results.json``. A bench that fails is
reported as such; the others still run. ``BENCH_SMOKE=1`` makes it a smoke
run (bench/common.py): tiny caches, one run each, the results elsewhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.common import RESULTS, ROOT, SMOKE

BENCHES = (
    "bench.bench_startup",
    "bench.bench_ui",
    "bench.bench_counter",
    "bench.bench_paper",
    "bench.bench_till",
    "bench.bench_credit_book",
    "bench.bench_returns",
    "bench.bench_discount",
    "bench.bench_sync",
    "bench.bench_sync_ui",
    "bench.bench_scale",
)
HEADER = f"{'figure':<34} {'ours':>12} {'floor':>12} {'ratio':>8}  {'target':<18} verdict"


def run_one(module: str) -> tuple[list[str], float]:
    """The rows ``module`` printed, and how long it took."""
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", module], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1100, check=False
    )
    elapsed = time.perf_counter() - started
    rows = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 or not rows:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        return [f"{module}: FAILED (exit {proc.returncode})\n{tail}"], elapsed
    return rows, elapsed


def main() -> int:
    from bench.cache import DATA, ORDERS, bench_home

    started = time.perf_counter()
    if SMOKE:
        print(f"smoke run: figures mean nothing; the {ORDERS:,}-order cache goes to {DATA}...", flush=True)
    else:
        print("preparing the 100,000-order cache (built once, kept in bench/.data)...", flush=True)
    bench_home()
    lines: list[str] = []
    failed = False
    for module in BENCHES:
        print(f"running {module}...", flush=True)
        rows, elapsed = run_one(module)
        failed |= any("FAILED" in r for r in rows)
        lines += rows
        print(f"  done in {elapsed:.0f} s", flush=True)
    print()
    print(HEADER)
    print("-" * len(HEADER))
    print("\n".join(lines))
    where = RESULTS if SMOKE else "bench/results.json"
    print(f"\nall benches: {time.perf_counter() - started:.0f} s; figures in {where}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
