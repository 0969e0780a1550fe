"""Open a return on the full cache (100,000 orders): the return dialog's draft, and the dialog shown.

Figures: "open a return", from the dialog's construction (the draft read
from the local copy: the order's lines, what was already returned, the
payments the money can go back on) to the dialog painted, on the order of
the first page with the most lines; and the draft alone. Floors: an empty
dialog shown and painted the same way, and reading the order alone from the
local copy. The bench's server never answers: the desk is offline, as a
counter may be.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog

from bench.cache import store_folder
from bench.common import RUNS, Figure, at_least, print_and_leave, publish, record, run_on_qt, shown, timed
from bench.counter_cache import counter_home
from genuka_desk.api import GenukaClient
from genuka_desk.service import ListQuery, OrderService
from genuka_desk.store import LocalStore
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.returns.dialog import ReturnDialog


def seconds_of(work: Any) -> float:
    """Seconds ``work()`` took."""
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def busiest(service: OrderService) -> str:
    """The paid order of the first page with the most lines (the heaviest dialog a clerk opens)."""
    rows = service.orders.rows(ListQuery(billing_status=("paid",), limit=100)) or service.orders.rows(
        ListQuery(limit=100)
    )
    assert rows, "the bench cache has orders"

    def lines(order_id: str) -> int:
        order = service.orders.cached(order_id)
        return len(order.lines) if order is not None else 0

    return max((row.id for row in rows), key=lines)


async def measure(home: Path) -> list[str]:
    store = LocalStore(store_folder(home))
    client = GenukaClient("http://127.0.0.1:9", company_id="bench", token="bench")
    service = OrderService(store, client)
    bridge = ServiceBridge(service)
    runs = at_least(RUNS)
    order_id = busiest(service)
    draft = service.returns.draft(order_id)
    floor = [shown(lambda: QDialog()) for _ in range(runs + 1)][1:]
    opened = [shown(lambda: ReturnDialog(service, bridge, order_id, locale="fr")) for _ in range(runs + 1)][1:]
    drafts = [seconds_of(lambda: service.returns.draft(order_id)) for _ in range(runs + 1)][1:]
    reads = [seconds_of(lambda: service.orders.cached(order_id)) for _ in range(runs + 1)][1:]
    figures: dict[str, Any] = {
        "runs": runs,
        "order_lines": len(draft.lines),
        "payments": len(draft.sources),
        "open_return_s": opened,
        "bare_dialog_s": floor,
        "draft_s": drafts,
        "order_read_s": reads,
    }
    lines: list[Figure] = [
        timed("open a return (100k)", statistics.median(opened), statistics.median(floor), 0.1),
        timed("return draft (100k)", statistics.median(drafts), statistics.median(reads), 0.05),
    ]
    record("returns_100k", figures)
    bridge.close()
    await service.close()
    return publish(lines)


def main() -> list[str]:
    home = counter_home()
    return run_on_qt(lambda: measure(home))


if __name__ == "__main__":
    print_and_leave(main())
