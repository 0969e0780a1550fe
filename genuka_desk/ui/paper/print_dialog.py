"""File > Print (Ctrl+P): choose the document, then preview, print, print again in one click, or save a PDF.

With a receipt printer set in Preferences, a receipt goes straight to it,
without the system's dialog and off the GUI thread; when that printer
cannot print, the clerk is told why and the system's print dialog opens
instead. Invoices and delivery slips always take the system's path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import service as _service
from ...service.thermal import PrinterError
from .. import save_place
from .buttons import paper_buttons
from .output import PrintSetup, put_on, write_pdf
from .thermal_job import run_thermal
from .thermal_settings import saved_target
from .thermal_words import problem_text, receipt_words

CHOICES = (
    (_service.PaperKind.RECEIPT, 80),
    (_service.PaperKind.RECEIPT, 58),
    (_service.PaperKind.INVOICE, 0),
    (_service.PaperKind.SLIP, 0),
)


class PrintDialog(QDialog):
    """The documents of one order, from the local copy (so offline too)."""

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
        super().__init__(parent)
        self.service = service
        self.order_id = order_id
        self.language = locale
        self.setup = PrintSetup(settings)
        self.thermal = saved_target(settings)  # the receipt printer, if one is set
        self.thermal_timeout: float | None = None  # its time limit (None: the service's own; tests shorten it)
        self._preview_printer: QPrinter | None = None
        self.facts: _service.PaperFacts = service.shop.paper(order_id, clerk)
        self.setWindowTitle(self.tr("Print %s") % self.facts.reference)
        layout = QVBoxLayout(self)
        if self.facts.temporary:
            note = QLabel(self.tr("This sale is not on the server yet: it prints under its temporary reference."), self)
            note.setWordWrap(True)
            note.setStyleSheet("color:#8a5a00")
            layout.addWidget(note)
        self.group = QButtonGroup(self)
        labels = {
            (_service.PaperKind.RECEIPT, 80): self.tr("Receipt, 80 mm roll"),
            (_service.PaperKind.RECEIPT, 58): self.tr("Receipt, 58 mm roll"),
            (_service.PaperKind.INVOICE, 0): self.tr("Invoice (A4)"),
            (_service.PaperKind.SLIP, 0): self.tr("Delivery slip, no prices (A5)"),
        }
        last = str(settings.value("paper/last", "receipt80") or "receipt80")
        for number, (kind, width) in enumerate(CHOICES):
            button = QRadioButton(labels[(kind, width)], self)
            self.group.addButton(button, number)
            layout.addWidget(button)
            button.setChecked(f"{kind.value}{width or ''}" == last)
        if self.group.checkedId() < 0:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda *_: self._refresh())
        buttons = paper_buttons(self, self, layout)
        self.preview_button, self.print_button, self.again_button, self.pdf_button = buttons
        self.genuka_button = QPushButton(self.tr("Genuka invoice (PDF)"), self)
        self.genuka_button.setToolTip(self.tr("The server's own invoice, opened in the browser (needs the internet)"))
        self.genuka_button.clicked.connect(self.open_genuka_invoice)
        self.genuka_button.setVisible(bool(service.online) and not self.facts.temporary)
        layout.addWidget(self.genuka_button)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self._refresh()

    def chosen(self) -> tuple[_service.PaperKind, int]:
        """The document picked (and the roll's width for a receipt)."""
        kind, width = CHOICES[max(0, self.group.checkedId())]
        return kind, width or 80

    def straight_to_printer(self) -> bool:
        """Whether the chosen document goes straight to the receipt printer (a receipt, and one is set)."""
        return self.chosen()[0] is _service.PaperKind.RECEIPT and self.thermal.is_set

    def _refresh(self) -> None:
        kind, _ = self.chosen()
        thermal = self.straight_to_printer()
        self.again_button.setEnabled(self.setup.known(kind) or thermal)
        self.print_button.setText(self.tr("Print on the receipt printer") if thermal else self.tr("Print…"))

    def _remember_choice(self) -> None:
        kind, width = self.chosen()
        self.setup.settings.setValue("paper/last", f"{kind.value}{width if kind is _service.PaperKind.RECEIPT else ''}")
        self.setup.remember(kind, width=width)

    def _paint(self, printer: QPrinter) -> None:
        kind, width = self.chosen()
        put_on(printer, self.facts, kind, self.language, width)

    def preview(self) -> QPrintPreviewDialog:
        """Qt's print preview of the chosen document (it can print from there too)."""
        kind, _ = self.chosen()
        # The preview keeps a pointer to the printer, not a reference: it must outlive the dialog.
        self._preview_printer = self.setup.printer(kind)
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.paintRequested.connect(self._paint)
        self._remember_choice()
        dialog.open()
        return dialog

    def print_with_dialog(self) -> None:
        """Print: a receipt straight to the receipt printer when one is set, else through the system's dialog."""
        if self.straight_to_printer():
            self.print_on_receipt_printer()
        else:
            self.print_on_system()

    def print_on_system(self) -> None:
        """Choose the printer (remembered for this document), then print."""
        kind, _ = self.chosen()
        printer = self.setup.printer(kind)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self._paint(printer)
            self.setup.remember(kind, printer)
            self._remember_choice()
            self.status.setText(self.tr("Sent to %s.") % printer.printerName())
            self._refresh()

    def print_again(self) -> None:
        """One click: the chosen document on the printer it went to last time (a receipt: the receipt printer)."""
        if self.straight_to_printer():
            self.print_on_receipt_printer()
            return
        kind, _ = self.chosen()
        printer = self.setup.printer(kind)
        self._paint(printer)
        self._remember_choice()
        self.status.setText(self.tr("Sent to %s.") % printer.printerName())

    def print_on_receipt_printer(self) -> None:
        """The receipt's ESC/POS bytes straight to the receipt printer, off the GUI thread; said when done."""
        from ...service.thermal.receipt import print_receipt
        from ...service.thermal.send import SEND_TIMEOUT

        target, facts, words = self.thermal, self.facts, receipt_words(self.language)
        timeout = self.thermal_timeout or SEND_TIMEOUT
        self._remember_choice()
        self.print_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.status.setText(self.tr("Printing on the receipt printer…"))
        run_thermal(lambda: print_receipt(target, facts, words, timeout), self._thermal_done)

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
        """The chosen document as a PDF at ``path``."""
        kind, width = self.chosen()
        self._remember_choice()
        written = write_pdf(self.facts, kind, path, self.language, width)
        self.status.setText(self.tr("Saved %s.") % written.name)
        return written

    def save_pdf_dialog(self) -> None:
        """Save as PDF…: where (Documents, then the last folder; a name saying which document of which order)."""
        kind, _ = self.chosen()
        settings = self.setup.settings
        request = save_place.pdf_request(settings, kind, self.facts.reference, self.facts.created_at, date.today())
        path, _ = save_place.ask_where(self, self.tr("Save as PDF"), request)
        if path:
            try:
                self.save_pdf(save_place.pdf_chosen(settings, path))
            except OSError as exc:
                self.status.setText(self.tr("The PDF could not be written: %s") % exc.strerror)

    def open_genuka_invoice(self) -> None:
        """The server's own invoice of the order, in the browser."""
        url = self.service.shop.invoice_url(self.order_id)
        if url:
            QDesktopServices.openUrl(QUrl(url))
