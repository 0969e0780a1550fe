"""Print a return receipt: the roll (80 or 58 mm) or an A4 page; preview, print, print again, or a PDF.

Like the sale's print dialog (both are a :class:`.paper_dialog.PaperDialog`):
a roll goes straight to the receipt printer set in Preferences, off the GUI
thread, and to the system's dialog when that printer cannot print. From the
local copy: a queued return prints too, marked so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ... import service as _service
from ...service.paper import PaperKind
from ...service.return_paper import ReturnPaperFacts, return_paper
from .output import fit, paint, save_pdf, text_width_mm
from .paper_dialog import PaperDialog
from .return_document import build_return_document
from .return_words import return_receipt_words


class ReturnPrintDialog(PaperDialog):
    """The receipt of one return of one order."""

    CHOICES = ((PaperKind.RECEIPT, 80), (PaperKind.RECEIPT, 58), (PaperKind.INVOICE, 0))
    LAST = "paper/return_last"

    def __init__(
        self,
        service: _service.OrderService,
        order_id: str,
        return_key: str,
        settings: QSettings,
        *,
        locale: str = "fr",
        clerk: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, locale, parent)
        self.facts: ReturnPaperFacts = return_paper(service, order_id, return_key, clerk)
        self.words = return_receipt_words(locale)
        self.setWindowTitle(self.tr("Print %s") % self.words.title_of(self.facts))
        labels = {
            (PaperKind.RECEIPT, 80): self.tr("Return receipt, 80 mm roll"),
            (PaperKind.RECEIPT, 58): self.tr("Return receipt, 58 mm roll"),
            (PaperKind.INVOICE, 0): self.tr("Return receipt (A4)"),
        }
        note = ""
        if not self.facts.reference:
            note = self.tr("This return is not on the server yet: it prints without its reference.")
        self._lay_out(QVBoxLayout(self), labels, note)

    def put_on(self, device: QPagedPaintDevice) -> None:
        """Lay the chosen paper out for ``device`` (a printer, a PDF) and paint it."""
        kind, width = self.chosen()
        document = build_return_document(self.facts, self.words, kind, width_mm=text_width_mm(kind, width))
        paint(device, document, fit(document, kind, width))

    def _receipt_work(self, timeout: float) -> Callable[[], object]:
        from ...service.thermal.return_receipt import print_return_receipt

        target, facts, words = self.thermal, self.facts, self.words
        return lambda: print_return_receipt(target, facts, words, timeout)

    def _write_pdf(self, path: Path) -> Path:
        return save_pdf(path, self.facts.qr, self.put_on)

    def _pdf_name(self) -> tuple[str, datetime | None]:
        # Which return of which order.
        return f"{self.facts.reference or 'return'}-{self.facts.order_reference}", self.facts.taken_at
