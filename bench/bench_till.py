"""The till on the full cache (100,000 orders): its windows opened, and a Z report made.

A session is opened on this desk (offline: the bench's server does not
answer) with cash taken on its account, then: the opening count dialog and
the till window, each from construction to painted (their floor: an empty
dialog shown and painted the same way); the closing dialog likewise; and the
Z report's facts from the local copy (the session's cash, the payments by
way of paying read from the cached orders of its window of time; its floor:
reading the session alone). The session and its operations are dropped
after, leaving the bench cache as it was.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialog

from bench.cache import store_folder
from bench.common import RUNS, Figure, at_least, print_and_leave, publish, record, run_on_qt, shown, timed
from bench.counter_cache import counter_home
from genuka_desk.api import GenukaClient
from genuka_desk.service import ChangeKind, ListQuery, OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync.keys import CASH_CONTROL_KEY, DENOMINATIONS_KEY
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.till.close_dialog import CloseTillDialog
from genuka_desk.ui.till.open_dialog import OpenTillDialog
from genuka_desk.ui.till.window import TillWindow

# The XAF bills and coins as Genuka lists them (ids of the bench's own; the server is never asked here).
XAF = [
    {"id": f"xaf-{kind}-{value}", "currency_code": "XAF", "type": kind, "value": value, "label": f"{value} FCFA"}
    for kind, values in (("bill", (10000, 5000, 2000, 1000, 500)), ("coin", (500, 100, 50, 25, 10, 5, 2, 1)))
    for value in values
]


async def measure(home: Path) -> list[str]:
    store = LocalStore(store_folder(home))
    client = GenukaClient("http://127.0.0.1:9", company_id="bench", token="bench")
    service = OrderService(store, client)
    bridge = ServiceBridge(service)
    logging.basicConfig(filename=home / "bench-till.log", level=logging.WARNING, force=True)
    kept = {key: store.cache.get_meta(key) for key in (CASH_CONTROL_KEY, DENOMINATIONS_KEY + "XAF")}
    store.cache.set_meta(CASH_CONTROL_KEY, "on")
    store.cache.set_meta(DENOMINATIONS_KEY + "XAF", json.dumps(XAF))
    runs = at_least(RUNS)
    figures: dict[str, Any] = {"runs": runs}
    lines: list[Figure] = []
    try:
        view = service.till.open({"xaf-bill-10000": 3, "xaf-coin-500": 4})
        account = view.session.account_id
        for n in range(3):  # cash taken on the till's account: the report sums it
            pick = store.search.list_rows(ListQuery(billing_status=("pending",), limit=10))[n]
            await service.payments.record(pick.id, Decimal(500 * (n + 1)), "cash", account)
        floor = statistics.median([shown(lambda: QDialog()) for _ in range(runs + 1)][1:])
        opening = [shown(lambda: OpenTillDialog(service, bridge, language="fr")) for _ in range(runs + 1)][1:]
        window = [
            shown(lambda: TillWindow(service, bridge, "fr", actions=[], may_review=True)) for _ in range(runs + 1)
        ][1:]
        closing = [shown(lambda: CloseTillDialog(service, bridge, language="fr")) for _ in range(runs + 1)][1:]
        reports, reads = [], []
        for _ in range(runs + 1):
            started = time.perf_counter()
            report = await service.till.report()
            reports.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.till.live()
            reads.append(time.perf_counter() - started)
        assert report.cash_in == Decimal(3000), report.cash_in
        figures |= {
            "open_dialog_s": opening,
            "till_window_s": window,
            "close_dialog_s": closing,
            "bare_dialog_s": floor,
            "z_report_s": reports[1:],
            "session_read_s": reads[1:],
        }
        lines.append(timed("open the till dialog (100k)", statistics.median(opening), floor, 0.1))
        lines.append(timed("close the till dialog (100k)", statistics.median(closing), floor, 0.1))
        lines.append(timed("till window (100k)", statistics.median(window), floor, 0.1))
        lines.append(timed("Z report (100k)", statistics.median(reports[1:]), statistics.median(reads[1:]), 0.3))
    finally:
        for change in service.changes.queue():
            if change.kind in (ChangeKind.PAYMENT, ChangeKind.TILL_OPEN, ChangeKind.TILL_CLOSE):
                await service.changes.discard(change.id)  # leave the bench cache as it was
        for key, value in kept.items():
            store.cache.set_meta(key, value)
    record("till_100k", figures)
    bridge.close()
    await service.close()
    return publish(lines)


def main() -> list[str]:
    home = counter_home()
    return run_on_qt(lambda: measure(home))


if __name__ == "__main__":
    print_and_leave(main())
