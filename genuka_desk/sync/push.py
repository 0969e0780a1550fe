"""Push: send queued operations, one subject at a time, oldest first, never twice.

The pusher picks what is due (the oldest active operation of each order,
past its backoff and its in-flight limit), gathers a bulk status change's
orders into one write, and hands each operation to its kind's rules
(:mod:`.operations`, one module per kind): read what the server holds, look
up an earlier try that may have landed, decide, then send with the
operation's key and settle from the answer. A try that got no answer leaves
the operation alone for the policy's in-flight limit, so a request still
held by the server can never be followed by a second one.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from functools import cached_property
from typing import Any

from ..api import GenukaClient, GenukaError
from ..store import Change, ChangeKind, ChangeState, LocalStore
from .backoff import SyncPolicy
from .events import Event, SyncPhase, SyncProgress, queue_event
from .mobile_push import MobilePush
from .operations import (
    AuthPaused,
    BulkStatus,
    Offline,
    OperationRules,
    OrderEditRules,
    Outcomes,
    PushKit,
    PushResult,
    ServerBusy,
    SetupPaused,
    StopPush,
    rules_for,
)
from .till_turns import waiting_turn
from .worker import SyncWorker

__all__ = ["AuthPaused", "Offline", "PushResult", "Pusher", "ServerBusy", "SetupPaused", "StopPush", "TokenLookup"]

log = logging.getLogger(__name__)

# The token of the clerk who queued an operation, when it is not the desk's and is still good (None: the desk's).
TokenLookup = Callable[[str | None, str], str | None]


class Pusher(SyncWorker):
    """Sends the operation queue through a :class:`GenukaClient`.

    Each operation goes with the token of the clerk who queued it while one
    is kept and good (:attr:`token_for`), so the server's history names who
    made it on a counter PC clerks share; else with the desk's.
    """

    def __init__(
        self, store: LocalStore, client: GenukaClient, policy: SyncPolicy, emit: Callable[[Event], None]
    ) -> None:
        super().__init__(store, client, policy, emit)
        self.token_for: TokenLookup = lambda clerk_id, clerk_name: None  # the service lends the clerks' tokens
        self._refused: set[str] = set()  # tokens the server refused this run: not tried again

    @cached_property
    def mobile(self) -> MobilePush:
        """Sales and payments through Mobile Sync's ``sync/push`` where the server has it (see :mod:`.mobile_push`)."""
        return MobilePush(self.client, self.store)

    @cached_property
    def outcomes(self) -> Outcomes:
        """How a try's failure is recorded (shared by every kind)."""
        return Outcomes(self.store, self.client, self.policy, self.emit)

    @cached_property
    def rules(self) -> dict[ChangeKind, OperationRules[Any]]:
        """Each kind's rules (:mod:`.operations`)."""
        return rules_for(PushKit(self.store, self.client, self.policy, self.emit, self.mobile, self.outcomes))

    @cached_property
    def bulk(self) -> BulkStatus:
        """A bulk status change's batch, in one write."""
        edits = self.rules[ChangeKind.BULK_STATUS]
        assert isinstance(edits, OrderEditRules)
        return BulkStatus(edits, self._push_one)

    def _due(self, tried: set[str], force: bool) -> list[Change]:
        now = float("inf") if force else time.time()
        due = [
            head
            for head in self.store.queue.heads()
            if head.state in (ChangeState.PENDING, ChangeState.SENDING)
            and head.next_attempt_at <= now
            # Never forced: a request that may still be applied must run out first.
            and head.settle_until <= time.time()
            and head.id not in tried
        ]
        later = waiting_turn(self.store, due)  # a close after its shift's cash, a payment after its till's opening
        return [c for c in due if c.id not in later] if later else due

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
                    and (c.clerk_id, c.clerk_name) == (head.clerk_id, head.clerk_name)  # one token per write
                ]
            else:
                batch = [head]
            tried.update(c.id for c in batch)
            self.emit(SyncProgress(SyncPhase.PUSH, done, done + len(due)))
            await self._as_its_clerk(head, batch, result)
            done += len(batch)
            self.emit(queue_event(self.store))
        if done:
            self.emit(SyncProgress(SyncPhase.PUSH, done, done))
        return result

    # -- whose token -------------------------------------------------------

    async def _as_its_clerk(self, head: Change, batch: list[Change], result: PushResult) -> None:
        """Send ``batch`` with the token of the clerk who queued it; a refused one falls back to the desk's."""
        token = await self._clerk_token(head)
        if token is None:
            await self._send(batch, result)
            return
        try:
            with self.client.acting_as(token):
                await self._send(batch, result)
        except AuthPaused:
            # Their token ended or was revoked: the desk's own token is good, so the
            # operation goes with it (nothing was applied under a refused token).
            self._refused.add(token)
            log.info("a clerk's kept token was refused: their operation goes with the desk's token")
            again = [c for c in (self.store.queue.change(c.id) for c in batch) if c is not None]
            due = [c for c in again if c.state in (ChangeState.PENDING, ChangeState.SENDING)]
            if due:
                await self._send(due, result)

    async def _clerk_token(self, change: Change) -> str | None:
        if not (change.clerk_id or change.clerk_name):
            return None  # queued before clerks were recorded: the desk's token
        # The keychain may be slow (a desktop's secret service): read off the loop the window shares.
        token = await asyncio.to_thread(self.token_for, change.clerk_id, change.clerk_name)
        return None if token is None or token in self._refused else token

    async def _send(self, batch: list[Change], result: PushResult) -> None:
        if len(batch) > 1:
            await self.bulk.send_batch(batch, result)
        else:
            await self._push_one(batch[0], result)

    # -- one operation -------------------------------------------------------

    async def _push_one(self, change: Change, result: PushResult) -> None:
        """One operation through its kind's rules: read, look up, decide, send."""
        rules = self.rules[change.kind]
        try:
            fresh = await rules.read(change)
        except GenukaError as exc:
            self.outcomes.failed_try(change, exc, result)
            return
        if await rules.look_up(change, fresh, result):
            return
        if not rules.decide(change, fresh, result):
            return
        await rules.send(change, fresh, result)
