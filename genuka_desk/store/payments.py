"""Payments taken at the desk, and deletions of payments: queued like every change, never sent twice.

A payment is a ``payment`` change whose intent is the :class:`NewPayment`; it
is laid on the order at once (listed, the balance lowered). The server's
answer to a payment carries no id and the request is not idempotent, so
before each try the desk notes the ids of the payments the server holds
(``known``, with the count of tries, in the change's base, written before
the request goes out): after a try whose answer was lost, a payment the
server holds that is new since then, of the same amount, way and account,
is this one (see ``models.is_our_payment`` and docs/genuka-api.md).
"""

from __future__ import annotations

import json
import time

from .. import models as _models
from .cache import OrderCache
from .cash_given import CashGiven, cash_of, keep_cash
from .change_queue import ChangeQueue
from .changes import UNSURE_PAYMENT, Change, ChangeKind, ChangeState, dumps
from .files import StoreFiles
from .new_orders import NewOrders


class PaymentQueue:
    """Payment changes and their marks."""

    def __init__(self, files: StoreFiles, cache: OrderCache, queue: ChangeQueue, sales: NewOrders) -> None:
        self.files = files
        self.cache = cache
        self.queue = queue
        self.sales = sales

    def enqueue_payment(self, order_id: str, payment: _models.NewPayment) -> Change:
        """Queue a payment and show it on the order, in one transaction (with the cash handed over, if any)."""
        return self._enqueue_money(order_id, ChangeKind.PAYMENT, payment.model_dump_json(), payment.local_id, payment)

    def enqueue_payment_removal(self, order_id: str, payment_id: str) -> Change:
        """Queue the deletion of one of the order's payments, shown at once."""
        return self._enqueue_money(
            order_id, ChangeKind.PAYMENT_REMOVAL, json.dumps({"payment_id": payment_id}), payment_id
        )

    def _enqueue_money(
        self, order_id: str, kind: ChangeKind, intent: str, acts_on: str, payment: _models.NewPayment | None = None
    ) -> Change:
        with self.files.write() as conn:
            change_id = self.queue.insert_for_order(conn, order_id, kind, intent, acts_on)
            if payment is not None:
                keep_cash(conn, order_id, payment)
            self.cache.refresh_overlay(conn, order_id)
            return self.queue.change_in(conn, change_id)

    def mark_paying(
        self, change_id: str, known: list[str], settle: float, tried_on: object = None, via: str = "classic"
    ) -> Change:
        """A payment is about to be sent: the server's payment ids now, and "it may be on the server" from now.

        Written before the request goes out, so a crash or a lost answer
        leaves what the look after it needs (``tried_on``: the order's
        ``updated_at`` when the ids were read).
        """
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            base = {
                **change.base,
                "posted": change.posted + 1,
                "known": sorted(known),
                "tried_on": None if tried_on is None else str(tried_on),
                "asked": 0,
                "via": via,  # "sync": Mobile Sync's push, a retry with the same key is applied once
                "tried_at": time.time(),  # found on the server later, it counts from this try (the till's cash)
            }
            self.queue.update_change(
                conn, change_id, state=ChangeState.SENDING.value, settle_until=time.time() + settle, base=dumps(base)
            )
            return self.queue.change_in(conn, change_id)

    def mark_payment_unsure(self, change_id: str) -> None:
        """A payment sent without an answer is not on the server, but the order moved since: the clerk decides.

        It may have been recorded and then deleted by a colleague. Once the
        clerk retries it, it is looked for once more and sent if still absent.
        """
        self.mark_payment_held(change_id, UNSURE_PAYMENT)

    def mark_payment_held(self, change_id: str, message: str) -> None:
        """A payment not sent (or not seen after it was) because the money would not add up: the clerk decides.

        It waits as refused with ``message``; a Retry sends it as the clerk
        confirmed (after the usual look for it when it was sent: its "posted" mark stays).
        """
        with self.files.write() as conn:
            self.sales.hold(conn, self.queue.change_in(conn, change_id), message)

    def set_payment_account(self, change_id: str, payment: _models.NewPayment) -> Change:
        """A waiting payment with its treasury account filled in (one queued before the account was required)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.posted:
                raise ValueError("This payment may already be on the server: it is not changed.")
            self.queue.update_change(conn, change_id, intent=payment.model_dump_json())
            self.cache.refresh_overlay(conn, change.order_id)
            return self.queue.change_in(conn, change_id)

    def cash_given(self, order_id: str) -> list[CashGiven]:
        """The cash handed over for the order's payments taken here (kept on this computer only), oldest first."""
        with self.files.guard() as conn:
            return cash_of(conn, order_id)
