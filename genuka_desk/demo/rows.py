"""The order index: one compact row per order (what lists filter, search and sort on), by id and reference.

A generated order's row comes from its plan, so 100,000 orders cost a row
each and no body. Rows follow every write (:meth:`OrderIndex.reindex`);
an ``updated_at`` index built on the first incremental walk answers
``filter[updated_at][start]`` without scanning every row, as an indexed
column would.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from .data import DemoData
from .errors import not_found
from .order_bodies import Plan
from .values import as_object, get_path, number, parse_time


@dataclass(slots=True)
class Row:
    """What listing needs of one order: filter, search and sort keys."""

    index: int
    id: str
    created: float
    updated: float
    reference: str
    amount: float
    shipping_status: str
    billing_status: str
    source: str
    state: int
    customer_id: str
    first_name: str
    last_name: str
    search: str
    deleted: bool = False  # soft-deleted: hidden from lists unless filter[active]=false
    cancelled: bool = False  # moved to the cancelled status (it had invoices or payments)
    ghost: bool = False  # an anonymous order: hidden by anonymous=false
    phone: str = ""  # the customer's, as stored (the filter is a partial match on it, like SQL LIKE)


class OrderIndex:
    """Every order's row, found by position, id or reference; which changed since a time."""

    def __init__(self, data: DemoData) -> None:
        self.data = data
        self.rows: list[Row] = []
        self.by_id: dict[str, int] = {}
        self.by_reference: dict[str, int] = {}
        self.version = 0  # moves on every change: a list answer cached under an older one is stale
        # updated_at order of the rows as first listed, and the rows touched since: an
        # incremental walk (filter[updated_at][start]) reads only those, as an indexed column would.
        self._by_updated: tuple[list[float], list[int]] | None = None
        self._touched: set[int] = set()
        for index in range(data.order_count):
            self.add_plan(index)

    def add(self, row: Row) -> None:
        """Index a new order's row (it comes last; :meth:`touch` it once its body is stored)."""
        self.rows.append(row)
        self.by_id[row.id] = row.index
        self.by_reference[row.reference.lower()] = row.index

    def add_plan(self, index: int, plan: Plan | None = None) -> None:
        """Index the order drawn from ``plan`` (by default order ``index``'s own)."""
        plan = plan or self.data.plan(index)
        customer = self.data.customers[plan.customer]
        subtotal = sum(self.data.products[p]["variants"][v]["price"] * q for p, v, q in plan.lines)
        titles = " ".join(self.data.products[p]["title"] for p, _, _ in plan.lines)
        self.add(
            Row(
                index=index,
                id=plan.id,
                created=plan.created.timestamp(),
                updated=plan.updated.timestamp(),
                reference=plan.reference,
                amount=float(subtotal + (plan.shipping_fee if plan.mode == "delivery" else 0)),
                shipping_status=plan.shipping_status,
                billing_status=plan.billing_status,
                source=plan.source,
                state=1 if plan.billing_status in ("paid", "partially_paid") else 3,
                customer_id=customer["id"],
                first_name=customer["first_name"],
                last_name=customer["last_name"],
                phone=customer["phone"],
                search=f"{plan.reference} {customer['first_name']} {customer['last_name']} "
                f"{customer['phone']} {customer['phone'].replace(' ', '')} {titles}".lower(),
            )
        )

    def reindex(self, index: int, body: dict[str, Any]) -> None:
        """Row ``index`` from the order's stored ``body`` after a write."""
        customer = as_object(body.get("customer"))
        phone = str(customer.get("phone") or "")
        titles = " ".join(str(p.get("title", "")) for p in body.get("products", []) if isinstance(p, dict))
        row = self.rows[index]
        row.updated = parse_time(body["updated_at"]) or row.updated
        row.amount = float(number(body.get("amount")) or 0)
        row.shipping_status = str(get_path(body, "shipping.status") or "")
        row.billing_status = str(get_path(body, "billing.status") or "")
        row.state = int(number(body.get("state")) or 0)
        row.phone = phone
        row.first_name = str(customer.get("first_name") or "")
        row.last_name = str(customer.get("last_name") or "")
        row.search = (
            f"{row.reference} {customer.get('first_name') or ''} {customer.get('last_name') or ''} "
            f"{phone} {phone.replace(' ', '')} {titles}".lower()
        )
        self.touch(index)

    def touch(self, index: int) -> None:
        """Note that row ``index`` was added or changed (lists are rebuilt, the updated_at index learns it)."""
        self._touched.add(index)
        self.version += 1

    def updated_since(self, limit: float) -> list[Row]:
        """The rows whose updated_at is ``limit`` or later, without scanning every row."""
        if self._by_updated is None:
            ordered = sorted(self.rows, key=lambda r: r.updated)
            self._by_updated = ([r.updated for r in ordered], [r.index for r in ordered])
            self._touched = set()
        times, indices = self._by_updated
        start = bisect.bisect_left(times, limit)
        candidates = dict.fromkeys([*indices[start:], *self._touched])  # (the list sorts them after)
        return [self.rows[i] for i in candidates if self.rows[i].updated >= limit]

    def index_of(self, order_id: str) -> int:
        """An order's position by id; the API's 404 if there is none."""
        index = self.by_id.get(order_id)
        if index is None:
            raise not_found()
        return index

    def find(self, key: str) -> int:
        """An order's position by id or reference (``#ORDER_1001``, ``order_1001``)."""
        if key in self.by_id:
            return self.by_id[key]
        ref = key.lower() if key.startswith("#") else f"#{key.lower()}"
        if ref in self.by_reference:
            return self.by_reference[ref]
        raise not_found()
