"""The sync engine: push then pull, online/offline, and the background loop."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..api import AuthError, GenukaClient, GenukaError, NetworkError
from ..store import ChangeState, LocalStore, SenderLock, StoreError
from .backoff import SyncPolicy
from .catalog_pull import CatalogPuller
from .discount_pull import DiscountPuller
from .events import AuthRequired, ConnectivityChanged, Event, SyncFinished, queue_event
from .pull import Puller
from .push import AuthPaused, Offline, Pusher, PushResult, StopPush
from .till_pull import TillPuller

log = logging.getLogger(__name__)

SENDER_ELSEWHERE = "Another genuka-desk (process {pid}) is sending this profile's changes; they are in its hands."


@dataclass
class SyncReport:
    """What :meth:`SyncEngine.sync` did, and what is left."""

    sent: int = 0
    already_applied: int = 0
    pulled: int = 0
    changed: int = 0
    conflicts: int = 0
    failed: int = 0
    remaining: int = 0
    offline: bool = False
    auth_required: bool = False
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Seconds until a change whose last try got no answer may be checked and sent (0: none waits so).
    settling: float = 0.0
    # Another process (pid, when known; 0 when not) is sending this profile's changes: nothing was done.
    sender_elsewhere: int | None = None

    @property
    def complete(self) -> bool:
        """Everything queued reached the server."""
        return self.remaining == 0 and self.error is None


class SyncEngine:
    """Pushes the queue and pulls changes through one client into one store."""

    def __init__(
        self,
        store: LocalStore,
        client: GenukaClient,
        *,
        policy: SyncPolicy | None = None,
        emit: Callable[[Event], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        store.files.server_now = client.server_time  # the cache tells bodies read in the second they were written
        self.policy = policy or SyncPolicy().from_environment()
        self._emit = emit or (lambda event: None)
        self.online: bool | None = None  # None: not known yet
        self.auth_paused = False
        self._lock = asyncio.Lock()
        self.sender = SenderLock(store.folder)
        self._wake = asyncio.Event()
        self._last_pull = 0.0
        self.last_success: datetime | None = None
        self.pusher = Pusher(store, client, self.policy, self._emit)
        self.puller = Puller(store, client, self.policy, self._emit)
        self.catalog = CatalogPuller(store, client, self.policy, self._emit)
        self.discounts = DiscountPuller(store, client, self.policy, self._emit)  # pulled with the catalogue
        self.till = TillPuller(store, client, self.policy, self._emit)

    def set_online(self, online: bool, reason: str = "") -> None:
        """Record reachability; tell listeners when it flips."""
        if online != self.online:
            self.online = online
            log.info("server %s%s", "reachable" if online else "unreachable", f": {reason}" if reason else "")
            self._emit(ConnectivityChanged(online, reason))

    def resume_auth(self) -> None:
        """A new login happened: sync may go on."""
        self.auth_paused = False
        self.wake()

    def wake(self) -> None:
        """Ask the background loop to sync now (a change was queued, or the clerk asked)."""
        self._wake.set()

    async def sync(self, *, full: bool = False, pull: bool = True, force: bool = True) -> SyncReport:
        """Push, then pull; one round at a time.

        ``force`` (a clerk's "sync now", or the server coming back) tries every
        waiting change at once; the background loop respects each one's backoff.
        """
        async with self._lock:
            if self.sender.acquire():
                try:
                    report = await self._sync(full=full, pull=pull, force=force)
                finally:
                    self.sender.release()
            else:
                # One sender per profile: two would both read a change as waiting and both send it.
                holder = self.sender.holder() or 0
                report = SyncReport(sender_elsewhere=holder)
                report.error = SENDER_ELSEWHERE.format(pid=holder or "?")
                log.info("another process (pid %s) is sending this profile's changes", holder or "?")
        counts = self.store.queue.counts()
        report.remaining = sum(counts[s] for s in (ChangeState.PENDING, ChangeState.SENDING, ChangeState.FAILED))
        report.remaining += counts[ChangeState.CONFLICT]
        report.settling = self.settling()
        if report.error is None:
            self.last_success = datetime.now(UTC)
        self._emit(queue_event(self.store))
        self._emit(
            SyncFinished(
                sent=report.sent + report.already_applied,
                pulled=report.changed,
                remaining=report.remaining,
                conflicts=counts[ChangeState.CONFLICT],
                failed=counts[ChangeState.FAILED],
                error=report.error,
                warnings=tuple(report.warnings),
            )
        )
        return report

    async def _sync(self, *, full: bool, pull: bool, force: bool) -> SyncReport:
        report = SyncReport()
        if self.auth_paused:
            report.auth_required = True
            report.error = "Log in again to send and receive changes."
            return report
        self.store.queue.requeue_interrupted()
        try:
            pushed = await self.pusher.push(force=force)
            self._count(report, pushed)
            if pull:
                pulled = await self.puller.pull(full=full)
                report.pulled, report.changed = pulled.fetched, pulled.changed
                await self._pull_catalog(full)
                await self._pull_till()
                self._last_pull = time.monotonic()
                # Changes whose turn came during the pull (the order's earlier change went out).
                self._count(report, await self.pusher.push())
            self.set_online(True)
            # Sent changes are history after a while: the queue file and the History tab stay small.
            pruned = self.store.queue.prune_sent(time.time() - self.policy.keep_sent_days * 86400)
            if pruned:
                log.info("forgot %d changes sent more than %g days ago", pruned, self.policy.keep_sent_days)
        except AuthPaused as exc:
            self._pause(report, exc.message)
        except AuthError as exc:
            self._pause(report, exc.message)
        except Offline as exc:
            report.offline, report.error = True, exc.message
            self.set_online(False, exc.message)
        except NetworkError as exc:
            report.offline, report.error = True, exc.message
            self.set_online(False, exc.message)
        except StopPush as exc:
            report.error = exc.message
        except GenukaError as exc:
            # A pull that failed (server error, odd body): the queue is untouched.
            report.error = exc.message
            log.warning("sync stopped: %s", exc.message)
        return report

    async def _pull_catalog(self, full: bool) -> None:
        """The catalogue and customers: a refusal or an odd answer there never stops the orders' sync."""
        try:
            await self.catalog.pull(full=full)
            await self.discounts.pull(full=full)
        except (AuthError, NetworkError):
            raise
        except GenukaError as exc:
            log.warning("the catalogue was not refreshed: %s", exc.message)

    async def _pull_till(self) -> None:
        """The till's facts: a refusal or an odd answer there never stops the orders' sync."""
        try:
            await self.till.pull()
        except (AuthError, NetworkError):
            raise
        except GenukaError as exc:
            log.warning("the till was not refreshed: %s", exc.message)

    @staticmethod
    def _count(report: SyncReport, pushed: PushResult) -> None:
        report.sent += pushed.sent
        report.already_applied += pushed.already_applied
        report.conflicts += pushed.conflicts
        report.failed += pushed.failed
        report.warnings += pushed.errors

    def _pause(self, report: SyncReport, message: str) -> None:
        self.auth_paused = True
        report.auth_required = True
        report.error = message
        log.warning("sync paused: the server refused the token")
        self._emit(AuthRequired(message))

    async def probe(self) -> bool:
        """One light request: is the server reachable (and the token good)?"""
        try:
            await self.client.ping()
        except AuthError as exc:
            self.set_online(True)
            self.auth_paused = True
            self._emit(AuthRequired(exc.message))
            return True
        except GenukaError as exc:
            if isinstance(exc, NetworkError):
                self.set_online(False, exc.message)
                return False
            self.set_online(True)
            return True
        self.set_online(True)
        return True

    def settling(self) -> float:
        """Seconds until the last change held back by a possibly in-flight try may go (0: none)."""
        now = time.time()
        waits = [
            head.settle_until - now
            for head in self.store.queue.heads()
            if head.state in (ChangeState.PENDING, ChangeState.SENDING) and head.settle_until > now
        ]
        return max(waits, default=0.0)

    def _next_wait(self) -> float:
        """Seconds until something is due: a retry, a pull, or a probe."""
        if self.auth_paused:
            return 3600.0
        if self.online is False:
            return self.policy.probe_interval
        waits = [max(0.0, self.policy.pull_interval - (time.monotonic() - self._last_pull))]
        now = time.time()
        for head in self.store.queue.heads():
            if head.state in (ChangeState.PENDING, ChangeState.SENDING):
                waits.append(max(0.0, head.next_attempt_at - now, head.settle_until - now))
        return max(0.05, min(waits))

    async def run_forever(self) -> None:
        """Sync in the background until cancelled: after edits, on retries, every pull interval."""
        while True:
            try:
                if self.auth_paused or (self.online is False and not await self.probe()):
                    pass
                else:
                    await self.sync()
            except StoreError as exc:
                log.error("sync cannot use the local database: %s", exc.message)
            except asyncio.CancelledError:
                raise
            except Exception:
                # Never let the loop die: log it and try again later.
                log.exception("unexpected error during sync")
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self._next_wait())
            except TimeoutError:
                pass
