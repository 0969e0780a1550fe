"""The durable queue of changes not yet sent, and their states as the sync moves them along.

The one-transaction rule: a change and the overlay it lays on its order are
written in one transaction (enqueue, amend, each mark, discard), so what the
clerk sees never runs ahead of, or behind, what will be sent.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from .. import models as _models
from .cache import ACTIVE_SQL, OrderCache
from .changes import (
    ACTIVE_STATES,
    CHANGE_COLUMNS,
    COLLEAGUE_CONFLICT,
    UNSURE_CONFLICT,
    Change,
    ChangeKind,
    ChangeState,
    Clerk,
    change_from_sql,
    dumps,
    identity,
)
from .files import StoreFiles
from .rows import decode_body


class ChangeQueue:
    """The ``changes`` table of ``queue.sqlite3``; each write refreshes its order's overlay in the same transaction."""

    def __init__(self, files: StoreFiles, cache: OrderCache) -> None:
        self.files = files
        self.cache = cache
        # How a kind of change is dropped when it is not dropped alone (a sale takes its local order with it).
        self.discarders: dict[ChangeKind, Callable[[str], Change]] = {}
        # Who works at the desk now (the service sets it): recorded on every operation queued.
        self.clerk: Clerk | None = None

    def unsent_count(self) -> int:
        """How many changes have not reached the server (waiting, refused or in conflict)."""
        return sum(count for state, count in self.counts().items() if state in ACTIVE_STATES)

    def enqueue(
        self,
        order_id: str,
        kind: ChangeKind,
        edit: _models.OrderEdit,
        *,
        group_id: str | None = None,
        check: Callable[[_models.Order], None] | None = None,
    ) -> Change:
        """Queue a change and lay it on the order, in one transaction.

        ``base`` records what the clerk saw of each touched key (the order
        with earlier changes applied) and the server's ``updated_at`` then.
        ``check`` may refuse the edit (by raising) against that same view.
        """
        with self.files.write() as conn:
            row = conn.execute(
                "SELECT coalesce(local_body, server_body), server_updated_at, reference FROM cache.orders WHERE id = ?",
                (order_id,),
            ).fetchone()
            if row is None:
                raise KeyError(order_id)
            seen = decode_body(row[0])
            if check is not None:
                check(_models.Order.from_raw(seen, copy_raw=False))
            change_id = str(uuid.uuid4())
            base = _models.read_values(seen, edit.touched())
            if edit.added_lines:
                base[_models.LINE_IDS_KEY] = _models.line_ids(seen)
            self.insert_change(
                conn,
                change_id,
                order_id,
                row[2] or "",
                kind,
                intent=dumps(edit.model_dump(mode="python")),
                base=base,
                base_updated_at=row[1],
                group_id=group_id,
            )
            self.cache.refresh_overlay(conn, order_id)
            return self.change_in(conn, change_id)

    def insert_change(
        self,
        conn: sqlite3.Connection,
        change_id: str,
        order_id: str,
        order_ref: str,
        kind: ChangeKind,
        *,
        intent: str,
        base: dict[str, Any],
        base_updated_at: str | None = None,
        group_id: str | None = None,
        acts_on: str | None = None,
    ) -> None:
        """A new pending operation (the caller lays its overlay in the same transaction).

        Its key is made here, once: the change's id, sent with every try.
        ``acts_on``: a payment's id (see :func:`.changes.identity`).
        """
        now = time.time()
        subject, local_id, server_id = identity(kind, order_id, acts_on)
        conn.execute(
            f"INSERT INTO main.changes ({CHANGE_COLUMNS}) VALUES "
            "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, NULL, NULL, NULL, ?, ?, NULL, 0, ?, ?, ?, ?, ?, ?)",
            (
                change_id,
                order_id,
                order_ref,
                kind.value,
                group_id,
                intent,
                dumps(base),
                base_updated_at,
                ChangeState.PENDING.value,
                now,
                now,
                subject.value,
                local_id,
                server_id,
                change_id,
                None if self.clerk is None else self.clerk.id,
                "" if self.clerk is None else self.clerk.name,
            ),
        )

    def insert_for_order(
        self, conn: sqlite3.Connection, order_id: str, kind: ChangeKind, intent: str, acts_on: str | None = None
    ) -> str:
        """A new pending operation on a cached order, based on its server copy; its id (KeyError: no such order)."""
        row = conn.execute("SELECT reference, server_updated_at FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        if row is None:
            raise KeyError(order_id)
        change_id = str(uuid.uuid4())
        self.insert_change(
            conn,
            change_id,
            order_id,
            row[0] or "",
            kind,
            intent=intent,
            base={"posted": 0},
            base_updated_at=row[1],
            acts_on=acts_on,
        )
        return change_id

    def narrow(self, change_id: str, edit: _models.OrderEdit) -> Change:
        """A refused change keeps only ``edit`` (a part of it the server did not refuse) and waits again."""
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            if change.state is not ChangeState.FAILED:
                raise ValueError("Only a refused change can be narrowed.")
            kind = ChangeKind.STATUS if edit.is_status_only() else ChangeKind.UPDATE
            conn.execute(
                "UPDATE main.changes SET intent = ?, kind = ?, state = ?, next_attempt_at = 0, "
                "last_error = NULL, field_errors = NULL, changed_at = ? WHERE id = ?",
                (dumps(edit.model_dump(mode="python")), kind.value, ChangeState.PENDING.value, time.time(), change_id),
            )
            self.cache.refresh_overlay(conn, change.order_id)
            return self.change_in(conn, change_id)

    def amend(self, change_id: str, edit: _models.OrderEdit) -> Change:
        """Fold a further edit into a change not yet sent (fixing a refused one) and requeue it."""
        now = time.time()
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            if change.state not in (ChangeState.PENDING, ChangeState.FAILED):
                raise ValueError("Only a waiting or refused change can be amended.")
            row = conn.execute(
                "SELECT coalesce(local_body, server_body) FROM cache.orders WHERE id = ?", (change.order_id,)
            ).fetchone()
            merged = change.edit.then(edit)
            base = dict(change.base)
            if row is not None:
                seen = decode_body(row[0])
                for key, value in _models.read_values(seen, edit.touched()).items():
                    base.setdefault(key, value)
                if edit.added_lines:
                    base.setdefault(_models.LINE_IDS_KEY, _models.line_ids(seen))
            kind = ChangeKind.STATUS if merged.is_status_only() else ChangeKind.UPDATE
            conn.execute(
                "UPDATE main.changes SET intent = ?, base = ?, kind = ?, state = ?, next_attempt_at = 0, "
                "last_error = NULL, field_errors = NULL, changed_at = ? WHERE id = ?",
                (
                    dumps(merged.model_dump(mode="python")),
                    dumps(base),
                    kind.value if change.kind is not ChangeKind.BULK_STATUS else change.kind.value,
                    ChangeState.PENDING.value,
                    now,
                    change_id,
                ),
            )
            self.cache.refresh_overlay(conn, change.order_id)
            return self.change_in(conn, change_id)

    @staticmethod
    def change_in(conn: sqlite3.Connection, change_id: str) -> Change:
        """A change read in the caller's transaction (KeyError: no such change)."""
        row = conn.execute(f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE id = ?", (change_id,)).fetchone()
        if row is None:
            raise KeyError(change_id)
        return change_from_sql(row)

    def change(self, change_id: str) -> Change | None:
        """One change by id (or a unique prefix of it)."""
        with self.files.guard() as conn:
            rows = conn.execute(
                f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE id = ? OR id LIKE ? LIMIT 2",
                (change_id, f"{change_id}%" if len(change_id) >= 6 else change_id),
            ).fetchall()
        if len(rows) != 1:
            exact = [r for r in rows if r[1] == change_id]
            return change_from_sql(exact[0]) if exact else None
        return change_from_sql(rows[0])

    def changes(
        self,
        *,
        order_id: str | None = None,
        states: Iterable[ChangeState] | None = None,
        kinds: Iterable[ChangeKind] | None = None,
    ) -> list[Change]:
        """Queued changes, oldest first, optionally of one order, in some states, of some kinds."""
        sql = f"SELECT {CHANGE_COLUMNS} FROM main.changes"
        clauses: list[str] = []
        params: list[Any] = []
        if kinds is not None:
            wanted_kinds = [k.value for k in kinds]
            clauses.append(f"kind IN ({', '.join('?' for _ in wanted_kinds)})")
            params += wanted_kinds
        if order_id is not None:
            clauses.append("order_id = ?")
            params.append(order_id)
        if states is not None:
            wanted = [s.value for s in states]
            clauses.append(f"state IN ({', '.join('?' for _ in wanted)})")
            params += wanted
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        with self.files.guard() as conn:
            return [change_from_sql(r) for r in conn.execute(sql + " ORDER BY seq", params)]

    def active_changes(self, order_id: str | None = None) -> list[Change]:
        """Changes that have not reached the server yet."""
        return self.changes(order_id=order_id, states=ACTIVE_STATES)

    def heads(self) -> list[Change]:
        """The first active change of each order, oldest first: what push may send next."""
        with self.files.guard() as conn:
            rows = conn.execute(
                f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE seq IN (SELECT min(seq) FROM main.changes "
                f"WHERE state IN ({ACTIVE_SQL}) GROUP BY order_id) ORDER BY seq"
            ).fetchall()
        return [change_from_sql(r) for r in rows]

    def counts(self) -> dict[ChangeState, int]:
        """How many changes are in each state."""
        with self.files.guard() as conn:
            rows = conn.execute("SELECT state, count(*) FROM main.changes GROUP BY state").fetchall()
        out = {state: 0 for state in ChangeState}
        for state, count in rows:
            out[ChangeState(state)] = int(count)
        return out

    def update_change(self, conn: sqlite3.Connection, change_id: str, **values: Any) -> None:
        """Set columns of a change in the caller's transaction (KeyError: no such change)."""
        values["changed_at"] = time.time()
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        cur = conn.execute(f"UPDATE main.changes SET {assignments} WHERE id = :id", {**values, "id": change_id})
        if cur.rowcount != 1:
            raise KeyError(change_id)

    def hold_in(self, conn: sqlite3.Connection, change: Change, message: str) -> None:
        """``change`` waits for the clerk, refused with ``message``; a Retry sends it as the clerk confirmed.

        Held only once nothing is in flight, so its settle window is cleared.
        """
        self.update_change(
            conn,
            change.id,
            state=ChangeState.FAILED.value,
            last_error=message,
            base=dumps({**change.base, "asked": 1}),
            settle_until=0,
        )
        self.cache.refresh_overlay(conn, change.order_id)

    def mark_sending(self, change_id: str, settle: float, tried_on: Any = None) -> Change:
        """The change is about to be sent, written on the server's body of ``updated_at`` ``tried_on``.

        Until ``settle`` seconds from now the request may still be applied by the
        server even if this process dies or gives up waiting: a crash or an
        unanswered try leaves the change untouched until then, and it is judged
        against a fresh read only after (never sent twice by a fast restart).
        From now on the change is also "posted" (it may be on the server) until
        an answer says otherwise (:meth:`clear_posted`): the judge then knows a
        value back at what the clerk saw may be this write, undone since.
        """
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            base = {**change.base, "posted": change.posted + 1, "tried_on": _text(tried_on)}
            self.update_change(
                conn,
                change_id,
                state=ChangeState.SENDING.value,
                settle_until=time.time() + settle,
                base=dumps(base),
            )
            return self.change_in(conn, change_id)

    def mark_sent(
        self,
        change_id: str,
        server_order: _models.Order | None,
        *,
        server_id: str | None = None,
        landed_at: float | None = None,
    ) -> None:
        """The change reached the server; store the server's body in the same transaction.

        ``server_id``: the server's id of what it acted on, learnt now (a payment's). ``landed_at``: when
        it reached the server, for one found there after a try whose answer was lost (default: now).
        """
        with self.files.write() as conn:
            self.settle_sent(conn, change_id, server_order, server_id=server_id, landed_at=landed_at)

    def settle_sent(
        self,
        conn: sqlite3.Connection,
        change_id: str,
        server_order: _models.Order | None,
        *,
        server_id: str | None = None,
        landed_at: float | None = None,
    ) -> None:
        """Mark a change sent and lay its order's remaining changes on the server's body (one transaction)."""
        change = self.change_in(conn, change_id)
        known = {} if server_id is None else {"server_id": server_id}
        self.update_change(
            conn,
            change_id,
            **known,
            state=ChangeState.SENT.value,
            sent_at=landed_at if landed_at is not None else time.time(),
            last_error=None,
            field_errors=None,
            theirs=None,
            theirs_updated_at=None,
        )
        if server_order is not None:
            self.cache.save_server_order(conn, server_order)
        self.cache.refresh_overlay(conn, change.order_id)

    def mark_retry(
        self, change_id: str, error: str, delay: float, *, maybe_applied: bool = False, count: bool = False
    ) -> None:
        """Not sent this time (network, server busy); try again after ``delay`` seconds.

        ``maybe_applied``: the request may have reached the server (a timeout, a
        reset): the settle window set when it was sent stays. Otherwise nothing is
        in flight and it is cleared. ``count``: this try counts towards the cap.
        """
        with self.files.write() as conn:
            values: dict[str, Any] = {
                "state": ChangeState.PENDING.value,
                "last_error": error,
                "next_attempt_at": time.time() + delay,
            }
            if not maybe_applied:
                values["settle_until"] = 0
            if count:
                row = conn.execute("SELECT attempts FROM main.changes WHERE id = ?", (change_id,)).fetchone()
                if row is None:
                    raise KeyError(change_id)
                values["attempts"] = int(row[0]) + 1
            self.update_change(conn, change_id, **values)

    def mark_failed(
        self,
        change_id: str,
        error: str,
        field_errors: dict[str, list[str]] | None = None,
        *,
        maybe_applied: bool = False,
    ) -> None:
        """The server refused the change; the clerk edits it, retries or discards it.

        ``maybe_applied``: given up after a try that may still land: its settle
        window stays, so a quick Retry cannot send it twice.
        """
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            self.update_change(
                conn,
                change_id,
                state=ChangeState.FAILED.value,
                last_error=error,
                field_errors=dumps(field_errors or {}),
                **({} if maybe_applied else {"settle_until": 0}),
            )
            self.cache.refresh_overlay(conn, change.order_id)

    def mark_conflict(
        self, change_id: str, theirs: dict[str, Any], server_order: _models.Order, *, unsure: bool = False
    ) -> None:
        """A colleague changed the same fields: keep both versions until the clerk chooses.

        ``unsure``: an earlier try got no answer and the order was written
        since; the server's values may be this change undone by a colleague,
        so it is not sent again without the clerk.
        """
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            self.update_change(
                conn,
                change_id,
                state=ChangeState.CONFLICT.value,
                theirs=dumps(theirs),
                theirs_updated_at=_text(server_order.raw_updated_at),
                last_error=UNSURE_CONFLICT if unsure else COLLEAGUE_CONFLICT,
                base=dumps({**change.base, "unsure": 1 if unsure else 0}),
            )
            self.cache.save_server_order(conn, server_order)
            self.cache.refresh_overlay(conn, change.order_id)

    def keep_mine(self, change_id: str) -> Change:
        """Settle a conflict for the clerk's version: rebase on theirs and send again."""
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            if change.state is not ChangeState.CONFLICT:
                raise ValueError("This change is not in conflict.")
            # The clerk chose on a fresh read: no earlier try is in doubt any more.
            base = {**change.base, **change.theirs, "posted": 0, "unsure": 0}
            self.update_change(
                conn,
                change_id,
                state=ChangeState.PENDING.value,
                base=dumps(base),
                base_updated_at=change.theirs_updated_at,
                theirs=None,
                theirs_updated_at=None,
                last_error=None,
                next_attempt_at=0,
            )
            self.cache.refresh_overlay(conn, change.order_id)  # the row stops asking for the clerk's choice
            return self.change_in(conn, change_id)

    def retry_now(self, change_id: str) -> Change:
        """Put a refused or waiting change back to be sent at the next push."""
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            if change.state not in (ChangeState.FAILED, ChangeState.PENDING):
                raise ValueError(f"A {change.state.value} change cannot be retried.")
            self.update_change(
                conn, change_id, state=ChangeState.PENDING.value, next_attempt_at=0, attempts=0, field_errors=None
            )
            self.cache.refresh_overlay(conn, change.order_id)
            return self.change_in(conn, change_id)

    def discard(self, change_id: str) -> Change:
        """Drop a change that has not reached the server; the order shows the server's version again.

        A kind with a discarder of its own (see :attr:`discarders`) is dropped by it.
        """
        held = self.change(change_id)
        if held is not None and held.kind in self.discarders:
            return self.discarders[held.kind](change_id)
        with self.files.write() as conn:
            change = self.change_in(conn, change_id)
            if change.state in (ChangeState.SENT, ChangeState.SENDING):
                raise ValueError(f"A {change.state.value} change cannot be discarded.")
            wait = change.settle_until - time.time()
            if wait > 0:
                # Dropping it now would hide a write that may still land on the server.
                raise ValueError(
                    f"This change may still reach the server; it can be discarded in {int(wait) + 1} s, "
                    "once the server's answer can no longer arrive."
                )
            conn.execute("DELETE FROM main.changes WHERE id = ?", (change_id,))
            self.cache.refresh_overlay(conn, change.order_id)
            return change

    def requeue_interrupted(self) -> int:
        """Changes left ``sending`` by a crash go back to ``pending``.

        Their settle window stays: push judges them against a fresh read only
        once a request sent before the crash can no longer be applied.
        """
        with self.files.write() as conn:
            cur = conn.execute(
                "UPDATE main.changes SET state = ?, next_attempt_at = 0 WHERE state = ?",
                (ChangeState.PENDING.value, ChangeState.SENDING.value),
            )
            return int(cur.rowcount)

    def prune_sent(self, older_than: float) -> int:
        """Forget sent changes older than ``older_than`` (a Unix time)."""
        with self.files.write() as conn:
            cur = conn.execute("DELETE FROM main.changes WHERE state = ? AND sent_at < ?", ("sent", older_than))
            return int(cur.rowcount)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
