"""New-order notices alone: marked until seen, counted for the badge, announced only when the clerk wants it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.service import ListQuery
from genuka_desk.ui.notices import NOTIFY_KEY, NewOrderNotices
from genuka_desk.ui.order_table_model import OrderTableModel
from tests.support.gui import Synced


def test_new_orders_are_marked_counted_and_announced_until_seen(synced: Synced, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    orders = OrderTableModel(synced.service.orders, "en", window)
    notices = NewOrderNotices(window, orders, synced.settings)
    counts: list[int] = []
    announced: list[int] = []
    notices.countChanged.connect(counts.append)
    notices.notify_new = announced.append  # type: ignore[method-assign]  # no sound, no tray pop-up here
    first, second, third = (row.id for row in synced.service.orders.rows(ListQuery(limit=3)))
    notices.orders_arrived([first, second])
    assert orders.marked == {first, second} and counts == [2] and announced == [2]
    notices.seen(first)
    assert orders.marked == {second} and counts == [2, 1]
    notices.seen(first)  # seen already: nothing to say
    assert counts == [2, 1]
    synced.settings.setValue(NOTIFY_KEY, False)  # Preferences: no notice for new orders
    notices.orders_arrived([third])
    assert orders.marked == {second, third} and counts == [2, 1, 2] and announced == [2]
    assert notices.tray is None  # made only for a notice shown, or to keep sending from


def test_the_tray_brings_the_window_back(synced: Synced, qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    notices = NewOrderNotices(window, OrderTableModel(synced.service.orders, "en", window), synced.settings)
    tray = notices.tray_icon()
    assert notices.tray_icon() is tray and not window.isVisible()
    tray.activated.emit(tray.ActivationReason.Trigger)
    assert window.isVisible()
