"""New orders from elsewhere (the web, WhatsApp, a colleague): marked until seen, counted, announced.

Marked in the list (bold, ``●``) until the clerk looks at them, counted on
the badge (:attr:`NewOrderNotices.countChanged`), and announced by a sound
and a desktop notification when the clerk wants it (Preferences). The tray
icon the notification comes from is also where the window comes back from
(and where the quit flow keeps sending in the background).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from .order_table_model import OrderTableModel
from .window_part import WindowPart

NOTIFY_KEY = "notify/new_orders"  # the clerk's choice: a notice for new orders (Preferences)


class NewOrderNotices(WindowPart):
    """The new orders of ``orders`` (its marks), their badge count, sound and notification, and the tray."""

    countChanged = Signal(int)  # how many new orders are not seen yet

    def __init__(self, window: QWidget, orders: OrderTableModel, settings: QSettings) -> None:
        super().__init__(window)
        self.orders = orders
        self.settings = settings
        self.tray: QSystemTrayIcon | None = None  # made at the first notice (or when quitting to the tray)

    def orders_arrived(self, ids: list[str]) -> None:
        """Orders never seen here came in: marked in the list, counted on the badge, and a notice if wanted."""
        self.orders.set_marked(self.orders.marked | set(ids))
        self.countChanged.emit(len(self.orders.marked))
        if self.settings.value(NOTIFY_KEY, True, type=bool):
            self.notify_new(len(ids))

    def seen(self, order_id: str) -> None:
        """The clerk looked at this order: no longer marked new."""
        if order_id in self.orders.marked:
            self.orders.set_marked(self.orders.marked - {order_id})
            self.countChanged.emit(len(self.orders.marked))

    def notify_new(self, count: int) -> None:
        """A desktop notification (when the system has a tray) and a sound: new orders came in."""
        QApplication.beep()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        tray = self.tray
        if tray is None:
            tray = self.tray_icon()
            tray.show()
        tray.showMessage(self.tr("Genuka Desk"), self.tr("%n new order(s)", "", count))

    def tray_icon(self) -> QSystemTrayIcon:
        """The tray icon (made at the first call, not shown yet): a click on it brings the window back."""
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.host().windowIcon(), self.host())
            self.tray.activated.connect(self.bring_back)
        return self.tray

    def bring_back(self, *_: object) -> None:
        """Show the window again, on top (from the tray)."""
        self.host().showNormal()
        self.host().show()
        self.host().raise_()
        self.host().activateWindow()
