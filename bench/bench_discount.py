"""A discount recomputes the totals: a 30-line sale in the sale window, the clerk's discount to the totals shown.

Figure: "a discount recomputes totals", from the clerk's discount handed to
the lines (the limit judged by the service, each line's discount laid, the
table, the lines' note and the payment's total written again) to the window
painted, for 10 % on the whole sale (spread over the 30 lines). Floor: the
same window painted after a quantity changed on one line (the totals'
existing path). The desk is offline, as a counter may be: nothing waits on
the server.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QSpinBox

from bench.common import RUNS, Figure, at_least, print_and_leave, publish, record, run_on_qt, timed
from genuka_desk.api import GenukaClient
from genuka_desk.models import NewOrderLine
from genuka_desk.service import OrderService
from genuka_desk.service.manual_discounts import Asked
from genuka_desk.store import LocalStore
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.counter.lines_part import QUANTITY

LINES = 30


def painted(window: NewOrderWindow, work: Any) -> float:
    """Seconds from ``work()`` to the window painted again."""
    started = time.perf_counter()
    work()
    QApplication.processEvents()
    window.grab()
    return time.perf_counter() - started


async def measure(folder: Path) -> list[str]:
    store = LocalStore(folder)
    client = GenukaClient("http://127.0.0.1:9", company_id="bench", token="bench")
    service = OrderService(store, client)
    bridge = ServiceBridge(service)
    window = NewOrderWindow(service, bridge, locale="fr")
    window.resize(1020, 760)
    window.show()
    goods = window.goods
    goods.load(
        [NewOrderLine(title=f"Article {n}", quantity=1 + n % 4, price=Decimal(500 + 250 * n)) for n in range(LINES)]
    )
    QApplication.processEvents()
    runs = at_least(RUNS * 4)
    spin = goods.table.cellWidget(0, QUANTITY)
    assert isinstance(spin, QSpinBox)
    floor = [painted(window, lambda n=n: spin.setValue(2 + n % 2)) for n in range(runs + 1)][1:]
    asked = [Asked(percent=Decimal(10 + n % 2)) for n in range(runs + 1)]
    given = [painted(window, lambda a=a: goods.apply_discount(a)) for a in asked][1:]
    assert window.cart.discounts > 0 and "−" in goods.discount_note.text()
    figures: dict[str, Any] = {"runs": runs, "lines": LINES, "discount_s": given, "quantity_s": floor}
    lines: list[Figure] = [
        timed("a discount recomputes totals (30)", statistics.median(given), statistics.median(floor), 0.016),
    ]
    record("discount_30_lines", figures)
    goods.reset()  # an empty sale closes without asking
    window.close()
    bridge.close()
    await service.close()
    return publish(lines)


def main() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-discount-") as folder:
        return run_on_qt(lambda: measure(Path(folder)))


if __name__ == "__main__":
    print_and_leave(main())
