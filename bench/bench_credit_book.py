"""The credit book on the full cache (100,000 orders, 30,000 customers): who owes money, summed and shown.

Figures: the book as the window reads it from the local copy (every
customer who owes summed, filtered and sorted by balance in SQL, with the
count and total; the first page of rows built: customer, balance, oldest
unpaid order, days overdue, last payment), the same filtered as a clerk
types (a name, a minimum, overdue only), and the window from construction
to painted. Floors: one plain SQL pass summing every order's balance (the
least any book costs: it reads each order once), and an empty window shown
and painted the same way. The whole book built as Python rows (the CLI's
and the exports' read, no budget) is kept in the details.
"""

from __future__ import annotations

import os
import statistics
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QWidget

from bench.cache import store_folder
from bench.common import RUNS, Figure, at_least, print_and_leave, publish, record, run_on_qt, shown, timed
from bench.counter_cache import counter_home
from genuka_desk.api import GenukaClient
from genuka_desk.service import OrderService
from genuka_desk.service.credit_book import CreditQuery
from genuka_desk.store import LocalStore
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.credit_book.model import PAGE
from genuka_desk.ui.credit_book.window import CreditBookWindow


def seconds_of(work: Any) -> float:
    """Seconds ``work()`` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


async def measure(home: Path) -> list[str]:
    store = LocalStore(store_folder(home))
    client = GenukaClient("http://127.0.0.1:9", company_id="bench", token="bench")
    service = OrderService(store, client)
    bridge = ServiceBridge(service)
    runs = at_least(RUNS)
    book = service.credit_book
    everyone = book.debtors()
    assert everyone, "the bench cache has customers who owe"
    name = everyone[len(everyone) // 2].name.split()[0]
    typed = CreditQuery(search=name, min_balance=Decimal(10000), overdue_only=True)

    def floor_sql() -> None:
        with store.files.read() as conn:
            conn.execute("SELECT sum(due_num) FROM cache.orders").fetchone()

    reads = [seconds_of(lambda: book.page(limit=PAGE)) for _ in range(runs + 1)][1:]
    filtered = [seconds_of(lambda: book.page(typed, limit=PAGE)) for _ in range(runs + 1)][1:]
    whole = [seconds_of(book.debtors) for _ in range(runs + 1)][1:]
    floors = [seconds_of(floor_sql) for _ in range(runs + 1)][1:]
    window = [shown(lambda: CreditBookWindow(service, bridge, "fr")) for _ in range(runs + 1)][1:]
    bare = [shown(QWidget) for _ in range(runs + 1)][1:]
    with store.files.read() as conn:
        orders = conn.execute("SELECT count(*) FROM cache.orders").fetchone()[0]
        customers = conn.execute("SELECT count(*) FROM cache.customers").fetchone()[0]
    figures: dict[str, Any] = {
        "runs": runs,
        "orders": orders,
        "customers": customers,
        "debtors": len(everyone),
        "book_s": reads,
        "book_filtered_s": filtered,
        "whole_book_s": whole,
        "sum_floor_s": floors,
        "window_s": window,
        "bare_window_s": bare,
    }
    record("credit_book_100k", figures)
    floor = statistics.median(floors)
    lines: list[Figure] = [
        timed("credit book, who owes (100k)", statistics.median(reads), floor, 0.2),
        timed("credit book, filtered (100k)", statistics.median(filtered), floor, 0.2),
        timed("credit book window (100k)", statistics.median(window), statistics.median(bare), 0.2),
    ]
    bridge.close()
    await service.close()
    return publish(lines)


def main() -> list[str]:
    home = counter_home()
    return run_on_qt(lambda: measure(home))


if __name__ == "__main__":
    print_and_leave(main())
