"""The order list read straight from a profile's cache file: the start's first look.

At a start with a kept login, the list is painted before the store is opened
(its migrations, checks and the queue are for the program that follows).
This reader attaches the cache file alone, refuses writes, and answers the
list's count and windows with the very SQL the store uses
(:mod:`.listing`), so the rows are the ones the full program then shows.
Anything odd (no file yet, an older schema, a damaged file) is an error the
caller takes as "no first look": the usual start then opens the store, which
knows how to migrate or rebuild.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .list_row import CACHE_FILE, ROW_COLUMNS, OrderRow, row_from_sql
from .listing import ListQuery, order_clause, where_clause


class FirstLook:
    """A read-only view of a cached order list (count, windows of rows, one row)."""

    def __init__(self, folder: Path) -> None:
        path = folder / CACHE_FILE
        if not path.is_file():
            raise sqlite3.OperationalError(f"no cache file in {folder}")  # ATTACH would create one
        self._conn: sqlite3.Connection | None = sqlite3.connect(":memory:")
        try:
            self._conn.execute("ATTACH DATABASE ? AS cache", (str(path),))
            self._conn.execute("PRAGMA query_only = ON")  # a look: never a write, nor a migration
            self._conn.execute("PRAGMA cache.cache_size = -16384")
        except sqlite3.Error:
            self.close()
            raise

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._conn is None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise sqlite3.ProgrammingError("the first look is closed")
        return self._conn

    def count(self, query: ListQuery) -> int:
        """How many orders match ``query`` (its window aside)."""
        where, params = where_clause(query)
        return int(self._db().execute(f"SELECT count(*) FROM cache.orders{where}", params).fetchone()[0])

    def rows(self, query: ListQuery) -> list[OrderRow]:
        """One window of the list."""
        where, params = where_clause(query)
        window = ""
        if query.limit is not None:
            window = " LIMIT ? OFFSET ?"
            params = [*params, query.limit, query.offset]
        sql = f"SELECT {ROW_COLUMNS} FROM cache.orders{where}{order_clause(query)}{window}"
        return [row_from_sql(values) for values in self._db().execute(sql, params)]

    def row(self, order_id: str) -> OrderRow | None:
        """The list row of one order."""
        found = self._db().execute(f"SELECT {ROW_COLUMNS} FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return None if found is None else row_from_sql(found)

    def close(self) -> None:
        """Let the file go (the full program opens its own connections)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
