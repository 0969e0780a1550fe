"""The main window's menus: the View menu's orders without a customer, and each entry on its part's verb."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from genuka_desk.ui.paper.print_dialog import PrintDialog
from tests.support.gui import WAIT, Gui


def test_view_menu_asks_for_orders_without_a_customer(gui: Gui) -> None:
    action = gui.window.menus.ghosts_action
    assert action.isCheckable() and not action.isChecked() and not gui.service.orders.ghosts_shown()
    action.setChecked(True)
    assert gui.service.orders.ghosts_shown()  # the next pull re-reads every order with them
    action.setChecked(False)
    assert not gui.service.orders.ghosts_shown()


def test_the_menus_run_the_verbs_of_the_windows_parts(gui: Gui, qtbot: QtBot) -> None:
    """Each entry reaches the part that owns its verb: the open windows, the dialogs, the filters, the dock."""
    window = gui.window
    entries = {a.text().replace("&", ""): a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    row = gui.open_row()
    window.table.setCurrentIndex(window.table.mirror.index(gui.row_index(row.id), 0))
    entries["Print…"].trigger()  # File > Print, on the current order
    printing = window.findChildren(PrintDialog)
    assert len(printing) == 1 and printing[0].isVisible()
    printing[0].reject()
    entries["Customers…"].trigger()
    assert window.windows.windows["customer"].isVisible()
    window.filters.search.setText("Awa")
    qtbot.waitUntil(lambda: window.model.query.search == "Awa", timeout=WAIT)  # the list followed
    window.filters.search.deselect()
    entries["Find"].trigger()  # Edit > Find: the search box, its text selected to be typed over
    assert window.filters.search.selectedText() == "Awa"
    window.filters.search.clear()
    qtbot.waitUntil(lambda: window.model.query.search == "", timeout=WAIT)
    entries["Today panel"].trigger()
    qtbot.waitUntil(window.today.isVisible, timeout=WAIT)
    entries["Today panel"].trigger()  # again: hidden, and the entry says so
    qtbot.waitUntil(lambda: not window.today.isVisible(), timeout=WAIT)
    assert not entries["Today panel"].isChecked()
