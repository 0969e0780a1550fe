"""The main window: read-only users, the filters and columns it remembers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import ID_ROLE, Column
from tests.support.gui import WAIT, Gui


def test_read_only_user_cannot_edit(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(
        gui.service,
        gui.bridge,
        locale="en",
        read_only=True,
        settings=QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    assert not (window.model.flags(window.model.index(0, Column.PAYMENT)) & Qt.ItemFlag.ItemIsEditable)
    assert not window.statuses.bulk_action.isEnabled()
    editor = OrderEditor(gui.service, gui.bridge, window.model.index(0, 0).data(ID_ROLE), locale="en", read_only=True)
    qtbot.addWidget(editor)
    assert not editor.save_button.isVisibleTo(editor)
    qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)


def test_filters_and_columns_are_remembered(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    window = gui.window
    window.filters.payment_filter.setCurrentIndex(window.filters.payment_filter.findData("paid"))
    window.table.setColumnHidden(Column.SOURCE, True)
    window.table.horizontalHeader().moveSection(Column.TOTAL, 0)
    window.save_settings()
    again = MainWindow(gui.service, gui.bridge, locale="en", settings=window.settings)
    qtbot.addWidget(again)
    assert again.filters.payment_filter.currentData() == "paid"
    assert all(r.billing_status.value == "paid" for r in [again.model.row_at(i) for i in range(again.model.rowCount())])
    assert again.table.isColumnHidden(Column.SOURCE)
    assert again.table.horizontalHeader().visualIndex(Column.TOTAL) == 0
