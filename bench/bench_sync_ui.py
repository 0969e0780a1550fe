"""The Qt event loop while a full sync runs with the main window open.

A 5 ms QTimer ticks on the GUI thread; the longest gap between two ticks,
less the interval, is the longest stall a clerk could feel. The sync is the
full sync of ``bench_sync`` (10,000 orders from the demo API in its own
process) into an empty cache, started as the window's "Sync now" does. The
floor is the same timer on the same window with no sync running.
"""

from __future__ import annotations

import asyncio
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtCore import QTimer

from bench.common import RUNS, demo_process, print_and_leave, record, row, run_on_qt
from genuka_desk.api import GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.service import OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.main_window import MainWindow

ORDERS = 10_000
TICK_MS = 5
TARGET_S = 0.05


class StallMeter:
    """The longest gap between ticks of a short QTimer, while it runs."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """The longest stall seen (the gap beyond the timer's own interval)."""
        self.timer.stop()
        self._tick()
        return max(0.0, self.longest - TICK_MS / 1000)


async def one_run(url: str, company: str) -> tuple[float, float, float]:
    """(stall during the sync, stall while idle, sync seconds) with the window open."""
    with tempfile.TemporaryDirectory() as folder:
        store = LocalStore(Path(folder))
        client = GenukaClient(url, company_id=company, token=DEMO_ADMIN_KEY)
        service = OrderService(store, client, policy=SyncPolicy(pull_concurrency=4, per_page=100))
        bridge = ServiceBridge(service)
        window = MainWindow(service, bridge, locale="fr")
        window.show()
        await asyncio.sleep(0.3)
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        await service.sync(full=True)
        elapsed = time.perf_counter() - started
        during = meter.stop()
        for _ in range(100):  # the list re-reads itself at most every RELOAD_PAUSE
            if window.model.rowCount() == ORDERS:
                break
            await asyncio.sleep(0.05)
        assert window.model.rowCount() == ORDERS, window.model.rowCount()
        meter.start()
        await asyncio.sleep(min(elapsed, 3.0))
        idle = meter.stop()
        window.hide()
        window.deleteLater()
        bridge.close()
        await service.close()
        await asyncio.sleep(0.05)
    return during, idle, elapsed


async def measure(url: str, company: str) -> list[str]:
    logging.basicConfig(level=logging.WARNING, filename=os.devnull, force=True)
    runs = [await one_run(url, company) for _ in range(RUNS)]
    during = statistics.median(r[0] for r in runs)
    idle = statistics.median(r[1] for r in runs)
    record(
        "ui_during_sync",
        {
            "orders": ORDERS,
            "stall_s": during,
            "idle_stall_s": idle,
            "sync_s": statistics.median(r[2] for r in runs),
            "runs": [list(r) for r in runs],
        },
    )
    ratio = f"{during / idle:.1f}x" if idle > 0 else ""
    value, floor = f"{during * 1000:.1f} ms", f"{idle * 1000:.1f} ms"
    return [row("UI stall during sync", value, floor, ratio, "<= 50 ms", during <= TARGET_S)]


def main() -> list[str]:
    with demo_process(ORDERS) as url:
        company = httpx.get(f"{url}/__demo__/info").json()["company_id"]
        return run_on_qt(lambda: measure(url, company))


if __name__ == "__main__":
    print_and_leave(main())
