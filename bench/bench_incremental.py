"""An incremental sync of 100 orders changed on the server, on a cache of ``BENCH_ORDERS`` orders.

The demo API (its own process) serves the same generated orders as the
bench cache; a colleague changes 100 of them there; the figure is the
service's ``sync()`` from the call to the 100 stored (push, pull, the
catalogue's own incremental look). Its floor is the time the demo API spent
building its answers meanwhile (its own counter, summed over its threads);
the figure must not grow with the cache (<= 1.5x the smallest size's).

The runs are made with the cache file in the OS's memory, as on a desk that
has been in use (the file is read through first): the figure is the
program's. A cold disk adds its own reads of the rows and index pages the 100
orders touch, which grow with the file; those runs (the file's pages dropped
from the OS cache before each) are kept in the details as ``cold_runs_s``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import sqlite3
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bench.cache import ORDERS, SEED, bench_home, store_folder
from bench.common import RUNS, demo_process, record, size
from genuka_desk.api import GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.service import OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from genuka_desk.sync.catalog_pull import CUSTOMERS_CURSOR, PRODUCTS_CURSOR
from genuka_desk.sync.keys import CURSOR_KEY, FULL_KEY

CHANGED = size(100, smoke=20)


def newest_and_sample(cache_file: str, count: int) -> tuple[str, list[str]]:
    """The newest ``updated_at`` the cache holds, and ``count`` ids drawn at random."""
    with sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True) as conn:
        newest = str(conn.execute("SELECT max(updated_at) FROM orders").fetchone()[0])
        total = int(conn.execute("SELECT max(rowid) FROM orders").fetchone()[0])
        rowids = random.Random(7).sample(range(1, total + 1), min(total, count * 4))
        marks = ",".join("?" * len(rowids))
        ids = [r[0] for r in conn.execute(f"SELECT id FROM orders WHERE rowid IN ({marks})", rowids)]
    return newest, ids


async def server_busy(url: str) -> float:
    """Seconds the demo API has spent building answers so far (its own counter)."""
    async with httpx.AsyncClient(timeout=30) as plain:
        return float((await plain.get(f"{url}/__demo__/stats")).json()["busy_seconds"])


async def one_run(service: OrderService, url: str, ids: list[str]) -> tuple[float, float]:
    """A colleague changes ``ids`` on the server; seconds for our sync to bring them, and the server's part."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as demo:
        status = random.choice(["taken_in_charge", "delivered", "pending"])
        for order_id in ids:
            answer = await demo.post(
                "/__demo__/colleague-edit", json={"order_id": order_id, "fields": {"shipping.status": status}}
            )
            answer.raise_for_status()
    busy = await server_busy(url)
    started = time.perf_counter()
    report = await service.sync()
    elapsed = time.perf_counter() - started
    assert report.complete and report.changed >= len(ids), report  # every change brought
    return elapsed, await server_busy(url) - busy


def warm(path: Path) -> None:
    """Read the file through, so its pages sit in the OS's cache."""
    with path.open("rb") as file:
        while file.read(1 << 24):
            pass


def chill(path: Path) -> None:
    """Ask the OS to drop the file's cached pages (Linux; elsewhere a no-op)."""
    if hasattr(os, "posix_fadvise"):
        with path.open("rb") as file:
            os.posix_fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


async def measure(orders: int) -> dict[str, object]:
    home = bench_home(orders)
    folder = store_folder(home)
    newest, ids = newest_and_sample(str(folder / "cache.sqlite3"), CHANGED * (2 * RUNS + 1))
    with demo_process(orders, seed=SEED) as url:
        async with httpx.AsyncClient() as plain:
            company = (await plain.get(f"{url}/__demo__/info")).json()["company_id"]
        store = LocalStore(folder)
        store.cache.set_meta(FULL_KEY, "1")
        store.cache.set_meta(CURSOR_KEY, newest)  # as a sync that brought every order would have left it
        # The catalogue as a sync would have left it too (the bench cache holds orders only): the figure
        # is the orders' incremental sync, not a first pull of 125,000 customers.
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        store.cache.set_meta(PRODUCTS_CURSOR, now)
        store.cache.set_meta(CUSTOMERS_CURSOR, now)
        client = GenukaClient(url, company_id=company, token=DEMO_ADMIN_KEY)
        service = OrderService(store, client, policy=SyncPolicy(pull_concurrency=4, per_page=100))
        await service.sync()  # the catalogue's first look and the server's caches: not an incremental one
        cache_file = folder / "cache.sqlite3"
        warm(cache_file)
        times, raws, cold = [], [], []
        for n in range(RUNS + 1):
            seconds, server = await one_run(service, url, ids[n * CHANGED : (n + 1) * CHANGED])
            if n:
                times.append(seconds)
                raws.append(server)
        for n in range(RUNS + 1, 2 * RUNS + 1):
            chill(cache_file)
            cold.append((await one_run(service, url, ids[n * CHANGED : (n + 1) * CHANGED]))[0])
        warm(cache_file)
        await service.close()
    return {
        "orders": orders,
        "changed": CHANGED,
        "sync_s": statistics.median(times),
        "server_s": statistics.median(raws),
        "runs_s": times,
        "server_runs_s": raws,
        "cold_s": statistics.median(cold),
        "cold_runs_s": cold,
    }


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    orders = int(os.environ.get("BENCH_ORDERS", str(ORDERS)))
    figures = asyncio.run(measure(orders))
    record(f"incremental_{orders // 1000}k", figures)
    print(f"incremental {orders} {figures['sync_s']} {figures['server_s']} {figures['cold_s']}", flush=True)


if __name__ == "__main__":
    main()
