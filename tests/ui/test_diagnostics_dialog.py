"""Help > Diagnostics, offscreen against the demo: what it shows, in French and English, and never a token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.service import AppPaths, Profile, Session
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.diagnostics_dialog import DiagnosticsDialog
from genuka_desk.ui.i18n import install_language
from tests.support.gui import WAIT

SHOTS = Path("/tmp/genuka-desk-shots")


def log_in(server: DemoServer) -> str:
    answer = httpx.post(
        f"{server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": DEMO_PASSWORD}
    )
    return str(answer.json()["accessToken"])


def desktop_of(
    qapp: QApplication, qtbot: QtBot, server: DemoServer, tmp_path: Path, token: str, **profile: object
) -> DesktopApp:
    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    kept = Profile(name="t", base_url=server.url, company_id=server.company_id, **profile)  # type: ignore[arg-type]
    desktop = DesktopApp(qapp, paths, Session(kept, token), settings)
    window = desktop.show()
    qtbot.addWidget(window)
    return desktop


def opened(desktop: DesktopApp, qtbot: QtBot) -> DiagnosticsDialog:
    """Help > Diagnostics, once its look is done."""
    assert desktop.window is not None
    desktop.window.menus.diagnostics_action.trigger()
    dialog = desktop.diagnostics_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.isVisible()
    return dialog


def close(desktop: DesktopApp, qtbot: QtBot) -> None:
    task = desktop.bridge.run(desktop.service.close())
    qtbot.waitUntil(task.done, timeout=WAIT)


@pytest.fixture
def server() -> Iterator[DemoServer]:
    demo = DemoServer(orders=12, seed=4).start()
    yield demo
    demo.stop()


def test_help_diagnostics_shows_the_desk_and_no_login_token(
    qtbot: QtBot, qloop: qasync.QEventLoop, qapp: QApplication, server: DemoServer, tmp_path: Path
) -> None:
    token = log_in(server)
    desktop = desktop_of(qapp, qtbot, server, tmp_path, token, email="demo@genuka.com")
    try:
        dialog = opened(desktop, qtbot)
        text = dialog.text.toPlainText()
        for expected in (
            f"Server: {server.url} (answers)",
            "Logged in: yes, as demo@genuka.com",
            f"Company: Boutique Mboa (démo) ({server.company_id})",
            "What the server offers (checked now):",
            "Mobile Sync, push (idempotency key): yes",
            "Cash control: off",
            "Clock: in step with the server",
            "Changes not sent: 0 waiting, 0 refused, 0 in conflict",
        ):
            assert expected in text, (expected, text)
        assert dialog.headline.text() == "Everything looks right."
        assert token not in text and token not in dialog.headline.text()
        assert dialog.text.isReadOnly()
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == text
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "diagnostics-en.png"))
    finally:
        close(desktop, qtbot)


def test_with_an_api_key_a_far_clock_and_no_mobile_sync_in_french(
    qtbot: QtBot, qloop: qasync.QEventLoop, qapp: QApplication, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    server = DemoServer(orders=5, mobile_sync=False, cash_control=True, clock_offset=1800).start()
    request.addfinalizer(server.stop)
    request.addfinalizer(lambda: install_language("en"))
    desktop = desktop_of(qapp, qtbot, server, tmp_path, DEMO_ADMIN_KEY, api_key=True)
    install_language("fr")
    try:
        dialog = opened(desktop, qtbot)
        text = dialog.text.toPlainText()
        for expected in (
            f"Serveur : {server.url} (répond)",
            "Connecté : oui, avec une clé d’API",
            "Mobile Sync, envoi (push, clé d’idempotence) : non",
            "Contrôle de caisse : activé",
            "Horloge : cet ordinateur retarde de 30 min sur le serveur",
            "Mettez l’horloge de cet ordinateur à l’heure",
        ):
            assert expected in text, (expected, text)
        assert dialog.headline.text().startswith("À vérifier : ")
        assert "l’horloge de cet ordinateur" in dialog.headline.text()
        assert DEMO_ADMIN_KEY not in text
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "diagnostics-fr.png"))
    finally:
        close(desktop, qtbot)


def test_offline_it_shows_the_last_look_and_says_so(
    qtbot: QtBot, qloop: qasync.QEventLoop, qapp: QApplication, server: DemoServer, tmp_path: Path
) -> None:
    desktop = desktop_of(qapp, qtbot, server, tmp_path, DEMO_ADMIN_KEY, api_key=True)
    try:
        first = opened(desktop, qtbot)
        first.close()
        server.stop()
        dialog = opened(desktop, qtbot)
        text = dialog.text.toPlainText()
        assert f"Server: {server.url} (cannot be reached)" in text
        assert "What the server offers (as found on " in text and "Cash control: off" in text
        assert "the server cannot be reached" in dialog.headline.text()
    finally:
        close(desktop, qtbot)
