"""The till in the main window: its status bar button and its menu, on a real demo with cash control."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.ui.till.open_dialog import OpenTillDialog
from genuka_desk.ui.till.window import TillWindow
from tests.support.gui import WAIT, Gui
from tests.support.till import cash_payment, cash_server, open_till, sync, wait_text, window_on


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui


def money(amount: int) -> str:
    return format_money(amount, "XAF", "en")


def test_the_bar_shows_what_the_till_should_hold_and_a_cash_sale_moves_it(till_gui: Gui, qtbot: QtBot) -> None:
    bar = till_gui.window.till.bar
    wait_text(qtbot, bar, "Till closed")
    assert bar.isVisible() and bar in till_gui.window.status_bar.findChildren(type(bar))
    dialog = open_till(till_gui, {10000: 2, 500: 4}, "morning")
    assert dialog.result() == OpenTillDialog.DialogCode.Accepted
    # Shown at once, before the server has it: the desk's own figure, marked.
    wait_text(qtbot, bar, f"should hold ≈ {money(22000)}")
    assert bar.text().startswith("Till open since ") and "not all on the server" in bar.toolTip().lower()
    sync(till_gui)
    wait_text(qtbot, bar, f"should hold {money(22000)}")
    assert "≈" not in bar.text() and bar.toolTip() == ""
    cash_payment(till_gui, 3500)  # a cash payment taken here counts into the till at once
    wait_text(qtbot, bar, f"should hold ≈ {money(25500)}")
    sync(till_gui)
    wait_text(qtbot, bar, f"should hold {money(25500)}")  # the server's figure now
    assert "≈" not in bar.text()


def test_the_till_menu_and_a_click_on_the_bar_open_what_they_say(till_gui: Gui, qtbot: QtBot) -> None:
    window = till_gui.window
    menus = {m.title(): m for m in window.menuBar().findChildren(QMenu)}
    entries = [a.text() for a in menus["&Till"].actions() if a.text()]
    assert entries == ["Open the till…", "Close the till…", "Till and Z reports…"]
    till = window.till
    assert till.open_action.isEnabled() and not till.close_action.isEnabled()  # nothing to close yet
    assert till.window_action.shortcut().toString() == "Ctrl+Shift+T"
    assert any("Ctrl+Shift+T" in keys for keys, _ in window.menus.shortcut_rows())
    till.bar.click()
    shown = window.windows.windows["till"]
    assert isinstance(shown, TillWindow) and shown.isVisible()
    open_till(till_gui, {5000: 1})
    qtbot.waitUntil(lambda: till.close_action.isEnabled() and not till.open_action.isEnabled(), timeout=WAIT)


def test_an_opening_offline_is_shown_at_once_and_kept_to_be_sent(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        server.stop()  # the connection drops
        bar = gui.window.till.bar
        open_till(gui, {1000: 3})
        wait_text(qtbot, bar, f"should hold ≈ {money(3000)}")  # at once, offline
        view = gui.service.till.current()
        assert view is not None and view.waiting == 1 and view.session.server_id is None


def test_without_cash_control_the_bar_says_so_and_the_till_explains(gui: Gui, qtbot: QtBot) -> None:
    bar = gui.window.till.bar
    wait_text(qtbot, bar, "No cash control")
    assert "Cash control is off for this company" in bar.toolTip()
    dialog = gui.window.till.open_till()
    assert isinstance(dialog, OpenTillDialog)
    assert not dialog.open_button.isEnabled() and "Cash control is off" in dialog.error.text()
    dialog.accept()  # Enter anyway: nothing happens, nothing traces
    assert gui.service.till.current() is None and dialog.isVisible()
    dialog.reject()


def test_a_read_only_login_neither_opens_nor_closes_the_till(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from genuka_desk.ui.main_window import MainWindow

    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        settings = QSettings(str(tmp_path / "ro.ini"), QSettings.Format.IniFormat)
        reader = MainWindow(gui.service, gui.bridge, locale="en", read_only=True, settings=settings)
        qtbot.addWidget(reader)
        assert not reader.till.open_action.isEnabled() and not reader.till.close_action.isEnabled()
        assert "only reads" in reader.till.open_action.toolTip()
        assert not reader.till.may_review


def test_the_count_is_typed_with_the_keyboard_alone(till_gui: Gui, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    dialog = till_gui.window.till.open_till()
    assert isinstance(dialog, OpenTillDialog)
    boxes = list(dialog.table.boxes.values())
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    boxes[0].setFocus()
    qtbot.keyClicks(boxes[0], "2")
    qtbot.keyClick(boxes[0], Qt.Key.Key_Tab)  # to the next quantity, selected: typing replaces it
    assert dialog.focusWidget() is boxes[1]
    qtbot.waitUntil(lambda: boxes[1].lineEdit().selectedText() == "0", timeout=WAIT)
    qtbot.keyClicks(boxes[1], "3")
    assert dialog.table.total_label.text() == f"<b>{money(35000)}</b>"  # 2 × 10 000 + 3 × 5 000, live
    qtbot.mouseClick(boxes[3].lineEdit(), Qt.MouseButton.LeftButton)  # a click into a box: its 0 selected too
    qtbot.waitUntil(lambda: boxes[3].lineEdit().selectedText() == "0", timeout=WAIT)
    qtbot.keyClicks(boxes[3], "1")
    qtbot.keyClick(boxes[3], Qt.Key.Key_Backtab)  # back, and again what was typed there is replaced
    qtbot.waitUntil(lambda: boxes[2].lineEdit().selectedText() == "0", timeout=WAIT)
    assert dialog.table.total() == 36000
    qtbot.keyClick(boxes[1], Qt.Key.Key_Return)
    assert dialog.result() == OpenTillDialog.DialogCode.Accepted
    view = till_gui.service.till.current()
    assert view is not None and view.session.balance_start == 36000
