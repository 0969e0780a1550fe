"""Customers: found by name or phone, their orders with what they paid and owe, where they had things delivered."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import models as _models
from .. import store as _store
from ..models.owed import order_owes

if TYPE_CHECKING:
    from .core import ServiceCore
    from .orders import Orders


@dataclass(frozen=True)
class CustomerOrders:
    """A customer's orders, what they paid of them and what they really owe (``models.owed``)."""

    rows: list[_store.OrderRow]
    spent: Decimal
    due: Decimal
    owed: dict[str, Decimal] = field(default_factory=dict)  # what is still owed on each order, by id


class Customers:
    """The customers the last sync kept, searched offline, with their orders and addresses."""

    def __init__(self, core: ServiceCore, orders: Orders) -> None:
        """The capability over ``core``; a customer's orders are found in ``orders``' list."""
        self._core = core
        self._orders = orders

    def search(self, text: str, limit: int = 20) -> list[_store.CustomerRow]:
        """Customers by name or email word prefixes, or by a phone however typed (nothing typed: all, by name)."""
        return self._core.store.catalog.search_customers(text, limit)

    def count(self) -> int:
        """How many customers the local copy holds."""
        return self._core.store.catalog.customer_count()

    def by_phone(self, phone: str) -> _store.CustomerRow | None:
        """The known customer with this phone number (any of its usual forms)."""
        return self._core.store.catalog.customer_by_phone(phone)

    def get(self, key: str) -> _models.Customer | None:
        """A known customer by id or phone."""
        catalog = self._core.store.catalog
        body = catalog.customer_body(key)
        if body is None:
            row = catalog.customer_by_phone(key)
            body = catalog.customer_body(row.id) if row is not None else None
        return None if body is None else _models.Customer.model_validate(body)

    async def orders_of(self, customer_id: str) -> CustomerOrders:
        """A customer's orders from the local copy, newest first, with what they paid and still owe."""
        customer = self.get(customer_id)
        if customer is None:
            return CustomerOrders([], Decimal(0), Decimal(0))
        digits = _models.phone_digits(customer.phone)[-9:]
        found = await self._orders.listing(_store.ListQuery(search=digits or customer.full_name, limit=None))
        rows, spent, due, owed_by = [], Decimal(0), Decimal(0), {}
        for row in found.rows:
            order = self._core.store.cache.order(row.id)
            if order is None:
                continue
            same = (order.customer is not None and str(order.customer.id) == str(customer.id)) or (
                digits and _models.phone_digits(order.customer_phone).endswith(digits)
            )
            if not same:
                continue
            rows.append(row)
            owed_by[row.id] = owed = order_owes(order)  # 0 when nothing is to be collected (models.owed)
            due += owed
            if not order.cancelled:
                spent += max((order.amount or Decimal(0)) - order.balance, Decimal(0))
        return CustomerOrders(rows, spent, due, owed_by)

    async def known_addresses(self, customer_id: str) -> list[dict[str, str]]:
        """Where a customer had things delivered: their own addresses, then their orders' (newest first).

        Each is ``line1``, ``city``, ``country``... as text, once each (the
        same street and city are one address). A sale sends the one chosen
        inline: an order's address row belongs to that order.
        """
        customer = self.get(customer_id)
        if customer is None:
            return []
        found: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()

        def keep(address: Any) -> None:
            if not isinstance(address, dict):
                return
            fields = {
                k: str(v).strip() for k, v in address.items() if k in _models.ADDRESS_FIELDS and v not in (None, "")
            }
            key = (fields.get("line1", "").casefold(), fields.get("city", "").casefold())
            if fields.get("line1") and key not in seen:
                seen.add(key)
                found.append(fields)

        body = self._core.store.catalog.customer_body(str(customer.id)) or {}
        keep(body.get("default_address"))
        for address in body.get("addresses") or []:
            keep(address)
        for row in (await self.orders_of(str(customer.id))).rows:
            order = self._core.store.cache.order(row.id)
            if order is not None and order.shipping_address is not None:
                keep(order.shipping_address.model_dump(mode="json"))
        return found
