"""Payments and paper on the full cache (100,000 orders): a receipt and an invoice as PDFs, a receipt's ESC/POS
bytes, a payment shown.

A receipt (80 mm) and an A4 invoice written from the local copy, from the
service's facts to the file closed, for orders of several lines with a
payment; their floor is a one-line PDF page written the same way. The
receipt printer's bytes of the same receipts (logo, QR code and cut
included), from the service's facts to the bytes; their floor is a
one-line ticket made the same way (the library's Dummy printer). Taking a
payment: from the service call (checked, queued on disk, laid on the order)
to the editor's Payments tab showing it, painted; its floor is that table's
paint alone. The payments the bench takes are discarded after. The step
runs on the GUI thread without yielding (the service's event refills the
tab before ``record`` returns), so its CPU time on that thread, kept in
``details`` beside the wall time, tells a path that does more from a busier
machine: the wall time above it is waiting (the queue's durable write, other
processes holding the CPU).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPainter, QPdfWriter

from bench.cache import store_folder
from bench.common import RUNS, Figure, print_and_leave, publish, record, run_on_qt, timed
from bench.counter_cache import counter_home
from genuka_desk.api import GenukaClient
from genuka_desk.service import ChangeKind, ListQuery, OrderService, PaperKind
from genuka_desk.service.thermal.receipt import receipt_bytes
from genuka_desk.service.thermal.ticket import Ticket
from genuka_desk.store import LocalStore
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.thermal_words import receipt_words


def bare_ticket() -> float:
    """One line of text on a ticket, made the same way (the floor of a receipt's bytes)."""
    started = time.perf_counter()
    ticket = Ticket(80)
    ticket.line("Genuka Desk")
    assert ticket.output
    return time.perf_counter() - started


def escpos_receipts(service: OrderService, ids: list[str]) -> tuple[float, float]:
    """The median time of a receipt's ESC/POS bytes from the service's facts, and of its floor."""
    words = receipt_words("fr")
    receipt_bytes(service.shop.paper(ids[0], "bench"), words, 80)  # the library loaded, the logo read: not warm
    times = []
    for order_id in ids[1:] or ids:
        started = time.perf_counter()
        receipt_bytes(service.shop.paper(order_id, "bench"), words, 80)
        times.append(time.perf_counter() - started)
    return statistics.median(times), statistics.median([bare_ticket() for _ in ids])


def bare_pdf(path: Path) -> float:
    """One line on one page, written the same way (the floor)."""
    started = time.perf_counter()
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.drawText(100, 100, "Genuka Desk")
    painter.end()
    del writer
    return time.perf_counter() - started


async def measure(home: Path) -> list[str]:
    store = LocalStore(store_folder(home))
    client = GenukaClient("http://127.0.0.1:9", company_id="bench", token="bench")
    service = OrderService(store, client)
    bridge = ServiceBridge(service)
    logging.basicConfig(filename=home / "bench-paper.log", level=logging.WARNING, force=True)
    rows = [r for r in service.orders.rows(ListQuery(billing_status=("pending",), limit=400)) if r.item_count >= 3]
    picks = rows[: RUNS + 1]
    folder = Path(tempfile.mkdtemp())
    figures: dict[str, Any] = {"runs": RUNS}
    lines: list[Figure] = []
    documents: dict[str, list[float]] = {"receipt": [], "invoice": []}
    floors = [bare_pdf(folder / f"bare{n}.pdf") for n in range(RUNS + 1)][1:]
    for n, pick in enumerate(picks):
        for kind, name in ((PaperKind.RECEIPT, "receipt"), (PaperKind.INVOICE, "invoice")):
            started = time.perf_counter()
            write_pdf(service.shop.paper(pick.id, "bench"), kind, folder / f"{name}{n}.pdf", "fr", 80)
            if n:  # the first builds the fonts and classes: not a warm print
                documents[name].append(time.perf_counter() - started)
    shutil.rmtree(folder, ignore_errors=True)  # the PDFs were only timed (each run left a folder in /tmp)
    floor = statistics.median(floors)
    receipt, invoice = (statistics.median(documents[k]) for k in ("receipt", "invoice"))
    figures |= {"receipt_pdf_s": receipt, "invoice_pdf_s": invoice, "bare_pdf_s": floor}
    lines.append(timed("receipt PDF (80 mm)", receipt, floor, 0.15))
    lines.append(timed("invoice PDF (A4)", invoice, floor, 0.3))
    escpos, ticket_floor = escpos_receipts(service, [pick.id for pick in picks])
    figures |= {"receipt_escpos_s": escpos, "bare_ticket_s": ticket_floor}
    lines.append(timed("receipt bytes (ESC/POS, 80 mm)", escpos, ticket_floor, 0.02))

    editor = OrderEditor(service, bridge, picks[0].id, locale="fr")
    editor.show()
    editor.tabs.setCurrentWidget(editor.payments)
    editor.grab()
    await asyncio.sleep(0.2)
    shown: list[float] = []
    shown_cpu: list[float] = []
    paints: list[float] = []
    table = editor.payments.table.viewport()
    for _ in range(RUNS):
        before = editor.payments.table.rowCount()
        cpu = time.thread_time()
        started = time.perf_counter()
        await service.payments.record(picks[0].id, Decimal(100), "cash", "bench-till")
        # Polling on purpose: the figure is the time until the payment is on screen.
        while editor.payments.table.rowCount() == before:  # noqa: ASYNC110
            await asyncio.sleep(0)
        table.repaint()
        shown.append(time.perf_counter() - started)
        shown_cpu.append(time.thread_time() - cpu)
        started = time.perf_counter()
        table.repaint()
        paints.append(time.perf_counter() - started)
    payment, paint = statistics.median(shown), statistics.median(paints)
    figures |= {"payment_shown_s": payment, "payment_shown_cpu_s": statistics.median(shown_cpu)}
    figures |= {"payments_paint_s": paint}
    lines.append(timed("payment shown", payment, paint, 0.016))
    for change in service.changes.queue():
        if change.kind is ChangeKind.PAYMENT:
            await service.changes.discard(change.id)  # leave the bench cache as it was
    record("paper_100k", figures)
    editor.close()
    bridge.close()
    await service.close()
    return publish(lines)


def main() -> list[str]:
    home = counter_home()
    return run_on_qt(lambda: measure(home))


if __name__ == "__main__":
    print_and_leave(main())
