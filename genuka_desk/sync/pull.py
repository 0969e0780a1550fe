"""Pull: bring the server's orders into the cache, incrementally.

Orders come newest-``updated_at`` first: an order edited while the pages are
read moves to the front (it is caught by the next pull, which starts from
the newest time seen minus a margin) and pushes older ones back a place, so
a page boundary can repeat an order but never skip one (the page walk
follows a list that grows; see the client). The cursor is saved only after
the last page, so a pull cut short starts over from the old one.

List items carry only what ``include`` asks (customer, lines, delivery
here) and never the ghost orders unless the clerk wants them. A second walk
with ``filter[active]=false`` learns of orders deleted (cancelled) since the
cursor, which the default list no longer shows. Orders whose item lacks what
the editor needs, or whose held detail may be stale, are then fetched in full,
a few per sync.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from typing import Any

from ..api import NotFoundError, OrderQuery
from ..models import Page
from ..models.coerce import to_datetime
from ..store.rows import sortable_time
from .crash import crashpoint
from .events import OrdersArrived, OrdersChanged, SyncPhase, SyncProgress
from .gc_pace import fewer_collections
from .keys import CURSOR_KEY, FULL_KEY, GHOSTS_KEY
from .worker import SyncWorker

log = logging.getLogger(__name__)

# What the list, the search and the editor need of each item (06-orders-sales.md).
LIST_INCLUDE = ("customer", "products", "delivery")


@dataclass
class PullResult:
    """What one pull did."""

    fetched: int = 0
    changed: int = 0
    full: bool = False
    details: int = 0  # orders fetched in full after the walk


class Puller(SyncWorker):
    """Fetches orders page by page into a :class:`LocalStore`."""

    _authoritative = False  # this pull's copies win over newer held ones (a refresh asked for)
    _notice = False  # orders never seen are announced (not during the very first sync)

    def _query(self, full: bool, *, deleted: bool = False) -> OrderQuery:
        cursor = None if full else self.store.cache.get_meta(CURSOR_KEY)
        since = to_datetime(cursor) if cursor else None
        ghosts = self.store.cache.get_meta(GHOSTS_KEY) == "1"
        return OrderQuery(
            sort="-updated_at",
            include=LIST_INCLUDE,
            anonymous=None if ghosts else False,
            active=False if deleted else None,
            updated_start=None if since is None else since - timedelta(seconds=self.policy.pull_margin),
        )

    async def _fetch(self, query: OrderQuery, inbox: asyncio.Queue[Page[dict[str, Any]] | None]) -> None:
        try:
            async for page in self.client.iter_order_body_pages(
                query, per_page=self.policy.per_page, concurrency=self.policy.pull_concurrency
            ):
                await inbox.put(page)
        finally:
            # Always wake the consumer, also after an error (it then awaits this task and
            # re-raises). It keeps draining, so there will be room.
            await inbox.put(None)

    async def _walk(self, query: OrderQuery, result: PullResult, newest: str | None) -> str | None:
        """Store every page of ``query``; returns the newest updated_at seen."""
        total: int | None = None
        # Pages download in a task of their own while earlier ones are stored, so
        # storing never holds up the requests in flight.
        inbox: asyncio.Queue[Page[dict[str, Any]] | None] = asyncio.Queue(maxsize=self.policy.pull_concurrency)
        fetcher = asyncio.ensure_future(self._fetch(query, inbox))
        try:
            while (page := await inbox.get()) is not None:
                if total is None:
                    total = page.total
                ids = [str(item["id"]) for item in page.items if isinstance(item, dict) and item.get("id")]
                known = await asyncio.to_thread(self.store.search.held_ids, ids) if self._notice else set(ids)
                # Off the event loop: the window stays responsive while pages are
                # stored (zstd and SQLite release the GIL).
                changed, _ = await asyncio.to_thread(
                    partial(self.store.cache.save_listed_bodies, note_details=True, authoritative=self._authoritative),
                    page.items,
                )
                newest = _newest(newest, page.items)
                result.fetched += len(page.items)
                result.changed += len(changed)
                if changed:
                    self.emit(OrdersChanged(tuple(changed), bulk=len(changed) > 20))
                fresh = set(changed)
                arrived = tuple(oid for oid in ids if oid not in known and oid in fresh)
                if arrived:
                    self.emit(OrdersArrived(arrived))
                self.emit(SyncProgress(SyncPhase.PULL, result.fetched, total))
                crashpoint("pull.after_page")
            await fetcher  # raises what the download raised
        finally:
            if not fetcher.done():
                fetcher.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await fetcher
        return newest

    async def pull(self, *, full: bool = False) -> PullResult:
        """One pull; ``full`` re-reads every order (the cache keeps unsent overlays)."""
        # A refresh the clerk asked for trusts the server's copy even when older (a rolled-back order).
        self._authoritative = full
        first = self.store.cache.get_meta(FULL_KEY) is None
        self._notice = not first  # the first sync brings everything: nothing is "new" then
        full = full or first
        result = PullResult(full=full)
        newest = self.store.cache.get_meta(CURSOR_KEY) if not full else None
        with fewer_collections():
            found = await self._walk(self._query(full), result, newest)
            found = await self._walk(self._query(full, deleted=True), result, found)
        crashpoint("pull.before_cursor")
        if found is not None:
            self.store.cache.set_meta(CURSOR_KEY, found)
        if full:
            self.store.cache.set_meta(FULL_KEY, "1")
        result.details = await self._fetch_details()
        log.info(
            "pulled %d orders (%d changed, full=%s, %d in full)", result.fetched, result.changed, full, result.details
        )
        return result

    async def _fetch_details(self) -> int:
        """Fetch up to ``policy.details_per_sync`` of the orders due in full (the store's list), newest first."""
        chosen = self.store.cache.details_due(self.policy.details_per_sync)
        if not chosen:
            return 0
        gate = asyncio.Semaphore(max(1, self.policy.get_concurrency))

        async def one(order_id: str) -> dict[str, Any] | None:
            async with gate:
                try:
                    return await self.client.get_order_body(order_id)
                except NotFoundError:
                    return None  # gone for good (hard-deleted): nothing to fetch

        answers = await asyncio.gather(*(one(i) for i in chosen), return_exceptions=True)
        bodies = [a for a in answers if isinstance(a, dict)]
        done = {i for i, a in zip(chosen, answers, strict=True) if not isinstance(a, BaseException)}
        changed = await asyncio.to_thread(
            partial(self.store.cache.save_server_bodies, authoritative=self._authoritative), bodies
        )
        self.store.cache.forget_details_due(done)
        if changed:
            self.emit(OrdersChanged(tuple(changed), bulk=len(changed) > 20))
        failed = next((a for a in answers if isinstance(a, BaseException)), None)
        if failed is not None:
            raise failed  # what went wrong is the sync's to report; those left wait for the next pull
        return len(done)


def _newest(newest: str | None, bodies: list[dict[str, Any]]) -> str | None:
    """The latest ``updated_at`` among ``newest`` and the bodies', as the server wrote it."""
    stamps = [str(b["updated_at"]) for b in bodies if b.get("updated_at") is not None]
    if newest is not None:
        stamps.append(newest)
    if not stamps:
        return None
    first = stamps[0]
    if all(len(s) == len(first) and s.endswith("Z") for s in stamps):
        return max(stamps)  # one ISO UTC shape: text order is time order
    return max(stamps, key=sortable_time)
