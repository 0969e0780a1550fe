"""Full sync of 10,000 orders into an empty cache, vs raw httpx fetching the same pages.

Both use per_page=100 and 4 pages in flight against the same demo API (in
its own process), with the same filters and ``include`` (the raw side walks
the very query strings our puller sends), then the same detail reads: a
full sync ends by fetching ``details_per_sync`` orders in full (the newest,
whose addresses the editor needs; 6 in flight), and the raw side sends
those very GETs too, so the ratio is our client's and storing's cost over
the wire's pace for the same requests. The figure is our rate over the raw
rate (target >= 0.85).
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import orjson

from bench.common import Figure, at_least, demo_process, publish, record, size
from genuka_desk.api import GenukaClient
from genuka_desk.demo import DEMO_ADMIN_KEY
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from genuka_desk.sync.pull import Puller

ORDERS = size(10_000, smoke=500)  # the smoke run's: 5 pages, 4 in flight, the 60 detail reads
CONCURRENCY = 4
POLICY = SyncPolicy(pull_concurrency=CONCURRENCY, per_page=100)


def pull_params() -> list[dict[str, Any]]:
    """The query strings of a full pull, as our puller sends them: the orders, then the deleted ones."""
    puller = Puller(_NoMeta(), None, SyncPolicy(), lambda e: None)  # type: ignore[arg-type]
    return [puller._query(True).to_params(), puller._query(True, deleted=True).to_params()]


class _NoMetaCache:
    """A cache with nothing kept: the query of a first, full pull."""

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        return default


class _NoMeta:
    """A store whose cache keeps nothing."""

    cache = _NoMetaCache()


async def raw_fetch(url: str, company: str) -> float:
    """The same pages as our full pull (same filters, ``include``, page size, concurrency) into memory."""
    headers = {"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": company, "Accept": "application/json"}
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=f"{url}/2023-11", headers=headers, timeout=60) as client:
        limit = asyncio.Semaphore(CONCURRENCY)
        pages: list[bytes] = []
        for query in pull_params():
            params = {**query, "per_page": 100}
            first = await client.get("/admin/orders", params={**params, "page": 1})
            last = int(first.json()["meta"]["last_page"])
            pages.append(first.content)

            async def one(page: int, params: dict[str, Any] = params) -> None:
                async with limit:
                    response = await client.get("/admin/orders", params={**params, "page": page})
                    pages.append(response.content)

            await asyncio.gather(*(one(p) for p in range(2, last + 1)))
        # The detail reads our pull ends with: the newest orders (first met), as many, as many in flight.
        newest = [str(item["id"]) for item in orjson.loads(pages[0])["data"][: POLICY.details_per_sync]]
        gate = asyncio.Semaphore(POLICY.get_concurrency)

        async def detail(order_id: str) -> None:
            async with gate:
                response = await client.get(f"/admin/orders/{order_id}")
                pages.append(response.content)

        await asyncio.gather(*(detail(i) for i in newest))
    return time.perf_counter() - started


async def our_sync(url: str, company: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = LocalStore(Path(folder))
        started = time.perf_counter()
        async with GenukaClient(url, company_id=company, token=DEMO_ADMIN_KEY) as client:
            result = await Puller(store, client, POLICY, lambda e: None).pull(full=True)
        elapsed = time.perf_counter() - started
        assert store.cache.order_count() == ORDERS and result.fetched == ORDERS
        assert result.details == POLICY.details_per_sync  # as many detail reads as the raw side sends
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
        for _ in range(at_least(5)):
            raws.append(asyncio.run(raw_fetch(url, company)))
            ourss.append(asyncio.run(our_sync(url, company)))
    raw, ours = statistics.median(raws), statistics.median(ourss)
    ratio = statistics.median(r / o for r, o in zip(raws, ourss, strict=True))
    record(
        "full_sync",
        {"orders": ORDERS, "ours_s": ours, "raw_s": raw, "rate_ratio": ratio, "runs": {"ours": ourss, "raw": raws}},
    )
    return publish(
        [
            Figure("full sync 10k, time", ours * 1000, "ms", raw * 1000, "(reference)", True),
            Figure("full sync 10k, rate vs raw httpx", ratio, "x", None, ">= 0.85x", ratio >= 0.85),
        ]
    )


if __name__ == "__main__":
    print("\n".join(main()))
