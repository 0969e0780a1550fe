"""The manager's figures, counted in SQL on the cached orders (instant, offline): sales, statuses, channels, owed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from .files import StoreFiles
from .list_row import OWED_SQL
from .rows import sortable_time


@dataclass(frozen=True)
class Figures:
    """Orders and money since two moments (the start of today, of the week), and what is really owed."""

    today_orders: int = 0
    today_sales: float = 0.0
    week_orders: int = 0
    week_sales: float = 0.0
    owed: float = 0.0
    by_payment: dict[str, int] = field(default_factory=dict)  # this week's orders by payment status
    by_fulfilment: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    per_day: list[tuple[str, int, float]] = field(default_factory=list)  # the week's days: (Y-m-d, orders, sales)


class FiguresCache:
    """Counts over ``cache.orders`` (cancelled orders left out)."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files

    def figures(self, today: datetime, week: datetime, days: list[tuple[str, datetime, datetime]]) -> Figures:
        """The figures since ``today`` and ``week`` (aware moments), with ``days`` as (label, start, end)."""
        since_today, since_week = sortable_time(today.astimezone(UTC)), sortable_time(week.astimezone(UTC))
        alive = "cancelled = 0"
        with self.files.read() as conn:
            t_count, t_sum = conn.execute(
                f"SELECT count(*), coalesce(sum(total_num), 0) FROM cache.orders WHERE {alive} AND created_at >= ?",
                (since_today,),
            ).fetchone()
            w_count, w_sum = conn.execute(
                f"SELECT count(*), coalesce(sum(total_num), 0) FROM cache.orders WHERE {alive} AND created_at >= ?",
                (since_week,),
            ).fetchone()
            # Only what is really owed (models.owed): no cancelled payment status, no quotation.
            owed = conn.execute(f"SELECT coalesce(sum({OWED_SQL}), 0) FROM cache.orders WHERE {alive}").fetchone()[0]

            def grouped(column: str) -> dict[str, int]:
                rows = conn.execute(
                    f"SELECT {column}, count(*) FROM cache.orders WHERE {alive} AND created_at >= ? GROUP BY {column}",
                    (since_week,),
                ).fetchall()
                return {str(key or ""): int(count) for key, count in rows}

            per_day = []
            for label, start, end in days:
                count, total = conn.execute(
                    f"SELECT count(*), coalesce(sum(total_num), 0) FROM cache.orders "
                    f"WHERE {alive} AND created_at >= ? AND created_at < ?",
                    (sortable_time(start.astimezone(UTC)), sortable_time(end.astimezone(UTC))),
                ).fetchone()
                per_day.append((label, int(count), float(total)))
            return Figures(
                today_orders=int(t_count),
                today_sales=float(t_sum),
                week_orders=int(w_count),
                week_sales=float(w_sum),
                owed=float(owed),
                by_payment=grouped("billing_status"),
                by_fulfilment=grouped("shipping_status"),
                by_source=grouped("upper(source)"),
                per_day=per_day,
            )
