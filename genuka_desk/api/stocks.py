"""The stock reads (09-inventory-stock.md): a shop's warehouses, and the stock records changed since a time.

``GET /admin/warehouses`` with ``filter[shops][]`` and ``include=shops``;
the answer's own ``shops`` are checked too (a server ignoring the filter
must not lend the shop another shop's stock). ``GET /admin/stocks`` with
``filter[updated_at][start]`` for an incremental pull, oldest change first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from ..models.stock import Stock, Warehouse

if TYPE_CHECKING:
    from .client import GenukaClient


async def shop_warehouses(client: GenukaClient, shop_id: str) -> list[Warehouse]:
    """The warehouses linked to ``shop_id``."""
    found: list[Warehouse] = []
    params = {"filter[shops][]": shop_id, "include": "shops"}
    async for page in client.iter_body_pages("/admin/warehouses", params):
        found += [w for w in map(Warehouse.model_validate, page.items) if w.serves(shop_id)]
    return found


async def iter_stocks(client: GenukaClient, since: str | None) -> AsyncIterator[list[Stock]]:
    """Every stock record (changed since ``since``, an API time, when given), one page at a time."""
    params = {"sort": "updated_at", "include": "warehouses"}
    if since is not None:
        params["filter[updated_at][start]"] = since
    async for page in client.iter_body_pages("/admin/stocks", params):
        yield [Stock.model_validate(item) for item in page.items]
