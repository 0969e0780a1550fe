"""Warehouses and stock records (09-inventory-stock.md), read leniently.

A stock is one variant's company-wide record; its quantity per warehouse is in
its ``stocks_warehouse`` pivot entries. What one shop holds is derived: the
entries of the warehouses linked to that shop (the reference states no such
rule; a shop lists its ``warehouses``, and ``GET /admin/warehouses`` filters by
``filter[shops]``).
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from .base import GenukaModel, NestedList
from .loose import LooseDatetime, LooseDecimal, LooseStr


class ShopRef(GenukaModel):
    """A shop a warehouse serves (``include=shops``)."""

    id: LooseStr = None


class Warehouse(GenukaModel):
    """One warehouse of the company."""

    id: LooseStr = None
    name: LooseStr = None
    shops: NestedList[ShopRef] = []

    def serves(self, shop_id: str) -> bool:
        """Whether the warehouse says it is linked to this shop."""
        return any(shop.id == shop_id for shop in self.shops)


class WarehouseLevel(GenukaModel):
    """A ``stocks_warehouse`` entry: how much of a stock one warehouse holds."""

    warehouse_id: LooseStr = None
    quantity: LooseDecimal = None


class Stock(GenukaModel):
    """One variant's stock record, with its quantity per warehouse."""

    id: LooseStr = None
    product_variant_id: LooseStr = None
    title: LooseStr = None
    quantity: LooseDecimal = None
    stocks_warehouse: NestedList[WarehouseLevel] = []
    updated_at: LooseDatetime = None

    def quantity_in(self, warehouse_ids: Collection[str] | None) -> Decimal:
        """What these warehouses hold (None: every warehouse; the record's total when it lists no entries)."""
        if warehouse_ids is None and not self.stocks_warehouse:
            return self.quantity or Decimal(0)
        return sum(
            (
                level.quantity or Decimal(0)
                for level in self.stocks_warehouse
                if warehouse_ids is None or level.warehouse_id in warehouse_ids
            ),
            Decimal(0),
        )
