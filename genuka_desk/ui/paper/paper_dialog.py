"""What the print dialogs of a sale and of a return share: the paper picked, the receipt printer, a PDF.

A roll goes straight to the receipt printer set in Preferences, without the
system's dialog and off the GUI thread; when that printer cannot print, the
clerk is told why and the system's print dialog opens instead. The paper
picked is remembered under the dialog's own key.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QButtonGroup, QDialog, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...service.paper import PaperKind
from ...service.thermal import PrinterError
from .. import save_place
from .buttons import paper_buttons
from .output import PrintSetup
from .thermal_job import run_thermal
from .thermal_settings import saved_target
from .thermal_words import problem_text


class PaperDialog(QDialog):
    """One paper of one order: the subclass gives the choices and how to paint, send and name it.

    Its own texts are under its own context, whichever dialog shows them: each literal
    in its translate() call, with the context written out (lupdate finds them only so).
    """

    CHOICES: tuple[tuple[PaperKind, int], ...] = ()
    LAST = ""  # the settings key of the choice made last time

    def __init__(self, settings: QSettings, locale: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.language = locale
        self.setup = PrintSetup(settings)
        self.thermal = saved_target(settings)  # the receipt printer, if one is set
        self.thermal_timeout: float | None = None  # its time limit (None: the service's own; tests shorten it)
        self._preview_printer: QPrinter | None = None

    def _lay_out(
        self,
        layout: QVBoxLayout,
        labels: dict[tuple[PaperKind, int], str],
        note: str = "",
        extra: tuple[QWidget, ...] = (),
    ) -> None:
        """The ``note`` (if any), a radio button a choice (last time's checked), the buttons, ``extra``, the status."""
        if note:
            warning = QLabel(note, self)
            warning.setWordWrap(True)
            warning.setStyleSheet("color:#8a5a00")
            layout.addWidget(warning)
        self.group = QButtonGroup(self)
        last = str(self.setup.settings.value(self.LAST, "receipt80") or "receipt80")
        for number, (kind, width) in enumerate(self.CHOICES):
            button = QRadioButton(labels[(kind, width)], self)
            self.group.addButton(button, number)
            layout.addWidget(button)
            button.setChecked(f"{kind.value}{width or ''}" == last)
        if self.group.checkedId() < 0:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda *_: self._refresh())
        self.preview_button, self.print_button, self.again_button, self.pdf_button = paper_buttons(self, self, layout)
        for widget in extra:
            layout.addWidget(widget)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        self._refresh()

    # The subclass's part.
    def put_on(self, device: QPagedPaintDevice) -> None:
        """Lay the chosen paper out for ``device`` (a printer, a PDF) and paint it."""
        raise NotImplementedError

    def _receipt_work(self, timeout: float) -> Callable[[], object]:
        """The work sending the chosen roll's ESC/POS bytes to the receipt printer."""
        raise NotImplementedError

    def _write_pdf(self, path: Path) -> Path:
        """The chosen paper as a PDF at ``path``."""
        raise NotImplementedError

    def _pdf_name(self) -> tuple[str, datetime | None]:
        """The name and the date the PDF's file name says."""
        raise NotImplementedError

    def chosen(self) -> tuple[PaperKind, int]:
        """The paper picked (and the roll's width for a receipt)."""
        kind, width = self.CHOICES[max(0, self.group.checkedId())]
        return kind, width or 80

    def straight_to_printer(self) -> bool:
        """Whether the chosen paper goes straight to the receipt printer (a roll, and one is set)."""
        return self.chosen()[0] is PaperKind.RECEIPT and self.thermal.is_set

    def _refresh(self) -> None:
        kind, _ = self.chosen()
        thermal = self.straight_to_printer()
        self.again_button.setEnabled(self.setup.known(kind) or thermal)
        self.print_button.setText(
            QCoreApplication.translate("PaperDialog", "Print on the receipt printer")
            if thermal
            else QCoreApplication.translate("PaperDialog", "Print…")
        )

    def _remember(self) -> None:
        kind, width = self.chosen()
        self.setup.settings.setValue(self.LAST, f"{kind.value}{width if kind is PaperKind.RECEIPT else ''}")

    def _sent_to(self, printer: QPrinter) -> None:
        self.status.setText(QCoreApplication.translate("PaperDialog", "Sent to %s.") % printer.printerName())

    def preview(self) -> QPrintPreviewDialog:
        """Qt's print preview of the chosen paper (it can print from there too)."""
        kind, _ = self.chosen()
        # The preview keeps a pointer to the printer, not a reference: it must outlive the dialog.
        self._preview_printer = self.setup.printer(kind)
        dialog = QPrintPreviewDialog(self._preview_printer, self)
        dialog.paintRequested.connect(self.put_on)
        self._remember()
        dialog.open()
        return dialog

    def print_with_dialog(self) -> None:
        """Print: a roll straight to the receipt printer when one is set, else through the system's dialog."""
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
            self._sent_to(printer)
            self._refresh()

    def print_again(self) -> None:
        """One click: the chosen paper on the printer it went to last time (a roll: the receipt printer)."""
        if self.straight_to_printer():
            self.print_on_receipt_printer()
            return
        kind, _ = self.chosen()
        printer = self.setup.printer(kind)
        self.put_on(printer)
        self._remember()
        self._sent_to(printer)

    def print_on_receipt_printer(self) -> None:
        """The roll's ESC/POS bytes straight to the receipt printer, off the GUI thread; said when done."""
        from ...service.thermal.send import SEND_TIMEOUT

        work = self._receipt_work(self.thermal_timeout or SEND_TIMEOUT)
        self._remember()
        self.print_button.setEnabled(False)
        self.again_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("PaperDialog", "Printing on the receipt printer…"))
        run_thermal(work, self._thermal_done)

    def _thermal_done(self, outcome: object, _: object = None) -> None:
        self.print_button.setEnabled(True)
        self._refresh()
        if not isinstance(outcome, Exception):
            self.status.setText(QCoreApplication.translate("PaperDialog", "Sent to the receipt printer."))
            return
        if isinstance(outcome, PrinterError):
            why = problem_text(outcome, self.thermal)
        else:
            why = QCoreApplication.translate(
                "PaperDialog", "The receipt printer could not print; the details are in the log file."
            )
        instead = QCoreApplication.translate("PaperDialog", "The system's print dialog opens instead.")
        self.status.setText(why + " " + instead)
        self.print_on_system()

    def save_pdf(self, path: Path) -> Path:
        """The chosen paper as a PDF at ``path``."""
        self._remember()
        written = self._write_pdf(path)
        self.status.setText(QCoreApplication.translate("PaperDialog", "Saved %s.") % written.name)
        return written

    def save_pdf_dialog(self) -> None:
        """Save as PDF…: where (Documents, then the last folder; a name saying which paper of which order)."""
        kind, _ = self.chosen()
        settings = self.setup.settings
        name, when = self._pdf_name()
        request = save_place.pdf_request(settings, kind, name, when, date.today())
        path, _ = save_place.ask_where(self, QCoreApplication.translate("PaperDialog", "Save as PDF"), request)
        if path:
            try:
                self.save_pdf(save_place.pdf_chosen(settings, path))
            except OSError as exc:
                failed = QCoreApplication.translate("PaperDialog", "The PDF could not be written: %s")
                self.status.setText(failed % exc.strerror)
