"""The local store of one profile: the order cache and the change queue.

Everything the app shows comes from here, so it works with no network.
What the clerk sees of an order is its last server body with its active
queued changes laid on top (the overlay); that view is rebuilt from the
queue whenever either side changes, and at every start, so it survives
restarts and crashes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from ..models import Order, OrderEdit, apply_edit, read_values
from ..models.coerce import to_str
from ..models.write_body import LINE_IDS_KEY, line_ids
from .changes import (
    ACTIVE_STATES,
    CHANGE_COLUMNS,
    Change,
    ChangeKind,
    ChangeState,
    change_from_sql,
    dumps,
)
from .db import (
    StoreError,
    connect,
    describe_sqlite_error,
    file_is_sound,
    folder_problem,
    is_damage,
    migrate,
    move_aside,
    set_wal,
    transaction,
)
from .fastrow import raw_row
from .listed import carries_news, held_detail, lacks_detail, merge_listed
from .listing import ListQuery, order_clause, search_select, where_clause
from .rows import (
    ROW_COLUMNS,
    OrderRow,
    decode_body,
    encode_body,
    row_from_sql,
    row_values,
    search_text,
    sortable_time,
)
from .schema import CACHE_MIGRATIONS, QUEUE_MIGRATIONS

log = logging.getLogger(__name__)

T = TypeVar("T")

QUEUE_FILE = "queue.sqlite3"
CACHE_FILE = "cache.sqlite3"
# Left when damage is seen while running: the next start checks the cache fully and rebuilds it.
DAMAGED_MARK = "cache.damaged"
# Touched after a full check of the cache passed; the background check runs when it is older.
CHECKED_MARK = "cache.checked"
CHECK_EVERY = 24 * 3600.0
_ACTIVE = tuple(s.value for s in ACTIVE_STATES)
_ACTIVE_SQL = ", ".join(f"'{s}'" for s in _ACTIVE)


class LocalStore:
    """The SQLite files of one profile. Thread-safe: one lock guards the connection."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.cache_rebuilt = False  # True when a damaged cache was moved aside (at open or since)
        self.cache_moved_to: Path | None = None
        self._lock = threading.RLock()
        self._read_lock = threading.RLock()
        self._writes = 0  # counts write transactions: cached search hits are valid for one count
        self._hits_key: tuple[object, ...] | None = None
        self._hits_count = 0
        self._order_total = 0
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._conn = self._open()
            self._reader = self._open_reader()
        except sqlite3.Error as exc:
            log.error("cannot open the local database in %s: %s", self.folder, exc)
            message = folder_problem(self.folder) or describe_sqlite_error(exc)
            if is_damage(exc) and not file_is_sound(self.folder / QUEUE_FILE):
                message = (
                    f"The file of unsent changes {self.folder / QUEUE_FILE} is damaged. It was left as it is: "
                    "send it to support, and start genuka-desk with another data folder meanwhile."
                )
            raise StoreError(message, path=self.folder) from exc
        except OSError as exc:
            message = folder_problem(self.folder) or f"Cannot use the data folder {self.folder}: {exc.strerror or exc}"
            raise StoreError(message, path=self.folder) from exc
        try:
            self.reconcile()
        except StoreError:
            if self.cache_is_sound():
                raise
            log.error("the order cache is damaged inside; rebuilding it")
            self.rebuild_cache()

    # -- opening -------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        conn = connect(self.folder / QUEUE_FILE)
        set_wal(conn, "main", "FULL")  # the queue: every commit reaches the disk
        migrate(conn, "main", QUEUE_MIGRATIONS)
        mark = self.folder / DAMAGED_MARK
        try:
            if mark.exists() and not file_is_sound(self.folder / CACHE_FILE):
                raise sqlite3.DatabaseError("damage was seen while running, and the full check confirms it")
            self._attach_cache(conn)
        except sqlite3.DatabaseError as exc:
            # The cache is only a copy of the server: move it aside and rebuild.
            log.error("the order cache is damaged (%s); rebuilding it", exc)
            self._replace_cache(conn)
        mark.unlink(missing_ok=True)
        return conn

    def _replace_cache(self, conn: sqlite3.Connection) -> None:
        """Detach the damaged cache, set its file aside and attach an empty one (the queue is untouched)."""
        with contextlib.suppress(sqlite3.Error):
            conn.execute("DETACH DATABASE cache")
        self.cache_moved_to = move_aside(self.folder / CACHE_FILE)
        self.cache_rebuilt = True
        self._attach_cache(conn)

    def _open_reader(self) -> sqlite3.Connection:
        """A second connection for the list and the editor: with WAL it reads the last
        commit while a sync writes, so the window never waits for a write to finish."""
        conn = connect(self.folder / QUEUE_FILE)
        conn.execute("ATTACH DATABASE ? AS cache", (str(self.folder / CACHE_FILE),))
        # 64 MB of page cache: list rows sit beside ~4 KB bodies, so a search touches many pages.
        conn.execute("PRAGMA cache.cache_size = -65536")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (rowid INTEGER PRIMARY KEY)")
        return conn

    def _attach_cache(self, conn: sqlite3.Connection) -> None:
        conn.execute("ATTACH DATABASE ? AS cache", (str(self.folder / CACHE_FILE),))
        set_wal(conn, "cache", "NORMAL")  # rebuildable from the server
        migrate(conn, "cache", CACHE_MIGRATIONS)
        # Reading the schema and the table fails fast on a damaged file.
        conn.execute("SELECT count(*) FROM cache.sqlite_master").fetchone()
        conn.execute("SELECT id FROM cache.orders LIMIT 1").fetchone()

    @staticmethod
    def delete_files(folder: str | Path) -> int:
        """Delete a closed profile's local data (queue, cache, their side files); the number removed."""
        removed = 0
        for path in _store_files(Path(folder)):
            path.unlink()
            removed += 1
        return removed

    @staticmethod
    def move_files(source: str | Path, target: str | Path) -> int:
        """Move a closed store's files (queue, cache, side files) into ``target``; the number moved.

        Nothing is moved when ``target`` already holds a queue: two queues are never merged.
        """
        source, target = Path(source), Path(target)
        if not (source / QUEUE_FILE).is_file() or (target / QUEUE_FILE).exists():
            return 0
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        moved = 0
        for path in _store_files(source):
            os.replace(path, target / path.name)
            moved += 1
        return moved

    def unsent_count(self) -> int:
        """How many changes have not reached the server (waiting, refused or in conflict)."""
        return sum(count for state, count in self.counts().items() if state in ACTIVE_STATES)

    def cache_is_sound(self) -> bool:
        """A full check of the cache file (seconds on a big cache: call it off the GUI thread).

        A pass is remembered: :meth:`cache_check_due` is False for a day.
        """
        sound = file_is_sound(self.folder / CACHE_FILE)
        if sound:
            try:
                (self.folder / CHECKED_MARK).touch()
            except OSError:
                pass
        return sound

    def cache_check_due(self) -> bool:
        """Whether the last full check of the cache is more than a day old."""
        try:
            return time.time() - (self.folder / CHECKED_MARK).stat().st_mtime > CHECK_EVERY
        except OSError:
            return True

    def rebuild_cache(self) -> None:
        """Set a damaged cache file aside and start an empty one; the queue is untouched.

        The sync cursor lives in the cache, so the next sync is a full one,
        and every queued change is laid again on the bodies it brings.
        """
        with self._lock, self._read_lock:
            self._reader.close()
            try:
                self._replace_cache(self._conn)
                self._reader = self._open_reader()
            except (sqlite3.Error, OSError) as exc:
                raise StoreError(folder_problem(self.folder) or f"Cannot rebuild the local copy: {exc}") from exc
            self._writes += 1
            self._hits_key = None
            (self.folder / DAMAGED_MARK).unlink(missing_ok=True)
        self.reconcile()

    def _failed(self, exc: sqlite3.Error) -> StoreError:
        """A SQLite failure as a clerk's message; damage leaves a mark for the next start."""
        log.error("local database error: %s", exc)
        if is_damage(exc):
            try:
                (self.folder / DAMAGED_MARK).touch()
            except OSError:
                pass
        return StoreError(describe_sqlite_error(exc), path=self.folder)

    def checkpoint(self) -> None:
        """Write the journals (WAL) into the files, so each file holds every page (before a copy)."""
        with self._guard() as conn:
            conn.execute("PRAGMA main.wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA cache.wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the files (a later call does nothing)."""
        with self._lock, self._read_lock:
            for conn in (self._conn, getattr(self, "_reader", None)):
                try:
                    if conn is not None:
                        conn.close()
                except sqlite3.Error:
                    pass

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[sqlite3.Connection]:
        """The connection under the lock; SQLite failures become :class:`StoreError`."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """The reading connection under its own lock (never waits for a writer)."""
        with self._read_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._guard() as conn:
            try:
                with transaction(conn):
                    yield conn
            finally:
                self._writes += 1  # cached search hits may be stale now

    # -- meta ----------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value of the cache's key-value table (sync cursors and the like)."""
        with self._guard() as conn:
            row = conn.execute("SELECT value FROM cache.meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def get_id_list(self, key: str) -> list[str]:
        """A meta value kept as a JSON list of ids (empty when missing or unreadable)."""
        return _id_list(self.get_meta(key))

    def set_meta(self, key: str, value: str | None) -> None:
        """Set (or with None, delete) a value of the cache's key-value table."""
        with self._write() as conn:
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
        with self._guard() as conn:
            return int(conn.execute("SELECT count(*) FROM cache.orders").fetchone()[0])

    def save_server_orders(self, orders: Iterable[Order]) -> list[str]:
        """Store fresh server bodies of parsed orders; see :meth:`save_server_bodies`."""
        return self.save_server_bodies(order.raw_view for order in orders)

    def save_server_bodies(self, bodies: Iterable[dict[str, Any]]) -> list[str]:
        """Store fresh detail bodies in one transaction; returns the ids whose row changed.

        A body older than the one held is skipped; one of the same version is
        stored only when it differs (the server's timestamps are whole seconds:
        two writes in one second share one). An order with active changes
        keeps its overlay on the new body. Rows are read from the raw JSON
        (:mod:`.fastrow`) and written in batches: this is the hot path of a
        full sync.
        """
        return self._save_batch(bodies, listed=False)[0]

    def needs_detail(self, order_id: str) -> bool:
        """True when the held body of ``order_id`` came from a list and lacks what the editor needs."""
        with self._guard() as conn:
            row = conn.execute("SELECT server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return row is not None and lacks_detail(decode_body(row[0]))

    def save_listed_bodies(
        self, items: Iterable[dict[str, Any]], *, details_key: str | None = None
    ) -> tuple[list[str], list[str]]:
        """Store list items (see :mod:`.listed`): (ids whose row changed, ids that need a detail fetch).

        With ``details_key``, the ids that need a detail fetch are also added to
        that meta value (a JSON list) in the same transaction: a crash right
        after the items are merged can never forget that their detail is due
        (the next pull finds the merged items unchanged and would not ask again).
        """
        return self._save_batch(items, listed=True, details_key=details_key)

    def _save_batch(
        self, bodies: Iterable[dict[str, Any]], *, listed: bool, details_key: str | None = None
    ) -> tuple[list[str], list[str]]:
        batch: dict[str, dict[str, Any]] = {}
        for body in bodies:
            order_id = to_str(body.get("id")) if isinstance(body, dict) else None
            if order_id:
                batch[order_id] = body  # a repeated order: the later copy wins
        if not batch:
            return [], []
        stale: list[str] = []
        with self._write() as conn:
            changed = self._save_bodies(conn, batch, listed=listed, stale=stale)
            if details_key is not None and stale:
                row = conn.execute("SELECT value FROM cache.meta WHERE key = ?", (details_key,)).fetchone()
                due = _id_list(row[0] if row else None)
                self._set_meta(conn, details_key, json.dumps(list(dict.fromkeys([*due, *stale]))))
            return changed, stale

    def _save_bodies(
        self,
        conn: sqlite3.Connection,
        batch: dict[str, dict[str, Any]],
        *,
        listed: bool = False,
        stale: list[str] | None = None,
    ) -> list[str]:
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
                    f"WHERE state IN ({_ACTIVE_SQL}) AND order_id IN ({marks})",
                    chunk,
                )
            }
        rows: list[dict[str, Any]] = []
        texts: dict[str, str] = {}
        for oid, body in batch.items():
            version = body.get("updated_at")
            version_text = None if version is None else str(version)
            old_body: dict[str, Any] | None = None
            if oid in held:
                old_version, pending, blob = held[oid]
                if (
                    version_text is not None
                    and old_version is not None
                    and sortable_time(version_text) < sortable_time(old_version)
                ):
                    continue  # an older copy (a page fetched before our own write landed)
                if listed or old_version == version_text:
                    old_body = decode_body(blob)
                quiet = not pending and oid not in overlaid
                if listed and old_body is not None:
                    if old_version == version_text and not carries_news(old_body, body):
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
            values, text = raw_row(body)
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
                self._refresh_overlay(conn, oid)
        return saved

    def _save_server_order(self, conn: sqlite3.Connection, order: Order) -> bool:
        oid = order.id
        return bool(oid) and bool(self._save_bodies(conn, {str(oid): order.raw_view}))

    def _write_row(
        self, conn: sqlite3.Connection, rowid: int, order: Order, *, local_body: bytes | None, active: list[Change]
    ) -> None:
        values = row_values(order)
        values.pop("id")
        values["pending"] = len(active)
        values["conflict"] = int(any(c.state is ChangeState.CONFLICT for c in active))
        values["failed"] = int(any(c.state is ChangeState.FAILED for c in active))
        values["local_body"] = local_body
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        conn.execute(f"UPDATE cache.orders SET {assignments} WHERE rowid = :rowid", {**values, "rowid": rowid})
        conn.execute("DELETE FROM cache.orders_fts WHERE rowid = ?", (rowid,))
        conn.execute("INSERT INTO cache.orders_fts (rowid, text) VALUES (?, ?)", (rowid, search_text(order)))

    def _write_overlay(
        self, conn: sqlite3.Connection, rowid: int, server: dict[str, Any], active: list[Change]
    ) -> None:
        body = server
        for change in active:
            body = apply_edit(body, change.edit)
        order = Order.from_raw(body, copy_raw=False)
        self._write_row(conn, rowid, order, local_body=encode_body(body), active=active)

    def _refresh_overlay(self, conn: sqlite3.Connection, order_id: str) -> None:
        row = conn.execute("SELECT rowid, server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        if row is None:
            return  # not cached (yet): the overlay is built when the body arrives
        server = decode_body(row[1])
        active = self._active_changes(conn, order_id)
        if active:
            self._write_overlay(conn, int(row[0]), server, active)
        else:
            self._write_row(conn, int(row[0]), Order.from_raw(server, copy_raw=False), local_body=None, active=[])

    def reconcile(self) -> None:
        """Rebuild every overlay from the queue (at start: a crash may have cut between files)."""
        with self._write() as conn:
            queued = conn.execute(f"SELECT DISTINCT order_id FROM main.changes WHERE state IN ({_ACTIVE_SQL})")
            shown = conn.execute("SELECT id FROM cache.orders WHERE pending > 0 OR local_body IS NOT NULL")
            ids = {r[0] for r in queued} | {r[0] for r in shown}
            for order_id in ids:
                self._refresh_overlay(conn, order_id)

    def server_body(self, order_id: str) -> dict[str, Any] | None:
        """The last body the server sent for this order (no overlay)."""
        with self._guard() as conn:
            row = conn.execute("SELECT server_body FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return None if row is None else decode_body(row[0])

    def body(self, order_id: str) -> dict[str, Any] | None:
        """What the clerk sees of this order: the server body with its overlay."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT coalesce(local_body, server_body) FROM cache.orders WHERE id = ?", (order_id,)
            ).fetchone()
        return None if row is None else decode_body(row[0])

    def order(self, order_id: str) -> Order | None:
        """:meth:`body` parsed."""
        body = self.body(order_id)
        return None if body is None else Order.from_raw(body, copy_raw=False)

    def find_order_id(self, key: str) -> str | None:
        """An order's id from its id or its reference (``#1042``, ``1042``)."""
        key = key.strip()
        if not key:
            return None
        with self._guard() as conn:
            row = conn.execute("SELECT id FROM cache.orders WHERE id = ?", (key,)).fetchone()
            if row is None:
                ref = key if key.startswith("#") else f"#{key}"
                row = conn.execute(
                    "SELECT id FROM cache.orders WHERE reference IN (?, ?) COLLATE NOCASE", (ref, key)
                ).fetchone()
        return None if row is None else str(row[0])

    def _search_hits(self, conn: sqlite3.Connection, query: ListQuery) -> str | None:
        """A clause over the rowids matching the search (None: no search), looked up once per search.

        A list asks for its count and then page after page of one search: the
        words are looked up once into a temp table, and again only after a write.
        """
        found = search_select(query.search)
        if found is None:
            return None
        key = (found[0], tuple(found[1]), self._writes)
        if key != self._hits_key:
            conn.execute("DELETE FROM temp.search_hits")
            conn.execute(
                f"INSERT INTO temp.search_hits (rowid) SELECT rowid FROM cache.orders WHERE rowid IN ({found[0]})",
                found[1],
            )
            hits = int(conn.execute("SELECT count(*) FROM temp.search_hits").fetchone()[0])
            total = int(conn.execute("SELECT count(*) FROM cache.orders").fetchone()[0])
            self._hits_key, self._hits_count, self._order_total = key, hits, total
        # Many hits: walking the sort column's index and keeping the hits finds a
        # window sooner than fetching every hit to sort it (a table lookup costs
        # ~16 index steps). The unary + stops SQLite from driving by rowid.
        needed = (query.offset + (query.limit or self._order_total)) * self._order_total / max(1, self._hits_count)
        walk = min(self._order_total, needed) < 16 * self._hits_count
        return f"{'+' if walk else ''}rowid IN temp.search_hits"

    def list_rows(self, query: ListQuery) -> list[OrderRow]:
        """One window of the order list."""
        with self._read() as conn:
            hits = self._search_hits(conn, query)
            where, params = where_clause(query, hits)
            order = order_clause(query)
            window = ""
            if query.limit is not None:
                window = " LIMIT ? OFFSET ?"
                params = [*params, query.limit, query.offset]
            if hits is None:
                sql = f"SELECT {ROW_COLUMNS} FROM cache.orders{where}{order}{window}"
            else:
                # Sort the hits' rowids first, then read the list columns of the window only.
                sql = (
                    f"SELECT {ROW_COLUMNS} FROM cache.orders WHERE rowid IN "
                    f"(SELECT rowid FROM cache.orders{where}{order}{window}){order}"
                )
            return [row_from_sql(r) for r in conn.execute(sql, params)]

    def count_rows(self, query: ListQuery) -> int:
        """How many orders match ``query`` (ignoring its window)."""
        with self._read() as conn:
            hits = self._search_hits(conn, query)
            where, params = where_clause(query, hits)
            if hits is not None and where == f" WHERE {hits}":
                return self._hits_count  # the search alone: every hit is an order
            return int(conn.execute(f"SELECT count(*) FROM cache.orders{where}", params).fetchone()[0])

    def row(self, order_id: str) -> OrderRow | None:
        """The list row of one order."""
        with self._read() as conn:
            found = conn.execute(f"SELECT {ROW_COLUMNS} FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return None if found is None else row_from_sql(found)

    def clear_cache(self) -> None:
        """Forget every cached order without an active change, and the sync cursor."""
        unsent = f"SELECT order_id FROM main.changes WHERE state IN ({_ACTIVE_SQL})"
        with self._write() as conn:
            gone = f"SELECT rowid FROM cache.orders WHERE id NOT IN ({unsent})"
            conn.execute(f"DELETE FROM cache.orders_fts WHERE rowid IN ({gone})")
            conn.execute(f"DELETE FROM cache.orders WHERE id NOT IN ({unsent})")
            conn.execute("DELETE FROM cache.meta")

    # -- the queue -----------------------------------------------------------

    @staticmethod
    def _active_changes(conn: sqlite3.Connection, order_id: str) -> list[Change]:
        rows = conn.execute(
            f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE order_id = ? AND state IN ({_ACTIVE_SQL}) ORDER BY seq",
            (order_id,),
        ).fetchall()
        return [change_from_sql(r) for r in rows]

    def enqueue(
        self,
        order_id: str,
        kind: ChangeKind,
        edit: OrderEdit,
        *,
        group_id: str | None = None,
        check: Callable[[Order], None] | None = None,
    ) -> Change:
        """Queue a change and lay it on the order, in one transaction.

        ``base`` records what the clerk saw of each touched key (the order
        with earlier changes applied) and the server's ``updated_at`` then.
        ``check`` may refuse the edit (by raising) against that same view.
        """
        now = time.time()
        with self._write() as conn:
            row = conn.execute(
                "SELECT coalesce(local_body, server_body), server_updated_at, reference FROM cache.orders WHERE id = ?",
                (order_id,),
            ).fetchone()
            if row is None:
                raise KeyError(order_id)
            seen = decode_body(row[0])
            if check is not None:
                check(Order.from_raw(seen, copy_raw=False))
            change_id = str(uuid.uuid4())
            base = read_values(seen, edit.touched())
            if edit.added_lines:
                base[LINE_IDS_KEY] = line_ids(seen)
            conn.execute(
                f"INSERT INTO main.changes ({CHANGE_COLUMNS}) VALUES "
                "(NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, NULL, NULL, NULL, NULL, ?, ?, NULL, 0)",
                (
                    change_id,
                    order_id,
                    row[2] or "",
                    kind.value,
                    group_id,
                    dumps(edit.model_dump(mode="python")),
                    dumps(base),
                    row[1],
                    ChangeState.PENDING.value,
                    now,
                    now,
                ),
            )
            self._refresh_overlay(conn, order_id)
            return self._get_change(conn, change_id)

    def amend(self, change_id: str, edit: OrderEdit) -> Change:
        """Fold a further edit into a change not yet sent (fixing a refused one) and requeue it."""
        now = time.time()
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            if change.state not in (ChangeState.PENDING, ChangeState.FAILED):
                raise ValueError("Only a waiting or refused change can be amended.")
            row = conn.execute(
                "SELECT coalesce(local_body, server_body) FROM cache.orders WHERE id = ?", (change.order_id,)
            ).fetchone()
            merged = change.edit.then(edit)
            base = dict(change.base)
            if row is not None:
                seen = decode_body(row[0])
                for key, value in read_values(seen, edit.touched()).items():
                    base.setdefault(key, value)
                if edit.added_lines:
                    base.setdefault(LINE_IDS_KEY, line_ids(seen))
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
            self._refresh_overlay(conn, change.order_id)
            return self._get_change(conn, change_id)

    @staticmethod
    def _get_change(conn: sqlite3.Connection, change_id: str) -> Change:
        row = conn.execute(f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE id = ?", (change_id,)).fetchone()
        if row is None:
            raise KeyError(change_id)
        return change_from_sql(row)

    def change(self, change_id: str) -> Change | None:
        """One change by id (or a unique prefix of it)."""
        with self._guard() as conn:
            rows = conn.execute(
                f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE id = ? OR id LIKE ? LIMIT 2",
                (change_id, f"{change_id}%" if len(change_id) >= 6 else change_id),
            ).fetchall()
        if len(rows) != 1:
            exact = [r for r in rows if r[1] == change_id]
            return change_from_sql(exact[0]) if exact else None
        return change_from_sql(rows[0])

    def changes(self, *, order_id: str | None = None, states: Iterable[ChangeState] | None = None) -> list[Change]:
        """Queued changes, oldest first, optionally of one order and/or in some states."""
        sql = f"SELECT {CHANGE_COLUMNS} FROM main.changes"
        clauses: list[str] = []
        params: list[Any] = []
        if order_id is not None:
            clauses.append("order_id = ?")
            params.append(order_id)
        if states is not None:
            wanted = [s.value for s in states]
            clauses.append(f"state IN ({', '.join('?' for _ in wanted)})")
            params += wanted
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        with self._guard() as conn:
            return [change_from_sql(r) for r in conn.execute(sql + " ORDER BY seq", params)]

    def active_changes(self, order_id: str | None = None) -> list[Change]:
        """Changes that have not reached the server yet."""
        return self.changes(order_id=order_id, states=ACTIVE_STATES)

    def heads(self) -> list[Change]:
        """The first active change of each order, oldest first: what push may send next."""
        with self._guard() as conn:
            rows = conn.execute(
                f"SELECT {CHANGE_COLUMNS} FROM main.changes WHERE seq IN (SELECT min(seq) FROM main.changes "
                f"WHERE state IN ({_ACTIVE_SQL}) GROUP BY order_id) ORDER BY seq"
            ).fetchall()
        return [change_from_sql(r) for r in rows]

    def counts(self) -> dict[ChangeState, int]:
        """How many changes are in each state."""
        with self._guard() as conn:
            rows = conn.execute("SELECT state, count(*) FROM main.changes GROUP BY state").fetchall()
        out = {state: 0 for state in ChangeState}
        for state, count in rows:
            out[ChangeState(state)] = int(count)
        return out

    def _update_change(self, conn: sqlite3.Connection, change_id: str, **values: Any) -> None:
        values["changed_at"] = time.time()
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        cur = conn.execute(f"UPDATE main.changes SET {assignments} WHERE id = :id", {**values, "id": change_id})
        if cur.rowcount != 1:
            raise KeyError(change_id)

    def mark_sending(self, change_id: str, settle: float) -> Change:
        """The change is about to be sent.

        Until ``settle`` seconds from now the request may still be applied by the
        server even if this process dies or gives up waiting: a crash or an
        unanswered try leaves the change untouched until then, and it is judged
        against a fresh read only after (never sent twice by a fast restart).
        """
        with self._write() as conn:
            self._update_change(conn, change_id, state=ChangeState.SENDING.value, settle_until=time.time() + settle)
            return self._get_change(conn, change_id)

    def mark_sent(self, change_id: str, server_order: Order | None) -> None:
        """The change reached the server; store the server's body in the same transaction."""
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            self._update_change(
                conn,
                change_id,
                state=ChangeState.SENT.value,
                sent_at=time.time(),
                last_error=None,
                field_errors=None,
                theirs=None,
                theirs_updated_at=None,
            )
            if server_order is not None:
                self._save_server_order(conn, server_order)
            self._refresh_overlay(conn, change.order_id)

    def mark_retry(
        self, change_id: str, error: str, delay: float, *, maybe_applied: bool = False, count: bool = False
    ) -> None:
        """Not sent this time (network, server busy); try again after ``delay`` seconds.

        ``maybe_applied``: the request may have reached the server (a timeout, a
        reset): the settle window set when it was sent stays. Otherwise nothing is
        in flight and it is cleared. ``count``: this try counts towards the cap.
        """
        with self._write() as conn:
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
            self._update_change(conn, change_id, **values)

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
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            self._update_change(
                conn,
                change_id,
                state=ChangeState.FAILED.value,
                last_error=error,
                field_errors=dumps(field_errors or {}),
                **({} if maybe_applied else {"settle_until": 0}),
            )
            self._refresh_overlay(conn, change.order_id)

    def mark_conflict(self, change_id: str, theirs: dict[str, Any], server_order: Order) -> None:
        """A colleague changed the same fields: keep both versions until the clerk chooses."""
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            self._update_change(
                conn,
                change_id,
                state=ChangeState.CONFLICT.value,
                theirs=dumps(theirs),
                theirs_updated_at=_text(server_order.raw_updated_at),
                last_error="A colleague changed the same fields on the server.",
            )
            self._save_server_order(conn, server_order)
            self._refresh_overlay(conn, change.order_id)

    def keep_mine(self, change_id: str) -> Change:
        """Settle a conflict for the clerk's version: rebase on theirs and send again."""
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            if change.state is not ChangeState.CONFLICT:
                raise ValueError("This change is not in conflict.")
            base = {**change.base, **change.theirs}
            self._update_change(
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
            return self._get_change(conn, change_id)

    def retry_now(self, change_id: str) -> Change:
        """Put a refused or waiting change back to be sent at the next push."""
        with self._write() as conn:
            change = self._get_change(conn, change_id)
            if change.state not in (ChangeState.FAILED, ChangeState.PENDING):
                raise ValueError(f"A {change.state.value} change cannot be retried.")
            self._update_change(
                conn, change_id, state=ChangeState.PENDING.value, next_attempt_at=0, attempts=0, field_errors=None
            )
            self._refresh_overlay(conn, change.order_id)
            return self._get_change(conn, change_id)

    def discard(self, change_id: str) -> Change:
        """Drop a change that has not reached the server; the order shows the server's version again."""
        with self._write() as conn:
            change = self._get_change(conn, change_id)
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
            self._refresh_overlay(conn, change.order_id)
            return change

    def requeue_interrupted(self) -> int:
        """Changes left ``sending`` by a crash go back to ``pending``.

        Their settle window stays: push judges them against a fresh read only
        once a request sent before the crash can no longer be applied.
        """
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE main.changes SET state = ?, next_attempt_at = 0 WHERE state = ?",
                (ChangeState.PENDING.value, ChangeState.SENDING.value),
            )
            return int(cur.rowcount)

    def prune_sent(self, older_than: float) -> int:
        """Forget sent changes older than ``older_than`` (a Unix time)."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM main.changes WHERE state = ? AND sent_at < ?", ("sent", older_than))
            return int(cur.rowcount)

    def retry_delay_of(self, change: Change) -> float:
        """Seconds until a pending change may be sent (0: now)."""
        return max(0.0, change.next_attempt_at - time.time())


def _store_files(folder: Path) -> list[Path]:
    """A store's files in ``folder``: the queue, the cache, their side files and marks."""
    prefixes = (QUEUE_FILE, CACHE_FILE, DAMAGED_MARK, CHECKED_MARK)
    return sorted(p for p in folder.glob("*") if p.name.startswith(prefixes) and p.is_file())


def _id_list(text: str | None) -> list[str]:
    try:
        ids = json.loads(text) if text else []
    except ValueError:
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
