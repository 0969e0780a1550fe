"""The files of one profile's store: opening them, their locks and transactions, damage and recovery.

Two SQLite files: ``queue.sqlite3`` (the changes not yet sent; every commit
reaches the disk) and ``cache.sqlite3`` (a copy of the server, attached as
``cache``; rebuildable, so a damaged one is set aside and fetched again).
A second connection reads for the list and the editor while a sync writes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

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
from .list_row import CACHE_FILE as _CACHE_FILE
from .schema import CACHE_MIGRATIONS, QUEUE_MIGRATIONS

log = logging.getLogger(__name__)

QUEUE_FILE = "queue.sqlite3"
CACHE_FILE = _CACHE_FILE
# Left when damage is seen while running: the next start checks the cache fully and rebuilds it.
DAMAGED_MARK = "cache.damaged"
# Touched after a full check of the cache passed; the background check runs when it is older.
CHECKED_MARK = "cache.checked"
CHECK_EVERY = 24 * 3600.0


class StoreFiles:
    """The two files of one profile, their connections and locks. Thread-safe: one lock per connection."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.cache_rebuilt = False  # True when a damaged cache was moved aside (at open or since)
        self.cache_moved_to: Path | None = None
        self._lock = threading.RLock()
        self._read_lock = threading.RLock()
        self.writes = 0  # counts write transactions: cached search hits are valid for one count
        # The server's time now (the sync sets it from the client: its answers' Date); None: not known.
        self.server_now: Callable[[], float] | None = None
        # Lays the queued changes again on the cached orders: the store that owns these files sets it.
        self.reconcile: Callable[[], None] = lambda: None
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

    def settle(self) -> None:
        """Lay the queued changes on the cache once the store's parts exist; a cache damaged inside is rebuilt."""
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
            self.writes += 1  # the reading connection is new: no search hits are kept in it
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
        with self.guard() as conn:
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def guard(self) -> Iterator[sqlite3.Connection]:
        """The connection under the lock; SQLite failures become :class:`StoreError`."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The reading connection under its own lock (never waits for a writer)."""
        with self._read_lock:
            try:
                yield self._reader
            except sqlite3.Error as exc:
                raise self._failed(exc) from exc

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """The connection in a transaction: committed at the end, rolled back on an error."""
        with self.guard() as conn:
            try:
                with transaction(conn):
                    yield conn
            finally:
                self.writes += 1  # cached search hits may be stale now


def _store_files(folder: Path) -> list[Path]:
    """A store's files in ``folder``: the queue, the cache, their side files and marks."""
    prefixes = (QUEUE_FILE, CACHE_FILE, DAMAGED_MARK, CHECKED_MARK)
    return sorted(p for p in folder.glob("*") if p.name.startswith(prefixes) and p.is_file())
