"""A session's Z report: A4 or the receipt roll; preview, print, print again in one click, or save a PDF.

The report is asked of ``service.till.report`` (the server's transactions
when it can be read, else the local copy, marked provisional); the
printers are the documents' (the roll's is the receipts' printer, the A4's
the invoices'), remembered the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
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
from ...service.thermal import PrinterError, PrinterTarget
from .. import save_place
from ..bridge import ServiceBridge
from ..labels import way_names
from ..paper.buttons import paper_buttons
from ..paper.output import PrintSetup
from ..paper.thermal_job import run_thermal
from ..paper.thermal_settings import saved_target
from ..paper.thermal_words import problem_text, z_words
from ..rich_text import unbroken
from .words import TillWords
from .z_facts import z_facts
from .z_output import A4, put_z_on, write_z_pdf
from .z_words import APPROVED, ZSay

if TYPE_CHECKING:
    from ...service.till_report import ZReport

WIDTHS = (A4, 80, 58)
LAST_KEY = "till/z_report/width"


def z_pdf_name(report: ZReport) -> str:
    """``rapport-z-2026-12-07-<session>.pdf``: the report, its day in Douala and the session."""
    from ...models.coerce import WAT

    day = report.opened_at.astimezone(WAT).date().isoformat()
    template = QCoreApplication.translate("ZReportDialog", "z-report-{day}-{session}.pdf")
    return save_place.file_safe(template.format(day=day, session=save_place.file_safe(report.session_id[-8:])))


class ZReportDialog(QDialog):
    """The Z report of one session; :attr:`report` once it is made."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        key: str,
        settings: QSettings,
        *,
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.key, self.language = service, bridge, key, language
        self.settings = settings
        self.setup = PrintSetup(settings)
        self.words = TillWords(self)
        self.say = ZSay(self)
        self.report: ZReport | None = None
        self.ways = way_names(service.payments.methods())  # "Orange Money", never the payments' "notchpay"
        self._preview_printer: QPrinter | None = None
        self.setWindowTitle(self.tr("Z report"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Preparing the Z report…"), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.provisional = QLabel(
            self.tr("Provisional: made from this computer's copy, not synced with Genuka yet."), self
        )
        self.provisional.setWordWrap(True)
        self.provisional.setStyleSheet("color:#8a5a00")
        self.provisional.hide()
        layout.addWidget(self.provisional)
        self.group = QButtonGroup(self)
        labels = {A4: self.tr("A4 page"), 80: self.tr("Receipt roll, 80 mm"), 58: self.tr("Receipt roll, 58 mm")}
        kept = str(settings.value(LAST_KEY, A4) or A4)
        last = int(kept) if kept.isdigit() else A4
        for number, width in enumerate(WIDTHS):
            button = QRadioButton(labels[width], self)
            self.group.addButton(button, number)
            layout.addWidget(button)
            button.setChecked(width == last)
        if self.group.checkedId() < 0:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda *_: self._refresh())
        buttons = paper_buttons(self, self, layout)
        self.preview_button, self.print_button, self.again_button, self.pdf_button = buttons
        for action in buttons:
            action.setEnabled(False)  # until the report is made
        # Straight to the receipt printer chosen in Preferences (ESC/POS), when one is.
        self.thermal_button = QPushButton(self.tr("Print on the receipt printer"), self)
        self.thermal_button.clicked.connect(self.print_on_receipt_printer)
        self.thermal_button.setEnabled(False)
        self.thermal_button.setVisible(saved_target(settings).is_set)
        layout.addWidget(self.thermal_button)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        bridge.run(service.till.report(key), self._made, self._failed)

    # -- the report --------------------------------------------------------------------

    def _made(self, report: ZReport) -> None:
        self.report = report
        self.summary.setText(self.header(report))
        self.provisional.setVisible(report.provisional)
        for action in (self.preview_button, self.print_button, self.pdf_button, self.thermal_button):
            action.setEnabled(True)
        self._refresh()
        self.adjustSize()  # the header came after the dialog took its size: grown to show it whole

    def header(self, report: ZReport) -> str:
        """The till once, the session's time, who opened it, where it stands and should hold; the reference small."""
        from html import escape

        from ... import models as _models

        money = _models.format_money(report.expected, report.currency, self.language)
        if report.state == APPROVED and report.approved_by:
            state = self.say.reviewed(APPROVED, report.approved_by, report.approved_at, self.language)
        else:
            state = self.say.state(report.state)
        lines = [
            f"<b style='font-size:large'>{escape(report.account)}</b>",
            escape(self.say.span(report.opened_at, report.closed_at, self.language)),
            escape(self.tr("Opened by %s") % (report.opened_by or "—")),
            f"<b>{escape(state)}</b> · " + unbroken(self.tr("it should hold %s") % money),
        ]
        if report.reference:
            reference = escape(self.tr("Ref. %s") % report.reference)
            lines.append(f"<small style='color:#666'>{reference}</small>")
        return "<br>".join(lines)

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(self.words.refusal(exc, self.bridge.message_of(exc)))

    def paper_width(self) -> int:
        """The paper chosen: 0 for A4, else the roll's width in mm."""
        return WIDTHS[max(0, self.group.checkedId())]

    def _kind(self) -> _service.PaperKind:
        return _service.PaperKind.INVOICE if self.paper_width() == A4 else _service.PaperKind.RECEIPT

    def _refresh(self) -> None:
        self.again_button.setEnabled(self.report is not None and self.setup.known(self._kind()))

    def _remember(self, printer: QPrinter | None = None) -> None:
        self.settings.setValue(LAST_KEY, self.paper_width())
        self.setup.remember(self._kind(), printer)

    def _paint(self, printer: QPrinter) -> None:
        if self.report is not None:
            put_z_on(printer, self.report, self.language, self.paper_width(), self.ways)

    # -- on paper ----------------------------------------------------------------------

    def preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview (it can print from there too)."""
        if self.report is None:
            return None
        self._preview_printer = self.setup.printer(self._kind())  # the preview keeps a pointer: it must live on
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.paintRequested.connect(self._paint)
        self._remember()
        dialog.open()
        return dialog

    def print_with_dialog(self) -> None:
        """Choose the printer (remembered), then print."""
        if self.report is None:
            return
        printer = self.setup.printer(self._kind())
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._paint(printer)
            self._remember(printer)
            self.status.setText(self.tr("Sent to %s.") % printer.printerName())
            self._refresh()

    def print_again(self) -> None:
        """One click: on the printer it went to last time."""
        if self.report is None:
            return
        printer = self.setup.printer(self._kind())
        self._paint(printer)
        self._remember()
        self.status.setText(self.tr("Sent to %s.") % printer.printerName())

    def print_on_receipt_printer(self) -> None:
        """The report's bytes to the receipt printer, off the GUI thread; the outcome said under the buttons."""
        report, target = self.report, saved_target(self.settings)
        if report is None or not target.is_set:
            return
        from ...service.thermal.z_layout import print_z_report

        facts, words = z_facts(report, self.ways), z_words(self.language)
        self.thermal_button.setEnabled(False)
        run_thermal(lambda: print_z_report(target, facts, words), self._thermal_done, target)

    def _thermal_done(self, outcome: object, target: object) -> None:
        self.thermal_button.setEnabled(True)
        if isinstance(outcome, PrinterError) and isinstance(target, PrinterTarget):
            self.status.setText(problem_text(outcome, target))
        elif isinstance(outcome, Exception):
            self.status.setText(self.tr("The receipt printer could not be used; the details are in the log file."))
        else:
            self.status.setText(self.tr("Sent to the receipt printer."))

    def save_pdf(self, path: Path) -> Path | None:
        """The report as a PDF at ``path`` (None: not made yet, or the file could not be written: said)."""
        if self.report is None:
            return None
        self._remember()
        try:
            written = write_z_pdf(self.report, path, self.language, self.paper_width(), self.ways)
        except OSError as exc:
            self.status.setText(self.tr("The PDF could not be written: %s") % (exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved %s.") % written.name)
        return written

    def save_pdf_dialog(self) -> None:
        """Save as PDF…: where (the PDFs' folder, a name saying the day and the session)."""
        if self.report is None:
            return
        pdfs = QCoreApplication.translate("SavePlace", "PDF files (*.pdf)")
        folder = save_place.start_folder(self.settings, save_place.SaveKind.PDF)
        request = save_place.SaveRequest(folder, z_pdf_name(self.report), (pdfs,), pdfs)
        path, _ = save_place.ask_where(self, self.tr("Save as PDF"), request)
        if path:
            self.save_pdf(save_place.pdf_chosen(self.settings, path))
