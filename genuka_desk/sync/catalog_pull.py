"""Pull the catalogue and the customers into the cache, changed ones only after the first time.

Products are asked for by ``filter[updated_at][start]`` (03-catalog-products.md)
with their variants; customers have no such filter (05-customers-crm.md), so
they are listed newest change first (``sort=-updated_at``) and the walk stops
at the first page that reaches back past the cursor. Both cursors keep a
margin, as the orders' does: the server's times are whole seconds.

Stock (09-inventory-stock.md): the warehouses linked to the desk's shop, then
the stock records changed since the last pull (``filter[updated_at][start]``);
each variant keeps the sum of its ``stocks_warehouse`` quantities over those
warehouses (over every warehouse when the desk names no shop, or its shop
has none linked). Another set of warehouses than last time reads every
record again. A user who may not read stocks keeps the products'
``estimated_quantity``. When the pull began is kept: the desk's own sales
sent before it are in the server's figures (:mod:`..store.stock_levels`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from ..api import AuthError, GenukaError, NetworkError, api_time
from ..api.errors import ForbiddenError, NotFoundError, RouteNotFoundError
from ..api.stocks import iter_stocks, shop_warehouses
from ..models.coerce import to_datetime
from ..store.rows import sortable_time
from ..store.stock_levels import STOCK_PULLED_AT
from .keys import COMPANY_KEY, LOGO_KEY, METHODS_KEY
from .worker import SyncWorker

log = logging.getLogger(__name__)

PRODUCTS_CURSOR = "catalog.products_updated"
CUSTOMERS_CURSOR = "catalog.customers_updated"
STOCKS_CURSOR = "catalog.stocks_updated"
STOCK_HOUSES = "catalog.stock_warehouses"  # the warehouse ids the stored figures sum (JSON; null: all)


@dataclass
class CatalogResult:
    """What one catalogue pull stored."""

    products: int = 0
    customers: int = 0
    stocks: int = 0


def _newest(current: str | None, items: list[dict[str, Any]]) -> str | None:
    times = [sortable_time(item.get("updated_at")) for item in items] + ([current] if current else [])
    times = [t for t in times if t]
    return max(times) if times else current


class CatalogPuller(SyncWorker):
    """Keeps the local catalogue and customer list current."""

    def _since(self, key: str, full: bool) -> str | None:
        cursor = None if full else self.store.cache.get_meta(key)
        moment = to_datetime(cursor) if cursor else None
        return None if moment is None else api_time(moment - timedelta(seconds=self.policy.pull_margin))

    async def pull_company(self) -> None:
        """The shop's profile, logo and ways of paying, kept for printing and taking payments offline.

        The logo is fetched again only when its address changes.
        """
        profile = await self.client.get_company()
        self.store.cache.set_meta(COMPANY_KEY, json.dumps(profile))
        self.store.cache.set_meta(METHODS_KEY, json.dumps(await self.client.list_payment_methods()))
        url = str(profile.get("logoUrl") or "")
        held = json.loads(self.store.cache.get_meta(LOGO_KEY) or "{}")
        if url and held.get("url") != url:
            image = await self.client.fetch_logo(url)
            if image is not None:
                self.store.cache.set_meta(LOGO_KEY, json.dumps({"url": url, "image": base64.b64encode(image).decode()}))
        elif not url and held:
            self.store.cache.set_meta(LOGO_KEY, None)

    async def pull(self, *, full: bool = False) -> CatalogResult:
        """Store the products and customers changed since the last pull (all of them the first time)."""
        result = CatalogResult()
        try:
            await self.pull_company()
        except (AuthError, NetworkError):
            raise
        except GenukaError as exc:  # a clerk may not read the company: the documents use the orders' copy
            log.info("the shop's profile was not refreshed: %s", exc.message)
        params: dict[str, Any] = {"include": "variants", "sort": "-updated_at"}
        since = self._since(PRODUCTS_CURSOR, full)
        if since is not None:
            params["filter[updated_at][start]"] = since
        newest = self.store.cache.get_meta(PRODUCTS_CURSOR)
        async for page in self.client.iter_body_pages("/admin/products", params):
            result.products += await asyncio.to_thread(self.store.catalog.save_products, page.items)
            newest = _newest(newest, page.items)
        if newest:
            self.store.cache.set_meta(PRODUCTS_CURSOR, newest)
        result.stocks = await self.pull_stocks(full=full)
        since = self._since(CUSTOMERS_CURSOR, full)
        newest = self.store.cache.get_meta(CUSTOMERS_CURSOR)
        async for page in self.client.iter_body_pages("/admin/customers", {"sort": "-updated_at"}):
            fresh = [c for c in page.items if since is None or sortable_time(c.get("updated_at")) >= since]
            result.customers += await asyncio.to_thread(self.store.catalog.save_customers, fresh)
            newest = _newest(newest, fresh)
            if len(fresh) < len(page.items):
                break  # the rest changed before the cursor
        if newest:
            self.store.cache.set_meta(CUSTOMERS_CURSOR, newest)
        if result.products or result.customers:
            log.info("catalogue: %d product rows, %d customers stored", result.products, result.customers)
        if result.stocks:
            log.info("stock: %d variants stored", result.stocks)
        return result

    async def pull_stocks(self, *, full: bool = False) -> int:
        """Store the shop's stock of the variants whose stock changed since the last pull; how many."""
        started = time.time()
        shop = self.client.shop_id
        try:
            houses = sorted(str(w.id) for w in await shop_warehouses(self.client, shop) if w.id) if shop else []
            kept = json.dumps(houses or None)
            full = full or self.store.cache.get_meta(STOCK_HOUSES) != kept  # other warehouses: all again
            since = self._since(STOCKS_CURSOR, full)
            newest = None if full else self.store.cache.get_meta(STOCKS_CURSOR)
            stored = 0
            async for stocks in iter_stocks(self.client, since):
                rows = [
                    (str(s.product_variant_id), float(s.quantity_in(houses or None)), sortable_time(s.updated_at))
                    for s in stocks
                    if s.product_variant_id
                ]
                stored += await asyncio.to_thread(self.store.catalog.save_shop_stock, rows)
                newest = max([newest or "", *(row[2] for row in rows)]) or None
        except (ForbiddenError, NotFoundError, RouteNotFoundError) as exc:
            log.info("the stock was not read (the products' figures stay): %s", exc.message)
            return 0
        self.store.cache.set_meta(STOCK_HOUSES, kept)
        if newest:
            self.store.cache.set_meta(STOCKS_CURSOR, newest)
        self.store.cache.set_meta(STOCK_PULLED_AT, repr(started))
        return stored
