"""The stock the counter shows: the server's figure for the desk's shop, less the desk's own sales not in it yet.

The server's figure per variant is what the last stock pull stored
(``cache.shop_stock``: Σ ``stocks_warehouse`` over the shop's warehouses), or
else the product's ``estimated_quantity`` (``cache.variants.stock``). A sale
taken here lowers it at once: every catalogue line of a ``create`` still in
the queue, and of one sent after the last stock pull began, is taken off.
Once a pull that began after the sale reached the server has run, the
server's figure holds the sale and the desk stops counting it, so a sale is
never taken off twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from .changes import ACTIVE_STATES, ChangeKind, ChangeState

STOCK_PULLED_AT = "catalog.stocks_pulled_at"  # cache meta: when the last stock pull began (local time)


def save_shop_stock(conn: sqlite3.Connection, rows: Iterable[tuple[str, float, str]]) -> int:
    """Store ``(variant id, the shop's quantity, updated_at)`` rows; how many."""
    rows = list(rows)
    conn.executemany(
        "INSERT OR REPLACE INTO cache.shop_stock (variant_id, quantity, updated_at) VALUES (?, ?, ?)", rows
    )
    return len(rows)


def shop_stock(conn: sqlite3.Connection, variant_ids: list[str]) -> dict[str, Decimal]:
    """The stored shop figure of each of these variants that has one."""
    if not variant_ids:
        return {}
    marks = ",".join("?" * len(variant_ids))
    rows = conn.execute(
        f"SELECT variant_id, quantity FROM cache.shop_stock WHERE variant_id IN ({marks})", variant_ids
    ).fetchall()
    return {str(vid): Decimal(str(quantity)) for vid, quantity in rows}


def own_sales(conn: sqlite3.Connection) -> Counter[str]:
    """The quantity per variant of the desk's sales the server's figure does not hold yet."""
    row = conn.execute("SELECT value FROM cache.meta WHERE key = ?", (STOCK_PULLED_AT,)).fetchone()
    pulled_at = float(row[0]) if row is not None else 0.0
    states = [s.value for s in ACTIVE_STATES]
    marks = ",".join("?" * len(states))
    rows = conn.execute(
        f"SELECT intent FROM main.changes WHERE kind = ? AND (state IN ({marks}) OR (state = ? AND sent_at > ?))",
        [ChangeKind.CREATE.value, *states, ChangeState.SENT.value, pulled_at],
    ).fetchall()
    counts: Counter[str] = Counter()
    for (intent,) in rows:
        try:
            lines = json.loads(intent).get("lines") or []
        except (ValueError, AttributeError):
            continue  # an unreadable intent is the queue's to report, not the stock's
        for line in lines:
            if isinstance(line, dict) and line.get("variant_id"):
                counts[str(line["variant_id"])] += int(line.get("quantity") or 0)
    return counts
