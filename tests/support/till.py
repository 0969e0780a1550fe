"""The till's UI tests: the main window on a demo with cash control, and the clerk's moves at the till."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.ui.till.close_dialog import CloseTillDialog
from genuka_desk.ui.till.count_table import CountTable
from genuka_desk.ui.till.open_dialog import OpenTillDialog
from tests.support.gui import WAIT, Gui, run
from tests.support.services import settle, unpaid


@contextmanager
def cash_server() -> Iterator[DemoServer]:
    """The demo with cash control on (Mobile Sync off: payments take the classic endpoint), stopped after."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def window_on(qtbot: QtBot, server: DemoServer, folder: Path) -> Iterator[Gui]:
    """The main window on a synced service of ``server`` (closed at the end, like the ``gui`` fixture)."""
    ui = Gui(qtbot, server, folder)
    try:
        yield ui
    finally:
        ui.bridge.close()
        for window in list(ui.window.windows.windows.values()):
            window.close()
        run(qtbot, ui.bridge, ui.service.close())


def fill(table: CountTable, counts: dict[int, int]) -> None:
    """Type a count as a clerk does: ``{value: quantity}``, into the bills (the first row of a value)."""
    for value, quantity in counts.items():
        key = next(str(d.id) for d in table.denominations if d.value == Decimal(value))
        table.boxes[key].setValue(quantity)


def press_enter(qtbot: QtBot, dialog: QDialog) -> None:
    """Enter in the count (the focused quantity): the dialog's default button."""
    focus = dialog.focusWidget() or dialog
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def open_till(gui: Gui, counts: dict[int, int], notes: str = "") -> OpenTillDialog:
    """Till > Open the till…, the count typed, Enter."""
    dialog = gui.window.till.open_till()
    assert isinstance(dialog, OpenTillDialog)
    fill(dialog.table, counts)
    dialog.notes.setText(notes)
    dialog.table.first().setFocus()  # type: ignore[union-attr]
    press_enter(gui.qtbot, dialog)
    return dialog


def close_dialog(gui: Gui) -> CloseTillDialog:
    """Till > Close the till…"""
    dialog = gui.window.till.close_till()
    assert isinstance(dialog, CloseTillDialog)
    return dialog


def sync(gui: Gui) -> None:
    """Sync until nothing waits (the till's operations included)."""
    run(gui.qtbot, gui.bridge, settle(gui.service))


def cash_payment(gui: Gui, amount: int) -> Any:
    """A cash payment taken at the desk on an order awaiting payment (into the cash account the till counts)."""
    row = unpaid(gui.service)
    return run(gui.qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(amount), "cash"))


def wait_text(qtbot: QtBot, widget: QWidget, part: str) -> None:
    """Wait until ``widget``'s text holds ``part``."""
    qtbot.waitUntil(lambda: part in widget.text(), timeout=WAIT)  # type: ignore[attr-defined]
