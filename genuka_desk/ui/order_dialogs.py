"""The dialogs opened on one order of the list: take a payment on it, print it, send it to the customer.

On the order given, or on the list's current order. Each dialog is loaded
when first opened: not before the list is shown.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .. import service as _service
from .bridge import ServiceBridge
from .order_list_view import OrderListView
from .window_part import WindowPart


class OrderDialogs(WindowPart):
    """Take a payment, print: over ``window``, on an order of ``view``."""

    failed = Signal(str)  # why a payment could not be kept, for the clerk

    def __init__(
        self,
        window: QWidget,
        view: OrderListView,
        service: _service.OrderService,
        bridge: ServiceBridge,
        settings: QSettings,
        *,
        language: str,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        self.view = view
        self.service = service
        self.bridge = bridge
        self.settings = settings
        self.language = language
        self.read_only = read_only
        self.clerk = ""  # who works at this desk: printed on receipts and invoices

    def take_payment(
        self, order_id: str | None = None, amount: Decimal | None = None, *, partly: bool = False
    ) -> QDialog | None:
        """Take a payment on the current order, or on ``order_id`` (None: no order, or read only).

        ``partly``: asked by "Partly paid" picked in the list (the dialog asks how much was paid).
        """
        if order_id is None:
            order_id = self.view.current_order_id()
        order = self.service.orders.cached(order_id) if order_id and not self.read_only else None
        if order is None:
            return None
        from .payment_dialog import PaymentDialog  # opened on demand: not loaded before the list is shown

        dialog = PaymentDialog(
            self.service, order, locale=self.language, amount=amount, partly=partly, parent=self.host()
        )

        def not_kept(exc: Exception) -> None:
            self.failed.emit(self.bridge.message_of(exc, self.tr("The payment could not be kept.")))

        dialog.accepted.connect(lambda: dialog.record(self.bridge, lambda _: None, not_kept))
        dialog.open()
        return dialog

    def send_to_customer(self, order_id: str | None = None) -> QDialog | None:
        """Send the current order, or ``order_id`` (or reference), to its customer: e-mail, WhatsApp (None: none)."""
        if order_id is None:
            order_id = self.view.current_order_id()
        if order_id:
            order_id = self.service.orders.find(order_id) or order_id  # the counter names its sale by reference
        if not order_id or self.read_only or self.service.orders.cached(order_id) is None:
            return None
        from .send.dialog import SendDialog  # opened on demand: not loaded before the list is shown

        dialog = SendDialog(
            self.service, self.bridge, order_id, locale=self.language, clerk=self.clerk, parent=self.asking_window()
        )
        dialog.open()
        return dialog

    def take_return(self, order_id: str | None = None) -> QDialog | None:
        """Take a return on the current order, or ``order_id``: the return dialog (None: no order, or read only)."""
        if order_id is None:
            order_id = self.view.current_order_id()
        if not order_id or self.read_only or self.service.orders.cached(order_id) is None:
            return None
        from .returns.dialog import ReturnDialog  # opened on demand: not loaded before the list is shown

        dialog = ReturnDialog(self.service, self.bridge, order_id, locale=self.language, parent=self.asking_window())
        dialog.open()
        return dialog

    def print_return(self, order_id: str, return_key: str) -> QDialog | None:
        """The receipt of return ``return_key`` of ``order_id``: the roll or A4 (None: not on this computer)."""
        from .paper.return_dialog import ReturnPrintDialog

        try:
            dialog = ReturnPrintDialog(
                self.service,
                order_id,
                return_key,
                self.settings,
                locale=self.language,
                clerk=self.clerk,
                parent=self.asking_window(),
            )
        except _service.ServiceError as exc:
            self.failed.emit(exc.message)
            return None
        dialog.open()
        return dialog

    def print_order(self, order_id: str | None = None) -> QDialog | None:
        """Print the current order, or ``order_id``: its receipt, invoice or slip (None: no order)."""
        from .paper.print_dialog import PrintDialog

        if order_id is None:
            order_id = self.view.current_order_id()
        if not order_id or self.service.orders.cached(order_id) is None:
            return None
        dialog = PrintDialog(  # over the window asked from: the counter's sale, an editor
            self.service, order_id, self.settings, locale=self.language, clerk=self.clerk, parent=self.asking_window()
        )
        dialog.open()
        return dialog
