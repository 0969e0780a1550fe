"""Pull: bring the server's orders into the cache, incrementally.

Orders come newest-``updated_at`` first: an order edited while the pages are
read moves to the front (it is caught by the next pull, which starts from
the newest time seen minus a margin) and pushes older ones back a place, so
a page boundary can repeat an order but never skip one. The cursor is saved
only after the last page, so a pull cut short starts over from the old one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..api import OrderQuery
from ..models import Page
from ..models.coerce import to_datetime
from ..store.rows import sortable_time
from .crash import crashpoint
from .events import OrdersChanged, SyncProgress
from .part import SyncPart

log = logging.getLogger(__name__)

CURSOR_KEY = "pull.cursor"  # the newest updated_at seen, as the server wrote it
FULL_KEY = "pull.full_done"


@dataclass
class PullResult:
    """What one pull did."""

    fetched: int = 0
    changed: int = 0
    full: bool = False


class Puller(SyncPart):
    """Fetches orders page by page into a :class:`LocalStore`."""

    def _query(self, full: bool) -> OrderQuery:
        cursor = None if full else self.store.get_meta(CURSOR_KEY)
        since = to_datetime(cursor) if cursor else None
        if since is None:
            return OrderQuery(sort="-updated_at")
        return OrderQuery(sort="-updated_at", updated_start=since - timedelta(seconds=self.policy.pull_margin))

    async def _fetch(self, full: bool, inbox: asyncio.Queue[Page[dict[str, Any]] | None]) -> None:
        try:
            async for page in self.client.iter_order_body_pages(
                self._query(full), per_page=self.policy.per_page, concurrency=self.policy.pull_concurrency
            ):
                await inbox.put(page)
        finally:
            # Always wake the consumer, also after an error (it then awaits this task and
            # re-raises). It keeps draining, so there will be room.
            await inbox.put(None)

    async def pull(self, *, full: bool = False) -> PullResult:
        """One pull; ``full`` re-reads every order (the cache keeps unsent overlays)."""
        full = full or self.store.get_meta(FULL_KEY) is None
        result = PullResult(full=full)
        newest = self.store.get_meta(CURSOR_KEY) if not full else None
        total: int | None = None
        # Pages download in a task of their own while earlier ones are stored, so
        # storing never holds up the requests in flight.
        inbox: asyncio.Queue[Page[dict[str, Any]] | None] = asyncio.Queue(maxsize=self.policy.pull_concurrency)
        fetcher = asyncio.ensure_future(self._fetch(full, inbox))
        try:
            while (page := await inbox.get()) is not None:
                if total is None:
                    total = page.total
                # Off the event loop: the window stays responsive while pages are
                # stored (zstd and SQLite release the GIL).
                changed = await asyncio.to_thread(self.store.save_server_bodies, page.items)
                newest = _newest(newest, page.items)
                result.fetched += len(page.items)
                result.changed += len(changed)
                if changed:
                    self.emit(OrdersChanged(tuple(changed), bulk=len(changed) > 20))
                self.emit(SyncProgress("pull", result.fetched, total))
                crashpoint("pull.after_page")
            await fetcher  # raises what the download raised
        finally:
            if not fetcher.done():
                fetcher.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await fetcher
        crashpoint("pull.before_cursor")
        if newest is not None:
            self.store.set_meta(CURSOR_KEY, newest)
        if full:
            self.store.set_meta(FULL_KEY, "1")
        log.info("pulled %d orders (%d changed, full=%s)", result.fetched, result.changed, full)
        return result


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
