"""The demo world's mutable state, in one object handed to every small store.

One lock guards it all: the HTTP server handles requests on several
threads. The bodies of the orders the demo changed or made are kept whole;
the others are rebuilt from their plans on demand (:mod:`.order_bodies`).
The switches that play another server (``keeps_created_at``,
``sync_order_shape``, ``grow_after_page``) live here, set by tests.
"""

from __future__ import annotations

import copy
import random
import threading
from collections.abc import Callable
from typing import Any

from .clock import ServerClock
from .data import DemoData
from .denominations import Denominations
from .rows import OrderIndex


class DemoState:
    """What the server holds: orders and their index, history, write log, customers made, cash sessions, the clock."""

    def __init__(self, data: DemoData) -> None:
        self.data = data
        self.lock = threading.RLock()
        self.clock = ServerClock()
        self.index = OrderIndex(data)
        self.bodies: dict[int, dict[str, Any]] = {}
        self.activities: dict[int, list[dict[str, Any]]] = {}
        self.writes: list[dict[str, Any]] = []
        self.product_index = {p["id"]: n for n, p in enumerate(data.products)}
        # The someone else whose edits and payments the clerk did not make (the web dashboard).
        self.colleague = {"id": "01demo0colleague0000000000", "name": "Martin Essomba", "email": "martin@genuka.com"}
        self.listing_cache: dict[Any, Any] = {}  # answers built once from what never changes (directory.py)
        self._activity_id = 1
        # Customers made by POST /admin/orders, kept apart from the generated ones (those are drawn
        # by index when a generated order's body is built, so that list must not change).
        self.created_customers: list[dict[str, Any]] = []
        # The company's shops (a sale names one, else goes to the first) and whether a create keeps the
        # created_at it is sent (the reference says it does; False plays a server that does not).
        self.shop_ids = [data.shop_id, "01demo0shop0second00000000"]
        self.keeps_created_at = True
        # Whether an opened cash session keeps the metadata it is sent (nothing documents that it does;
        # False plays a server that keeps only the notes).
        self.keeps_till_metadata = True
        # Whether opening a second session on a treasury account that has one open is refused (422). The
        # reference says nothing: False plays a server that opens it, so a desk that sends two shows it.
        self.one_session_per_account = True
        # How sync/push reads an order payload: "classic" (as POST /admin/orders), "documented" (only the
        # reference example's customer_id, amount, shop_id) or "refuse" (success: false).
        self.sync_order_shape = "classic"
        # Customers a create rewrote ("updates if found"): {id, sent} each, for the campaigns' checks.
        self.customer_rewrites: list[dict[str, Any]] = []
        self.deleted_payments: list[dict[str, Any]] = []  # soft-deleted payments (with their order's id)
        self.rng = random.Random(data.seed * 31 + 7)
        # Orders the server creates right after serving a list page (page number -> how many).
        self.grow_after_page: dict[int, int] = {}
        # The cash register (cash_sessions.py): the bills and coins, the sessions by id (in the order they
        # were opened), each session's transactions and history, oldest first.
        self.denominations = Denominations(data.seed)
        self.cash_sessions: dict[str, dict[str, Any]] = {}
        self.cash_transactions: dict[str, list[dict[str, Any]]] = {}
        self.cash_history: dict[str, list[dict[str, Any]]] = {}
        # What a full order body adds of rooms kept apart (its returns and credit notes, see returns.py).
        self.order_relations: Callable[[str], dict[str, Any]] | None = None
        # The stock records by variant id, made on first use (stocks.py: warehouses, stocks, a sale's deduction).
        self.stock_book: dict[str, dict[str, Any]] = {}

    def next_activity_id(self) -> int:
        """A fresh id for a history entry (invoices, deliveries and payment references draw from it too)."""
        self._activity_id += 1
        return 10_000_000 + self._activity_id

    def body(self, index: int, *, full: bool = False) -> dict[str, Any]:
        """A copy of one order's body; ``full`` adds company, shop and user like ``GET /orders/{id}``."""
        stored = self.bodies.get(index)
        body = copy.deepcopy(stored) if stored is not None else self.data.build_order(self.data.plan(index))
        if full:
            body |= self.full_parts()
            if self.order_relations is not None:
                body |= self.order_relations(str(body.get("id")))
        return body

    def full_parts(self) -> dict[str, Any]:
        """What ``GET /orders/{id}`` adds to a stored body: the company, the shop and the user."""
        user = self.data.users[0]
        return {
            "company": self.data.company_body(),
            "shop": self.data.shop_body(),
            "user": {k: user[k] for k in ("id", "name", "first_name", "last_name", "email", "role")},
        }
