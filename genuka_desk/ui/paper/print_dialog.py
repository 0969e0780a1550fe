"""File > Print (Ctrl+P): choose the document, then preview, print, print again in one click, or save a PDF.

With a receipt printer set in Preferences, a receipt goes straight to it,
without the system's dialog and off the GUI thread; when that printer
cannot print, the clerk is told why and the system's print dialog opens
instead (:mod:`.paper_dialog`). Invoices and delivery slips always take the
system's path.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ... import service as _service
from .output import put_on, write_pdf
from .paper_dialog import PaperDialog
from .thermal_words import receipt_words


class PrintDialog(PaperDialog):
    """The documents of one order, from the local copy (so offline too)."""

    CHOICES = (
        (_service.PaperKind.RECEIPT, 80),
        (_service.PaperKind.RECEIPT, 58),
        (_service.PaperKind.INVOICE, 0),
        (_service.PaperKind.SLIP, 0),
    )
    LAST = "paper/last"

    def __init__(
        self,
        service: _service.OrderService,
        order_id: str,
        settings: QSettings,
        *,
        locale: str = "fr",
        clerk: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, locale, parent)
        self.service = service
        self.order_id = order_id
        self.facts: _service.PaperFacts = service.shop.paper(order_id, clerk)
        self.setWindowTitle(self.tr("Print %s") % self.facts.reference)
        labels = {
            (_service.PaperKind.RECEIPT, 80): self.tr("Receipt, 80 mm roll"),
            (_service.PaperKind.RECEIPT, 58): self.tr("Receipt, 58 mm roll"),
            (_service.PaperKind.INVOICE, 0): self.tr("Invoice (A4)"),
            (_service.PaperKind.SLIP, 0): self.tr("Delivery slip, no prices (A5)"),
        }
        note = ""
        if self.facts.temporary:
            note = self.tr("This sale is not on the server yet: it prints under its temporary reference.")
        self.genuka_button = QPushButton(self.tr("Genuka invoice (PDF)"), self)
        self.genuka_button.setToolTip(self.tr("The server's own invoice, opened in the browser (needs the internet)"))
        self.genuka_button.clicked.connect(self.open_genuka_invoice)
        self.genuka_button.setVisible(bool(service.online) and not self.facts.temporary)
        self._lay_out(QVBoxLayout(self), labels, note, extra=(self.genuka_button,))

    def _remember(self) -> None:
        super()._remember()
        kind, width = self.chosen()
        self.setup.remember(kind, width=width)

    def put_on(self, device: QPagedPaintDevice) -> None:
        """Lay the chosen document out for ``device`` (a printer, a PDF) and paint it."""
        kind, width = self.chosen()
        put_on(device, self.facts, kind, self.language, width)

    def _receipt_work(self, timeout: float) -> Callable[[], object]:
        from ...service.thermal.receipt import print_receipt

        target, facts, words = self.thermal, self.facts, receipt_words(self.language)
        return lambda: print_receipt(target, facts, words, timeout)

    def _write_pdf(self, path: Path) -> Path:
        kind, width = self.chosen()
        return write_pdf(self.facts, kind, path, self.language, width)

    def _pdf_name(self) -> tuple[str, datetime | None]:
        return self.facts.reference, self.facts.created_at

    def open_genuka_invoice(self) -> None:
        """The server's own invoice of the order, in the browser."""
        url = self.service.shop.invoice_url(self.order_id)
        if url:
            QDesktopServices.openUrl(QUrl(url))
