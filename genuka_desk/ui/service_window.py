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
