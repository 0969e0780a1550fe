"""The order list's view alone, on its two models: it answers in orders, whichever model a row index is of."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from genuka_desk.ui.order_list_view import OrderListView
from genuka_desk.ui.order_table_model import ID_ROLE, Column, OrderTableModel
from genuka_desk.ui.window_layout import ROW_HEIGHT
from tests.support.gui import Synced


def list_view(synced: Synced, qtbot: QtBot, *, read_only: bool = False) -> OrderListView:
    orders = OrderTableModel(synced.service.orders, "en")
    view = OrderListView(orders, read_only=read_only)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    return view


def ids(view: OrderListView) -> list[str]:
    return [str(view.orders.index(row, 0).data(ID_ROLE)) for row in range(view.orders.rowCount())]


def test_an_index_of_the_painted_rows_names_the_order_model_s_order(synced: Synced, qtbot: QtBot) -> None:
    view = list_view(synced, qtbot)
    assert view.model() is view.mirror and view.mirror.source is view.orders
    assert view.verticalHeader().defaultSectionSize() == ROW_HEIGHT
    listed = ids(view)
    assert len(listed) > 40
    far = view.mirror.index(len(listed) - 1, Column.TOTAL)  # never painted: the mirror holds no item there
    assert far.data(ID_ROLE) is None and view.order_id(far) == listed[-1]
    assert view.current_order_id() is None
    view.setCurrentIndex(view.mirror.index(3, 0))
    assert view.current_order_id() == listed[3]


def test_the_selection_comes_in_list_order(synced: Synced, qtbot: QtBot) -> None:
    view = list_view(synced, qtbot)
    listed = ids(view)
    for row in (5, 1, 3):
        view.selectionModel().select(
            view.mirror.index(row, 0),
            view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
        )
    assert view.selected_ids() == [listed[1], listed[3], listed[5]]


def test_enter_and_a_double_click_open_an_order_but_not_on_a_status_the_clerk_picks(
    synced: Synced, qtbot: QtBot
) -> None:
    view = list_view(synced, qtbot)
    listed = ids(view)
    opened: list[str] = []
    seen: list[str] = []
    view.orderOpened.connect(opened.append)
    view.orderSeen.connect(seen.append)
    view.enter_first()
    assert view.currentIndex().row() == 0 and seen == [listed[0]]
    (enter,) = view.actions()  # Enter (the keys, on the list only), as the clerk presses it
    assert {k.toString() for k in enter.shortcuts()} == {"Return", "Enter"}
    assert enter.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    enter.trigger()
    assert opened == [listed[0]]
    view.doubleClicked.emit(view.mirror.index(2, Column.CUSTOMER))
    assert opened[-1] == listed[2]
    view.doubleClicked.emit(view.mirror.index(2, Column.FULFILMENT))  # its dropdown opens instead
    assert len(opened) == 2
    reader = list_view(synced, qtbot, read_only=True)
    read: list[str] = []
    reader.orderOpened.connect(read.append)
    reader.doubleClicked.emit(reader.mirror.index(2, Column.FULFILMENT))  # no dropdown for a reader
    assert read == [listed[2]]


def test_a_right_click_asks_for_that_order_s_menu(synced: Synced, qtbot: QtBot) -> None:
    view = list_view(synced, qtbot)
    listed = ids(view)
    asked: list[tuple[str, QPoint]] = []
    view.rowMenuAsked.connect(lambda order_id, where: asked.append((order_id, where)))
    on_row = QPoint(view.columnViewportPosition(Column.CUSTOMER) + 5, view.rowViewportPosition(4) + 5)
    view.customContextMenuRequested.emit(on_row)
    assert asked == [(listed[4], view.viewport().mapToGlobal(on_row))]
    below = view.rowViewportPosition(len(listed) - 1) + 2 * ROW_HEIGHT
    view.customContextMenuRequested.emit(QPoint(5, below))  # below the last row: no order, no menu
    assert len(asked) == 1


def test_the_columns_menu_shows_and_hides_columns(synced: Synced, qtbot: QtBot) -> None:
    view = list_view(synced, qtbot)
    menu = QMenu()
    view.fill_columns_menu(menu)
    actions = menu.actions()
    assert len(actions) == len(Column) and all(a.isChecked() for a in actions)
    actions[Column.SOURCE].setChecked(False)
    assert view.isColumnHidden(Column.SOURCE)
    view.fill_columns_menu(menu)  # filled again: as the list stands now
    assert not menu.actions()[Column.SOURCE].isChecked()
