"""The registry of the windows opened from the list, alone: one per key, raised again, gone when destroyed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.service import ListQuery
from genuka_desk.ui.open_windows import NEW_ORDER, OpenWindows, sale_key
from tests.support.gui import WAIT, Synced


class Stubborn(QWidget):
    """A window with edits its clerk keeps: it refuses to close."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def registry(synced: Synced) -> OpenWindows:
    return OpenWindows(synced.service, synced.bridge, language="en", read_only=False)


def test_a_window_leaves_the_registry_when_it_is_destroyed(synced: Synced, qtbot: QtBot) -> None:
    windows = registry(synced)
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    windows.keep("customer", window)
    assert windows.windows == {"customer": window}
    window.close()
    qtbot.waitUntil(lambda: not windows.windows, timeout=WAIT)


def test_closing_all_says_when_one_stayed_open(synced: Synced, qtbot: QtBot) -> None:
    windows = registry(synced)
    plain, stubborn = QWidget(), Stubborn()
    qtbot.addWidget(plain)
    for key, window in (("a", plain), ("b", stubborn)):
        window.show()
        windows.keep(key, window)
    assert not windows.close_all() and not plain.isVisible() and stubborn.isVisible()
    stubborn.hide()
    stubborn.deleteLater()


def test_an_order_opens_once_and_is_seen_each_time_it_is_asked_for(synced: Synced, qtbot: QtBot) -> None:
    windows = registry(synced)
    seen: list[str] = []
    windows.orderOpened.connect(seen.append)
    order_id = synced.service.orders.rows(ListQuery(limit=1))[0].id
    editor = windows.open_order(order_id)
    assert editor is not None and editor.isVisible() and windows.windows == {order_id: editor}
    assert windows.open_order(order_id) is editor and seen == [order_id, order_id]
    assert windows.open_order("no-such-order") is None and "no-such-order" not in windows.windows
    sale = windows.new_order()
    assert windows.new_order() is sale and windows.windows[NEW_ORDER] is sale
    assert windows.fix_sale(order_id) is None and sale_key(order_id) not in windows.windows  # not a sale held here
    for window in list(windows.windows.values()):
        window.close()
    qtbot.waitUntil(lambda: not windows.windows, timeout=WAIT)
