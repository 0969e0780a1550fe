"""Closing the till: sent only to a session still open, once.

Before a try, the session is read. Closed already with our count after a try
that may have landed: that was ours, settled. Closed otherwise (a colleague,
the dashboard): the close waits for the clerk. Open: the count goes, and the
answer says whether a manager must approve the difference.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from ...api import GenukaError
from ...api.cash_register import CashRegister
from ...models.held import TILL_CLOSED_ELSEWHERE, TILL_NEVER_OPENED
from ...models.till import CashSession, SessionSummary, count_details, sent_body
from ...store import Change
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult
from .rules import OperationRules

log = logging.getLogger(__name__)
SAME_TRY = 2.0  # seconds: the server's whole-second stamps against this desk's estimate of its clock


def close_body(change: Change) -> dict[str, Any]:
    """The documented close body of a queued close."""
    intent = change.till or {}
    body: dict[str, Any] = {"balance_counted": intent["balance_counted"]}
    if intent.get("difference_reason"):
        body["difference_reason"] = intent["difference_reason"]
    if intent.get("notes"):
        body["notes"] = str(intent["notes"])[:1000]
    details = count_details({str(k): int(v) for k, v in (intent.get("counts") or {}).items()})
    if details:
        body["cash_count_details"] = details
    return body


def _dump(model: CashSession | SessionSummary | None) -> dict[str, Any] | None:
    return None if model is None else model.model_dump(mode="json")


class TillCloseRules(OperationRules[tuple[CashSession, SessionSummary | None]]):
    """``till_close`` operations."""

    async def read(self, change: Change) -> tuple[CashSession, SessionSummary | None] | None:
        """The session as the server holds it (None: its opening never reached the server)."""
        server_id = change.server_id or self._server_id(change)
        if not server_id:
            return None
        found = await CashRegister(self.client).session(server_id)
        crashpoint("push.after_get")
        return found

    def _server_id(self, change: Change) -> str | None:
        session = self.store.till.session(change.local_id)
        return None if session is None else session.server_id

    async def look_up(
        self, change: Change, fresh: tuple[CashSession, SessionSummary | None] | None, result: PushResult
    ) -> bool:
        """After a try: the session closed with our count is ours, settled."""
        if fresh is None or not change.posted:
            return False
        session, summary = fresh
        if session.open:
            # Open again: never closed by our try, or closed by it and sent back by a manager for a
            # recount before we heard (then sending the count again would close it twice).
            return await self._sent_back(change, session, summary, result)
        counted = Decimal(str((change.till or {}).get("balance_counted")))
        if session.closed_at is None or session.balance_counted != counted:
            return False
        log.info("till %s was already closed on the server; not closed again", change.local_id)
        self.store.till.settle_close(change.id, sent_body(session), _dump(summary))
        result.already_applied += 1
        self.emit(OrdersChanged((change.order_id,)))
        return True

    async def _sent_back(
        self, change: Change, session: CashSession, summary: SessionSummary | None, result: PushResult
    ) -> bool:
        """Our close landed and was rejected since our last try: ours, settled; the till shows the recount."""
        if session.difference_status != "rejected" or not change.tried_on or not session.id:
            return False
        try:
            events = await CashRegister(self.client).history(str(session.id))
        except GenukaError as exc:  # judged at the next try, before any resend
            self.outcomes.failed_try(change, exc, result)
            return True
        try:
            tried = float(change.tried_on) - SAME_TRY
        except ValueError:
            return False
        if not any(e.action == "closed" and e.created_at and e.created_at.timestamp() >= tried for e in events):
            return False
        log.info("till %s: our close landed and a manager sent it back for a recount", change.local_id)
        self.store.till.settle_close(change.id, sent_body(session), _dump(summary))
        result.already_applied += 1
        self.emit(OrdersChanged((change.order_id,)))
        return True

    def decide(
        self, change: Change, fresh: tuple[CashSession, SessionSummary | None] | None, result: PushResult
    ) -> bool:
        """Sent only to a session still open; else held for the clerk."""
        if fresh is not None and fresh[0].open:
            return True
        if fresh is None:
            message = TILL_NEVER_OPENED
        else:
            session = fresh[0]
            message = TILL_CLOSED_ELSEWHERE.format(status=session.status or "?", counted=session.balance_counted)
            self.store.till.keep_server(change.local_id, sent_body(session), _dump(fresh[1]))
        self.store.till.hold(change.id, message)
        result.failed += 1
        result.errors.append(message)
        log.warning("till %s: close held (%s)", change.local_id, message)
        self.emit(OrdersChanged((change.order_id,)))
        return False

    async def send(
        self, change: Change, fresh: tuple[CashSession, SessionSummary | None] | None, result: PushResult
    ) -> None:
        """The count, once; the answer's status (closed, or waiting for a manager) is kept."""
        assert fresh is not None
        session_id = str(fresh[0].id)
        # The server's time of this try: a close the history shows from then on is this one.
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, tried_on=self.client.server_time())
        crashpoint("push.before_put")
        try:
            answer = await CashRegister(self.client).close(session_id, close_body(change), request_id=change.key)
        except GenukaError as exc:
            await self.write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        closed = answer.session or fresh[0]
        summary = answer.summary
        body = sent_body(closed)
        if answer.requires_approval is not None:
            body.setdefault("requires_approval", answer.requires_approval)
        self.store.till.settle_close(change.id, body, _dump(summary))
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("till %s closed on the server (%s)", change.local_id, closed.status)
        self.emit(OrdersChanged((change.order_id,)))
