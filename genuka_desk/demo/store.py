"""The demo API's world: its state handed to small stores, each with one job.

:class:`DemoStore` makes the state (:mod:`.state`: the orders and their
index, the history and write log, the clock, one lock) and hands it to
small stores: writing an order and its history (:attr:`~DemoStore.history`),
the order list (:attr:`~DemoStore.listing`), the partial update
(:attr:`~DemoStore.edits`), statuses and cancelling
(:attr:`~DemoStore.statuses`), payments (:attr:`~DemoStore.payments`),
creating orders (:attr:`~DemoStore.creation`), orders arriving from
elsewhere (:attr:`~DemoStore.arrivals`), the colleague on the dashboard
(:attr:`~DemoStore.colleague`), the catalogue and customers
(:attr:`~DemoStore.directory`), warehouses and stocks
(:attr:`~DemoStore.stocks`), Mobile Sync (:attr:`~DemoStore.mobile_sync`)
and the cash register's sessions (:attr:`~DemoStore.cash_sessions`, which
payments feed, and :attr:`~DemoStore.cash_reads`), returns and the credit
notes their approval makes (:attr:`~DemoStore.returns`, :attr:`~DemoStore.credit_notes`), the shop's
discounts (:attr:`~DemoStore.discounts`).
Everything works on plain dicts and raises :class:`~.errors.DemoError` with
the status and body the real API would send. The server asks the store it
needs; the few calls below are the face tests drive the world by.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from .accounts import Accounts
from .arrivals import Arrivals
from .cash_reads import CashReads
from .cash_sessions import CashSessions
from .colleague import Colleague
from .creation import OrderCreation
from .credit_notes import CreditNotes
from .data import DemoData
from .directory import Directory
from .discounts import Discounts
from .history import History
from .mobile_sync import MobileSync
from .notify import Notifications
from .order_list import OrderList
from .order_status import OrderStatuses
from .order_update import OrderEdits
from .payments import Payments
from .returns import Returns
from .state import DemoState
from .stocks import Stocks


class DemoStore:
    """The mutable demo world behind the HTTP server: one state, small stores over it."""

    def __init__(self, data: DemoData) -> None:
        self.state = DemoState(data)
        self.history = History(self.state)
        self.discounts = Discounts(self.state)  # the shop's discounts (seeded); a PUT's order discounts
        self.credit_notes = CreditNotes(self.state)
        self.edits = OrderEdits(self.state, self.history, self.discounts, self.credit_notes)
        self.statuses = OrderStatuses(self.state, self.history)
        self.cash_sessions = CashSessions(self.state)
        self.cash_reads = CashReads(self.state, self.cash_sessions)
        self.payments = Payments(self.state, self.history, self.cash_sessions)
        self.creation = OrderCreation(self.state, self.cash_sessions)
        self.arrivals = Arrivals(self.state)
        self.colleague = Colleague(self.state, self.history, self.payments)
        self.listing = OrderList(self.state, grow=self.arrivals.add_orders)
        self.directory = Directory(self.state)
        self.stocks = Stocks(self.state)  # warehouses and stocks (a sale's deduction: creation, edits)
        self.mobile_sync = MobileSync(self.state, self.creation, self.payments)
        self.payments.notes = self.credit_notes  # money paid back marks the order's pending credit notes refunded
        self.returns = Returns(self.state, self.history, self.credit_notes)  # approval rebills and makes credit notes
        self.state.order_relations = self.returns.relations
        self.notifications = Notifications(self.state)  # notify: the order's confirmation e-mails
        self.accounts: Accounts | None = None  # set by the first server on this store (logins outlive a restart)
        # The state's parts tests read and change directly (the same objects, never replaced).
        self.data = data
        self.lock = self.state.lock
        self.clock = self.state.clock
        self.rows = self.state.index.rows
        self.by_id = self.state.index.by_id
        self.bodies = self.state.bodies
        self.created_customers = self.state.created_customers
        self.customer_rewrites = self.state.customer_rewrites
        self.shop_ids = self.state.shop_ids
        self.grow_after_page = self.state.grow_after_page

    @property
    def keeps_created_at(self) -> bool:
        """Whether a create keeps the ``created_at`` it is sent (False plays a server that does not)."""
        return self.state.keeps_created_at

    @keeps_created_at.setter
    def keeps_created_at(self, keeps: bool) -> None:
        self.state.keeps_created_at = keeps

    @property
    def sync_order_shape(self) -> str:
        """How sync/push reads an order payload: "classic", "documented" or "refuse" (see :mod:`.mobile_sync`)."""
        return self.state.sync_order_shape

    @sync_order_shape.setter
    def sync_order_shape(self, shape: str) -> None:
        self.state.sync_order_shape = shape

    def now(self) -> datetime:
        """The server clock, in whole seconds."""
        return self.clock.now()

    def body(self, index: int, *, full: bool = False) -> dict[str, Any]:
        """A copy of one order's body; ``full`` adds company, shop and user like ``GET /orders/{id}``."""
        return self.state.body(index, full=full)

    def order_index(self, key: str) -> int:
        """An order's index by id or reference."""
        return self.state.index.find(key)

    def get_order(self, order_id: str) -> dict[str, Any]:
        """``GET /orders/{id}``."""
        with self.lock:
            return self.state.body(self.state.index.index_of(order_id), full=True)

    def list_orders(self, params: dict[str, str], base_url: str, style: str) -> dict[str, Any]:
        """``GET /orders`` (see :mod:`.order_list`)."""
        return self.listing.list_orders(params, base_url, style)

    def add_orders(self, count: int, kind: str = "new") -> list[str]:
        """Create ``count`` orders now (``kind``: new, ghost, deleted or cancelled); their ids."""
        return self.arrivals.add_orders(count, kind)

    def cancel_order(self, order_id: str, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """``DELETE /orders/{id}`` (by a colleague when no ``user`` is given)."""
        return self.statuses.cancel_order(order_id, user)

    def update_status(self, order_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/{id}/status``."""
        return self.statuses.update_status(order_id, body, user, request_id)

    def bulk_status(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/status/bulk-update``: all orders or none."""
        return self.statuses.bulk_status(body, user, request_id)

    def colleague_edit(
        self, order_id: str, fields: dict[str, Any] | None = None, lines: dict[str, dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Someone else changes an order on the server now (bumps updated_at)."""
        return self.colleague.edit(order_id, fields, lines)

    def dress_lines(self, order_id: str) -> dict[str, Any]:
        """A colleague gives the order's lines a discount, a tax, a cost; a service (see :class:`.Colleague`)."""
        return self.colleague.dress_lines(order_id)

    def colleague_payment(self, order_id: str, amount: Decimal, processor: str = "cash") -> None:
        """Someone else takes a payment on the order now (the web dashboard)."""
        self.colleague.payment(order_id, amount, processor)

    def colleague_expense(
        self, amount: Decimal, description: str = "Achat de fournitures", account_id: str | None = None
    ) -> dict[str, Any]:
        """Someone else pays an expense out of the drawer now (the cash account by default); the session after.

        A 400 :class:`~.errors.DemoError` when no session is open on the account.
        """
        return self.cash_sessions.expense(amount, description, account_id)

    def colleague_cash(
        self, kind: str, amount: Decimal, description: str, account_id: str | None = None
    ) -> dict[str, Any]:
        """Someone else moves cash in or out of the drawer now (``transfer_out``, ``transfer_in``, an adjustment).

        A 400 :class:`~.errors.DemoError` when no session is open on the account.
        """
        return self.cash_sessions.movement(kind, amount, description, account_id)
