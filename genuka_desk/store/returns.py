"""Returns taken at the desk, and their three operations in the queue: the return, its approval, the money back.

A return has a key here (``desk-ret-...``) from the moment the clerk takes
it, offline included, and the server's id and reference once the server
made it (``desk_returns`` in ``queue.sqlite3``, queue v9). Its operations
(``return``, ``return_approve``, ``refund``) are queued under its order, so
they go in turn behind the order's earlier operations (a sale's creation,
its payment), oldest first: the approval waits for the return, the refund
for the approval. The return's row and its operations are written in one
transaction, with the order's overlay (the approval lowers the total, the
refund the payment: ``models.return_effects``).
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import models as _models
from .cache import OrderCache
from .change_queue import ChangeQueue
from .changes import Change, ChangeKind, ChangeState, Clerk, dumps
from .files import StoreFiles

LOCAL_PREFIX = "desk-ret-"
COLUMNS = (
    "key, order_id, server_id, reference, status, lines, comment, value, refund, refund_state, note, taken_at, clerk"
)


@dataclass(frozen=True)
class DeskReturn:
    """One return taken at this desk, as kept."""

    key: str
    order_id: str  # the order's id when it was taken (a sale's local id until the server's order is known)
    server_id: str | None
    reference: str | None
    status: str  # "queued" until the server made it, then the server's status
    lines: list[dict[str, Any]]  # variant_id, quantity, reason, comment, title, unit_price
    comment: str
    value: Decimal
    refund: dict[str, Any] | None  # payment_id, amount, method, method_label, account_id, is_cash
    refund_state: str | None  # "queued" | "sent" | None
    note: str  # why it waits, in the desk's words ("" when it does not)
    taken_at: float
    clerk: str


def _row(row: tuple[Any, ...]) -> DeskReturn:
    key, order_id, server_id, reference, status, lines, comment, value, refund, refund_state, note, at, clerk = row
    return DeskReturn(
        key=key,
        order_id=order_id,
        server_id=server_id,
        reference=reference,
        status=status,
        lines=json.loads(lines),
        comment=comment or "",
        value=Decimal(value or "0"),
        refund=json.loads(refund) if refund else None,
        refund_state=refund_state,
        note=note or "",
        taken_at=at,
        clerk=clerk or "",
    )


class ReturnStore:
    """The ``desk_returns`` table and the returns' operations in the queue."""

    def __init__(self, files: StoreFiles, cache: OrderCache, queue: ChangeQueue) -> None:
        self.files = files
        self.cache = cache
        self.queue = queue
        queue.discarders[ChangeKind.RETURN] = self._discard_return
        queue.discarders[ChangeKind.RETURN_APPROVE] = self._discard_follower
        queue.discarders[ChangeKind.REFUND] = self._discard_follower

    # -- reading ---------------------------------------------------------------

    def all(self) -> list[DeskReturn]:
        """Every return taken here, oldest first."""
        with self.files.guard() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} FROM main.desk_returns ORDER BY taken_at, key").fetchall()
        return [_row(r) for r in rows]

    def of_orders(self, order_ids: set[str]) -> list[DeskReturn]:
        """The returns taken here on any of ``order_ids`` (an order's server id and its sale's local id)."""
        ids = sorted(order_ids)
        with self.files.guard() as conn:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM main.desk_returns WHERE order_id IN ({', '.join('?' for _ in ids)}) "
                "ORDER BY taken_at, key",
                ids,
            ).fetchall()
        return [_row(r) for r in rows]

    def on_sales(self) -> set[str]:
        """The sales' local ids returns were taken on before the server made them (their rows still name them)."""
        with self.files.guard() as conn:
            rows = conn.execute(
                "SELECT DISTINCT order_id FROM main.desk_returns WHERE order_id LIKE 'local-%'"
            ).fetchall()
        return {str(r[0]) for r in rows}

    def get(self, key: str) -> DeskReturn | None:
        """One return by its key here, or by the server's id."""
        with self.files.guard() as conn:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM main.desk_returns WHERE key = ? OR server_id = ?", (key, key)
            ).fetchone()
        return None if row is None else _row(row)

    def claimed(self) -> set[str]:
        """The server ids already known as one of the desk's returns (never taken for another one)."""
        with self.files.guard() as conn:
            rows = conn.execute("SELECT server_id FROM main.desk_returns WHERE server_id IS NOT NULL").fetchall()
        return {str(r[0]) for r in rows}

    def operations(self, key: str) -> list[Change]:
        """The return's operations in the queue (any state), oldest first."""
        kinds = (ChangeKind.RETURN, ChangeKind.RETURN_APPROVE, ChangeKind.REFUND)
        return [c for c in self.queue.changes(kinds=kinds) if c.local_id == key]

    # -- queueing --------------------------------------------------------------

    def take(
        self,
        order_id: str,
        lines: list[dict[str, Any]],
        comment: str,
        value: Decimal,
        *,
        approve: str | None,
        refund: dict[str, Any] | None,
        clerk: Clerk | None,
    ) -> DeskReturn:
        """Keep a return and queue it, in one transaction (``approve``: the approval's comment; None: not here)."""
        key = LOCAL_PREFIX + uuid.uuid4().hex[:20]
        with self.files.write() as conn:
            conn.execute(
                f"INSERT INTO main.desk_returns ({COLUMNS}) "
                "VALUES (?, ?, NULL, NULL, 'queued', ?, ?, ?, ?, ?, '', ?, ?)",
                (
                    key,
                    order_id,
                    dumps(lines),
                    comment,
                    str(value),
                    None if refund is None else dumps(refund),
                    None if refund is None else "queued",
                    time.time(),
                    "" if clerk is None else clerk.name,
                ),
            )
            intent = {"return_key": key, "lines": lines, "comment": comment}
            self.queue.insert_for_order(conn, order_id, ChangeKind.RETURN, dumps(intent), key)
            if approve is not None:
                self._approve_in(conn, order_id, key, value, approve)
            if refund is not None:
                self._refund_in(conn, order_id, key, refund)
            self.cache.refresh_overlay(conn, order_id)
        found = self.get(key)
        assert found is not None
        return found

    def _approve_in(self, conn: sqlite3.Connection, order_id: str, key: str, value: Decimal, comment: str) -> None:
        intent = {"return_key": key, "value": value, "comment": comment}
        self.queue.insert_for_order(conn, order_id, ChangeKind.RETURN_APPROVE, dumps(intent), key)

    def _refund_in(self, conn: sqlite3.Connection, order_id: str, key: str, refund: dict[str, Any]) -> None:
        self.queue.insert_for_order(conn, order_id, ChangeKind.REFUND, dumps({"return_key": key, **refund}), key)

    def approve(self, order_id: str, key: str, value: Decimal, comment: str) -> None:
        """Queue the approval of a return taken earlier (or made elsewhere: ``key`` is then the server's id)."""
        with self.files.write() as conn:
            self._approve_in(conn, order_id, key, value, comment)
            self.cache.refresh_overlay(conn, order_id)

    def refund(self, order_id: str, key: str, refund: dict[str, Any]) -> None:
        """Queue money handed back for a return (behind its approval when that is still queued)."""
        with self.files.write() as conn:
            self._refund_in(conn, order_id, key, refund)
            conn.execute(
                "UPDATE main.desk_returns SET refund = ?, refund_state = 'queued' WHERE key = ?", (dumps(refund), key)
            )
            self.cache.refresh_overlay(conn, order_id)

    def hand_to(self, change_id: str, clerk: Clerk | None) -> Change:
        """An approval waiting for a manager goes with ``clerk``'s token now (their permission), at the next push."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            self.queue.update_change(
                conn,
                change_id,
                state=ChangeState.PENDING.value,
                next_attempt_at=0,
                attempts=0,
                clerk_id=None if clerk is None else clerk.id,
                clerk_name="" if clerk is None else clerk.name,
                base=dumps({**change.base, "asked": 1}),
            )
            conn.execute("UPDATE main.desk_returns SET note = '' WHERE key = ?", (change.local_id,))
            self.cache.refresh_overlay(conn, change.order_id)
            return self.queue.change_in(conn, change_id)

    # -- the operations' marks ---------------------------------------------------

    def mark_trying(self, change_id: str, settle: float, **facts: Any) -> Change:
        """About to be sent: from now on it may be on the server (``facts``: what the look-up after it needs)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            base = {**change.base, **facts, "posted": change.posted + 1, "asked": 0, "tried_at": time.time()}
            self.queue.update_change(
                conn, change_id, state=ChangeState.SENDING.value, settle_until=time.time() + settle, base=dumps(base)
            )
            return self.queue.change_in(conn, change_id)

    def settle_return(self, change_id: str, made: _models.Return) -> None:
        """The server made the return (answered, or found after a lost answer): its id and reference kept."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            conn.execute(
                "UPDATE main.desk_returns SET server_id = ?, reference = ?, status = ?, order_id = ?, note = '' "
                "WHERE key = ?",
                (str(made.id), made.reference, made.status or "waiting_approval", change.order_id, change.local_id),
            )
            self.queue.settle_sent(conn, change_id, None, server_id=str(made.id))

    def note_status(self, key: str, status: str) -> None:
        """The server's status of a return seen by a look before a try (cancelled elsewhere, say)."""
        with self.files.write() as conn:
            conn.execute("UPDATE main.desk_returns SET status = ? WHERE key = ? OR server_id = ?", (status, key, key))

    def settle_status(self, change_id: str, status: str, order: _models.Order | None) -> None:
        """The approval landed (or the return was found confirmed): its status kept, the order's body stored."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            conn.execute(
                "UPDATE main.desk_returns SET status = ?, note = '' WHERE key = ? OR server_id = ?",
                (status, change.local_id, change.local_id),
            )
            self.queue.settle_sent(conn, change_id, order)

    def settle_refund(self, change_id: str, order: _models.Order | None, server_payment: str | None) -> None:
        """The money went back (the payment lowered or deleted on the server): the refund is sent."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            conn.execute(
                "UPDATE main.desk_returns SET refund_state = 'sent' WHERE key = ? OR server_id = ?",
                (change.local_id, change.local_id),
            )
            self.queue.settle_sent(conn, change_id, order, server_id=server_payment)

    def wait(self, change_id: str, message: str, delay: float) -> None:
        """Not sendable now (an approval awaiting a manager): looked at again after ``delay``; nothing in flight."""
        change = self.queue.change(change_id)
        self.queue.mark_retry(change_id, message, delay)
        if change is not None:
            with self.files.write() as conn:
                conn.execute(
                    "UPDATE main.desk_returns SET note = ? WHERE key = ? OR server_id = ?",
                    (message, change.local_id, change.local_id),
                )

    def hold(self, change_id: str, message: str) -> None:
        """It waits for the clerk, refused with ``message`` (a Retry sends it as they confirmed)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            conn.execute(
                "UPDATE main.desk_returns SET note = ? WHERE key = ? OR server_id = ?",
                (message, change.local_id, change.local_id),
            )
            self.queue.hold_in(conn, change, message)  # the overlay refreshed after the note

    def _discard_return(self, change_id: str) -> Change:
        """A return never sent is dropped whole: its row, its approval and its refund."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING) or change.posted:
                raise ValueError("This return may already be on the server: it cannot be discarded before a check.")
            conn.execute(
                "DELETE FROM main.changes WHERE local_id = ? AND kind IN (?, ?, ?)",
                (change.local_id, ChangeKind.RETURN.value, ChangeKind.RETURN_APPROVE.value, ChangeKind.REFUND.value),
            )
            conn.execute("DELETE FROM main.desk_returns WHERE key = ?", (change.local_id,))
            self.cache.refresh_overlay(conn, change.order_id)
            return change

    def _discard_follower(self, change_id: str) -> Change:
        """An approval or a refund never sent is dropped (a refund behind a dropped approval with it: it cannot go)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING) or change.settle_until > time.time():
                raise ValueError("This may still reach the server: it cannot be discarded yet.")
            kinds = [ChangeKind.REFUND.value]
            if change.kind is ChangeKind.RETURN_APPROVE:
                kinds.append(ChangeKind.RETURN_APPROVE.value)
            conn.execute(
                f"DELETE FROM main.changes WHERE local_id = ? AND state NOT IN ('sent', 'sending') "
                f"AND kind IN ({', '.join('?' for _ in kinds)}) AND seq >= ?",
                (change.local_id, *kinds, change.seq),
            )
            conn.execute(
                "UPDATE main.desk_returns SET refund = NULL, refund_state = NULL, note = '' "
                "WHERE (key = ? OR server_id = ?) AND refund_state = 'queued'",
                (change.local_id, change.local_id),
            )
            self.cache.refresh_overlay(conn, change.order_id)
            return change
