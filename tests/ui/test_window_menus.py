"""The main window's menus: the View menu's orders without a customer."""

from __future__ import annotations

from tests.support.gui import Gui


def test_view_menu_asks_for_orders_without_a_customer(gui: Gui) -> None:
    action = gui.window.ghosts_action
    assert action.isCheckable() and not action.isChecked() and not gui.service.orders.ghosts_shown()
    action.setChecked(True)
    assert gui.service.orders.ghosts_shown()  # the next pull re-reads every order with them
    action.setChecked(False)
    assert not gui.service.orders.ghosts_shown()
