"""Shared bench helpers: medians, a demo API in its own process, results.json, the smoke switch.

``BENCH_SMOKE`` (bench/README.md, "Smoke runs"): unset or ``0`` for the real
benches; ``1`` or a folder's path for a smoke run, which takes one run of
each figure on the smallest sizes that still take every path, keeps its
caches and results in that folder (``1``: a new temporary one) and leaves
``bench/.data`` and ``bench/results.json`` alone. The suite's
``tests/bench/test_smoke.py`` runs it so a refactor cannot break a bench
unseen; its figures mean nothing.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NoReturn

import httpx

ROOT = Path(__file__).resolve().parent.parent


def _smoke_folder() -> Path | None:
    """The smoke run's folder (None for the real benches), made at the run's first process when ``BENCH_SMOKE=1``."""
    value = os.environ.get("BENCH_SMOKE", "")
    if value in ("", "0"):
        return None
    if value == "1":
        folder = Path(tempfile.mkdtemp(prefix="genuka-desk-bench-smoke-"))
    else:
        folder = Path(value).resolve()
        folder.mkdir(parents=True, exist_ok=True)
    # The benches' own processes (started elsewhere than here) inherit it: one folder for the whole run.
    os.environ["BENCH_SMOKE"] = str(folder)
    return folder


SMOKE_FOLDER = _smoke_folder()
SMOKE = SMOKE_FOLDER is not None
RESULTS = SMOKE_FOLDER / "results.json" if SMOKE_FOLDER else Path(__file__).resolve().parent / "results.json"
RUNS = 1 if SMOKE else int(os.environ.get("BENCH_RUNS", "5"))


def at_least(runs: int) -> int:
    """Runs for a figure that takes at least ``runs`` (more when BENCH_RUNS asks); one in a smoke run."""
    return RUNS if SMOKE else max(RUNS, runs)


def size(usual: int, smoke: int) -> int:
    """A bench's size (orders, products...): ``usual``, or in a smoke run the least that takes every path."""
    return smoke if SMOKE else usual


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    """Median of ``runs`` measurements (and all of them)."""
    values = [measure() for _ in range(runs)]
    return statistics.median(values), values


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def demo_process(orders: int, seed: int = 3) -> Iterator[str]:
    """A demo API in its own process (so it does not share our GIL); yields its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "genuka_desk",
            "demo-server",
            "--port",
            str(port),
            "--orders",
            str(orders),
            "--seed",
            str(seed),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{url}/__demo__/info", timeout=1.0).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("the demo API did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if "figures" not in data:  # a file from before the figures' stable shape: its runs stay as details
        data = {"figures": {}, "details": {k: v for k, v in data.items() if isinstance(v, dict)}}
    return data


def record(name: str, figure: dict[str, Any]) -> None:
    """Merge one bench's raw measurements (every run) into ``details`` of bench/results.json."""
    data = _load()
    data["details"][name] = {**figure, "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S")}
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True))


@dataclass(frozen=True)
class Figure:
    """One published figure: the keys of ``figures`` in bench/results.json never change.

    ``value`` and ``floor`` are in ``unit``; ``floor`` is what the same run
    measured for the least possible work (None when a figure has none);
    ``target`` says what is asked, in words (``<= 1.5x floor``, ``<= 80 ms``).
    """

    name: str
    value: float
    unit: str
    floor: float | None
    target: str
    met: bool


def timed(name: str, seconds: float, floor_s: float | None, budget_s: float) -> Figure:
    """A time figure in ms, against a budget given in seconds."""
    floor = None if floor_s is None else floor_s * 1000
    return Figure(name, seconds * 1000, "ms", floor, f"<= {budget_s * 1000:.0f} ms", seconds <= budget_s)


def publish(figures: list[Figure]) -> list[str]:
    """Write ``figures`` into bench/results.json and return their printed rows."""
    data = _load()
    when = time.strftime("%Y-%m-%dT%H:%M:%S")
    lines = []
    for figure in figures:
        data["figures"][figure.name] = {**asdict(figure), "measured_at": when}
        value = f"{figure.value:.1f} {figure.unit}" if figure.unit != "x" else f"{figure.value:.2f}x"
        floor = "" if figure.floor is None else f"{figure.floor:.1f} {figure.unit}"
        ratio = f"{figure.value / figure.floor:.2f}x" if figure.floor else ""
        lines.append(row(figure.name, value, floor, ratio, figure.target, figure.met))
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True))
    return lines


def row(name: str, value: str, floor: str, ratio: str, target: str, met: bool) -> str:
    """One line of the printed table."""
    return f"{name:<34} {value:>12} {floor:>12} {ratio:>8}  {target:<18} {'ok' if met else 'MISSED'}"


def shown(make: Any) -> float:
    """Seconds from construction to the widget painted."""
    started = time.perf_counter()
    widget = make()
    widget.show()
    widget.grab()
    seconds = time.perf_counter() - started
    widget.close()
    widget.deleteLater()
    return seconds


def run_on_qt(work: Callable[[], Awaitable[list[str]]]) -> list[str]:
    """Run ``work`` on a qasync loop as the app does, tuned as the app is (genuka_desk/ui/tuning)."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from genuka_desk.ui import tuning

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    tuned = tuning.install(app)
    try:
        result: list[str] = qasync.run(work())
    finally:
        tuned.remove()
    return result


def print_and_leave(lines: list[str]) -> NoReturn:
    """Print a bench's lines and leave without the interpreter's teardown.

    PySide objects freed by the final garbage collection can crash it, and
    nothing is left to save.
    """
    print("\n".join(lines), flush=True)
    os._exit(0)
