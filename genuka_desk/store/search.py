"""The order list read from the cache: filters, search words, sort and window, and one row."""

from __future__ import annotations

import sqlite3

import orjson

from .files import StoreFiles
from .list_row import ROW_COLUMNS, OrderRow, row_from_sql
from .listing import ListQuery, order_clause, search_select, where_clause


class OrderSearch:
    """Reads of the order list on the reading connection (never waits for a sync's write)."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files
        # The last search's hits, kept in the reading connection's temp table for one count of writes.
        self._hits_key: tuple[object, ...] | None = None
        self._hits_count = 0
        self._order_total = 0

    def held_ids(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` this computer already holds."""
        held: set[str] = set()
        with self.files.guard() as conn:
            for first in range(0, len(ids), 500):
                chunk = ids[first : first + 500]
                marks = ", ".join("?" for _ in chunk)
                held |= {r[0] for r in conn.execute(f"SELECT id FROM cache.orders WHERE id IN ({marks})", chunk)}
        return held

    def find_order_id(self, key: str) -> str | None:
        """An order's id from its id or its reference (``#1042``, ``1042``)."""
        key = key.strip()
        if not key:
            return None
        with self.files.guard() as conn:
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
        key = (found[0], tuple(found[1]), self.files.writes)
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
        with self.files.read() as conn:
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
            # One step for the whole window: the rows come back as one JSON text. Read row by row,
            # each step gives the GIL away and waits to get it back while a sync stores pages
            # beside it (~20 ms for 100 rows then, in the middle of a repaint).
            packed = conn.execute(f"SELECT json_group_array(json_array({ROW_COLUMNS})) FROM ({sql})", params)
            return [row_from_sql(tuple(r)) for r in orjson.loads(packed.fetchone()[0])]

    def count_rows(self, query: ListQuery) -> int:
        """How many orders match ``query`` (ignoring its window)."""
        with self.files.read() as conn:
            hits = self._search_hits(conn, query)
            where, params = where_clause(query, hits)
            if hits is not None and where == f" WHERE {hits}":
                return self._hits_count  # the search alone: every hit is an order
            return int(conn.execute(f"SELECT count(*) FROM cache.orders{where}", params).fetchone()[0])

    def row(self, order_id: str) -> OrderRow | None:
        """The list row of one order."""
        with self.files.read() as conn:
            found = conn.execute(f"SELECT {ROW_COLUMNS} FROM cache.orders WHERE id = ?", (order_id,)).fetchone()
        return None if found is None else row_from_sql(found)
