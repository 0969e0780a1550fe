"""Opening the till: one cash session on the server per opening, never two for one shift.

Before a try, the account's open sessions are read (the list's
``filter[status]=opened``: ``/active`` leaves out those opened over 24 hours
ago, and a till left open overnight must hold a new opening too).
The desk writes its operation's key in the session's ``metadata``
(``desk_key``, beside the clerk's notes), so a session opened by an earlier
try whose answer was lost is recognised as ours and never opened again. A
session open on the account that is not ours (a colleague's till, or one
left open) holds the opening for the clerk: take that session over, or
discard this opening.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ...api import GenukaError, ValidationError
from ...api.cash_register import CashRegister
from ...api.server_clock import clock_skew
from ...models.held import TILL_OPEN_ELSEWHERE
from ...models.till import CashSession, count_details, sent_body
from ...store import Change
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult, not_applied, refused_maybe_applied
from .rules import OperationRules

log = logging.getLogger(__name__)
RECENT = 50  # sessions looked through for ours when it is no longer among the open ones
CLOCK_MARGIN = 120.0  # seconds of slack on the server's clock (as its Date header says it)


def open_body(change: Change) -> dict[str, Any]:
    """The documented open body of a queued opening, with the operation's key in its metadata."""
    intent = change.till or {}
    counts = {str(k): int(v) for k, v in (intent.get("counts") or {}).items()}
    body: dict[str, Any] = {"treasury_account_id": intent["account_id"], "balance_start": intent["balance_start"]}
    details = count_details(counts)
    if details:
        body["cash_count_details"] = details
    metadata: dict[str, Any] = {"desk_key": change.key}
    if intent.get("notes"):
        metadata["notes"] = str(intent["notes"])[:500]
    body["metadata"] = metadata
    return body


class TillOpenRules(OperationRules[list[CashSession]]):
    """``till_open`` operations."""

    async def read(self, change: Change) -> list[CashSession] | None:
        """The sessions open on the till's account, however old."""
        account = (change.till or {}).get("account_id")
        found = await CashRegister(self.client).open_sessions(str(account) if account else None)
        crashpoint("push.after_get")
        return found

    async def look_up(self, change: Change, fresh: list[CashSession] | None, result: PushResult) -> bool:
        """Ours among the open sessions (or, after a try, among the recent ones): settled, not opened again."""
        ours = next((s for s in fresh or [] if s.desk_key() == change.key), None)
        if ours is None and change.posted:
            try:
                page = await CashRegister(self.client).sessions(per_page=RECENT)
            except GenukaError as exc:  # judged at the next try; the rest of the queue goes on
                self.outcomes.failed_try(change, exc, result)
                return True
            ours = next((s for s in page.items if s.desk_key() == change.key), None)
        if ours is None and change.posted:
            ours = self._same_opening(change, fresh or [])
        if ours is None:
            return False
        log.info("till %s was already opened on the server as %s; not opened again", change.local_id, ours.id)
        self.store.till.settle_open(change.id, sent_body(ours))
        result.already_applied += 1
        self.emit(OrdersChanged((change.order_id,)))
        return True

    def _same_opening(self, change: Change, active: list[CashSession]) -> CashSession | None:
        """On a server that does not keep the session's metadata (no ``desk_key`` on any session): ours by its facts.

        An open session on the till's account, with no key of its own, of our
        opening amount, opened since the clerk opened the till here. Only ever
        asked after a try that may have landed.
        """
        intent = change.till or {}
        start = Decimal(str(intent.get("balance_start") or 0))
        skew = clock_skew(self.client.server_clock) or 0.0  # the server's clock, from its answers' Date header
        since = datetime.fromtimestamp(change.created_at + skew - CLOCK_MARGIN, UTC)
        for session in active:
            opened = session.opened_at
            if (
                session.open
                and session.desk_key() is None
                and str(session.treasury_account_id or "") == str(intent.get("account_id") or "")
                and session.balance_start == start
                and opened is not None
                and opened >= since
            ):
                log.warning(
                    "till %s: the server kept no key; session %s taken as ours by its facts",
                    change.local_id,
                    session.id,
                )
                return session
        return None

    def decide(self, change: Change, fresh: list[CashSession] | None, result: PushResult) -> bool:
        """Held when another session is open on the account: one till, one session."""
        other = next((s for s in fresh or [] if s.open and s.desk_key() != change.key), None)
        if other is None:
            return True
        who = (other.user.name if other.user else None) or "someone"
        at = other.opened_at.isoformat(timespec="minutes") if other.opened_at else "?"
        message = TILL_OPEN_ELSEWHERE.format(who=who, at=at, start=other.balance_start)
        if change.posted:
            # An earlier try got no answer, and the look-up (past its settle window, among the open and the
            # recent sessions) found it nowhere: it was not applied, so the clerk may take over or drop it.
            self.store.sales.clear_posted(change.id)
        self.store.till.hold(change.id, message)
        result.failed += 1
        result.errors.append(message)
        log.warning("till %s not opened: session %s is open on its account", change.local_id, other.id)
        self.emit(OrdersChanged((change.order_id,)))
        return False

    async def _opened_meanwhile(self, change: Change, result: PushResult) -> bool:
        """The server refused a second session on the account (another desk opened it at that moment): held
        with who opened it and when, as when the read before the try shows it (take over, or drop)."""
        again = self.store.queue.change(change.id)
        if again is None:
            return False
        try:
            fresh = await self.read(again)
        except GenukaError:
            return False
        return not self.decide(again, fresh, result)

    async def send(self, change: Change, fresh: list[CashSession] | None, result: PushResult) -> None:
        """Open it with the key in its metadata."""
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            session = await CashRegister(self.client).open(open_body(change), request_id=change.key)
        except GenukaError as exc:
            if not_applied(exc):
                self.store.sales.clear_posted(change.id)  # refused, or never heard: no session was opened
                if isinstance(exc, ValidationError) and await self._opened_meanwhile(change, result):
                    return
            elif refused_maybe_applied(exc) and await self.read_back(change, result):
                return
            self.outcomes.failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self.store.till.settle_open(change.id, sent_body(session))
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("till %s opened on the server as %s", change.local_id, session.id)
        self.emit(OrdersChanged((change.order_id,)))
