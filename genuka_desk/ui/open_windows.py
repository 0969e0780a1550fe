"""The desk's windows opened from the order list, one per key, raised when asked for again.

Keys: an order's id (its editor), ``"new-order"`` (the sale window),
``"sale:<id>"`` (a sale not created yet, being corrected), ``"customer"``
(the customers). A window leaves the registry when it is destroyed (they
delete themselves on close).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from .. import service as _service
from .bridge import ServiceBridge

NEW_ORDER = "new-order"
CUSTOMERS = "customer"


def sale_key(order_id: str) -> str:
    """The key of the window correcting the sale ``order_id``."""
    return f"sale:{order_id}"


def bring_up(window: QWidget) -> None:
    """Show ``window`` on top of the others, with the focus."""
    window.show()
    window.raise_()
    window.activateWindow()


class OpenWindows(QObject):
    """The open windows by key (:attr:`windows`), and the ways to open each kind."""

    orderOpened = Signal(str)  # an order's editor was asked for: the order is seen
    printAsked = Signal(str)  # an order's editor asked to print it
    saleSold = Signal(str, bool)  # the counter kept a sale: its reference, whether cash was taken
    receiptAsked = Signal(str)  # the counter asked for the receipt of the sale it just kept
    sendAsked = Signal(str)  # the counter or an editor asked to send an order to its customer
    returnPrintAsked = Signal(str, str)  # an editor asked for a return's receipt: the order, the return's key

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        language: str,
        read_only: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.language = language
        self.read_only = read_only
        self.windows: dict[str, QWidget] = {}

    def keep(self, key: str, window: QWidget) -> None:
        """Hold ``window`` under ``key`` until it is destroyed."""
        self.windows[key] = window
        window.destroyed.connect(lambda _=None, k=key: self.windows.pop(k, None))

    def close_all(self) -> bool:
        """Close every window; False when one stayed open (unsaved edits the clerk kept)."""
        return all(window.close() for window in list(self.windows.values()))

    def open_order(self, order_id: str) -> QWidget | None:
        """Open (or raise) the editor of one order (it is seen then); None for an order not here."""
        self.orderOpened.emit(order_id)
        from .editor import OrderEditor  # opened on demand: not loaded before the list is shown

        editor = self.windows.get(order_id)
        if editor is None:
            if self.service.orders.cached(order_id) is None:
                return None
            editor = OrderEditor(self.service, self.bridge, order_id, locale=self.language, read_only=self.read_only)
            editor.customer_requested.connect(self.open_customer)
            editor.fix_sale_requested.connect(self.fix_sale)
            editor.print_requested.connect(self.printAsked)
            editor.send_requested.connect(self.sendAsked)
            editor.return_print_requested.connect(self.returnPrintAsked)
            self.keep(order_id, editor)
        bring_up(editor)
        return editor

    def new_order(self) -> QWidget:
        """The sale window (one at a time; raised when already open)."""
        return self._counter(NEW_ORDER)

    def fix_sale(self, order_id: str) -> QWidget | None:
        """A sale not created yet (refused, or waiting) in the sale window, to correct, send again or discard."""
        change = self.service.sales.creation(order_id)
        if change is None or change.draft is None:
            return None
        window = self._counter(sale_key(order_id))
        window.load_sale(change)
        return window

    def _counter(self, key: str) -> Any:
        from .counter import NewOrderWindow

        window = self.windows.get(key)
        if window is None:
            window = NewOrderWindow(self.service, self.bridge, locale=self.language)
            window.show_customer.connect(self.open_customer)
            window.sold.connect(self.saleSold)
            window.receipt_asked.connect(self.receiptAsked)
            window.send_asked.connect(self.sendAsked)
            self.keep(key, window)
        bring_up(window)
        return window

    def open_customer(self, key: str | None) -> QWidget:
        """The customers' window, on the customer ``key`` (or as it was): their orders and balance."""
        from .customer_window import CustomerWindow

        window = self.windows.get(CUSTOMERS)
        if window is None:
            window = CustomerWindow(self.service, self.bridge, locale=self.language)
            window.open_order.connect(self.open_order)
            self.keep(CUSTOMERS, window)
        assert isinstance(window, CustomerWindow)
        if key or window.customer is None:
            window.show_customer(key)
        bring_up(window)
        return window
