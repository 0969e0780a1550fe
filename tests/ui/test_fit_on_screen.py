"""The desk's windows fit a small counter PC's screen (1366 x 768 and less): nothing opens off its edges."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from genuka_desk.service import OrderService
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.service_window import ServiceWindow


def test_a_window_larger_than_the_screen_is_made_to_fit_inside_it(qtbot: QtBot, service: OrderService) -> None:
    bridge = ServiceBridge(service)
    window = ServiceWindow(service, bridge, "fr")
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.fit_on_screen(room.width() + 500, room.height() + 500)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert room.contains(window.frameGeometry().topLeft())
    window.fit_on_screen(300, 200)  # a small one keeps its size
    assert (window.width(), window.height()) == (300, 200)
    bridge.close()
