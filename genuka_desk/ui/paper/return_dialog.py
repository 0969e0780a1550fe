"""Print a return receipt: the roll (80 or 58 mm) or an A4 page; preview, print, print again, or a PDF.

Like the sale's print dialog (:mod:`.print_dialog`): a roll goes straight to
the receipt printer set in Preferences, off the GUI thread, and to the
system's dialog when that printer cannot print. From the local copy: a
queued return prints too, marked so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from ... import service as _service
from ...service.paper import PaperKind
from ...service.return_paper import ReturnPaperFacts, return_paper
from ...service.thermal import PrinterError
from .. import save_place
from .buttons import paper_buttons
from .output import PrintSetup, fit, paint, save_pdf, text_width_mm
from .return_document import build_return_document
from .return_words import return_receipt_words
from .thermal_job import run_thermal
from .thermal_settings import saved_target
from .thermal_words import problem_text

CHOICES = ((PaperKind.RECEIPT, 80), (PaperKind.RECEIPT, 58), (PaperKind.INVOICE, 0))
LAST = "paper/return_last"  # the choice made last time


class ReturnPrintDialog(QDialog):
    """The receipt of one return of one order."""

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
        super().__init__(parent)
        self.language = locale
        self.setup = PrintSetup(settings)
        self.thermal = saved_target(settings)
        self.thermal_timeout: float | None = None  # tests shorten it
        self._preview_printer: QPrinter | None = None
        self.facts: ReturnPaperFacts = return_paper(service, order_id, return_key, clerk)
        self.words = return_receipt_words(locale)
        self.setWindowTitle(self.tr("Print %s") % self.words.title_of(self.facts))
        layout = QVBoxLayout(self)
        if not self.facts.reference:
            note = QLabel(self.tr("This return is not on the server yet: it prints without its reference."), self)
            note.setWordWrap(True)
            note.setStyleSheet("color:#8a5a00")
            layout.addWidget(note)
        self.group = QButtonGroup(self)
        labels = {
            (PaperKind.RECEIPT, 80): self.tr("Return receipt, 80 mm roll"),
            (PaperKind.RECEIPT, 58): self.tr("Return receipt, 58 mm roll"),
            (PaperKind.INVOICE, 0): self.tr("Return receipt (A4)"),
        }
        last = str(settings.value(LAST, "receipt80") or "receipt80")
        for number, (kind, width) in enumerate(CHOICES):
            button = QRadioButton(labels[(kind, width)], self)
            self.group.addButton(button, number)
            layout.addWidget(button)
            button.setChecked(f"{kind.value}{width or ''}" == last)
        if self.group.checkedId() < 0:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda *_: self._refresh())
        self.preview_button, self.print_button, self.again_button, self.pdf_button = paper_buttons(self, self, layout)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self._refresh()

    def chosen(self) -> tuple[PaperKind, int]:
        """The paper picked: the roll (and its width) or A4."""
        kind, width = CHOICES[max(0, self.group.checkedId())]
        return kind, width or 80

    def straight_to_printer(self) -> bool:
        """Whether the chosen paper goes straight to the receipt printer (a roll, and one is set)."""
        return self.chosen()[0] is PaperKind.RECEIPT and self.thermal.is_set

    def _refresh(self) -> None:
        kind, _ = self.chosen()
        thermal = self.straight_to_printer()
        self.again_button.setEnabled(self.setup.known(kind) or thermal)
        self.print_button.setText(self.tr("Print on the receipt printer") if thermal else self.tr("Print…"))

    def _remember(self) -> None:
        kind, width = self.chosen()
        self.setup.settings.setValue(LAST, f"{kind.value}{width if kind is PaperKind.RECEIPT else ''}")

    def put_on(self, device: QPagedPaintDevice) -> None:
        """Lay the chosen paper out for ``device`` (a printer, a PDF) and paint it."""
        kind, width = self.chosen()
        document = build_return_document(self.facts, self.words, kind, width_mm=text_width_mm(kind, width))
        paint(device, document, fit(document, kind, width))

    def preview(self) -> QPrintPreviewDialog:
        """Qt's print preview of the chosen paper."""
        kind, _ = self.chosen()
        self._preview_printer = self.setup.printer(kind)  # the preview keeps a pointer: it must outlive the dialog
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.paintRequested.connect(self.put_on)
        self._remember()
        dialog.open()
        return dialog

    def print_with_dialog(self) -> None:
        """A roll straight to the receipt printer when one is set, else through the system's dialog."""
        if self.straight_to_printer():
            self.print_on_receipt_printer()
        else:
            self.print_on_system()

    def print_on_system(self) -> None:
        """Choose the printer (remembered for this paper), then print."""
        kind, _ = self.chosen()
        printer = self.setup.printer(kind)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.put_on(printer)
            self.setup.remember(kind, printer)
            self._remember()
            self.status.setText(self.tr("Sent to %s.") % printer.printerName())
            self._refresh()

    def print_again(self) -> None:
        """One click: on the printer it went to last time (a roll: the receipt printer)."""
        if self.straight_to_printer():
            self.print_on_receipt_printer()
            return
        kind, _ = self.chosen()
        printer = self.setup.printer(kind)
        self.put_on(printer)
        self._remember()
        self.status.setText(self.tr("Sent to %s.") % printer.printerName())

    def print_on_receipt_printer(self) -> None:
        """The return receipt's ESC/POS bytes straight to the receipt printer, off the GUI thread."""
        from ...service.thermal.return_receipt import print_return_receipt
        from ...service.thermal.send import SEND_TIMEOUT

        target, facts, words = self.thermal, self.facts, self.words
        timeout = self.thermal_timeout or SEND_TIMEOUT
        self._remember()
        self.print_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.status.setText(self.tr("Printing on the receipt printer…"))
        run_thermal(lambda: print_return_receipt(target, facts, words, timeout), self._thermal_done)

    def _thermal_done(self, outcome: object, _: object = None) -> None:
        self.print_button.setEnabled(True)
        self._refresh()
        if not isinstance(outcome, Exception):
            self.status.setText(self.tr("Sent to the receipt printer."))
            return
        if isinstance(outcome, PrinterError):
            why = problem_text(outcome, self.thermal)
        else:
            why = self.tr("The receipt printer could not print; the details are in the log file.")
        self.status.setText(why + " " + self.tr("The system's print dialog opens instead."))
        self.print_on_system()

    def save_pdf(self, path: Path) -> Path:
        """The chosen paper as a PDF at ``path``."""
        self._remember()
        written = save_pdf(path, self.facts.qr, self.put_on)
        self.status.setText(self.tr("Saved %s.") % written.name)
        return written

    def save_pdf_dialog(self) -> None:
        """Save as PDF…: where (a name saying which return of which order)."""
        kind, _ = self.chosen()
        settings = self.setup.settings
        name = f"{self.facts.reference or 'return'}-{self.facts.order_reference}"
        request = save_place.pdf_request(settings, kind, name, self.facts.taken_at, date.today())
        path, _ = save_place.ask_where(self, self.tr("Save as PDF"), request)
        if path:
            try:
                self.save_pdf(save_place.pdf_chosen(settings, path))
            except OSError as exc:
                self.status.setText(self.tr("The PDF could not be written: %s") % exc.strerror)
