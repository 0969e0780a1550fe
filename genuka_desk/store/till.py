"""The till's cash sessions opened at this desk, and their opening and closing as operations of the queue.

A session has a local id (``till-...``) from the moment the clerk opens the
till, offline included, and the server's id once the server opened it. Its
opening and its closing are operations (``till_open``, ``till_close``) under
the queue's subject ``till:<local id>``, so they go in turn, oldest first,
exactly once (``sync/operations/till_open.py``, ``till_close.py``). The
one-transaction rule holds here as for orders: the session's row and its
operation are written together, or not at all.

The till's history is kept here too: the sessions the server lists (opened
on other desks or on the web, ``from_list``) are rows without operations,
never the till's current session; and what a Z report read of a session
(its transactions and audit history, the manager's note given here) stays
for the next report offline.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .change_queue import ChangeQueue
from .changes import ACTIVE_STATES, TILL_PREFIX, Change, ChangeKind, ChangeState, dumps
from .files import StoreFiles
from .rows import decode_body, sortable_time
from .till_rows import (
    CLOSED,
    CLOSING,
    COLUMNS,
    LIVE,
    OPENED,
    PENDING_APPROVAL,
    TillSession,
    insert,
    server_row,
    session_of,
)

__all__ = ["CLOSED", "CLOSING", "OPENED", "PENDING_APPROVAL", "TillSession", "TillStore"]

LOCAL_PREFIX = "till-"
QUEUED_PAYMENT = "desk-pay-"  # the id a payment taken here shows until the server's order holds it (models.payment)


class TillStore:
    """The ``till_sessions`` table of ``queue.sqlite3`` and the till's operations in the queue."""

    def __init__(self, files: StoreFiles, queue: ChangeQueue) -> None:
        self.files = files
        self.queue = queue
        queue.discarders[ChangeKind.TILL_OPEN] = self._discard_open
        queue.discarders[ChangeKind.TILL_CLOSE] = self._discard_close

    # -- reading ---------------------------------------------------------------

    def session(self, local_id: str) -> TillSession | None:
        """One session by its local id (or its server id)."""
        with self.files.guard() as conn:
            return self._session_in(conn, local_id)

    @staticmethod
    def _session_in(conn: sqlite3.Connection, key: str) -> TillSession | None:
        row = conn.execute(
            f"SELECT {COLUMNS} FROM main.till_sessions WHERE local_id = ? OR server_id = ?", (key, key)
        ).fetchone()
        return None if row is None else session_of(row)

    def live(self, account_id: str | None = None) -> TillSession | None:
        """The session the till shows now, on ``account_id`` if given: the one open, else the newest not settled.

        A shift closed and waiting for a manager (or for the sync) no longer
        stands in the way of the next one: once that is open, it is the one shown.
        """
        with self.files.guard() as conn:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM main.till_sessions WHERE status IN (?, ?, ?) AND from_list = 0 "
                "AND (? IS NULL OR account_id = ?) ORDER BY status = ? DESC, opened_at DESC LIMIT 1",
                (*LIVE, account_id, account_id, OPENED),
            ).fetchone()
        return None if row is None else session_of(row)

    def desk_account(self) -> str | None:
        """The cash account this desk's till counts: that of the last session opened (or taken over) here.

        A shop with two drawers mirrors the other desk's session too: the till
        shown and closed here must be this desk's, never the colleague's.
        """
        with self.files.guard() as conn:
            row = conn.execute(
                "SELECT s.account_id FROM main.till_sessions s WHERE s.from_list = 0 AND EXISTS "
                "(SELECT 1 FROM main.changes c WHERE c.order_id = ? || s.local_id AND c.kind = ?) "
                "ORDER BY s.opened_at DESC LIMIT 1",
                (TILL_PREFIX, ChangeKind.TILL_OPEN.value),
            ).fetchone()
        return None if row is None else str(row[0])

    def sessions(self, limit: int = 100) -> list[TillSession]:
        """The sessions known here, newest opening first: this desk's and those the server lists (the history)."""
        with self.files.guard() as conn:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM main.till_sessions ORDER BY opened_at DESC LIMIT ?", (limit,)
            ).fetchall()
        return [session_of(r) for r in rows]

    def cash_taken(
        self, account_id: str, since: float, after: float | None = None, until: float | None = None
    ) -> Decimal:
        """The cash queued at this desk onto ``account_id`` from ``since`` to ``until`` that the server may not count.

        A payment still waiting counts; one sent counts only if it was sent
        after ``after`` (when the server's expected balance was last read).
        Cash taken after ``until`` (the session's close) is the next shift's.
        """
        with self.files.guard() as conn:
            rows = conn.execute(
                "SELECT intent, state, sent_at FROM main.changes WHERE kind = ? AND created_at >= ? "
                "AND created_at < ? AND json_extract(intent, '$.treasury_account_id') = ? "
                "AND lower(json_extract(intent, '$.method')) = 'cash'",
                (ChangeKind.PAYMENT.value, since, until if until is not None else float("inf"), account_id),
            ).fetchall()
        total = Decimal(0)
        for intent, state, sent_at in rows:
            if state == ChangeState.SENT.value and (after is None or (sent_at or 0) <= after):
                continue
            total += Decimal(str(json.loads(intent).get("amount") or 0))
        return total

    def payments_between(self, start: float, end: float | None = None) -> list[dict[str, Any]]:
        """The payments the cached orders show made between ``start`` and ``end`` (seconds; None: now).

        Read from the orders changed since ``start`` (a payment changes its
        order), as the clerk sees them (queued payments included).
        """
        # The server keeps whole seconds: a payment in the session's first second shows at that second.
        since = sortable_time(datetime.fromtimestamp(int(start), UTC))
        until = sortable_time(datetime.fromtimestamp(end if end is not None else time.time() + 1, UTC))
        out: list[dict[str, Any]] = []
        with self.files.read() as conn:
            # Two indexed reads (the orders changed since, the orders with changes laid on them), not one
            # OR that would scan every order.
            rows = dict(
                conn.execute(
                    "SELECT id, coalesce(local_body, server_body) FROM cache.orders WHERE updated_at >= ?", (since,)
                ).fetchall()
            )
            rows.update(
                conn.execute(
                    "SELECT id, coalesce(local_body, server_body) FROM cache.orders "
                    "WHERE pending > 0 OR local_body IS NOT NULL"
                ).fetchall()
            )
            # A payment taken here and not sent yet shows its day only: when it was taken is its operation's.
            taken = dict(
                conn.execute(
                    "SELECT json_extract(intent, '$.key'), created_at FROM main.changes WHERE kind = ? AND state IN "
                    f"({', '.join('?' for _ in ACTIVE_STATES)})",
                    (ChangeKind.PAYMENT.value, *(s.value for s in ACTIVE_STATES)),
                ).fetchall()
            )
        last = end if end is not None else time.time() + 1
        for blob in rows.values():
            body = decode_body(blob)
            for payment in body.get("payments") or []:
                if not isinstance(payment, dict) or payment.get("deleted_at"):
                    continue
                payment_id = str(payment.get("id") or "")
                if payment_id.startswith(QUEUED_PAYMENT):
                    at = taken.get(payment_id.removeprefix(QUEUED_PAYMENT))
                    if at is not None and start <= at < last:  # our own clock: not a morning sale in the afternoon
                        out.append(payment)
                    continue
                when = sortable_time(payment.get("created_at") or payment.get("paid_at"))
                if when and since <= when < until:
                    out.append(payment)
        return out

    # -- the clerk's acts, each one transaction --------------------------------

    def open(
        self,
        account_id: str,
        account_label: str,
        currency: str,
        counts: dict[str, int],
        balance_start: Decimal,
        notes: str = "",
    ) -> TillSession:
        """Open the till: the session shown at once and its opening queued (ValueError: one is open already)."""
        local_id = LOCAL_PREFIX + uuid.uuid4().hex
        clerk = self.queue.clerk.name if self.queue.clerk else ""
        with self.files.write() as conn:
            if self._open_in(conn, account_id) is not None:
                raise ValueError("The till is already open on this account: close it before opening another.")
            insert(
                conn,
                {
                    "local_id": local_id,
                    "account_id": account_id,
                    "account_label": account_label,
                    "currency": currency,
                    "status": OPENED,
                    "opened_at": time.time(),
                    "opened_by": clerk,
                    "balance_start": str(balance_start),
                    "open_counts": json.dumps(counts),
                    "open_notes": notes,
                },
            )
            intent = {"account_id": account_id, "balance_start": balance_start, "counts": counts, "notes": notes}
            self.queue.insert_change(
                conn,
                str(uuid.uuid4()),
                TILL_PREFIX + local_id,
                account_label,
                ChangeKind.TILL_OPEN,
                intent=dumps(intent),
                base={"posted": 0},
            )
            session = self._session_in(conn, local_id)
        assert session is not None
        return session

    def close(
        self,
        local_id: str,
        counts: dict[str, int],
        balance_counted: Decimal,
        reason: str | None,
        notes: str = "",
    ) -> TillSession:
        """Close the till with the count: shown as closing at once, the close queued behind the opening."""
        clerk = self.queue.clerk.name if self.queue.clerk else ""
        with self.files.write() as conn:
            session = self._session_in(conn, local_id)
            if session is None:
                raise KeyError(local_id)
            if session.status != OPENED:
                raise ValueError("This till is not open: it cannot be closed again.")
            conn.execute(
                "UPDATE main.till_sessions SET status = ?, closed_at = ?, closed_by = ?, balance_counted = ?, "
                "close_counts = ?, reason = ?, close_notes = ? WHERE local_id = ?",
                (CLOSING, time.time(), clerk, str(balance_counted), json.dumps(counts), reason, notes, local_id),
            )
            intent: dict[str, Any] = {"balance_counted": balance_counted, "counts": counts, "notes": notes}
            if reason:
                intent["difference_reason"] = reason
            self.queue.insert_change(
                conn,
                str(uuid.uuid4()),
                session.subject,
                session.account_label,
                ChangeKind.TILL_CLOSE,
                intent=dumps(intent),
                base={"posted": 0},
                acts_on=session.server_id,
            )
            closed = self._session_in(conn, local_id)
        assert closed is not None
        return closed

    # -- what the sync learnt, each with the operation it settles ----------------

    def settle_open(self, change_id: str, server: dict[str, Any]) -> None:
        """The server opened the session (or it was found opened by an earlier try): its id, at once everywhere."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            server_id = str(server.get("id") or "")
            local_id = change.order_id.removeprefix(TILL_PREFIX)
            self.queue.settle_sent(conn, change_id, None, server_id=server_id or None)
            conn.execute("UPDATE main.changes SET server_id = ? WHERE order_id = ?", (server_id, change.order_id))
            self._keep_server(conn, local_id, server, None, status=None)
            self._forget_listed(conn, server_id, local_id)
            conn.execute("UPDATE main.till_sessions SET server_id = ? WHERE local_id = ?", (server_id, local_id))

    def settle_close(self, change_id: str, server: dict[str, Any], summary: dict[str, Any] | None) -> None:
        """The server closed the session: its status (closed, or waiting for a manager) and figures kept."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            self.queue.settle_sent(conn, change_id, None)
            status = str(server.get("status") or "")
            self._keep_server(
                conn, change.order_id.removeprefix(TILL_PREFIX), server, summary, status=status or PENDING_APPROVAL
            )

    def keep_server(self, key: str, server: dict[str, Any], summary: dict[str, Any] | None = None) -> None:
        """The server's copy of a session read now (a refresh, an approval, a rejection): its status follows."""
        with self.files.write() as conn:
            session = self._session_in(conn, key)
            if session is None:
                return
            status = str(server.get("status") or "") or None
            if session.status == CLOSING and status == OPENED:
                status = None  # our close is still on its way: the server has not had it yet
            self._keep_server(conn, session.local_id, server, summary, status=status)

    def mirror(self, server: dict[str, Any], account_label: str, currency: str) -> TillSession:
        """A session opened elsewhere (another desk, the dashboard) on one of the shop's cash accounts, shown here.

        No operation is queued for it: it is the server's; closing it from
        here queues a close like any other.
        """
        server_id = str(server.get("id") or "")
        account_id = str(server.get("treasury_account_id") or "")
        with self.files.write() as conn:
            known = self._session_in(conn, server_id)
            live = self._live_in(conn, account_id)
            if known is not None and known.from_list:
                # Seen in the history first: it is open on the shop's till now, so the till shows it.
                conn.execute("UPDATE main.till_sessions SET from_list = 0 WHERE local_id = ?", (known.local_id,))
            if known is None and live is not None:
                # This desk's own session on that account (its opening may be on its way, or held):
                # its operations settle which server session it is, never a second row.
                session = self._session_in(conn, live)
                assert session is not None
                return session
            if known is None:
                local_id = LOCAL_PREFIX + uuid.uuid4().hex
                insert(conn, server_row(local_id, server, account_label, currency))
                self._keep_server(conn, local_id, server, None, status=None)
            session = self._session_in(conn, server_id)
        assert session is not None
        return session

    def remember(self, listed: list[dict[str, Any]], labels: dict[str, str], currency: str) -> int:
        """The server's list of sessions kept as the till's history; returns how many were new here.

        A session known here takes the server's copy (its status follows,
        as on a refresh). One not known is kept as history (``from_list``),
        except an open one on an account whose till this desk holds (its
        opening may be that very session, on its way: the opening's rules
        settle it, never a second row). ``labels`` names the accounts.
        """
        added = 0
        with self.files.write() as conn:
            for server in listed:
                server_id = str(server.get("id") or "")
                if not server_id:
                    continue
                known = self._session_in(conn, server_id)
                if known is not None:
                    status = str(server.get("status") or "") or None
                    if known.status == CLOSING and status == OPENED:
                        status = None  # our close is on its way
                    self._keep_server(conn, known.local_id, server, None, status=status)
                    continue
                account_id = str(server.get("treasury_account_id") or "")
                if str(server.get("status") or "") == OPENED and self._live_in(conn, account_id) is not None:
                    continue
                account = server.get("treasury_account") if isinstance(server.get("treasury_account"), dict) else {}
                label = labels.get(account_id) or str((account or {}).get("label") or "")
                local_id = LOCAL_PREFIX + uuid.uuid4().hex
                insert(conn, server_row(local_id, server, label, currency) | {"from_list": 1})
                self._keep_server(conn, local_id, server, None, status=None)
                added += 1
        return added

    def keep_details(
        self,
        key: str,
        transactions: list[dict[str, Any]],
        events: list[dict[str, Any]],
    ) -> None:
        """A session's transactions and audit history as the server gave them now (for the next report offline)."""
        with self.files.write() as conn:
            conn.execute(
                "UPDATE main.till_sessions SET transactions = ?, events = ?, details_at = ? "
                "WHERE local_id = ? OR server_id = ?",
                (dumps(transactions), dumps(events), time.time(), key, key),
            )

    def details(self, key: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]] | None:
        """A session's transactions and audit history as last read (None: never read here)."""
        with self.files.guard() as conn:
            row = conn.execute(
                "SELECT transactions, events FROM main.till_sessions "
                "WHERE (local_id = ? OR server_id = ?) AND details_at IS NOT NULL",
                (key, key),
            ).fetchone()
        if row is None:
            return None
        transactions, events = (json.loads(blob) if blob else [] for blob in row)
        return list(transactions), list(events)

    def note_review(self, key: str, note: str) -> None:
        """The note a manager gave here on approving a difference, or the reason for rejecting a closure."""
        with self.files.write() as conn:
            conn.execute(
                "UPDATE main.till_sessions SET review_note = ? WHERE local_id = ? OR server_id = ?", (note, key, key)
            )

    def hold(self, change_id: str, message: str) -> None:
        """A till operation waits for the clerk with ``message`` (a Retry looks at the server again first)."""
        with self.files.write() as conn:
            self.queue.update_change(
                conn, change_id, state=ChangeState.FAILED.value, last_error=message, settle_until=0
            )

    def adopt(self, change_id: str, server: dict[str, Any]) -> TillSession:
        """The clerk takes the session already open on the server instead of opening a second one.

        The held opening is dropped and the local session becomes the
        server's (its count stays as this desk's note), in one transaction.
        """
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.kind is not ChangeKind.TILL_OPEN or change.posted or change.state is ChangeState.SENT:
                raise ValueError("Only an opening the server never got can take over the session open there.")
            local_id = change.order_id.removeprefix(TILL_PREFIX)
            server_id = str(server.get("id") or "")
            conn.execute("DELETE FROM main.changes WHERE id = ?", (change_id,))
            conn.execute("UPDATE main.changes SET server_id = ? WHERE order_id = ?", (server_id, change.order_id))
            self._forget_listed(conn, server_id, local_id)
            start = str(server.get("balance_start") or 0)
            # This desk's count stays only if it is the session's: else the Z's opening lines would not add up.
            conn.execute(
                "UPDATE main.till_sessions SET server_id = ?, "
                "open_counts = CASE WHEN CAST(balance_start AS REAL) = CAST(? AS REAL) THEN open_counts ELSE '{}' END, "
                "balance_start = ? WHERE local_id = ?",
                (server_id, start, start, local_id),
            )
            self._keep_server(conn, local_id, server, None, status=str(server.get("status") or OPENED))
            session = self._session_in(conn, local_id)
        assert session is not None
        return session

    def _keep_server(
        self,
        conn: sqlite3.Connection,
        local_id: str,
        server: dict[str, Any],
        summary: dict[str, Any] | None,
        *,
        status: str | None,
    ) -> None:
        if status == OPENED:
            # Open again on the server after a close (a manager rejected the count): the count is gone there,
            # and the cash taken from now on is this session's again.
            conn.execute(
                "UPDATE main.till_sessions SET closed_at = NULL, closed_by = '', balance_counted = NULL, "
                "close_counts = NULL, reason = NULL, close_notes = '' WHERE local_id = ? AND status IN (?, ?)",
                (local_id, PENDING_APPROVAL, CLOSED),
            )
        # The answers to a close, an approval or a rejection may be partial (the reference's examples are):
        # what they leave out is kept from the last read, and the figures count as read now only when
        # the answer carries the expected balance (the cash sent since the last read still counts on top).
        row = conn.execute("SELECT server_body FROM main.till_sessions WHERE local_id = ?", (local_id,)).fetchone()
        try:
            kept = json.loads(row[0]) if row and row[0] else {}
        except ValueError:
            kept = {}
        if not isinstance(kept, dict):
            kept = {}
        merged = {**kept, **server}
        fresh = server.get("balance_expected") is not None or not kept
        conn.execute(
            "UPDATE main.till_sessions SET server_body = ?, summary = coalesce(?, summary), "
            "read_at = CASE WHEN ? THEN ? ELSE read_at END, status = coalesce(?, status) WHERE local_id = ?",
            (dumps(merged), None if summary is None else dumps(summary), fresh, time.time(), status, local_id),
        )

    @staticmethod
    def _forget_listed(conn: sqlite3.Connection, server_id: str, local_id: str) -> None:
        """The history's row of a session that turns out to be this desk's: one row per session, never two."""
        if server_id:
            conn.execute(
                "DELETE FROM main.till_sessions WHERE server_id = ? AND local_id != ? AND from_list = 1",
                (server_id, local_id),
            )

    @staticmethod
    def _live_in(conn: sqlite3.Connection, account_id: str) -> str | None:
        row = conn.execute(
            "SELECT local_id FROM main.till_sessions WHERE account_id = ? AND status IN (?, ?, ?) AND from_list = 0",
            (account_id, *LIVE),
        ).fetchone()
        return None if row is None else str(row[0])

    @staticmethod
    def _open_in(conn: sqlite3.Connection, account_id: str) -> str | None:
        """The session open on the account (cash lands in it); one closing or awaiting approval does not count."""
        row = conn.execute(
            "SELECT local_id FROM main.till_sessions WHERE account_id = ? AND status = ? AND from_list = 0",
            (account_id, OPENED),
        ).fetchone()
        return None if row is None else str(row[0])

    # -- dropping what the server never got --------------------------------------

    def _discard_open(self, change_id: str) -> Change:
        """An opening never sent: the session goes with it (and a close queued behind it)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING) or change.posted:
                raise ValueError("This till may already be open on the server: it cannot be dropped before a check.")
            conn.execute("DELETE FROM main.changes WHERE order_id = ?", (change.order_id,))
            conn.execute(
                "DELETE FROM main.till_sessions WHERE local_id = ?", (change.order_id.removeprefix(TILL_PREFIX),)
            )
            return change

    def _discard_close(self, change_id: str) -> Change:
        """A close never sent: the till is open again for a recount."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING) or change.posted:
                raise ValueError("This close may already be on the server: it cannot be dropped before a check.")
            conn.execute("DELETE FROM main.changes WHERE id = ?", (change_id,))
            conn.execute(
                "UPDATE main.till_sessions SET status = ?, closed_at = NULL, closed_by = '', balance_counted = NULL, "
                "close_counts = NULL, reason = NULL, close_notes = '' WHERE local_id = ?",
                (OPENED, change.order_id.removeprefix(TILL_PREFIX)),
            )
            return change
