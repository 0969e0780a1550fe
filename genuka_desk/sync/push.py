"""Push: send queued changes, one order at a time, oldest first, never twice.

Every try starts by reading the order fresh from the server and deciding
(see :mod:`.decide`): a change whose earlier try landed without an answer
is recognised as applied and never sent again, a colleague's edit of other
fields is kept (the change is laid on the fresh body), and a colleague's
edit of the same field becomes a conflict for the clerk.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from ..api import (
    AuthError,
    BadResponseError,
    GenukaError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
)
from ..models import Order, apply_edit
from ..store import Change, ChangeKind, ChangeState, LocalStore
from .backoff import retry_delay
from .crash import crashpoint
from .decide import Verdict, decide
from .events import OrdersChanged, QueueChanged, SyncProgress
from .part import SyncPart

log = logging.getLogger(__name__)

_TRANSIENT = (NetworkError, ServerError, RateLimitedError, BadResponseError)


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


@dataclass
class PushResult:
    """What one push round did."""

    sent: int = 0
    already_applied: int = 0
    conflicts: int = 0
    failed: int = 0
    retried: int = 0
    errors: list[str] = field(default_factory=list)


def queue_event(store: LocalStore) -> QueueChanged:
    """The queue's counts as an event."""
    counts = store.counts()
    return QueueChanged(
        pending=counts[ChangeState.PENDING] + counts[ChangeState.SENDING],
        failed=counts[ChangeState.FAILED],
        conflict=counts[ChangeState.CONFLICT],
    )


class Pusher(SyncPart):
    """Sends the change queue through a :class:`GenukaClient`."""

    def _due(self, tried: set[str], force: bool) -> list[Change]:
        now = float("inf") if force else time.time()
        return [
            head
            for head in self.store.heads()
            if head.state in (ChangeState.PENDING, ChangeState.SENDING)
            and head.next_attempt_at <= now
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
            if head.kind is ChangeKind.BULK_STATUS and head.group_id:
                batch = [c for c in due if c.kind is ChangeKind.BULK_STATUS and c.group_id == head.group_id]
            else:
                batch = [head]
            tried.update(c.id for c in batch)
            self.emit(SyncProgress("push", done, done + len(due)))
            if len(batch) > 1:
                await self._push_bulk(batch, result)
            else:
                await self._push_one(head, result)
            done += len(batch)
            self.emit(queue_event(self.store))
        if done:
            self.emit(SyncProgress("push", done, done))
        return result

    # -- one change ----------------------------------------------------------

    async def _push_one(self, change: Change, result: PushResult) -> None:
        try:
            fresh = await self.client.get_order(change.order_id)
        except GenukaError as exc:
            self._failed_try(change, exc, result)
            return
        crashpoint("push.after_get")
        verdict = self._judge(change, fresh, result)
        if verdict is not Verdict.WRITE:
            return
        self.store.mark_sending(change.id)
        crashpoint("push.before_put")
        try:
            if change.kind is ChangeKind.STATUS and change.edit.is_status_only():
                body = change.edit.status_body()
                answer = await self.client.update_status(
                    change.order_id,
                    shipping=body.get("shipping", {}).get("status"),
                    billing=body.get("billing", {}).get("status"),
                    request_id=change.id,
                )
            else:
                answer = await self.client.update_order(
                    change.order_id, apply_edit(fresh.raw_view, change.edit), request_id=change.id
                )
        except GenukaError as exc:
            self._failed_try(change, exc, result)
            return
        crashpoint("push.after_put")
        self.store.mark_sent(change.id, answer)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("sent change %s to order %s", change.id, change.order_ref or change.order_id)
        self.emit(OrdersChanged((change.order_id,)))

    def _judge(self, change: Change, fresh: Order, result: PushResult) -> Verdict:
        """Decide on a change against the fresh body; settles APPLIED and CONFLICT here."""
        decision = decide(change, fresh.raw_view)
        if decision.verdict is Verdict.APPLIED:
            self.store.mark_sent(change.id, fresh)
            result.already_applied += 1
            log.info("change %s was already on the server; not sent again", change.id)
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.verdict is Verdict.CONFLICT:
            self.store.mark_conflict(change.id, decision.theirs, fresh)
            result.conflicts += 1
            log.warning("change %s conflicts with a colleague's edit of %s", change.id, ", ".join(decision.theirs))
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.rebased:
            log.info("change %s rebased on a colleague's edit of other fields", change.id)
        return decision.verdict

    def _failed_try(self, change: Change, exc: GenukaError, result: PushResult) -> None:
        """Record a try that did not get through; raise when the whole push must stop."""
        if isinstance(exc, AuthError):
            self.store.mark_retry(change.id, exc.message, 0)
            raise AuthPaused(exc.message) from exc
        if isinstance(exc, _TRANSIENT):
            retry_after = exc.retry_after if isinstance(exc, RateLimitedError) else None
            delay = retry_delay(change.attempts + 1, self.policy, retry_after=retry_after)
            self.store.mark_retry(change.id, exc.message, delay)
            result.retried += 1
            result.errors.append(exc.message)
            log.info("change %s not sent (%s); next try in %.1f s", change.id, exc.message, delay)
            # Unreachable or asked to slow down: no point trying the other orders now.
            if isinstance(exc, NetworkError):
                raise Offline(exc.message) from exc
            if isinstance(exc, RateLimitedError):
                raise ServerBusy(exc.message) from exc
            return
        if isinstance(exc, NotFoundError):
            message = "This order no longer exists on the server."
            self.store.mark_failed(change.id, message)
        elif isinstance(exc, ValidationError):
            self.store.mark_failed(change.id, exc.message, exc.field_errors)
        else:
            self.store.mark_failed(change.id, exc.message)
        result.failed += 1
        result.errors.append(exc.message)
        log.warning("change %s refused by the server: %s", change.id, exc.message)
        self.emit(OrdersChanged((change.order_id,)))

    def _failed_tries(
        self, failures: list[tuple[Change, GenukaError]], result: PushResult, hold: list[Change] | None = None
    ) -> None:
        """:meth:`_failed_try` for several changes; stops (after recording all) when one must."""
        stop: StopPush | None = None
        for change, exc in failures:
            try:
                self._failed_try(change, exc, result)
            except StopPush as reason:
                stop = stop or reason
        if stop is not None:
            for change in hold or []:
                self.store.mark_retry(change.id, stop.message, 0)
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
        for change, _ in to_write:
            self.store.mark_sending(change.id)
        crashpoint("push.before_put")
        try:
            await self.client.bulk_update_status(
                [change.order_id for change, _ in to_write],
                shipping=edit.fields.get("shipping.status"),
                billing=edit.fields.get("billing.status"),
                request_id=to_write[0][0].group_id,
            )
        except GenukaError as exc:
            self._failed_tries([(change, exc) for change, _ in to_write], result)
            return
        crashpoint("push.after_put")
        for change, fresh in to_write:
            # The bulk endpoint answers with a message only: keep the fresh body with
            # the change laid on it until the next pull brings the server's own.
            self.store.mark_sent(change.id, Order.from_raw(apply_edit(fresh.raw_view, change.edit), copy_raw=False))
            result.sent += 1
        crashpoint("push.after_mark_sent")
        self.emit(OrdersChanged(tuple(change.order_id for change, _ in to_write)))
