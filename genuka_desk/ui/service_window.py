"""The base of the desk's own windows: the service and its bridge, the clerk's language, gone when closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from .. import service as _service
from .bridge import ServiceBridge


class ServiceWindow(QWidget):
    """A top-level window (an order, a sale, a customer) that reads and writes through the service."""

    def __init__(self, service: _service.OrderService, bridge: ServiceBridge, locale: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.bridge = bridge
        self.language = locale

    def fit_on_screen(self, width: int, height: int) -> None:
        """Take ``width`` x ``height``, or less on a small screen (a 1366 x 768 counter PC), and sit inside it."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None:
            self.resize(width, height)
            return
        self.resize(min(width, room.width() - 20), min(height, room.height() - 40))
        frame = self.frameGeometry()
        frame.moveCenter(room.center())
        self.move(max(room.left(), frame.left()), max(room.top(), frame.top()))
