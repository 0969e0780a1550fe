"""A payment taken here: recorded on its order once, held for the clerk when the money would not add up.

Before any resend after a try that may have landed, the order's payments are
looked at (a payment is ours by its amount, way and the ids the server
showed before the try). Through ``sync/push`` with its key where usable
(recorded at most once), else ``POST /admin/orders/{id}/payments``, whose
answer is a message: the order is read back to see the payment on it.
"""

from __future__ import annotations

import json
import logging

from ...api import GenukaError
from ...models import NewPayment, Order, PaymentMethod, balance_of, is_our_payment, lay_payment
from ...models.company import method_account
from ...models.held import NOT_SHOWN, OVER_BALANCE
from ...store import Change
from ..crash import crashpoint
from ..decision import moved_since_try
from ..events import OrdersChanged
from ..keys import METHODS_KEY
from ..mobile_push import Mismatch, ShapeRefused
from .outcomes import PushResult, not_applied
from .rules import OperationRules, read_order

log = logging.getLogger(__name__)


def _ours(order: Order, payment: NewPayment, known: set[str]) -> str | None:
    """The server's id of our payment on ``order`` ("" when it shows without one; None: not there)."""
    mine = next((p for p in order.payments if is_our_payment(p, payment, known)), None)
    return None if mine is None else str(mine.id or "")


class PaymentRules(OperationRules[Order]):
    """``payment`` operations."""

    async def read(self, change: Change) -> Order | None:
        """The order, read fresh."""
        return await read_order(self.client, change)

    async def _keyed(self, change: Change) -> bool:
        """Sent through sync/push before: it goes again with its key, recorded at most once (see mobile_push)."""
        return bool(change.posted) and change.base.get("via") == "sync" and await self.mobile.has_push()

    async def look_up(self, change: Change, fresh: Order | None, result: PushResult) -> bool:
        """After a try that may have landed: already on the order, or unsure (the clerk decides, once)."""
        assert fresh is not None and change.payment is not None
        if not change.posted:
            return False
        mine = _ours(fresh, change.payment, change.known_payments)
        if mine is not None:
            log.info("payment of change %s is already on the server (%s); not sent again", change.id, mine)
            # Dated from its try: the till's figures read since then already count it.
            tried_at = change.base.get("tried_at")
            landed = float(tried_at) if isinstance(tried_at, int | float) else None
            self.store.queue.mark_sent(change.id, fresh, server_id=mine or None, landed_at=landed)
            result.already_applied += 1
            self.emit(OrdersChanged((change.order_id,)))
            return True
        if not await self._keyed(change) and not change.base.get("asked") and moved_since_try(change, fresh.raw_view):
            # Recorded, then deleted by a colleague? Values cannot tell: the clerk decides, once.
            self.store.payments.mark_payment_unsure(change.id)
            result.failed += 1
            log.warning("payment of change %s: sent without an answer, the order moved since", change.id)
            self.emit(OrdersChanged((change.order_id,)))
            return True
        return False

    def decide(self, change: Change, fresh: Order | None, result: PushResult) -> bool:
        """Held when it is more than the order's balance (marked paid already, or paid elsewhere)."""
        assert fresh is not None and change.payment is not None
        payment = change.payment
        balance = balance_of(fresh.raw_view)
        if change.base.get("asked") or payment.amount <= balance:
            return True
        # Sent now, the money would count twice. Nothing is sent; the clerk says which one they meant.
        message = OVER_BALANCE.format(balance=balance, amount=payment.amount)
        self.store.payments.mark_payment_held(change.id, message)
        result.failed += 1
        result.errors.append(message)
        log.warning("payment of change %s held: %s over a balance of %s", change.id, payment.amount, balance)
        self.emit(OrdersChanged((change.order_id,)))
        return False

    async def send(self, change: Change, fresh: Order | None, result: PushResult) -> None:
        """Through ``sync/push`` (a keyed retry, or a first try where usable), else the classic endpoint."""
        assert fresh is not None and change.payment is not None
        payment = change.payment
        if not payment.treasury_account_id and not change.posted:
            # Queued by an older version without its account (the server requires one): the way's own.
            account = self._account_of(payment.method)
            if account:
                payment = payment.model_copy(update={"treasury_account_id": account})
                change = self.store.payments.set_payment_account(change.id, payment)
        known = [str(p.id) for p in fresh.payments if p.id]
        # A keyed retry goes with its key whatever was learnt of the shape since; a first try if it is usable.
        through_sync = await self._keyed(change) or (not change.posted and await self.mobile.usable("payment"))
        if through_sync and await self._through_sync(change, payment, fresh, known, result):
            return
        self.store.payments.mark_paying(change.id, known, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            await self.client.add_payment(change.order_id, payment.body(), request_id=change.key)
        except GenukaError as exc:
            if not_applied(exc):
                self.store.sales.clear_posted(change.id)  # refused, or never heard: not on the server
            landed = await self.outcomes.read_after_refusal(change, exc)
            if landed is not None and _ours(landed, payment, set(known)) is not None:
                self.outcomes.applied_despite(change, exc, landed, result)
                return
            self.outcomes.failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        mine: str | None = ""
        try:
            answer = await self.client.get_order(change.order_id)  # the answer is a message: read the order
        except GenukaError as exc:
            # Accepted (200): a failed read is no reason to send it again.
            log.info("payment of change %s sent, not read back (%s)", change.id, exc.message)
            answer = Order.from_raw(lay_payment(fresh.raw_view, payment), copy_raw=False)
        else:
            mine = _ours(answer, payment, set(known))
            if mine is None:
                # "Payment added", yet the order does not show it: the drawer and the server differ.
                self.store.cache.save_server_orders([answer])
                self.store.payments.mark_payment_held(change.id, NOT_SHOWN.format(amount=payment.amount))
                result.failed += 1
                log.warning("payment of change %s: accepted but not on the order read back", change.id)
                self.emit(OrdersChanged((change.order_id,)))
                return
        self.store.queue.mark_sent(change.id, answer, server_id=mine or None)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("sent payment of change %s to order %s", change.id, change.order_ref or change.order_id)
        self.emit(OrdersChanged((change.order_id,)))

    def _account_of(self, method: str) -> str | None:
        """The treasury account of a way of paying, from the payment methods the last sync kept."""
        try:
            kept = json.loads(self.store.cache.get_meta(METHODS_KEY) or "[]")
        except ValueError:
            return None
        items = kept if isinstance(kept, list) else []
        return method_account((PaymentMethod.model_validate(i) for i in items if isinstance(i, dict)), method)

    async def _through_sync(
        self, change: Change, payment: NewPayment, fresh: Order, known: list[str], result: PushResult
    ) -> bool:
        """Record the payment through ``sync/push``; False when the server refused the shape (go classic)."""
        self.store.payments.mark_paying(change.id, known, self.policy.in_flight_limit, fresh.raw_updated_at, via="sync")
        crashpoint("push.before_put")
        try:
            answer = await self.mobile.pay(change, payment, set(known))
        except ShapeRefused:
            self.store.sales.clear_posted(change.id)
            return False
        except Mismatch as exc:
            if exc.order is not None:
                self.store.cache.save_server_orders([exc.order])
            message = NOT_SHOWN.format(amount=payment.amount)
            self.store.payments.mark_payment_held(change.id, message)
            result.failed += 1
            result.errors.append(message)
            self.emit(OrdersChanged((change.order_id,)))
            return True
        except GenukaError as exc:
            self.outcomes.failed_try(change, exc, result, sent=True)  # still "posted": the retry sends the same key
            return True
        crashpoint("push.after_put")
        self.store.queue.mark_sent(change.id, answer, server_id=_ours(answer, payment, set(known)) or None)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("sent payment of change %s to order %s through sync/push", change.id, change.order_ref)
        self.emit(OrdersChanged((change.order_id,)))
        return True
