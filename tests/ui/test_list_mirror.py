"""The list's view paints Qt's own items (ListMirror), filled from the order model just before each paint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from genuka_desk.service import ListQuery
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_list_mirror import KEEP, ListMirror
from genuka_desk.ui.order_table_model import FLAGS_ROLE, ID_ROLE, VALUE_ROLE, Column
from tests.support.gui import WAIT, Gui

PAINTED = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    ID_ROLE,
    VALUE_ROLE,
)


def test_a_paint_fills_the_rows_on_screen_with_the_order_models_cells(gui: Gui) -> None:
    mirror = gui.window.table.mirror
    assert isinstance(mirror, ListMirror) and gui.window.table.model() is mirror
    assert mirror.rowCount() == gui.model.rowCount() and mirror.columnCount() == gui.model.columnCount()
    assert mirror.headerData(Column.TOTAL, Qt.Orientation.Horizontal) == "Total"
    gui.window.table.viewport().repaint()
    shown = gui.window.table.rowAt(gui.window.table.viewport().height() - 1)
    last = gui.model.rowCount() - 1 if shown < 0 else shown
    for row in (0, last):
        for column in Column:
            ours, theirs = mirror.index(row, column), gui.model.index(row, column)
            for role in PAINTED:
                assert ours.data(role) == theirs.data(role), (row, column, role)
            # The flags ride with the texts in FLAGS_ROLE, where QStandardItem keeps them.
            assert ours.flags() == theirs.flags(), (row, column)
    assert mirror.index(0, Column.FULFILMENT).flags() & Qt.ItemFlag.ItemIsEditable
    assert not mirror.index(0, Column.TOTAL).flags() & Qt.ItemFlag.ItemIsEditable
    assert mirror.item(0, 0).data(FLAGS_ROLE) == gui.model.flags(gui.model.index(0, 0)).value


def test_a_sort_and_an_edit_go_to_the_order_model(gui: Gui, qtbot: QtBot) -> None:
    table, mirror = gui.window.table, gui.window.table.mirror
    table.sort_list(Column.TOTAL, descending=True)
    assert gui.model.query.sort == "total" and gui.model.query.descending
    table.viewport().repaint()
    totals = [r.total for r in gui.rows()]
    assert totals == sorted(totals, reverse=True)
    assert mirror.index(0, Column.REFERENCE).data() == gui.rows()[0].reference  # shown in the model's order
    target = next(r for r in gui.rows() if r.shipping_status.value != "delivered" and not r.cancelled)
    row = gui.row_index(target.id)
    edited: list[tuple[str, str, str]] = []
    gui.model.statusEdited.connect(lambda *a: edited.append(a))
    assert mirror.setData(mirror.index(row, Column.FULFILMENT), "delivered")
    assert edited == [(target.id, "shipping", "delivered")]
    assert not mirror.setData(mirror.index(row, Column.TOTAL), "1")


def test_rows_follow_the_model_and_only_a_few_screens_keep_items(gui: Gui, qtbot: QtBot) -> None:
    mirror, table = gui.window.table.mirror, gui.window.table
    table.viewport().repaint()
    first = gui.rows()[0]
    assert mirror.index(0, Column.REFERENCE).data() == first.reference
    gui.model.set_marked({first.id})  # a new order: its reference gets a dot, its font is bold
    table.viewport().repaint()
    assert mirror.index(0, Column.REFERENCE).data() == f"● {first.reference}"
    assert mirror.index(0, Column.REFERENCE).data(Qt.ItemDataRole.FontRole).bold()
    gui.window.filters.search.setText(first.reference)
    qtbot.waitUntil(lambda: mirror.rowCount() == 1, timeout=WAIT)
    gui.window.filters.search.clear()
    qtbot.waitUntil(lambda: mirror.rowCount() == gui.model.rowCount() > 1, timeout=WAIT)
    mirror.hold(0, mirror.rowCount() - 1)
    assert mirror.index(mirror.rowCount() - 1, 0).data(ID_ROLE) == gui.rows()[-1].id
    mirror_keep = min(KEEP, mirror.rowCount())
    assert sum(mirror.item(r, 0) is not None for r in range(mirror.rowCount())) == mirror_keep


def test_a_relisting_repaints_only_the_rows_on_screen_whose_order_changed(gui: Gui, qtbot: QtBot) -> None:
    mirror, table = gui.window.table.mirror, gui.window.table
    table.viewport().repaint()
    asked: list[tuple[int, int]] = []
    mirror.dataChanged.connect(lambda top, bottom, *_: asked.append((top.row(), bottom.row())))
    with qtbot.waitSignal(gui.model.layoutChanged, timeout=WAIT):
        gui.model.orders_changed([], True)  # a sync's page re-reads the list; the rows on screen stand
    assert asked == []
    number, target = next(
        (n, r) for n, r in enumerate(gui.rows()[:8]) if r.shipping_status.value != "delivered" and not r.cancelled
    )
    gui.server.store.colleague_edit(target.id, {"shipping.status": "delivered"})
    gui.bridge.blockSignals(True)  # the page is stored; the list hears of it at its next re-read
    try:
        gui.sync()
    finally:
        gui.bridge.blockSignals(False)
    with qtbot.waitSignal(gui.model.layoutChanged, timeout=WAIT):
        gui.model.orders_changed([target.id], True)
    assert asked == [(number, number)]  # that row alone is painted again
    table.viewport().repaint()
    shown = mirror.index(number, Column.FULFILMENT)
    assert shown.data() == gui.model.index(number, Column.FULFILMENT).data()
    assert shown.data(VALUE_ROLE) == "delivered"


def test_a_call_asked_for_after_the_next_paint_comes_once(gui: Gui, qtbot: QtBot) -> None:
    table = gui.window.table
    calls: list[str] = []
    table.when_painted(lambda: calls.append("painted"))
    assert calls == []
    table.viewport().repaint()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=WAIT)  # just after the paint, from the loop
    table.viewport().repaint()
    qtbot.wait(50)
    assert calls == ["painted"]


def test_a_window_restoring_its_sort_and_filters_lists_once(gui: Gui, qtbot: QtBot, monkeypatch: MonkeyPatch) -> None:
    """Each new list is a count (~12 ms at 500,000 orders) and a reset of the mirror's rows: the start does one."""
    gui.window.table.sort_list(Column.TOTAL, descending=True)
    gui.window.filters.payment_filter.setCurrentIndex(gui.window.filters.payment_filter.findData("pending"))
    gui.window.apply_filters()
    gui.window.save_settings()
    expected = gui.model.rowCount()
    assert 0 < expected < len(gui.service.orders.rows(ListQuery(limit=10_000)))
    counted: list[object] = []
    count = gui.service.orders.count
    monkeypatch.setattr(gui.service.orders, "count", lambda query: counted.append(query) or count(query))
    grown: list[tuple[str, int, int]] = []  # the mirror's rows made and dropped, as the view hears of them
    made = ListMirror.__init__

    def watched(mirror: ListMirror, *args: object, **kwargs: object) -> None:
        made(mirror, *args, **kwargs)
        mirror.rowsInserted.connect(lambda _, first, last: grown.append(("made", first, last)))
        mirror.rowsRemoved.connect(lambda _, first, last: grown.append(("dropped", first, last)))

    monkeypatch.setattr(ListMirror, "__init__", watched)
    again = MainWindow(gui.service, gui.bridge, locale="en", settings=gui.window.settings)
    qtbot.addWidget(again)
    assert len(counted) == 1 and grown == [("made", 0, expected - 1)]
    assert again.model.query.sort == "total" and again.model.query.descending
    assert again.model.query.billing_status == ("pending",)
    assert again.model.rowCount() == again.table.mirror.rowCount() == expected
    again.table.viewport().repaint()
    totals = [again.model.row_at(r).total for r in range(expected)]  # type: ignore[union-attr]
    assert totals == sorted(totals, reverse=True)
