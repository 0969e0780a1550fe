"""Full sync of 10,000 orders into an empty cache, vs raw httpx fetching the same pages.

Both use per_page=100 and 4 pages in flight against the same demo API (in
its own process). The figure is our rate over the raw rate (target >= 0.8).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from bench.common import RUNS, demo_process, record, row
from genuka_desk.api import GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from genuka_desk.sync.pull import Puller

ORDERS = 10_000
CONCURRENCY = 4


async def raw_fetch(url: str, company: str) -> float:
    headers = {"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": company, "Accept": "application/json"}
    params = {"per_page": 100, "sort": "-updated_at"}
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=f"{url}/2023-11", headers=headers, timeout=60) as client:
        first = await client.get("/admin/orders", params={**params, "page": 1})
        last = int(first.json()["meta"]["last_page"])
        limit = asyncio.Semaphore(CONCURRENCY)
        pages: list[bytes] = [first.content]

        async def one(page: int) -> None:
            async with limit:
                response = await client.get("/admin/orders", params={**params, "page": page})
                pages.append(response.content)

        await asyncio.gather(*(one(p) for p in range(2, last + 1)))
    assert len(pages) == last
    return time.perf_counter() - started


async def our_sync(url: str, company: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = LocalStore(Path(folder))
        policy = SyncPolicy(pull_concurrency=CONCURRENCY, per_page=100)
        started = time.perf_counter()
        async with GenukaClient(url, company_id=company, token=DEMO_ADMIN_KEY) as client:
            result = await Puller(store, client, policy, lambda e: None).pull(full=True)
        elapsed = time.perf_counter() - started
        assert store.order_count() == ORDERS and result.fetched == ORDERS
        store.close()
    return elapsed


def main() -> list[str]:
    raws: list[float] = []
    ourss: list[float] = []
    with demo_process(ORDERS) as url:
        company = httpx.get(f"{url}/__demo__/info").json()["company_id"]
        asyncio.run(raw_fetch(url, company))  # warm the server's list cache
        # Side by side: each of our runs right after a raw one, so a noisy
        # neighbour slows both; the figure is the median of the pairs' ratios.
        for _ in range(RUNS):
            raws.append(asyncio.run(raw_fetch(url, company)))
            ourss.append(asyncio.run(our_sync(url, company)))
    raw, ours = statistics.median(raws), statistics.median(ourss)
    ratio = statistics.median(r / o for r, o in zip(raws, ourss, strict=True))
    record(
        "full_sync",
        {"orders": ORDERS, "ours_s": ours, "raw_s": raw, "rate_ratio": ratio, "runs": {"ours": ourss, "raw": raws}},
    )
    return [row("full sync 10k", f"{ours:.2f} s", f"{raw:.2f} s", f"{ratio:.2f}x", ">= 0.8x raw", ratio >= 0.8)]


if __name__ == "__main__":
    print("\n".join(main()))
