"""The desktop app: the language switch, switching company, the demo start."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.service import Session
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.order_table_model import Column
from tests.support.gui import WAIT, run


def test_language_switch_rebuilds_the_window_in_french(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    profile = Profile(name="t", base_url=demo_server.url, company_id=demo_server.company_id)
    desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    try:
        run(qtbot, desktop.bridge, desktop.service.sync())
        window = desktop.show()
        qtbot.addWidget(window)
        assert window.windowTitle() == "Genuka Desk — Orders"
        desktop.switch_language("fr")
        french = desktop.window
        assert french is not None and french is not window
        qtbot.addWidget(french)
        assert french.windowTitle() == "Genuka Desk — Commandes"
        assert french.model.headerData(Column.REFERENCE, Qt.Orientation.Horizontal) == "Référence"
        total = french.model.index(0, Column.TOTAL).data()
        assert total.endswith("FCFA")
        assert "\u202f" in total or "\xa0" in total  # French digit grouping
        assert settings.value("language") == "fr"
    finally:
        install_language("en")
        run(qtbot, desktop.bridge, desktop.service.close())


@pytest.mark.parametrize(("language", "warning"), [("en", "log in again"), ("fr", "devront se reconnecter")])
def test_file_switch_company_opens_the_other_company_in_its_own_folder(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    qapp: QApplication,
    request: pytest.FixtureRequest,
    language: str,
    warning: str,
) -> None:
    from genuka_desk.demo.accounts import SECOND_COMPANY
    from genuka_desk.models import CompanyChoice
    from genuka_desk.service.credentials import TokenStore

    with DemoServer(orders=5, companies=2) as server:
        paths = AppPaths.under(tmp_path).ensure()
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)
        request.addfinalizer(lambda: install_language("en"))
        profile = Profile(name="t", base_url=server.url, company_id=server.company_id, email="demo@genuka.com")

        answer = httpx.post(
            f"{server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": DEMO_PASSWORD}
        )
        token = str(answer.json()["accessToken"])
        TokenStore(paths.config_dir, "t").save(token)
        # Another desk of the same user: the server revokes its token too when this one switches.
        elsewhere = httpx.post(
            f"{server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": DEMO_PASSWORD}
        ).json()["accessToken"]
        desktop = DesktopApp(qapp, paths, Session(profile, token), settings)
        asked: list[tuple[list[str], str | None]] = []
        notes: list[str] = []

        def choose(companies: list[CompanyChoice], current: str | None, note: str) -> str | None:
            asked.append(([str(c.id) for c in companies], current))
            notes.append(note)
            return SECOND_COMPANY["id"]

        desktop.choose_company = choose
        running = desktop.bridge.run(desktop.run())
        qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.isVisible(), timeout=WAIT)
        window = desktop.window
        assert window is not None
        qtbot.addWidget(window)
        assert window.menus.switch_company_action.isEnabled()
        window.menus.switch_company_action.trigger()
        qtbot.waitUntil(running.done, timeout=WAIT)
        assert asked == [([server.company_id, SECOND_COMPANY["id"]], server.company_id)]
        switched = desktop.switched_to
        assert switched is not None and switched.profile.company_id == SECOND_COMPANY["id"]
        assert switched.token != token and token not in server.accounts.tokens
        assert Profile.load(paths.config_dir, "t").company_id == SECOND_COMPANY["id"]
        assert TokenStore(paths.config_dir, "t").load() == switched.token
        assert switched.profile.data_folder(paths.data_dir) != desktop.folder
        assert not desktop.logged_out
        # Said before the switch, in the clerk's language: the other desk's login ends too.
        assert len(notes) == 1 and warning in notes[0]
        assert elsewhere not in server.accounts.tokens


def test_demo_start_serves_a_working_session(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, qapp: QApplication
) -> None:
    from genuka_desk.ui import app as app_module

    paths = AppPaths.under(tmp_path).ensure()
    server, session = app_module.start_demo(paths)
    settings = QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    desktop = DesktopApp(qapp, paths, session, settings)
    try:
        report = run(qtbot, desktop.bridge, desktop.service.sync())
        assert report.complete and report.pulled == app_module.DEMO_ORDERS
        window = desktop.show()
        qtbot.addWidget(window)
        assert window.model.rowCount() == app_module.DEMO_ORDERS
    finally:
        run(qtbot, desktop.bridge, desktop.service.close())
        server.stop()  # type: ignore[attr-defined]
