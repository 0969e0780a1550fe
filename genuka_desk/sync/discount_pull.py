"""Pull the shop's discounts into the cache with the catalogue, changed ones only after the first time.

``GET /admin/discounts`` with ``all=true`` (the soft-deleted too, so a
deleted discount is removed here), ``sort=updated_at`` and, after the first
pull, ``filter[updated_at][start]`` from the cursor less the margin (the
server's times are whole seconds). A user who may not read discounts keeps
the copy as it is (the public code lookup still answers online).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from ..api import api_time
from ..api.discounts import iter_discounts
from ..api.errors import ForbiddenError, NotFoundError, RouteNotFoundError
from ..models.coerce import to_datetime
from ..store.rows import sortable_time
from .worker import SyncWorker

log = logging.getLogger(__name__)

DISCOUNTS_CURSOR = "catalog.discounts_updated"


class DiscountPuller(SyncWorker):
    """Keeps the local copy of the shop's discounts current."""

    async def pull(self, *, full: bool = False) -> int:
        """Store the discounts changed since the last pull (all the first time); how many rows changed."""
        cursor = None if full else self.store.cache.get_meta(DISCOUNTS_CURSOR)
        moment = to_datetime(cursor) if cursor else None
        since = None if moment is None else api_time(moment - timedelta(seconds=self.policy.pull_margin))
        newest = cursor
        stored = 0
        try:
            async for discounts in iter_discounts(self.client, since):
                bodies = [d.model_dump(mode="json") for d in discounts]
                stored += await asyncio.to_thread(self.store.discounts.save, bodies)
                times = [sortable_time(d.updated_at) for d in discounts if d.updated_at is not None]
                newest = max([newest or "", *times]) or None
        except (ForbiddenError, NotFoundError, RouteNotFoundError) as exc:
            log.info("the discounts were not read (the local copy stays): %s", exc.message)
            return 0
        if newest:
            self.store.cache.set_meta(DISCOUNTS_CURSOR, newest)
        if stored:
            log.info("discounts: %d stored or removed", stored)
        return stored
