"""The receipt printer and its cash drawer for the main window: Open drawer, and the counter's receipts.

File > Open the cash drawer (Ctrl+Shift+D) and a cash sale saved at the
counter (when Preferences says so) open the drawer on the receipt printer;
only a session that may take sales does it (a read-only one never), and
each opening goes to the log with what opened it and who works at the desk.
The counter's "Print the receipt" goes straight to that printer; without
one, or when it cannot print, the system's print dialog opens (saying why).
Everything the printer does runs off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from ...service.thermal import PrinterError, PrinterProblem, PrinterTarget
from ..window_part import WindowPart
from .thermal_job import run_thermal
from .thermal_settings import saved_target
from .thermal_words import problem_text, receipt_words

if TYPE_CHECKING:
    from ..order_dialogs import OrderDialogs

_STATUS_MS = 6000  # how long a printer's news stays in the status bar


class TillPrinter(WindowPart):
    """The drawer and the counter's receipts over ``window``; the order's dialogs are the system's path."""

    def __init__(self, window: QWidget, dialogs: OrderDialogs, *, read_only: bool) -> None:
        super().__init__(window)
        self.dialogs = dialogs
        self.read_only = read_only
        self.timeout: float | None = None  # the printer's time limit (None: the service's own; tests shorten it)

    def target(self) -> PrinterTarget:
        """The receipt printer as Preferences keeps it now."""
        return saved_target(self.dialogs.settings)

    # -- the drawer ----------------------------------------------------------------------

    def open_drawer(self) -> None:
        """File > Open the cash drawer: the pulse to the drawer, for a session that may take sales."""
        if self.read_only:
            self.warn(self.tr("This login may not take sales: it does not open the cash drawer."))
            return
        target = self.target()
        if not target.is_set:
            self.warn(problem_text(PrinterError(PrinterProblem.NOT_SET), target))
            return
        self._kick(target, "asked from the menu")

    def sale_saved(self, reference: str, cash: bool) -> None:
        """A sale kept at the counter: a cash one opens the drawer when Preferences says so."""
        if not cash or self.read_only:
            return
        target = self.target()
        if target.is_set and target.drawer_on_cash:
            self._kick(target, f"cash sale {reference}")

    def _kick(self, target: PrinterTarget, why: str) -> None:
        from ...service.thermal.drawer import open_drawer
        from ...service.thermal.send import SEND_TIMEOUT

        clerk, timeout = self.dialogs.clerk, self.timeout or SEND_TIMEOUT
        run_thermal(lambda: open_drawer(target, why, clerk, timeout), self._kicked, target)

    def _kicked(self, outcome: object, target: PrinterTarget) -> None:
        if isinstance(outcome, Exception):
            why = self._why(outcome, target)
            self.warn(self.tr("The cash drawer did not open. %s") % why)
        else:
            self.tell(self.tr("Cash drawer opened."))

    # -- the counter's receipt -------------------------------------------------------------

    def print_receipt(self, reference: str) -> None:
        """The receipt of the sale ``reference``: straight to the receipt printer, else the system's dialog."""
        target = self.target()
        if not target.is_set:
            self.dialogs.print_order(self.dialogs.service.orders.find(reference) or reference)
            return
        from ...service.thermal.receipt import print_receipt
        from ...service.thermal.send import SEND_TIMEOUT

        try:
            facts = self.dialogs.service.shop.paper(reference, self.dialogs.clerk)
        except Exception as exc:  # an order gone meanwhile: said, not a trace
            self.warn(self.dialogs.bridge.message_of(exc))
            return
        words, timeout = receipt_words(self.dialogs.language), self.timeout or SEND_TIMEOUT
        run_thermal(lambda: print_receipt(target, facts, words, timeout), self._printed, (facts.order_id, target))

    def _printed(self, outcome: object, context: tuple[str, PrinterTarget]) -> None:
        order_id, target = context
        if not isinstance(outcome, Exception):
            self.tell(self.tr("Receipt sent to the receipt printer."))
            return
        dialog = self.dialogs.print_order(order_id)  # the system's path, saying why
        status = getattr(dialog, "status", None)
        if status is not None:
            status.setText(self._why(outcome, target) + " " + self.tr("Print it from here instead."))

    # -- telling the clerk -------------------------------------------------------------------

    def _why(self, error: Exception, target: PrinterTarget) -> str:
        if isinstance(error, PrinterError):
            return problem_text(error, target)
        return self.tr("The receipt printer could not be used; the details are in the log file.")

    def warn(self, text: str) -> QMessageBox:
        """A printer's problem, over the window the clerk works in (not waited for: the work goes on)."""
        parent = QApplication.activeWindow() or self.host()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Receipt printer"), text, parent=parent)
        box.open()
        return box

    def tell(self, text: str) -> None:
        """Good news, in the main window's status bar."""
        window = self.host()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, _STATUS_MS)
