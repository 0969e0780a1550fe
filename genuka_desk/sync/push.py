"""Push: send queued changes, one order at a time, oldest first, never twice.

Every try starts by reading the order fresh from the server and deciding
(see :mod:`.decision`): a change whose earlier try landed without an answer
is recognised as applied and never sent again, a colleague's edit of other
fields is kept, and a colleague's edit of the same field becomes a conflict
for the clerk.

What goes out is only what the clerk changed, in the documented shapes
(:func:`~genuka_desk.models.write_body.update_body`); a change counts as
sent only when the server's answer holds the intended values. A try that
got no answer leaves the change alone for the policy's in-flight limit, so
a request still held by the server can never be followed by a second one.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from ..api import (
    AuthError,
    BadResponseError,
    ClientError,
    ForbiddenError,
    GenukaError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    RefusedError,
    RouteNotFoundError,
    ServerError,
    SetupError,
    ValidationError,
)
from ..models import NewPayment, Order, PaymentMethod, apply_edit, balance_of, is_our_payment, lay_payment
from ..models.company import method_account
from ..models.held import NOT_SHOWN, OVER_BALANCE, OVER_TOTAL, PAID_ON_CREATE, UNSURE_SALE
from ..models.new_order import api_moment
from ..models.refusals import GAVE_UP, GONE, NOT_APPLIED
from ..models.write_body import unapplied, update_body
from ..store import Change, ChangeKind, ChangeState
from ..store.rows import sortable_time
from .backoff import retry_delay
from .crash import crashpoint
from .creations import find_created
from .decision import Verdict, decide, known_line_ids, moved_since_try
from .events import OrdersChanged, SyncPhase, SyncProgress, queue_event
from .keys import METHODS_KEY
from .mobile_push import Mismatch, MobilePush, ShapeRefused
from .worker import SyncWorker

log = logging.getLogger(__name__)

_TRANSIENT = (NetworkError, ServerError, RateLimitedError, BadResponseError)
# Answers that say a write was not applied (a creation they answer is certainly not on the server).
_REFUSALS = (ValidationError, RefusedError, ForbiddenError, ClientError, AuthError, SetupError, RouteNotFoundError)


def _maybe_in_flight(exc: GenukaError) -> bool:
    """Whether a write that failed this way may still be applied by the server later.

    No answer after sending (timeout, reset), or a gateway's 502/503/504: the
    gateway gave up, the application behind it may still be running.
    """
    if isinstance(exc, NetworkError):
        return exc.maybe_sent
    return isinstance(exc, ServerError) and exc.status in (502, 503, 504)


def _refused_maybe_applied(exc: GenukaError) -> bool:
    """A business refusal sent as a 500: the steps before the failure may stand (no rollback is promised)."""
    return isinstance(exc, RefusedError) and (exc.status or 0) >= 500


def _not_applied(exc: GenukaError) -> bool:
    """Whether a write that failed this way is certainly not on the server: refused, or never heard.

    A business refusal comes as a 500, and the reference promises no rollback
    of the steps that ran before the failure (a payment's billing update, an
    order's lines): it may be applied, so it is looked for before any resend.
    """
    if _refused_maybe_applied(exc):
        return False
    return isinstance(exc, _REFUSALS) or (isinstance(exc, NetworkError) and not exc.maybe_sent)


class StopPush(Exception):
    """Push stops this round; every change stays queued."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuthPaused(StopPush):
    """The server refused the token: sync waits for a new login."""


class Offline(StopPush):
    """The server cannot be reached: sync waits until it can."""


class ServerBusy(StopPush):
    """The server asked us to slow down (429)."""


class SetupPaused(StopPush):
    """The server says the session itself is wrong (no company, unknown address): nothing is sent."""


@dataclass
class PushResult:
    """What one push round did."""

    sent: int = 0
    already_applied: int = 0
    conflicts: int = 0
    failed: int = 0
    retried: int = 0
    errors: list[str] = field(default_factory=list)


class Pusher(SyncWorker):
    """Sends the change queue through a :class:`GenukaClient`."""

    @cached_property
    def mobile(self) -> MobilePush:
        """Sales and payments through Mobile Sync's ``sync/push`` where the server has it (see :mod:`.mobile_push`)."""
        return MobilePush(self.client, self.store)

    def _due(self, tried: set[str], force: bool) -> list[Change]:
        now = float("inf") if force else time.time()
        return [
            head
            for head in self.store.queue.heads()
            if head.state in (ChangeState.PENDING, ChangeState.SENDING)
            and head.next_attempt_at <= now
            # Never forced: a request that may still be applied must run out first.
            and head.settle_until <= time.time()
            and head.id not in tried
        ]

    async def push(self, *, force: bool = False) -> PushResult:
        """Send every change that is due (``force``: every waiting one, backoff or not).

        Raises :class:`Offline` when the server cannot be reached and
        :class:`AuthPaused` when it refuses the token.
        """
        result = PushResult()
        tried: set[str] = set()
        done = 0
        while True:
            due = self._due(tried, force)
            if not due:
                break
            head = due[0]
            if head.kind is ChangeKind.BULK_STATUS and head.group_id and head.edit.is_status_only():
                # One bulk write carries one edit: an order whose own change differs
                # (trimmed of what it already had, or amended) goes in a batch of its own.
                wanted = head.edit.status_body()
                batch = [
                    c
                    for c in due
                    if c.kind is ChangeKind.BULK_STATUS
                    and c.group_id == head.group_id
                    and c.edit.is_status_only()
                    and c.edit.status_body() == wanted
                ]
            else:
                batch = [head]
            tried.update(c.id for c in batch)
            self.emit(SyncProgress(SyncPhase.PUSH, done, done + len(due)))
            if len(batch) > 1:
                await self._push_bulk(batch, result)
            else:
                await self._push_one(head, result)
            done += len(batch)
            self.emit(queue_event(self.store))
        if done:
            self.emit(SyncProgress(SyncPhase.PUSH, done, done))
        return result

    # -- one change ----------------------------------------------------------

    async def _push_one(self, change: Change, result: PushResult) -> None:
        if change.kind is ChangeKind.CREATE:
            await self._push_create(change, result)
            return
        try:
            fresh = await self.client.get_order(change.order_id)
        except GenukaError as exc:
            self._failed_try(change, exc, result)
            return
        crashpoint("push.after_get")
        if change.payment is not None:
            await self._push_payment(change, fresh, result)
            return
        if change.removal is not None:
            await self._push_removal(change, change.removal, fresh, result)
            return
        verdict = self._judge(change, fresh, result)
        if verdict is not Verdict.WRITE:
            return
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            if change.edit.is_status_only():
                body = change.edit.status_body()
                answer = await self.client.update_status(
                    change.order_id,
                    shipping=body.get("shipping", {}).get("status"),
                    billing=body.get("billing", {}).get("status"),
                    request_id=change.id,
                )
            else:
                body = update_body(fresh.raw_view, change.edit, known_line_ids(change))
                answer = await self.client.update_order(change.order_id, body, request_id=change.id)
        except GenukaError as exc:
            landed = await self._read_after_refusal(change, exc)
            if landed is not None and not unapplied(landed.raw_view, change.edit, known_line_ids(change)):
                self._applied_despite(change, exc, landed, result)
                return
            self._write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        self._settle_answer(change, answer, result)

    async def _push_create(self, change: Change, result: PushResult) -> None:
        """Create a sale on the server once: after any try that may have landed, look for it before sending."""
        draft = change.draft
        assert draft is not None
        # A try through sync/push goes again with its key (the server applies it at most once), even when
        # the shape was refused since: a classic send after it could make the sale twice.
        if change.posted and change.base.get("via") == "sync" and await self.mobile.has_push():
            await self._create_through_sync(change, result)
            return
        if (
            change.posted
            and not change.base.get("asked")
            and not self.store.sales.keeps_created_at(self.client.base_url)
        ):
            # This server does not keep a sale's created_at: the look would be a guess. The clerk decides.
            self.store.sales.mark_sale_unsure(change.id, UNSURE_SALE)
            result.failed += 1
            result.errors.append(UNSURE_SALE)
            log.warning("sale %s may be on the server, unrecognisable there; the clerk decides", change.order_ref)
            self.emit(OrdersChanged((change.order_id,)))
            return
        if change.posted and not change.base.get("asked"):
            try:
                found = await find_created(self.client, draft)
            except GenukaError as exc:
                self._failed_try(change, exc, result)
                return
            crashpoint("push.after_get")
            if found is not None:
                log.info("sale %s was already created as %s; not sent again", change.order_ref, found.reference)
                self._created(change, found)
                result.already_applied += 1
                return
        if not change.posted and await self.mobile.usable("order") and await self._create_through_sync(change, result):
            return
        self.store.sales.mark_posting(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            answer = await self.client.create_order(draft.create_body(), request_id=change.id)
        except GenukaError as exc:
            if _not_applied(exc):
                self.store.sales.clear_posted(change.id)  # the server said no, or never heard it: not created
            elif _refused_maybe_applied(exc) and self.store.sales.keeps_created_at(self.client.base_url):
                try:
                    found = await find_created(self.client, draft)
                except GenukaError:
                    found = None  # looked for again before any resend
                if found is not None:
                    log.info("sale %s was created despite the refusal (%s)", change.order_ref, exc.message)
                    self._created(change, found)
                    result.already_applied += 1
                    return
            self._failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self._created(change, answer)
        result.sent += 1

    async def _create_through_sync(self, change: Change, result: PushResult) -> bool:
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
                self._created(change, exc.order, hold=exc.message)  # its money waits for the clerk's check
            result.failed += 1
            result.errors.append(exc.message)
            log.warning("sale %s: %s", change.order_ref, exc.message)
            self.emit(OrdersChanged((change.order_id,)))
            return True
        except GenukaError as exc:
            self._failed_try(change, exc, result, sent=True)  # still "posted": the retry sends the same key
            return True
        crashpoint("push.after_put")
        self._created(change, answer)
        result.sent += 1
        return True

    async def _push_payment(self, change: Change, fresh: Order, result: PushResult) -> None:
        """A payment, never twice: after a try that may have landed, the order's payments are looked at first."""
        payment = change.payment
        assert payment is not None
        if not payment.treasury_account_id and not change.posted:
            # Queued by an older version without its account (the server requires one): the way's own.
            account = self._account_of(payment.method)
            if account:
                payment = payment.model_copy(update={"treasury_account_id": account})
                change = self.store.payments.set_payment_account(change.id, payment)
        # Sent through sync/push: it goes again with its key, recorded at most once (see mobile_push).
        keyed = bool(change.posted) and change.base.get("via") == "sync" and await self.mobile.has_push()
        if change.posted:
            mine = next((p for p in fresh.payments if is_our_payment(p, payment, change.known_payments)), None)
            if mine is not None:
                log.info("payment of change %s is already on the server (%s); not sent again", change.id, mine.id)
                self.store.queue.mark_sent(change.id, fresh)
                result.already_applied += 1
                self.emit(OrdersChanged((change.order_id,)))
                return
            if not keyed and not change.base.get("asked") and moved_since_try(change, fresh.raw_view):
                # Recorded, then deleted by a colleague? Values cannot tell: the clerk decides, once.
                self.store.payments.mark_payment_unsure(change.id)
                result.failed += 1
                log.warning("payment of change %s: sent without an answer, the order moved since", change.id)
                self.emit(OrdersChanged((change.order_id,)))
                return
        balance = balance_of(fresh.raw_view)
        if not change.base.get("asked") and payment.amount > balance:
            # Marked paid (which settles the balance by itself), or paid elsewhere: sent now, the money
            # would count twice. Nothing is sent; the clerk says which one they meant.
            message = OVER_BALANCE.format(balance=balance, amount=payment.amount)
            self.store.payments.mark_payment_held(change.id, message)
            result.failed += 1
            result.errors.append(message)
            log.warning("payment of change %s held: %s over a balance of %s", change.id, payment.amount, balance)
            self.emit(OrdersChanged((change.order_id,)))
            return
        known = [str(p.id) for p in fresh.payments if p.id]
        # A keyed retry goes with its key whatever was learnt of the shape since; a first try if it is usable.
        through_sync = keyed or (not change.posted and await self.mobile.usable("payment"))
        if through_sync and await self._pay_through_sync(change, payment, fresh, known, result):
            return
        self.store.payments.mark_paying(change.id, known, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            await self.client.add_payment(change.order_id, payment.body(), request_id=change.id)
        except GenukaError as exc:
            if _not_applied(exc):
                self.store.sales.clear_posted(change.id)  # refused, or never heard: not on the server
            landed = await self._read_after_refusal(change, exc)
            if landed is not None and any(is_our_payment(p, payment, set(known)) for p in landed.payments):
                self._applied_despite(change, exc, landed, result)
                return
            self._failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        try:
            answer = await self.client.get_order(change.order_id)  # the answer is a message: read the order
        except GenukaError as exc:
            # Accepted (200): a failed read is no reason to send it again.
            log.info("payment of change %s sent, not read back (%s)", change.id, exc.message)
            answer = Order.from_raw(lay_payment(fresh.raw_view, payment), copy_raw=False)
        else:
            if not any(is_our_payment(p, payment, set(known)) for p in answer.payments):
                # "Payment added", yet the order does not show it: the drawer and the server differ.
                self.store.cache.save_server_orders([answer])
                self.store.payments.mark_payment_held(change.id, NOT_SHOWN.format(amount=payment.amount))
                result.failed += 1
                log.warning("payment of change %s: accepted but not on the order read back", change.id)
                self.emit(OrdersChanged((change.order_id,)))
                return
        self.store.queue.mark_sent(change.id, answer)
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

    async def _pay_through_sync(
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
            self._failed_try(change, exc, result, sent=True)  # still "posted": the retry sends the same key
            return True
        crashpoint("push.after_put")
        self.store.queue.mark_sent(change.id, answer)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("sent payment of change %s to order %s through sync/push", change.id, change.order_ref)
        self.emit(OrdersChanged((change.order_id,)))
        return True

    async def _push_removal(self, change: Change, payment_id: str, fresh: Order, result: PushResult) -> None:
        """A payment's deletion: done once the order no longer shows that payment."""
        if all(p.id != payment_id for p in fresh.payments):
            self.store.queue.mark_sent(change.id, fresh)  # gone already (an earlier try, or a colleague)
            result.already_applied += 1
            self.emit(OrdersChanged((change.order_id,)))
            return
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            answer = await self.client.delete_payment(change.order_id, payment_id, request_id=change.id)
        except GenukaError as exc:
            self._failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self.store.queue.mark_sent(change.id, answer)
        result.sent += 1
        self.emit(OrdersChanged((change.order_id,)))

    def _created(self, change: Change, order: Order, *, hold: str | None = None) -> None:
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

    def _settle_answer(self, change: Change, answer: Order, result: PushResult) -> None:
        """Mark the change sent when the answer holds its values; failed (with the keys) when not."""
        missing = unapplied(answer.raw_view, change.edit, known_line_ids(change))
        if missing:
            message = NOT_APPLIED.format(keys=", ".join(missing))
            self.store.queue.mark_failed(change.id, message)
            self.store.sales.clear_posted(change.id)  # answered: what the server holds is known
            self.store.cache.save_server_orders([answer])
            result.failed += 1
            result.errors.append(message)
            log.warning("change %s: the server's answer lacks %s", change.id, ", ".join(missing))
        else:
            self.store.queue.mark_sent(change.id, answer)
            crashpoint("push.after_mark_sent")
            result.sent += 1
            log.info("sent change %s to order %s", change.id, change.order_ref or change.order_id)
        self.emit(OrdersChanged((change.order_id,)))

    def _judge(self, change: Change, fresh: Order, result: PushResult) -> Verdict:
        """Decide on a change against the fresh body; settles APPLIED and CONFLICT here."""
        decision = decide(change, fresh.raw_view)
        if decision.verdict is Verdict.APPLIED:
            self.store.queue.mark_sent(change.id, fresh)
            result.already_applied += 1
            log.info("change %s was already on the server; not sent again", change.id)
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.verdict is Verdict.CONFLICT:
            self.store.queue.mark_conflict(change.id, decision.theirs, fresh, unsure=decision.unsure)
            result.conflicts += 1
            if decision.unsure:
                log.warning("change %s: sent without an answer, the order moved since; the clerk decides", change.id)
            else:
                log.warning("change %s conflicts with a colleague's edit of %s", change.id, ", ".join(decision.theirs))
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.rebased:
            log.info("change %s rebased on a colleague's edit of other fields", change.id)
        return decision.verdict

    async def _read_after_refusal(self, change: Change, exc: GenukaError) -> Order | None:
        """The order read again after a business 500 (None: not such a refusal, or not readable now).

        The reference promises no rollback on a 500: the write may stand. It
        is looked at once, so a write that landed is not shown as refused.
        """
        if not _refused_maybe_applied(exc):
            return None
        try:
            return await self.client.get_order(change.order_id)
        except GenukaError:
            return None  # judged at the next try, before any resend (it stays "posted")

    def _applied_despite(self, change: Change, exc: GenukaError, landed: Order, result: PushResult) -> None:
        self.store.queue.mark_sent(change.id, landed)
        result.already_applied += 1
        log.info("change %s applied despite the server's refusal (%s)", change.id, exc.message)
        self.emit(OrdersChanged((change.order_id,)))

    def _write_failed(self, change: Change, exc: GenukaError, result: PushResult) -> None:
        """A write's try failed: when the answer says it was not applied, the change is no longer in doubt."""
        if _not_applied(exc):
            self.store.sales.clear_posted(change.id)
        self._failed_try(change, exc, result, sent=True)

    def _failed_try(self, change: Change, exc: GenukaError, result: PushResult, *, sent: bool = False) -> None:
        """Record a try that did not get through; raise when the whole push must stop.

        ``sent``: the failure came from the write itself (not the read before it).
        """
        maybe_applied = sent and _maybe_in_flight(exc)
        if isinstance(exc, AuthError):
            self.store.queue.mark_retry(change.id, exc.message, 0, maybe_applied=maybe_applied)
            raise AuthPaused(exc.message) from exc
        if isinstance(exc, SetupError | RouteNotFoundError):
            self.store.queue.mark_retry(change.id, exc.message, 0, maybe_applied=maybe_applied)
            raise SetupPaused(exc.message) from exc
        if isinstance(exc, _TRANSIENT):
            # Unreachable (nothing got through) or asked to slow down: not the change's fault.
            unreachable = isinstance(exc, NetworkError) and not exc.maybe_sent
            counts = not isinstance(exc, RateLimitedError) and not unreachable
            if counts and change.attempts + 1 >= self.policy.max_attempts:
                message = GAVE_UP.format(tries=change.attempts + 1, reason=exc.message)
                self._refused(change, message, {}, result, maybe_applied=maybe_applied)
                return
            retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
            delay = retry_delay(change.attempts + 1, self.policy, retry_after=retry_after)
            self.store.queue.mark_retry(change.id, exc.message, delay, maybe_applied=maybe_applied, count=counts)
            result.retried += 1
            result.errors.append(exc.message)
            log.info("change %s not sent (%s); next try in %.1f s", change.id, exc.message, delay)
            if unreachable:
                raise Offline(exc.message) from exc
            if isinstance(exc, RateLimitedError):
                raise ServerBusy(exc.message) from exc
            return
        if isinstance(exc, NotFoundError):
            self._refused(change, GONE, {}, result)
        elif isinstance(exc, ValidationError):
            self._refused(change, exc.message, exc.field_errors, result)
        else:
            self._refused(change, exc.message, {}, result)

    def _refused(
        self,
        change: Change,
        message: str,
        field_errors: dict[str, list[str]],
        result: PushResult,
        *,
        maybe_applied: bool = False,
    ) -> None:
        self.store.queue.mark_failed(change.id, message, field_errors, maybe_applied=maybe_applied)
        result.failed += 1
        result.errors.append(message)
        log.warning("change %s refused: %s", change.id, message)
        self.emit(OrdersChanged((change.order_id,)))

    def _failed_tries(
        self,
        failures: list[tuple[Change, GenukaError]],
        result: PushResult,
        hold: list[Change] | None = None,
        *,
        sent: bool = False,
    ) -> None:
        """:meth:`_failed_try` for several changes; stops (after recording all) when one must."""
        stop: StopPush | None = None
        for change, exc in failures:
            try:
                self._failed_try(change, exc, result, sent=sent)
            except StopPush as reason:
                stop = stop or reason
        if stop is not None:
            for change in hold or []:
                self.store.queue.mark_retry(change.id, stop.message, 0)
            raise stop

    # -- a bulk status change ------------------------------------------------

    async def _push_bulk(self, batch: list[Change], result: PushResult) -> None:
        """Read each order fresh (a few at a time), then one bulk write for those still to change."""
        limit = asyncio.Semaphore(self.policy.get_concurrency)

        async def fetch(change: Change) -> Order | GenukaError:
            async with limit:
                try:
                    return await self.client.get_order(change.order_id)
                except GenukaError as exc:
                    return exc

        fresh_bodies = await asyncio.gather(*(fetch(c) for c in batch))
        crashpoint("push.after_get")
        to_write: list[tuple[Change, Order]] = []
        failures: list[tuple[Change, GenukaError]] = []
        for change, fresh in zip(batch, fresh_bodies, strict=True):
            if isinstance(fresh, GenukaError):
                failures.append((change, fresh))
            elif self._judge(change, fresh, result) is Verdict.WRITE:
                to_write.append((change, fresh))
        if failures:
            # The readable ones are still written below unless the push must stop.
            self._failed_tries(failures, result, hold=[c for c, _ in to_write])
        if not to_write:
            return
        edit = to_write[0][0].edit
        for change, fresh in to_write:
            self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            await self.client.bulk_update_status(
                [change.order_id for change, _ in to_write],
                shipping=edit.fields.get("shipping.status"),
                billing=edit.fields.get("billing.status"),
                request_id=to_write[0][0].group_id,
            )
        except GenukaError as exc:
            if _not_applied(exc):
                for change, _ in to_write:
                    self.store.sales.clear_posted(change.id)  # refused, or never heard: not applied
            if _refused_maybe_applied(exc):
                still: list[tuple[Change, Order]] = []
                for change, fresh in to_write:
                    landed = await self._read_after_refusal(change, exc)
                    if landed is not None and not unapplied(landed.raw_view, change.edit, known_line_ids(change)):
                        self._applied_despite(change, exc, landed, result)
                    else:
                        still.append((change, fresh))
                to_write = still
                if not to_write:
                    return
            if len(to_write) > 1 and isinstance(exc, ValidationError | RefusedError) and _not_applied(exc):
                # Refused as a whole (one ghost or deleted order answers 400 for all): one order at a
                # time, so the others go through and only the culprit is refused.
                log.info("bulk status change refused as a whole (%s); sent one order at a time", exc.message)
                for change, _ in to_write:
                    await self._push_one(change, result)
                return
            self._failed_tries([(change, exc) for change, _ in to_write], result, sent=True)
            return
        crashpoint("push.after_put")
        # The bulk endpoint answers with a message only: read each order to verify.
        answers = await asyncio.gather(*(fetch(change) for change, _ in to_write))
        for (change, fresh), answer in zip(to_write, answers, strict=True):
            if isinstance(answer, GenukaError):
                # The write was accepted (200); a failed check is no reason to send again.
                log.info("change %s: sent in bulk, not verified (%s)", change.id, answer.message)
                self.store.queue.mark_sent(
                    change.id, Order.from_raw(apply_edit(fresh.raw_view, change.edit), copy_raw=False)
                )
                result.sent += 1
                continue
            self._settle_answer(change, answer, result)
