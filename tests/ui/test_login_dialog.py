"""The login dialog against the demo API: errors, read-only users, the demo, no keychain."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_PASSWORD, DemoServer
from genuka_desk.service import Session
from genuka_desk.service.paths import AppPaths
from genuka_desk.ui.app import log_in_interactively, saved_session
from genuka_desk.ui.login_dialog import LoginDialog


class ScriptedLogin(LoginDialog):
    """The login dialog with the clerk's typing scripted."""

    script: list[dict[str, Any]] = []

    def exec(self) -> int:
        if not ScriptedLogin.script:
            return 0
        step = ScriptedLogin.script.pop(0)
        self.server.setText(step.get("server", self.server.text()))
        self.email.setText(step.get("email", ""))
        self.password.setText(step.get("password", ""))
        self.wants_demo = step.get("demo", False)
        return 1


def test_login_dialog_logs_in_and_offers_the_demo(qtbot: QtBot, demo_server: DemoServer, tmp_path: Path) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.check_and_accept()
    assert "email" in dialog.error.text().lower()
    dialog.server.setText("http://shop.example.com")
    dialog.check_and_accept()
    assert "https" in dialog.error.text().lower()
    assert dialog.result() != QDialog.DialogCode.Accepted

    paths = AppPaths.under(tmp_path).ensure()
    ScriptedLogin.script = [
        {"server": demo_server.url, "email": "demo@genuka.com", "password": "wrong"},
        {"server": demo_server.url, "email": "demo@genuka.com", "password": DEMO_PASSWORD},
    ]
    session = log_in_interactively(paths, ScriptedLogin)
    assert isinstance(session, Session) and session.profile.company_id == demo_server.company_id
    assert not session.read_only
    ScriptedLogin.script = [{"server": demo_server.url, "email": "lecture@genuka.com", "password": DEMO_PASSWORD}]
    reader = log_in_interactively(paths, ScriptedLogin)
    assert isinstance(reader, Session) and reader.read_only
    # The next start, with the login remembered, opens read-only too (it once came back editable).
    restarted = saved_session(paths)
    assert restarted is not None and restarted.token == reader.token and restarted.read_only
    ScriptedLogin.script = [{"demo": True}]
    assert log_in_interactively(paths, ScriptedLogin) == "demo"


def test_login_dialog_says_when_there_is_no_keychain(qtbot: QtBot, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    shown: list[str] = []

    class Watch(ScriptedLogin):
        def show_keyring_note(self, text: str) -> None:
            shown.append(text)

    ScriptedLogin.script = []
    assert log_in_interactively(AppPaths.under(tmp_path).ensure(), Watch) is None
    assert shown and "keychain" in shown[0]
