"""The shared counter PC in the program: Lock (Ctrl+L), the lock screen over every window, the idle lock, the unlock.

A real DesktopApp on a password login against the demo (its clerks: the
admin Payton Donnelly, PIN 1234; the cashier Aïcha Bello, PIN 2580; the
reader Awa Mbida, no PIN).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from genuka_desk.demo import DEMO_PASSWORD, DemoServer
from genuka_desk.models import LoginResult, OrderEdit
from genuka_desk.service import AppPaths, Desk, Profile, Session
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.desk_locker import Cover
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.idle_watch import IDLE_KEY
from genuka_desk.ui.lock_screen import LockScreen
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import ID_ROLE
from genuka_desk.ui.preferences_dialog import PreferencesDialog
from tests.support.gui import WAIT, run

CASHIER, READER = "Aïcha Bello", "Awa Mbida"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Desktop:
    app: DesktopApp
    window: MainWindow
    qtbot: QtBot

    @property
    def screen(self) -> LockScreen | None:
        return self.app.locker.screen

    def lock(self) -> LockScreen:
        self.window.menus.lock_action.trigger()
        screen = self.screen
        assert screen is not None and screen.isVisible()
        return screen

    def press_pin(self, pin: str) -> None:
        screen = self.screen
        assert screen is not None
        keys = {b.text(): b for b in screen.findChildren(QPushButton)}
        for digit in pin:
            keys[digit].click()  # the fourth digit sends it

    def unlocked(self) -> None:
        self.qtbot.waitUntil(lambda: self.screen is None, timeout=WAIT)


@pytest.fixture
def desktop(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> Iterator[Desktop]:
    paths = AppPaths.under(tmp_path).ensure()
    desk = Desk(paths)
    session = logged_in(demo_server)
    desk.keep(session, remember=True)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    app = DesktopApp(qapp, paths, session, settings)
    run(qtbot, app.bridge, app.service.sync())
    window = app.show()
    yield Desktop(app, window, qtbot)
    close(qtbot, app, window)


def logged_in(server: DemoServer, email: str = "demo@genuka.com") -> Session:
    """A password login's session, as the login dialog makes it (the loop of the test is already running)."""
    answer = httpx.post(f"{server.url}/2023-11/auth/login", json={"email": email, "password": DEMO_PASSWORD})
    return Desk._session(Profile(base_url=server.url), LoginResult.from_body(answer.json()))


def close(qtbot: QtBot, app: DesktopApp, *windows: MainWindow | None) -> None:
    """The lock lifted, the windows (the first and any built again) closed, the service closed."""
    if app.locker.screen is not None:
        app.locker.screen.release()
    app.locker.stop()
    for window in {*windows, app.window}:
        if window is not None and isValid(window):
            window.quit_flow.leaving = True
            window.windows.close_all()
            window.close()
    app.bridge.close()
    run(qtbot, app.bridge, app.service.close())


def covered(window: QWidget) -> bool:
    return any(c.isVisible() and c.geometry() == window.rect() for c in window.findChildren(Cover))


def test_ctrl_l_locks_every_window_without_closing_them_and_a_pin_unlocks_for_that_clerk(
    desktop: Desktop, qtbot: QtBot
) -> None:
    window = desktop.window
    order_id = str(window.model.index(0, 0).data(ID_ROLE))
    editor = window.windows.open_order(order_id)
    assert isinstance(editor, OrderEditor)
    qtbot.addWidget(editor)
    assert window.menus.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.menus.lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut

    screen = desktop.lock()

    assert screen.windowModality() == Qt.WindowModality.ApplicationModal  # it takes the keyboard
    assert covered(window) and covered(editor)  # their content hidden...
    assert editor.isVisible() and window.isVisible()  # ...the windows stay
    assert screen.geometry() == window.frameGeometry()
    names = [screen.clerks.item(n).text() for n in range(screen.clerks.count())]
    assert names and names[0].startswith("Payton Donnelly")  # the clerk who locked, first
    screen.close()  # Alt+F4 on the lock does nothing
    assert screen.isVisible()

    desktop.press_pin("2580")
    desktop.unlocked()

    assert not covered(window) and not covered(editor) and editor.isVisible()
    assert window.dialogs.clerk == CASHIER  # the receipts' "Served by"
    clerk = desktop.app.service.account.clerk
    assert clerk is not None and clerk.name == CASHIER
    edit = OrderEdit(fields={"shipping.address.city": "Kribi"})
    change = run(qtbot, desktop.app.bridge, desktop.app.service.orders.update(order_id, edit))
    assert change is not None and change.clerk_name == CASHIER
    # The editor's own history names her.
    qtbot.waitUntil(
        lambda: any(f"by {CASHIER}:" in editor.history.item(n).text() for n in range(editor.history.count())),
        timeout=WAIT,
    )


def test_a_wrong_pin_says_so_and_the_desk_stays_locked(desktop: Desktop, qtbot: QtBot) -> None:
    screen = desktop.lock()
    desktop.press_pin("9999")
    qtbot.waitUntil(lambda: screen.message.text() == "Wrong PIN. Try again.", timeout=WAIT)
    assert desktop.screen is screen and screen.pin.text() == "" and covered(desktop.window)
    desktop.press_pin("1234")
    desktop.unlocked()
    assert desktop.window.dialogs.clerk == "Payton Donnelly"


def test_the_idle_lock_follows_the_preference_and_any_input_puts_it_off(desktop: Desktop, qtbot: QtBot) -> None:
    app = desktop.app
    clock = Clock()
    app.locker.idle.clock = clock
    app.locker.idle.touch()

    def choose(dialog: PreferencesDialog) -> bool:
        dialog.idle_lock.setCurrentIndex(dialog.idle_lock.findData(2))
        return True

    app.ask_preferences = choose
    app.preferences()
    assert int(str(app.settings.value(IDLE_KEY))) == 2 and app.locker.idle.minutes == 2

    clock.now += 119
    assert not app.locker.idle.check()
    qtbot.keyClick(desktop.window.table, Qt.Key.Key_Down)  # someone works: counted from now
    clock.now += 119
    assert not app.locker.idle.check() and desktop.screen is None
    clock.now += 2
    assert app.locker.idle.check()
    assert desktop.screen is not None and covered(desktop.window)
    desktop.press_pin("1234")
    desktop.unlocked()
    clock.now += 60
    assert not app.locker.idle.check()  # the unlock counts as input


def test_a_clerk_without_a_pin_unlocks_with_her_password_and_the_window_follows_her_permissions(
    desktop: Desktop, qtbot: QtBot
) -> None:
    assert not desktop.window.read_only
    screen = desktop.lock()
    screen.switch.click()
    assert screen.pages.currentIndex() == 1
    qtbot.keyClicks(screen.email, "lecture@genuka.com")
    qtbot.keyClicks(screen.password, "wrong")
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: screen.message.text() == "Wrong email or password.", timeout=WAIT)
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    screen.unlock_button.click()
    desktop.unlocked()
    window = desktop.app.window
    assert window is not None and window is not desktop.window  # built again for her permissions
    assert window.read_only and desktop.app.session.read_only and window.dialogs.clerk == READER


def test_a_pin_login_that_ended_asks_that_clerks_pin_again(
    desktop: Desktop, qtbot: QtBot, demo_server: DemoServer
) -> None:
    desktop.lock()
    desktop.press_pin("2580")
    desktop.unlocked()
    demo_server.advance_clock(24 * 3600 + 60)
    run(qtbot, desktop.app.bridge, desktop.app.service.sync())
    qtbot.waitUntil(lambda: desktop.screen is not None, timeout=WAIT)
    screen = desktop.screen
    assert screen is not None and "24 hours" in screen.note.text() and screen.note.isVisible()
    desktop.press_pin("2580")
    desktop.unlocked()
    report = run(qtbot, desktop.app.bridge, desktop.app.service.sync())
    assert not report.auth_required


def test_a_desk_locked_when_the_program_stopped_comes_back_locked(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    session = logged_in(demo_server)
    locked = replace(session, profile=replace(session.profile, locked=True))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    app = DesktopApp(qapp, paths, locked, settings)
    window = app.show()
    try:
        assert app.locker.screen is not None and covered(window)
    finally:
        close(qtbot, app, window)


def test_a_clerk_sets_her_pin_in_the_preferences_and_it_unlocks_the_desk(desktop: Desktop, qtbot: QtBot) -> None:
    screen = desktop.lock()
    screen.switch.click()
    qtbot.keyClicks(screen.email, "lecture@genuka.com")
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    screen.unlock_button.click()
    desktop.unlocked()
    app = desktop.app
    shown: list[PreferencesDialog] = []

    def look(dialog: PreferencesDialog) -> bool:
        shown.append(dialog)
        return False

    app.ask_preferences = look
    app.preferences()
    assert shown[0].set_pin_button.isEnabled()
    app.set_my_pin()
    dialog = app.pin_dialog
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.again, "1234")
    dialog.send()  # the admin holds 1234 already: the server refuses it
    qtbot.waitUntil(lambda: "server refused this PIN" in dialog.message.text(), timeout=WAIT)
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClicks(dialog.again, "4312")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.message.text() == "The two PINs differ.", timeout=WAIT)
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClicks(dialog.again, "4321")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=WAIT)
    window = app.window
    assert window is not None
    window.menus.lock_action.trigger()
    desktop.press_pin("4321")
    desktop.unlocked()
    assert app.session.read_only and app.window is not None and app.window.dialogs.clerk == READER
