"""The local copy of the shop's discounts (``/admin/discounts``), and how often each was used here and there.

One row per discount, its body as the server sent it (cache v13); a
soft-deleted one is removed. Usage is counted from the cached orders
carrying the discount (their ``discount_ids`` column, from their bodies
with the desk's queued changes laid on them: :mod:`.body_columns`), leaving
out cancelled ones (the demo's reading too: the reference says nothing,
ref36 (a)13), plus the queued changes naming it on orders not counted yet.
The order being judged is left out: a sale reopened to be corrected keeps
its own single-use code.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from .changes import ACTIVE_STATES
from .files import StoreFiles


class DiscountStore:
    """The discounts pulled from the server, by id and by code (case-sensitive), and their usage."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files

    def save(self, bodies: list[dict[str, Any]]) -> int:
        """Store the discounts as sent (one with ``deleted_at`` goes); how many rows were written or removed."""
        rows, gone = [], []
        for body in bodies:
            discount_id = str(body.get("id") or "")
            if not discount_id:
                continue
            if body.get("deleted_at"):
                gone.append((discount_id,))
                continue
            automatic = int(body.get("application_strategy") == "automatic")
            text = json.dumps(body, default=str)
            rows.append((discount_id, str(body.get("code") or ""), automatic, str(body.get("updated_at") or ""), text))
        with self.files.write() as conn:
            conn.executemany("DELETE FROM cache.discounts WHERE id = ?", gone)
            conn.executemany(
                "INSERT OR REPLACE INTO cache.discounts (id, code, automatic, updated_at, body) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows) + len(gone)

    def bodies(self, *, automatic_only: bool = False) -> list[dict[str, Any]]:
        """Every stored discount's body, by code."""
        where = "WHERE automatic = 1" if automatic_only else ""
        with self.files.read() as conn:
            rows = conn.execute(f"SELECT body FROM cache.discounts {where} ORDER BY code, id").fetchall()
        return [json.loads(body) for (body,) in rows]

    def by_code(self, code: str) -> dict[str, Any] | None:
        """The discount with exactly this code (SQLite compares text case-sensitively), or None."""
        with self.files.read() as conn:
            row = conn.execute("SELECT body FROM cache.discounts WHERE code = ? LIMIT 1", (code,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def usage(
        self, discount_id: str, customer_id: str | None = None, leave_out: Collection[str] = ()
    ) -> tuple[int, int]:
        """How many orders use the discount, and how many of them are ``customer_id``'s (not cancelled).

        ``leave_out``: the ids of the order being judged (a sale's local id too), whose own use does not count.
        """
        pattern = f"% {discount_id} %"
        states = [s.value for s in ACTIVE_STATES]
        marks = ",".join("?" * len(states))
        with self.files.read() as conn:
            rows = conn.execute(
                "SELECT id, customer_key FROM cache.orders WHERE discount_ids LIKE ? AND cancelled = 0", (pattern,)
            ).fetchall()
            queued = conn.execute(
                f"SELECT DISTINCT order_id FROM main.changes WHERE state IN ({marks}) AND intent LIKE ?",
                [*states, f'%"{discount_id}"%'],
            ).fetchall()
            left = {str(i) for i in leave_out}
            rows = [(order_id, key) for order_id, key in rows if str(order_id) not in left]
            counted = {str(order_id) for order_id, _ in rows}
            extra = {str(order_id) for (order_id,) in queued} - counted - left
            # A sale still queued names its code in its changes only: its customer is its local row's.
            theirs = [
                found[0]
                for order_id in sorted(extra)
                if (found := conn.execute("SELECT customer_key FROM cache.orders WHERE id = ?", (order_id,)).fetchone())
            ]
        mine = sum(1 for key in [k for _, k in rows] + theirs if customer_id and key == customer_id)
        return len(counted) + len(extra), mine
