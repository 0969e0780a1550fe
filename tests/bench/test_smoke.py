"""Every bench runs to its end in a smoke run, as ``make bench`` runs it (bench/README.md, "Smoke runs").

The benches are not part of the suite, so a refactor could break one unseen
(one called a store method that had moved). ``python -m bench.run`` runs each
bench module in a fresh process, with ``BENCH_SMOKE`` set to a temporary
folder: caches of 1,000 and 2,000 orders built there, one run of each figure,
the results written there. No figure is judged (tiny sizes, a noisy machine):
only that every bench ran and printed its rows, and that the real
``bench/results.json`` and ``bench/.data`` were left alone.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bench.run import BENCHES

ROOT = Path(__file__).resolve().parents[2]
NAME_WIDTH = 34  # a row starts with its figure's name in this width (bench.common.row)

# Each bench's rows in a smoke run: the cache holds 1,000 orders; bench_scale takes 1,000 and 2,000
# (with bench_incremental and its own bench_ui at 2,000).
ROWS = {
    "bench.bench_startup": ("start-up, list painted (1k)", "start-up, usable (1k)"),
    "bench.bench_ui": (
        "search, worst of 5 words (1k)",
        "sort by total (1k)",
        "filter by status (1k)",
        "open an order (1k)",
        "status change shown (1k)",
        "memory, RSS in use (1k)",
    ),
    "bench.bench_counter": (
        "new-order window open",
        "catalogue search keystroke",
        "customer search keystroke",
        "scan a SKU, line shown",
        "save a sale, window ready",
    ),
    "bench.bench_paper": ("receipt PDF (80 mm)", "invoice PDF (A4)", "receipt bytes (ESC/POS, 80 mm)", "payment shown"),
    "bench.bench_till": (
        "open the till dialog (100k)",
        "close the till dialog (100k)",
        "till window (100k)",
        "Z report (100k)",
    ),
    "bench.bench_credit_book": (
        "credit book, who owes (100k)",
        "credit book, filtered (100k)",
        "credit book window (100k)",
    ),
    "bench.bench_returns": ("open a return (100k)", "return draft (100k)"),
    "bench.bench_discount": ("a discount recomputes totals (30)",),
    "bench.bench_sync": ("full sync 10k, time", "full sync 10k, rate vs raw httpx"),
    "bench.bench_sync_ui": ("UI stall during sync", "UI stall during sync, 2 busy procs"),
    "bench.bench_scale": (
        "start-up, list painted (2k)",
        "start-up, usable (2k)",
        "search, worst of 5 words (2k)",
        "open an order (2k)",
        "memory, RSS in use (2k)",
        "incremental sync, 100 changed (1k)",
        "incremental sync, 100 changed (2k)",
    ),
}
# What each bench keeps of its runs, under ``details``.
DETAILS = {"startup", "ui_1k", "counter_100k", "paper_100k", "full_sync", "ui_during_sync", "ui_2k"}
DETAILS |= {"incremental_1k", "incremental_2k"}
# Only the bench's own switches: the caller's BENCH_RUNS or sizes must not change what is run here.
OTHER_SWITCHES = ("BENCH_RUNS", "BENCH_ORDERS", "BENCH_SCALE_SIZES")


def run_benches(folder: Path, timeout: float) -> tuple[int, str]:
    """``python -m bench.run`` in smoke mode; its exit code and everything it printed.

    In a session of its own, so that a bench stuck past ``timeout`` goes with
    every process it started (demo APIs, start-up probes, busy neighbours).
    """
    env = {k: v for k, v in os.environ.items() if k not in OTHER_SWITCHES}
    env |= {"BENCH_SMOKE": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.run"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        pytest.fail(f"the smoke run took more than {timeout:.0f} s:\n{out[-4000:]}")
    return proc.returncode, out


def printed_names(out: str) -> set[str]:
    """The figures' names of the table's rows."""
    return {line[:NAME_WIDTH].rstrip() for line in out.splitlines() if len(line) > NAME_WIDTH}


def test_every_bench_module_is_checked() -> None:
    assert set(ROWS) == set(BENCHES), "a bench added to bench/run.py needs its rows here"


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_every_bench_runs_end_to_end_in_a_smoke_run(tmp_path: Path) -> None:
    folder = tmp_path / "smoke"
    real_results = ROOT / "bench" / "results.json"

    code, out = run_benches(folder, timeout=360)

    assert code == 0 and "FAILED" not in out, out[-6000:]
    printed = printed_names(out)
    missing = {module: [n for n in names if n not in printed] for module, names in ROWS.items()}
    assert not any(missing.values()), f"rows not printed: {missing}\n{out[-4000:]}"
    # Its results went to the smoke run's folder, with every bench's runs...
    results = json.loads((folder / "results.json").read_text())
    assert {n for names in ROWS.values() for n in names} <= set(results["figures"])
    assert set(results["details"]) >= DETAILS
    assert (folder / "home-1000" / "built.json").exists() and (folder / "home-2000" / "built.json").exists()
    if importlib.util.find_spec("matplotlib") is not None:  # the bench extra
        assert (folder / "scale.png").stat().st_size > 0
    # ...and none to the real ones (which a real `make bench` may be writing meanwhile: looked at, not compared).
    if real_results.exists():
        real = json.loads(real_results.read_text())
        assert not {"ui_1k", "ui_2k", "incremental_1k", "incremental_2k"} & set(real.get("details", {}))
    assert not (ROOT / "bench" / ".data" / "home-1000").exists()
    assert not (ROOT / "bench" / ".data" / "home-2000").exists()
