"""The desktop window on a real synced service and the demo API, for the UI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from genuka_desk.ui import questions
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import ID_ROLE, ROW_ROLE, Column
from tests.support.services import make_service

WAIT = 10_000


def run(qtbot: QtBot, bridge: ServiceBridge, work: Any) -> Any:
    """Run ``work`` through the bridge and wait for its result."""
    task = bridge.run(work)
    qtbot.waitUntil(task.done, timeout=WAIT)
    return task.result()


class Synced:
    """A synced service and its bridge, with no window: for a window's part tested alone."""

    def __init__(self, qtbot: QtBot, server: DemoServer, folder: Path) -> None:
        self.qtbot = qtbot
        self.server = server
        self.service: OrderService = make_service(server, folder / "profile")
        self.bridge = ServiceBridge(self.service)
        run(qtbot, self.bridge, self.service.sync())
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)

    def close(self) -> None:
        self.bridge.close()
        run(self.qtbot, self.bridge, self.service.close())


class Gui:
    """A synced service, its bridge and the main window."""

    def __init__(self, qtbot: QtBot, server: DemoServer, folder: Path) -> None:
        self.qtbot = qtbot
        self.server = server
        self.service: OrderService = make_service(server, folder / "profile")
        self.bridge = ServiceBridge(self.service)
        run(qtbot, self.bridge, self.service.sync())
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.service, self.bridge, locale="en", settings=settings)
        qtbot.addWidget(self.window)
        self.window.show()
        self.model = self.window.model

    def rows(self) -> list[Any]:
        return [self.model.index(r, 0).data(ROW_ROLE) for r in range(self.model.rowCount())]

    def row_index(self, order_id: str) -> int:
        for r in range(self.model.rowCount()):
            if self.model.index(r, 0).data(ID_ROLE) == order_id:
                return r
        raise AssertionError(order_id)

    def sync(self) -> None:
        run(self.qtbot, self.bridge, self.service.sync())

    def open_row(self, status: str = "pending") -> Any:
        return next(r for r in self.rows() if r.billing_status.value == "pending" and r.shipping_status.value == status)

    def new_order(self) -> Any:
        """File > New order; closing it at the test's end asks nothing (tests/ui/conftest.py answers yes)."""
        window = self.window.windows.new_order()
        self.qtbot.addWidget(window)
        return window


def answer_confirm(monkeypatch: pytest.MonkeyPatch, yes: bool, asked: list[str] | None = None) -> None:
    """Every window's yes/no question (``questions.confirm``) answered ``yes``; the texts asked kept in ``asked``."""

    def confirm(parent: Any, title: str, text: str) -> bool:
        if asked is not None:
            asked.append(text)
        return yes

    monkeypatch.setattr(questions, "confirm", confirm)


def type_in(qtbot: QtBot, field: Any, text: str) -> None:
    """Type ``text`` into a search field as fast as a scanner, then let its list catch up (the burst's pause)."""
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: not field.pending, timeout=WAIT)


def pick_in_table(gui: Gui, row: int, column: Column, value: str) -> None:
    """Pick ``value`` in the dropdown of the list's cell at ``row``, ``column``, as the clerk does."""
    table = gui.window.table
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    combos = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    assert combos, "the dropdown opened"
    combo = combos[0]
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def open_editor(gui: Gui, qtbot: QtBot, order_id: str) -> OrderEditor:
    """Open the editor of ``order_id`` from the main window and wait until it has loaded."""
    editor = gui.window.windows.open_order(order_id)
    assert isinstance(editor, OrderEditor)
    qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)
    return editor
