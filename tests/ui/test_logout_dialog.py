"""Logging out: the warning about unsent changes, the token and the data forgotten."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import Session
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.store import ListQuery
from genuka_desk.ui.app import DesktopApp
from tests.support.gui import WAIT, run


@pytest.mark.parametrize("forget", [False, True])
def test_log_out_warns_about_unsent_changes_forgets_the_token_and_on_request_the_data(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication, forget: bool
) -> None:
    from genuka_desk.service.credentials import TokenStore
    from genuka_desk.store import QUEUE_FILE
    from genuka_desk.ui.logout_dialog import LogoutDialog

    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    profile = Profile(name="t", base_url=demo_server.url, company_id=demo_server.company_id)
    TokenStore(paths.config_dir, "t").save(DEMO_ADMIN_KEY)
    desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    run(qtbot, desktop.bridge, desktop.service.sync())
    demo_server.stop()  # offline: the change below stays unsent
    order = desktop.service.orders.rows(ListQuery(limit=1))[0]
    run(qtbot, desktop.bridge, desktop.service.orders.set_status(order.id, billing="unpaid"))
    running = desktop.bridge.run(desktop.run())
    qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.isVisible(), timeout=WAIT)
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    asked: list[LogoutDialog] = []

    def cancel(dialog: LogoutDialog) -> None:
        asked.append(dialog)
        dialog.button(LogoutDialog.StandardButton.Cancel).click()

    desktop.ask = cancel
    desktop.window.menus.logout_action.trigger()
    assert "1 change" in asked[0].informativeText() and "lost" in asked[0].informativeText()
    assert not desktop.logged_out and TokenStore(paths.config_dir, "t").load() == DEMO_ADMIN_KEY

    def log_out(dialog: LogoutDialog) -> None:
        dialog.forget_box.setChecked(forget)
        dialog.logout_button.click()

    desktop.ask = log_out
    desktop.window.menus.logout_action.trigger()
    qtbot.waitUntil(running.done, timeout=WAIT)
    assert desktop.logged_out and TokenStore(paths.config_dir, "t").load() is None
    assert (profile.data_folder(paths.data_dir) / QUEUE_FILE).exists() is not forget
    if not forget:
        from genuka_desk.store import LocalStore

        with LocalStore(profile.data_folder(paths.data_dir)) as store:
            assert store.queue.unsent_count() == 1  # kept for the next login
