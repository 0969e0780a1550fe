"""Pull: bring the server's orders into the cache, incrementally.

Orders come newest-``updated_at`` first: an order edited while the pages are
read moves to the front (it is caught by the next pull, which starts from
the newest time seen minus a margin) and pushes older ones back a place, so
a page boundary can repeat an order but never skip one. The cursor is saved
only after the last page, so a pull cut short starts over from the old one.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from ..api import OrderQuery
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

    async def pull(self, *, full: bool = False) -> PullResult:
        """One pull; ``full`` re-reads every order (the cache keeps unsent overlays)."""
        full = full or self.store.get_meta(FULL_KEY) is None
        result = PullResult(full=full)
        newest = self.store.get_meta(CURSOR_KEY) if not full else None
        total: int | None = None
        async for page in self.client.iter_order_body_pages(
            self._query(full), per_page=self.policy.per_page, concurrency=self.policy.pull_concurrency
        ):
            if total is None:
                total = page.total
            # Off the event loop: the window stays responsive while pages are stored
            # (zlib and SQLite release the GIL; the next pages download meanwhile).
            changed = await asyncio.to_thread(self.store.save_server_bodies, page.items)
            for body in page.items:
                stamp = body.get("updated_at")
                if stamp is not None and (newest is None or sortable_time(stamp) > sortable_time(newest)):
                    newest = str(stamp)
            result.fetched += len(page.items)
            result.changed += len(changed)
            if changed:
                self.emit(OrdersChanged(tuple(changed), bulk=len(changed) > 20))
            self.emit(SyncProgress("pull", result.fetched, total))
            crashpoint("pull.after_page")
        crashpoint("pull.before_cursor")
        if newest is not None:
            self.store.set_meta(CURSOR_KEY, newest)
        if full:
            self.store.set_meta(FULL_KEY, "1")
        log.info("pulled %d orders (%d changed, full=%s)", result.fetched, result.changed, full)
        return result
