"""A sale made here: created on the server once, under the server's id, its money held when it would not add up.

Through Mobile Sync's ``sync/push`` where the server has it (the documented
idempotency key: a retry with the same key is applied once); else the
classic ``POST /admin/orders``, where a try that may have landed is looked
for (by its own ``created_at`` second) before any resend, and a server that
does not keep ``created_at`` leaves the clerk to decide.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from ...api import GenukaError
from ...models import Order
from ...models.held import OVER_TOTAL, PAID_ON_CREATE, UNSURE_SALE
from ...models.new_order import api_moment
from ...store import Change
from ...store.rows import sortable_time
from ..crash import crashpoint
from ..creations import find_created
from ..events import OrdersChanged
from ..mobile_push import Mismatch, ShapeRefused
from .outcomes import PushResult, not_applied, refused_maybe_applied
from .rules import OperationRules

log = logging.getLogger(__name__)


class SaleRules(OperationRules[Order]):
    """``create`` operations: the sale's local order becomes the server's."""

    async def read(self, change: Change) -> Order | None:
        """Nothing to read: the order is not on the server until this creates it."""
        return None

    async def look_up(self, change: Change, fresh: Order | None, result: PushResult) -> bool:
        """After a try that may have landed: the keyed resend, the clerk's decision, or the look for it."""
        if not change.posted:
            return False
        draft = change.draft
        assert draft is not None
        # A try through sync/push goes again with its key (the server applies it at most once), even when
        # the shape was refused since: a classic send after it could make the sale twice.
        if change.base.get("via") == "sync" and await self.mobile.has_push():
            await self.through_sync(change, result)
            return True
        if change.base.get("asked"):
            return False  # the clerk said it is not there: sent again
        if not self.store.sales.keeps_created_at(self.client.base_url):
            # This server does not keep a sale's created_at: the look would be a guess. The clerk decides.
            self.store.sales.mark_sale_unsure(change.id, UNSURE_SALE)
            result.failed += 1
            result.errors.append(UNSURE_SALE)
            log.warning("sale %s may be on the server, unrecognisable there; the clerk decides", change.order_ref)
            self.emit(OrdersChanged((change.order_id,)))
            return True
        try:
            found = await find_created(self.client, draft)
        except GenukaError as exc:
            self.outcomes.failed_try(change, exc, result)
            return True
        crashpoint("push.after_get")
        if found is None:
            return False
        log.info("sale %s was already created as %s; not sent again", change.order_ref, found.reference)
        self.created(change, found)
        result.already_applied += 1
        return True

    async def send(self, change: Change, fresh: Order | None, result: PushResult) -> None:
        """Through ``sync/push`` on a first try where usable, else the classic create."""
        draft = change.draft
        assert draft is not None
        if not change.posted and await self.mobile.usable("order") and await self.through_sync(change, result):
            return
        self.store.sales.mark_posting(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            answer = await self.client.create_order(draft.create_body(), request_id=change.key)
        except GenukaError as exc:
            if not_applied(exc):
                self.store.sales.clear_posted(change.id)  # the server said no, or never heard it: not created
            elif refused_maybe_applied(exc) and self.store.sales.keeps_created_at(self.client.base_url):
                try:
                    found = await find_created(self.client, draft)
                except GenukaError:
                    found = None  # looked for again before any resend
                if found is not None:
                    log.info("sale %s was created despite the refusal (%s)", change.order_ref, exc.message)
                    self.created(change, found)
                    result.already_applied += 1
                    return
            self.outcomes.failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self.created(change, answer)
        result.sent += 1

    async def through_sync(self, change: Change, result: PushResult) -> bool:
        """Make the sale through ``sync/push``; False when the server refused the shape (nothing made: go classic)."""
        self.store.sales.mark_posting(change.id, self.policy.in_flight_limit, via="sync")
        crashpoint("push.before_put")
        try:
            answer = await self.mobile.create_sale(change)
        except ShapeRefused:
            self.store.sales.clear_posted(change.id)
            return False
        except Mismatch as exc:
            if exc.order is None:
                self.store.sales.mark_sale_unsure(change.id, exc.message)
            else:
                self.created(change, exc.order, hold=exc.message)  # its money waits for the clerk's check
            result.failed += 1
            result.errors.append(exc.message)
            log.warning("sale %s: %s", change.order_ref, exc.message)
            self.emit(OrdersChanged((change.order_id,)))
            return True
        except GenukaError as exc:
            self.outcomes.failed_try(change, exc, result, sent=True)  # still "posted": the retry sends the same key
            return True
        crashpoint("push.after_put")
        self.created(change, answer)
        result.sent += 1
        return True

    def created(self, change: Change, order: Order, *, hold: str | None = None) -> None:
        """The sale is on the server as ``order``: every trace of the local order moves to its id."""
        checked = self._check_created(change, order)  # also notes a server that drops created_at
        hold = hold or checked
        # The move to the server's id and the hold of the sale's payment in one transaction: a crash
        # between them must not let the payment go on top of money the new order already shows.
        server_id = self.store.sales.mark_created(change.id, order, hold_payment=hold)
        crashpoint("push.after_mark_sent")
        log.info("sale %s created on the server as %s", change.order_ref, order.reference)
        if hold:
            log.warning("sale %s: its payment is held for the clerk: %s", order.reference, hold)
        self.emit(OrdersChanged((change.order_id, server_id)))  # the local row went, the server's came

    def _check_created(self, change: Change, order: Order) -> str | None:
        """The created order against what the clerk took; why the sale's payment must wait (None: it goes).

        A server that already shows money on the new order (it recorded a
        payment on create), or whose total is below what was taken, holds the
        sale's payment for the clerk instead of sending it on top.
        """
        draft = change.draft
        assert draft is not None
        sent_at = api_moment(draft.created_at) if draft.created_at else None
        if sent_at and sortable_time(order.raw_view.get("created_at")) != sortable_time(sent_at):
            # Without it a sale whose answer is lost cannot be recognised on this server: ask, never guess.
            self.store.sales.note_created_at_dropped(self.client.base_url)
            log.warning("the server does not keep a sale's created_at (%s sent, %s kept)", sent_at, order.created_at)
        total = order.amount if order.amount is not None else draft.subtotal
        if total != draft.subtotal:
            log.warning("sale %s: the server's total is %s, the desk's %s", order.reference, total, draft.subtotal)
        held = self.store.sales.sale_payment(change.id)
        if held is None or held.payment is None or held.posted or not held.active:
            return None
        recorded = sum((p.amount or Decimal(0) for p in order.payments), Decimal(0))
        if recorded > 0:
            return PAID_ON_CREATE.format(recorded=recorded, amount=held.payment.amount)
        if held.payment.amount > total + (draft.shipping_amount or 0):  # the shipping amount follows the creation
            return OVER_TOTAL.format(total=total, amount=held.payment.amount)
        return None
