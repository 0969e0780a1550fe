"""What a try's failure means, shared by every kind of operation: retry, stop the round, or refuse.

An operation is never sent twice: a failure that may have reached the
server (no answer, a gateway's 502/503/504, a business 500 with no rollback
promised) keeps the operation "posted", so the next try looks it up before
any resend; a failure that certainly did not (refused, never heard) clears
that mark.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from ...api import (
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
from ...models import Order
from ...models.refusals import GAVE_UP, GONE
from ...store import Change
from ..backoff import retry_delay
from ..events import OrdersChanged
from ..worker import SyncWorker

log = logging.getLogger(__name__)

_TRANSIENT = (NetworkError, ServerError, RateLimitedError, BadResponseError)
# Answers that say a write was not applied (a creation they answer is certainly not on the server).
_REFUSALS = (ValidationError, RefusedError, ForbiddenError, ClientError, AuthError, SetupError, RouteNotFoundError)


def maybe_in_flight(exc: GenukaError) -> bool:
    """Whether a write that failed this way may still be applied by the server later.

    No answer after sending (timeout, reset), or a gateway's 502/503/504: the
    gateway gave up, the application behind it may still be running.
    """
    if isinstance(exc, NetworkError):
        return exc.maybe_sent
    return isinstance(exc, ServerError) and exc.status in (502, 503, 504)


def refused_maybe_applied(exc: GenukaError) -> bool:
    """A business refusal sent as a 500: the steps before the failure may stand (no rollback is promised)."""
    return isinstance(exc, RefusedError) and (exc.status or 0) >= 500


def not_applied(exc: GenukaError) -> bool:
    """Whether a write that failed this way is certainly not on the server: refused, or never heard.

    A business refusal comes as a 500, and the reference promises no rollback
    of the steps that ran before the failure (a payment's billing update, an
    order's lines): it may be applied, so it is looked for before any resend.
    """
    if refused_maybe_applied(exc):
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


class Outcomes(SyncWorker):
    """Records how a try ended on its operation (every kind's failures go through here)."""

    async def read_after_refusal(self, change: Change, exc: GenukaError) -> Order | None:
        """The order read again after a business 500 (None: not such a refusal, or not readable now).

        The reference promises no rollback on a 500: the write may stand. It
        is looked at once, so a write that landed is not shown as refused.
        """
        if not refused_maybe_applied(exc):
            return None
        try:
            return await self.client.get_order(change.order_id)
        except GenukaError:
            return None  # judged at the next try, before any resend (it stays "posted")

    def applied_despite(self, change: Change, exc: GenukaError, landed: Order, result: PushResult) -> None:
        """The write was refused, yet the order read back holds it: sent."""
        self.store.queue.mark_sent(change.id, landed)
        result.already_applied += 1
        log.info("change %s applied despite the server's refusal (%s)", change.id, exc.message)
        self.emit(OrdersChanged((change.order_id,)))

    def write_failed(self, change: Change, exc: GenukaError, result: PushResult) -> None:
        """A write's try failed: when the answer says it was not applied, the change is no longer in doubt."""
        if not_applied(exc):
            self.store.sales.clear_posted(change.id)
        self.failed_try(change, exc, result, sent=True)

    def failed_try(self, change: Change, exc: GenukaError, result: PushResult, *, sent: bool = False) -> None:
        """Record a try that did not get through; raise when the whole push must stop.

        ``sent``: the failure came from the write itself (not the read before it).
        """
        maybe_applied = sent and maybe_in_flight(exc)
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
                self.refused(change, message, {}, result, maybe_applied=maybe_applied)
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
            self.refused(change, GONE, {}, result)
        elif isinstance(exc, ValidationError):
            self.refused(change, exc.message, exc.field_errors, result)
        else:
            self.refused(change, exc.message, {}, result)

    def refused(
        self,
        change: Change,
        message: str,
        field_errors: dict[str, list[str]],
        result: PushResult,
        *,
        maybe_applied: bool = False,
    ) -> None:
        """The server refused the operation: it waits for the clerk with the server's reason."""
        self.store.queue.mark_failed(change.id, message, field_errors, maybe_applied=maybe_applied)
        result.failed += 1
        result.errors.append(message)
        log.warning("change %s refused: %s", change.id, message)
        self.emit(OrdersChanged((change.order_id,)))

    def held(
        self, change: Change, message: str, result: PushResult, hold: Callable[[str, str], None], what: str
    ) -> None:
        """The ``what`` (as the log names it) waits for the clerk with ``message``; ``hold`` marks it in the store."""
        hold(change.id, message)
        result.failed += 1
        result.errors.append(message)
        log.warning("%s of change %s held for the clerk: %s", what, change.id, message)
        self.emit(OrdersChanged((change.order_id,)))

    def failed_tries(
        self,
        failures: list[tuple[Change, GenukaError]],
        result: PushResult,
        hold: list[Change] | None = None,
        *,
        sent: bool = False,
    ) -> None:
        """:meth:`failed_try` for several changes; stops (after recording all) when one must."""
        stop: StopPush | None = None
        for change, exc in failures:
            try:
                self.failed_try(change, exc, result, sent=sent)
            except StopPush as reason:
                stop = stop or reason
        if stop is not None:
            for change in hold or []:
                self.store.queue.mark_retry(change.id, stop.message, 0)
            raise stop
