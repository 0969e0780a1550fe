"""The credit book: the window of the customers who owe money, its table, its reminder and its paper."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..open_windows import OpenWindows
    from ..order_dialogs import OrderDialogs

CREDIT_BOOK = "credit-book"  # its key among the open windows


def open_credit_book(windows: OpenWindows, dialogs: OrderDialogs, *, read_only: bool) -> QWidget:
    """Open (or raise) the credit book; its payments go through ``dialogs``, its customers to ``windows``."""
    from ..open_windows import bring_up
    from .window import CreditBookWindow  # opened on demand: not loaded before the list is shown

    window = windows.windows.get(CREDIT_BOOK)
    if window is None:
        book = CreditBookWindow(windows.service, windows.bridge, windows.language, read_only=read_only)
        book.paymentAsked.connect(lambda order_id: dialogs.take_payment(order_id))
        book.customerAsked.connect(windows.open_customer)
        windows.keep(CREDIT_BOOK, book)
        window = book
    bring_up(window)
    return window
