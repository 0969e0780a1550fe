"""Opening the two SQLite files of a profile, with pragmas and migrations.

The change queue lives in ``queue.sqlite3`` and the order cache in
``cache.sqlite3``, attached to the same connection as ``cache``: one
transaction can write a queued change and its optimistic overlay, while a
corrupt cache file can be moved aside and rebuilt without touching the queue.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

Migration = Callable[[sqlite3.Connection, str], None]


class StoreError(Exception):
    """The local database cannot be read or written (disk full, read-only, corrupt)."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A sentence a clerk can act on, for a SQLite failure."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "The disk is full: free some space, then try again. Nothing already saved was lost."
    if "readonly" in text or "read-only" in text:
        return "The data folder is read-only: genuka-desk cannot save there. Nothing already saved was lost."
    if "locked" in text or "busy" in text:
        return "The local database is busy (is genuka-desk open twice?). Try again."
    if is_damage(exc):
        return (
            "The local copy of the orders is damaged. Restart genuka-desk: it sets the damaged file aside "
            "and fetches the orders again. Unsent changes are kept in a separate file."
        )
    return f"The local database failed: {exc}"


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether a SQLite failure means a damaged file (not a full disk or a lock)."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def folder_problem(folder: Path) -> str | None:
    """Why the data folder cannot be written, in a sentence (None when it can)."""
    probe = folder if folder.exists() else folder.parent
    try:
        read_only = bool(os.statvfs(probe).f_flag & os.ST_RDONLY)
    except OSError:
        read_only = False
    if read_only or (probe.exists() and not os.access(probe, os.W_OK)):
        return (
            f"The data folder {folder} is read-only: genuka-desk cannot save there. "
            "Nothing already saved was lost; make the folder writable (or choose another with --data-dir) "
            "and start again."
        )
    return None


def file_is_sound(path: Path) -> bool:
    """A full structural check of one database file, on its own read-only connection.

    Seconds on a large cache: call it off the GUI thread.
    """
    if not path.exists():
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.DatabaseError as exc:
        return not is_damage(exc)  # busy or locked says nothing about the file
    finally:
        conn.close()


def migrate(conn: sqlite3.Connection, schema: str, migrations: Sequence[Migration]) -> int:
    """Run the migrations ``schema`` has not had yet (``user_version`` counts them)."""
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    if version > len(migrations):
        raise StoreError(
            f"This data was written by a newer genuka-desk (schema {version} > {len(migrations)}); "
            "update the program to open it."
        )
    for number, step in enumerate(migrations[version:], start=version + 1):
        with transaction(conn):
            step(conn, schema)
            conn.execute(f"PRAGMA {schema}.user_version = {number}")
        log.info("migrated %s to schema %d", schema, number)
    return len(migrations)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        # SQLite rolls back by itself on some errors (a full disk): roll back only what is
        # still open, and never let the rollback hide the error that caused it.
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def connect(path: Path) -> sqlite3.Connection:
    """A connection to ``path`` in autocommit mode (transactions are explicit)."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10.0)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def set_wal(conn: sqlite3.Connection, schema: str, synchronous: str) -> None:
    """WAL journal and the given ``synchronous`` level for one attached schema."""
    mode = conn.execute(f"PRAGMA {schema}.journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("%s: journal mode is %s, not WAL", schema, mode)
    conn.execute(f"PRAGMA {schema}.synchronous = {synchronous}")


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) so a fresh one can be made."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    log.error("moved the damaged database %s aside to %s", path, target)
    return target
