"""The cached orders: server bodies stored, the queued changes laid on them, and reads of one order.

What the clerk sees of an order is its last server body with its active
queued changes laid on top (the overlay). The overlay is rebuilt from the
queue whenever either side changes, in the same transaction as that change,
and at every start, so it survives restarts and crashes. The list columns
and search words of a row come from one reader of a body
(:func:`.body_columns.body_columns`), whether the body came from a pull or
from an overlay.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from .. import models as _models
from ..models.coerce import to_datetime, to_str
from .body_columns import body_columns
from .changes import ACTIVE_STATES, CHANGE_COLUMNS, Change, ChangeState, change_from_sql
from .files import StoreFiles
from .listed import carries_news, held_detail, lacks_detail, merge_listed
from .rows import decode_body, encode_body, sortable_time

ACTIVE_SQL = ", ".join(f"'{s.value}'" for s in ACTIVE_STATES)


# A detail body read less than this after its updated_at (server time, whole seconds, a skew known to the
# second) may miss a write later in the same second: the next list that shows it unchanged fetches it again.
YOUNG_SECONDS = 2.0


class OrderCache:
    """The ``cache`` file's orders and key-value table, with the overlay of the queued changes."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files

    # -- meta ----------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value of the cache's key-value table (sync cursors and the like)."""
        with self.files.guard() as conn:
            row = conn.execute("SELECT value FROM cache.meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def details_due(self, limit: int | None = None) -> list[str]:
        """The orders whose full detail the sync is to fetch, in the order they were met (newest first)."""
        with self.files.guard() as conn:
            rows = conn.execute(
                "SELECT id FROM cache.details_due ORDER BY seq LIMIT ?", (-1 if limit is None else limit,)
            )
            return [str(r[0]) for r in rows]

    def forget_details_due(self, ids: Iterable[str]) -> None:
        """These orders' details were fetched (or are gone): no longer due."""
        with self.files.write() as conn:
            conn.executemany("DELETE FROM cache.details_due WHERE id = ?", [(i,) for i in ids])

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, delete) a value of the cache's key-value table."""
        with self.files.write() as conn:
            self._set_meta(conn, key, value)

    @staticmethod
    def _set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
        if value is None:
            conn.execute("DELETE FROM cache.meta WHERE key = ?", (key,))
        else:
            conn.execute("INSERT OR REPLACE INTO cache.meta (key, value) VALUES (?, ?)", (key, value))

    # -- the cache -----------------------------------------------------------

    def order_count(self) -> int:
        """How many orders the cache holds."""
        with self.files.guard() as conn:
            return int(conn.execute("SELECT count(*) FROM cache.orders").fetchone()[0])

    def save_server_orders(self, orders: Iterable[_models.Order]) -> list[str]:
        """Store fresh server bodies of parsed orders; see :meth:`save_server_bodies`."""
        return self.save_server_bodies(order.raw_view for order in orders)

    def save_server_bodies(self, bodies: Iterable[dict[str, Any]], *, authoritative: bool = False) -> list[str]:
        """Store fresh detail bodies in one transaction; returns the ids whose row changed.

        A body older than the one held is skipped; one of the same version is
        stored only when it differs (the server's timestamps are whole seconds:
        two writes in one second share one). An order with active changes
        keeps its overlay on the new body. Rows are read from the raw JSON
        (:mod:`.body_columns`) and written in batches: this is the hot path of a
        full sync. ``authoritative`` (a full refresh the clerk asked for): the
        server's copy wins even when older, so a local copy that drifted (an
        order rolled back on the server) is repaired.
        """
        return self._save_batch(bodies, listed=False, authoritative=authoritative)[0]

    def needs_detail(self, order_id: str) -> bool:
        """True when the held body of ``order_id`` came from a list and lacks what the editor needs."""
        with self.files.guard() as conn:
            row = conn.execute("SELECT server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return row is not None and lacks_detail(decode_body(row[0]))

    def save_listed_bodies(
        self, items: Iterable[dict[str, Any]], *, note_details: bool = False, authoritative: bool = False
    ) -> tuple[list[str], list[str]]:
        """Store list items (see :mod:`.listed`): (ids whose row changed, ids that need a detail fetch).

        With ``note_details``, the ids that need a detail fetch are also added to
        :meth:`details_due` in the same transaction: a crash right after the
        items are merged can never forget that their detail is due (the next
        pull finds the merged items unchanged and would not ask again).
        """
        return self._save_batch(items, listed=True, note_details=note_details, authoritative=authoritative)

    def _save_batch(
        self,
        bodies: Iterable[dict[str, Any]],
        *,
        listed: bool,
        note_details: bool = False,
        authoritative: bool = False,
    ) -> tuple[list[str], list[str]]:
        batch: dict[str, dict[str, Any]] = {}
        for body in bodies:
            order_id = to_str(body.get("id")) if isinstance(body, dict) else None
            if order_id:
                kept = batch.get(order_id)
                if kept is not None and _older(body, kept):
                    continue  # an order given twice (a server repeating itself): its newest copy stays
                batch[order_id] = body  # (of two copies as new, the later)
        if not batch:
            return [], []
        stale: list[str] = []
        with self.files.write() as conn:
            changed = self.save_bodies(conn, batch, listed=listed, stale=stale, authoritative=authoritative)
            if note_details and stale:
                conn.executemany("INSERT OR IGNORE INTO cache.details_due (id) VALUES (?)", [(i,) for i in stale])
            return changed, stale

    def save_bodies(
        self,
        conn: sqlite3.Connection,
        batch: dict[str, dict[str, Any]],
        *,
        listed: bool = False,
        stale: list[str] | None = None,
        authoritative: bool = False,
    ) -> list[str]:
        """Store ``batch`` (id -> body) in the caller's transaction; the ids whose row changed (see the callers)."""
        ids = list(batch)
        held: dict[str, tuple[str | None, int, bytes]] = {}
        overlaid: set[str] = set()
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" for _ in chunk)
            for oid, version, pending, blob in conn.execute(
                f"SELECT id, server_updated_at, pending, server_body FROM cache.orders WHERE id IN ({marks})", chunk
            ):
                held[oid] = (version, int(pending), blob)
            overlaid |= {
                r[0]
                for r in conn.execute(
                    f"SELECT DISTINCT order_id FROM main.changes "
                    f"WHERE state IN ({ACTIVE_SQL}) AND order_id IN ({marks})",
                    chunk,
                )
            }
        young = self._young_of(conn, ids) if listed else {}
        read_young: dict[str, str | None] = {}  # detail bodies: their version when read in its own second
        rows: list[dict[str, Any]] = []
        texts: dict[str, str] = {}
        for oid, body in batch.items():
            version = body.get("updated_at")
            version_text = None if version is None else str(version)
            if not listed:
                read_young[oid] = version_text if self._read_young(version) else None
            old_body: dict[str, Any] | None = None
            if oid in held:
                old_version, pending, blob = held[oid]
                if (
                    not authoritative
                    and version_text is not None
                    and old_version is not None
                    and sortable_time(version_text) < sortable_time(old_version)
                ):
                    continue  # an older copy (a page fetched before our own write landed)
                if listed or old_version == version_text:
                    old_body = decode_body(blob)
                quiet = not pending and oid not in overlaid
                if listed and old_body is not None:
                    if old_version == version_text and not carries_news(old_body, body):
                        if young.get(oid) == version_text and stale is not None:
                            # Read in the second it was last written: a write later in that second shares
                            # its updated_at, and a list item does not show everything (its addresses).
                            stale.append(oid)
                        if quiet:
                            continue  # nothing this item says is new
                        body = old_body
                    else:
                        if held_detail(old_body) and stale is not None:
                            stale.append(oid)  # its addresses, invoices... may have moved too
                        body = merge_listed(old_body, body)
                elif old_version == version_text and body == old_body and quiet:
                    continue  # already have this very body
            if listed and lacks_detail(body) and stale is not None:
                stale.append(oid)
            values, text = body_columns(body)
            values.update(
                server_body=encode_body(body),
                server_updated_at=version_text,
                local_body=None,
                pending=0,
                conflict=0,
                failed=0,
            )
            rows.append(values)
            texts[oid] = text
        self._note_young(conn, read_young)
        if not rows:
            return []
        columns = list(rows[0])
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        conn.executemany(
            f"INSERT INTO cache.orders ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            rows,
        )
        saved = list(texts)
        rowids: dict[str, int] = {}
        for chunk in _chunks(saved, 500):
            marks = ", ".join("?" for _ in chunk)
            rowids.update(conn.execute(f"SELECT id, rowid FROM cache.orders WHERE id IN ({marks})", chunk).fetchall())
        # Only orders held before have words to remove (a first full sync has none).
        reworded = [(rowids[oid],) for oid in saved if oid in held]
        conn.executemany("DELETE FROM cache.orders_fts WHERE rowid = ?", reworded)
        conn.executemany(
            "INSERT INTO cache.orders_fts (rowid, text) VALUES (?, ?)", [(rowids[oid], texts[oid]) for oid in saved]
        )
        for oid in saved:
            if oid in overlaid or held.get(oid, (None, 0))[1]:
                self.refresh_overlay(conn, oid)
        return saved

    def _read_young(self, version: Any) -> bool:
        """Whether a body of ``version`` was read within the second it was written (by the server's clock).

        The server's timestamps are whole seconds: another write in that second
        would carry the same updated_at, and a list item would not tell it apart.
        """
        if self.files.server_now is None or version is None:
            return False
        moment = to_datetime(version)
        return moment is not None and self.files.server_now() - moment.timestamp() < YOUNG_SECONDS

    @staticmethod
    def _young_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
        young: dict[str, str] = {}
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" for _ in chunk)
            young.update(conn.execute(f"SELECT id, version FROM cache.young WHERE id IN ({marks})", chunk).fetchall())
        return young

    @staticmethod
    def _note_young(conn: sqlite3.Connection, read: dict[str, str | None]) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO cache.young (id, version) VALUES (?, ?)",
            [(oid, version) for oid, version in read.items() if version is not None],
        )
        conn.executemany("DELETE FROM cache.young WHERE id = ?", [(oid,) for oid, v in read.items() if v is None])

    @staticmethod
    def drop_order(conn: sqlite3.Connection, order_id: str) -> None:
        """Forget one cached order, its row and its search words (in the caller's transaction)."""
        row = conn.execute("SELECT rowid FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM cache.orders_fts WHERE rowid = ?", (row[0],))
            conn.execute("DELETE FROM cache.orders WHERE rowid = ?", (row[0],))

    def save_server_order(self, conn: sqlite3.Connection, order: _models.Order) -> bool:
        """Store one server body in the caller's transaction; whether its row changed."""
        oid = order.id
        return bool(oid) and bool(self.save_bodies(conn, {str(oid): order.raw_view}))

    def _write_row(
        self,
        conn: sqlite3.Connection,
        rowid: int,
        body: dict[str, Any],
        *,
        local_body: bytes | None,
        active: list[Change],
    ) -> None:
        values, text = body_columns(body)  # the same reader as a pulled body's: one rule for a row
        values.pop("id")
        values["pending"] = len(active)
        values["conflict"] = int(any(c.state is ChangeState.CONFLICT for c in active))
        values["failed"] = int(any(c.state is ChangeState.FAILED for c in active))
        values["local_body"] = local_body
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        conn.execute(f"UPDATE cache.orders SET {assignments} WHERE rowid = :rowid", {**values, "rowid": rowid})
        conn.execute("DELETE FROM cache.orders_fts WHERE rowid = ?", (rowid,))
        conn.execute("INSERT INTO cache.orders_fts (rowid, text) VALUES (?, ?)", (rowid, text))

    def refresh_overlay(self, conn: sqlite3.Connection, order_id: str) -> None:
        """Lay the order's active changes on its server body again (or none), in the caller's transaction."""
        row = conn.execute("SELECT rowid, server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        if row is None:
            return  # not cached (yet): the overlay is built when the body arrives
        body = decode_body(row[1])
        active = active_changes_in(conn, order_id)
        for change in active:
            before = _models.priced(body) if change.reprices else None
            body = change.lay(body, in_place=True)  # a body just decoded: nobody else holds it
            if before is not None:
                _models.shift_totals(body, _models.priced(body) - before)  # the list's Total and Balance follow at once
        local_body = encode_body(body) if active else None
        self._write_row(conn, int(row[0]), body, local_body=local_body, active=active)

    def reconcile(self) -> None:
        """Rebuild every overlay from the queue (at start: a crash may have cut between files)."""
        with self.files.write() as conn:
            queued = conn.execute(f"SELECT DISTINCT order_id FROM main.changes WHERE state IN ({ACTIVE_SQL})")
            shown = conn.execute("SELECT id FROM cache.orders WHERE pending > 0 OR local_body IS NOT NULL")
            ids = {r[0] for r in queued} | {r[0] for r in shown}
            for order_id in ids:
                self.refresh_overlay(conn, order_id)

    def server_body(self, order_id: str) -> dict[str, Any] | None:
        """The last body the server sent for this order (no overlay)."""
        with self.files.guard() as conn:
            row = conn.execute("SELECT server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return None if row is None else decode_body(row[0])

    def body(self, order_id: str) -> dict[str, Any] | None:
        """What the clerk sees of this order: the server body with its overlay."""
        with self.files.read() as conn:
            row = conn.execute(
                "SELECT coalesce(local_body, server_body) FROM cache.orders WHERE id = ?", (order_id,)
            ).fetchone()
        return None if row is None else decode_body(row[0])

    def order(self, order_id: str) -> _models.Order | None:
        """:meth:`body` parsed."""
        body = self.body(order_id)
        return None if body is None else _models.Order.from_raw(body, copy_raw=False)


def active_changes_in(conn: sqlite3.Connection, order_id: str) -> list[Change]:
    """The active changes of one order, oldest first, read in the caller's transaction."""
    rows = conn.execute(
        f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE order_id = ? AND state IN ({ACTIVE_SQL}) ORDER BY seq",
        (order_id,),
    ).fetchall()
    return [change_from_sql(r) for r in rows]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _older(body: dict[str, Any], than: dict[str, Any]) -> bool:
    """Whether ``body`` is an older copy of the same order than ``than`` (by ``updated_at``)."""
    mine, theirs = body.get("updated_at"), than.get("updated_at")
    if mine is None or theirs is None:
        return False
    return sortable_time(str(mine)) < sortable_time(str(theirs))
