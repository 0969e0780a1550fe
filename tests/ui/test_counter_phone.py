"""The sale window finds a known customer whatever way the clerk types their phone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genuka_desk.ui.counter import NewOrderWindow
from tests.support.gui import Gui, type_in
from tests.support.phones import bare_customer


@pytest.mark.parametrize("typed", ["+237 694 18 21 99", "00237 694 18 21 99", "694.18.21.99"])
def test_a_customer_stored_as_bare_digits_is_known_at_the_counter(gui: Gui, qtbot: QtBot, typed: str) -> None:
    wanted = bare_customer(gui.server)  # typed "694182199" at another till
    gui.sync()
    window = gui.new_order()
    assert isinstance(window, NewOrderWindow)
    type_in(qtbot, window.customer.search, typed)
    qtbot.keyClick(window.customer.search, Qt.Key.Key_Return)
    assert window.customer.customer_id == wanted  # never taken for a new customer
    assert window.customer.customer().id == wanted
