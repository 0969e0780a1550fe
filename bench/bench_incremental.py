"""An incremental sync of 100 orders changed on the server, on a cache of ``BENCH_ORDERS`` orders.

The demo API (its own process) serves the same generated orders as the
bench cache; a colleague changes 100 of them there; the figure is the
service's ``sync()`` from the call to the 100 stored (push, pull, the
catalogue's own incremental look). Its floor is the time the demo API spent
building its answers meanwhile (its own counter: it scans its whole list for
each, so its part grows with the size); our own part (the figure less the
floor) must not grow with the cache.
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

import httpx

from bench.cache import ORDERS, SEED, bench_home, store_folder
from bench.common import RUNS, demo_process, record
from genuka_desk.api import GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.service import OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from genuka_desk.sync.catalog_pull import CUSTOMERS_CURSOR, PRODUCTS_CURSOR
from genuka_desk.sync.keys import CURSOR_KEY, FULL_KEY

CHANGED = 100


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
    assert report.complete, report
    return elapsed, await server_busy(url) - busy


async def measure(orders: int) -> dict[str, object]:
    home = bench_home(orders)
    folder = store_folder(home)
    newest, ids = newest_and_sample(str(folder / "cache.sqlite3"), CHANGED * (RUNS + 1))
    with demo_process(orders, seed=SEED) as url:
        async with httpx.AsyncClient() as plain:
            company = (await plain.get(f"{url}/__demo__/info")).json()["company_id"]
        store = LocalStore(folder)
        store.set_meta(FULL_KEY, "1")
        store.set_meta(CURSOR_KEY, newest)  # as a sync that brought every order would have left it
        # The catalogue as a sync would have left it too (the bench cache holds orders only): the figure
        # is the orders' incremental sync, not a first pull of 125,000 customers.
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        store.set_meta(PRODUCTS_CURSOR, now)
        store.set_meta(CUSTOMERS_CURSOR, now)
        client = GenukaClient(url, company_id=company, token=DEMO_ADMIN_KEY)
        service = OrderService(store, client, policy=SyncPolicy(pull_concurrency=4, per_page=100))
        await service.sync()  # the catalogue's first look and the server's caches: not an incremental one
        times, raws = [], []
        for n in range(RUNS + 1):
            seconds, server = await one_run(service, url, ids[n * CHANGED : (n + 1) * CHANGED])
            if n:
                times.append(seconds)
                raws.append(server)
        await service.close()
    return {
        "orders": orders,
        "changed": CHANGED,
        "sync_s": statistics.median(times),
        "server_s": statistics.median(raws),
        "runs_s": times,
        "server_runs_s": raws,
    }


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    orders = int(os.environ.get("BENCH_ORDERS", str(ORDERS)))
    figures = asyncio.run(measure(orders))
    record(f"incremental_{orders // 1000}k", figures)
    print(f"incremental {orders} {figures['sync_s']} {figures['server_s']}", flush=True)


if __name__ == "__main__":
    main()
