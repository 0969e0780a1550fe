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
        window = self.app.window  # (built again when a clerk of other permissions unlocked)
        assert window is not None
        window.menus.lock_action.trigger()
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
    return Desk._session(Profile(base_url=server.url, email=email), LoginResult.from_body(answer.json()))


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
    where = editor.geometry()

    screen = desktop.lock()

    assert screen.windowModality() == Qt.WindowModality.ApplicationModal  # it takes the keyboard
    assert covered(window) and window.isVisible()  # the main window under the lock, its content covered
    assert not editor.isVisible() and isValid(editor)  # the editor waits hidden, not closed
    assert screen.geometry() == window.frameGeometry()
    names = [screen.clerks.item(n).text() for n in range(screen.clerks.count())]
    assert names and names[0].startswith("Payton Donnelly")  # the clerk who locked, first
    screen.close()  # Alt+F4 on the lock does nothing
    assert screen.isVisible()

    desktop.press_pin("2580")
    desktop.unlocked()

    assert not covered(window) and not covered(editor) and editor.isVisible() and editor.geometry() == where
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
    assert screen.email.isVisible() and screen.focusWidget() is screen.email
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


# -- from the clerk's walk (issue 35, "A shared counter PC") ------------------------------------------


def kept_clerks(app: DesktopApp) -> list[str]:
    return [c.name for c in app.desk_lock.recent()]


def test_the_pin_alone_says_who_unlocks_offline_too_the_names_serve_the_password_way(
    desktop: Desktop, qtbot: QtBot, demo_server: DemoServer
) -> None:
    """Online and offline, whoever's PIN it is unlocks: no name is picked for it (the call takes none)."""
    desktop.lock()
    desktop.press_pin("2580")  # Aïcha: her PIN's hash is kept
    desktop.unlocked()
    desktop.lock()
    desktop.press_pin("1234")  # Payton: his too
    desktop.unlocked()
    screen = desktop.lock()
    assert screen.pin.isVisible() and not screen.code.isVisible()  # straight to the PIN: the code is known
    assert not screen.clerks.isVisible()  # no list beside the PIN to pick from
    assert screen.lately.isVisible() and CASHIER in screen.lately.text()  # who worked here lately, to read
    demo_server.stop()  # the line is down: the hashes kept here decide

    desktop.press_pin("2580")  # Payton locked it and is first in every list: the PIN is Aïcha's
    desktop.unlocked()

    assert desktop.window.dialogs.clerk == CASHIER
    clerk = desktop.app.service.account.clerk
    assert clerk is not None and clerk.name == CASHIER


def test_a_name_picked_for_the_password_way_fills_in_that_clerks_email(desktop: Desktop, qtbot: QtBot) -> None:
    screen = desktop.lock()
    screen.switch.click()
    qtbot.keyClicks(screen.email, "lecture@genuka.com")
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    screen.unlock_button.click()
    desktop.unlocked()
    screen = desktop.lock()
    screen.switch.click()
    assert screen.clerks.isVisible() and screen.email.text() == ""  # nobody picked for them
    names = [screen.clerks.item(n).text() for n in range(screen.clerks.count())]
    assert names == [READER, "Payton Donnelly"]
    screen.clerks.setCurrentRow(1)
    assert screen.email.text() == "demo@genuka.com" and screen.focusWidget() is screen.password
    screen.clerks.setCurrentRow(0)
    assert screen.email.text() == "lecture@genuka.com"
    qtbot.keyClicks(screen.password, DEMO_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    desktop.unlocked()
    assert desktop.app.session.profile.email == "lecture@genuka.com"


@pytest.fixture
def demo_like(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> Iterator[Desktop]:
    """A session naming its clerk by name only, no id, no company code (as the embedded demo's: an API key)."""
    paths = AppPaths.under(tmp_path).ensure()
    session = logged_in(demo_server)
    profile = replace(session.profile, user_id=None, company_code=None, email="demo@genuka.com")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    app = DesktopApp(qapp, paths, replace(session, profile=profile), settings)
    run(qtbot, app.bridge, app.service.sync())
    window = app.show()
    yield Desktop(app, window, qtbot)
    close(qtbot, app, window)


def test_a_clerk_known_first_by_name_then_by_id_is_listed_once(demo_like: Desktop, qtbot: QtBot) -> None:
    app = demo_like.app
    screen = demo_like.lock()
    qtbot.keyClicks(screen.code, "MBOA-001")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pin.isVisible(), timeout=WAIT)
    demo_like.press_pin("1234")  # Payton again: the PIN login's answer names him by id
    demo_like.unlocked()
    screen = demo_like.lock()
    demo_like.press_pin("2580")
    demo_like.unlocked()
    screen = demo_like.lock()

    assert kept_clerks(app) == [CASHIER, "Payton Donnelly"]
    screen.switch.click()
    assert [screen.clerks.item(n).text() for n in range(screen.clerks.count())] == [CASHIER, "Payton Donnelly"]
    screen.clerks.setCurrentRow(1)
    assert screen.email.text() == "demo@genuka.com"  # what the session by name knew, on the one entry


def test_the_company_code_is_asked_first_then_the_pin(demo_like: Desktop, qtbot: QtBot) -> None:
    screen = demo_like.lock()

    assert screen.code.isVisible() and screen.focusWidget() is screen.code
    assert not screen.pin.isVisible()  # the PIN pad comes after the code
    desktop_keys = {b.text() for b in screen.findChildren(QPushButton) if b.isVisible()}
    assert "5" not in desktop_keys
    qtbot.keyClicks(screen.code, "NOPE-000")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No company has this code" in screen.message.text(), timeout=WAIT)
    assert screen.code.isVisible() and not screen.pin.isVisible()
    qtbot.keyClicks(screen.code, "MBOA-001")  # the wrong code was selected: typing replaces it
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pin.isVisible() and screen.focusWidget() is screen.pin, timeout=WAIT)
    assert screen.company.isVisible() and screen.company.text()  # the company the code named
    assert demo_like.app.desk_lock.company_code == "MBOA-001"

    qtbot.keyClicks(screen.pin, "2580")  # the fourth digit sends it: nothing typed is wiped by a late question
    demo_like.unlocked()
    assert demo_like.window.dialogs.clerk == CASHIER
    again = demo_like.lock()
    assert again.pin.isVisible() and not again.code.isVisible()  # kept: asked once on this computer


def test_the_clerk_at_the_desk_is_named_in_the_status_bar_and_the_title(desktop: Desktop, qtbot: QtBot) -> None:
    window = desktop.window
    bar = window.status_bar
    assert bar.clerk_label.isVisible() and bar.clerk_label.text() == "At the desk: Payton Donnelly"
    assert window.windowTitle() == "Genuka Desk — Orders — Payton Donnelly"
    bar.showMessage("Printing…")  # a passing message hides the bar's normal widgets, not its permanent ones
    assert bar.clerk_label.isVisible()
    bar.clearMessage()

    desktop.lock()
    desktop.press_pin("2580")
    desktop.unlocked()

    assert bar.clerk_label.text() == f"At the desk: {CASHIER}"
    assert window.windowTitle() == f"Genuka Desk — Orders — {CASHIER}"
    desktop.lock()
    desktop.press_pin("1234")
    desktop.unlocked()
    assert bar.clerk_label.text() == "At the desk: Payton Donnelly"


def test_an_enter_after_the_pins_fourth_digit_opens_nothing_behind(desktop: Desktop, qtbot: QtBot) -> None:
    window = desktop.window
    clock = Clock()
    desktop.app.locker.enter_guard.clock = clock
    window.table.setFocus()
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=WAIT)
    screen = desktop.lock()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # were the list behind to get a key while locked
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # or a shortcut
    assert window.windows.windows == {} and desktop.screen is screen
    qtbot.keyClicks(screen.pin, "2580")  # the fourth digit sends it
    assert screen.busy
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)  # while it is checked: nothing
    desktop.unlocked()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table, timeout=WAIT)  # the list as it was

    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # the habit: Enter after the PIN

    assert window.windows.windows == {}  # no order opened behind
    clock.now += 5  # a moment later, Enter is the list's again
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.windows.windows) == 1, timeout=WAIT)


def test_while_locked_every_window_of_the_desk_is_hidden_or_covered_and_comes_back_as_it_was(
    desktop: Desktop, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = desktop.window
    windows = window.windows
    order_id = str(window.model.index(0, 0).data(ID_ROLE))
    editor = windows.open_order(order_id)
    sale = windows.new_order()
    customers = windows.open_customer(None)
    till = window.till.show_window()
    others = [w for w in (editor, sale, customers, till) if w is not None]
    assert len(others) == 4 and all(w.isVisible() for w in others)
    customers.move(customers.x() + 37, customers.y() + 11)
    places = {id(w): w.geometry() for w in others}
    question = QMessageBox(QMessageBox.Icon.Question, "Close the till?", "Count the cash", parent=till)
    question.setWindowModality(Qt.WindowModality.ApplicationModal)  # as a dialog waiting in exec()
    question.show()

    screen = desktop.lock()

    assert not any(w.isVisible() for w in others)  # the till, the sale, the order, the customers: hidden
    assert question.isVisible() and covered(question)  # it waits for its answer: covered, not ended
    assert question.windowTitle() == "Genuka Desk — Locked"
    assert covered(window) and screen.isVisible()
    late = QWidget(None, Qt.WindowType.Window)  # a window that comes up while locked
    qtbot.addWidget(late)
    late.resize(200, 100)
    late.show()
    assert covered(late)
    message = QMessageBox(QMessageBox.Icon.Warning, "Genuka Desk", "A task failed", parent=window)
    message.setWindowModality(Qt.WindowModality.ApplicationModal)  # as show_error's, while locked
    message.show()
    assert covered(message)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is screen, timeout=WAIT)  # the lock keeps the keyboard
    for widget in QApplication.topLevelWidgets():  # nothing of the desk shows its content
        if widget.isVisible() and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            assert widget is screen or covered(widget), widget

    desktop.press_pin("1234")
    desktop.unlocked()

    assert all(w.isVisible() for w in others)  # the windows stay: back as they were
    assert {id(w): w.geometry() for w in others} == places
    assert question.isVisible() and not covered(question) and question.windowTitle() == "Close the till?"
    assert not covered(late) and not covered(window)
    assert message.isVisible() and not covered(message)  # answered after the unlock
    message.done(0)
    question.done(0)


def test_a_kept_code_the_server_no_longer_knows_is_asked_again_before_the_pin(desktop: Desktop, qtbot: QtBot) -> None:
    lock = desktop.app.desk_lock
    lock._save(replace(lock.profile, company_code="OLD-999"))  # the company's code was changed since
    screen = desktop.lock()
    desktop.press_pin("2580")
    qtbot.waitUntil(lambda: screen.code.isVisible(), timeout=WAIT)
    assert "No company has this code" in screen.message.text() and not screen.pin.isVisible()
    assert screen.code.text() == "OLD-999" and screen.code.selectedText() == "OLD-999"
    qtbot.keyClicks(screen.code, "MBOA-001")
    qtbot.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pin.isVisible(), timeout=WAIT)
    desktop.press_pin("2580")
    desktop.unlocked()
    assert desktop.window.dialogs.clerk == CASHIER and lock.company_code == "MBOA-001"
