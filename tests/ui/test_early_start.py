"""The start paints the order list from the local copy first; the rest of the program loads behind it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import AppPaths, Desk, ListQuery, Profile
from genuka_desk.service.credentials import TokenStore
from genuka_desk.ui.app import DesktopApp, saved_session
from genuka_desk.ui.early import paint_early
from tests.support.gui import WAIT, run
from tests.support.services import make_service

ROOT = Path(__file__).resolve().parents[2]


def kept_login(server: DemoServer, home: Path, *, token: bool = True) -> AppPaths:
    """A data folder as a clerk who stayed logged in leaves it: the profile, its token, its synced orders."""
    paths = AppPaths.under(home).ensure()
    profile = Profile(base_url=server.url, company_id=server.company_id, email="demo@genuka.com", stays_logged_in=True)
    profile.save(paths.config_dir)
    if token:
        TokenStore(paths.config_dir).save(DEMO_ADMIN_KEY)
    folder = Desk(paths).folder(profile)

    async def fill() -> None:
        service = make_service(server, folder)
        assert (await service.sync()).complete
        await service.close()

    # In a thread of its own: a test's qasync loop may already be running here.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, fill()).result(timeout=60)
    return paths


def test_the_list_is_painted_before_the_network_the_models_and_the_keychain_load(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    probe = (
        "import json, sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from genuka_desk.service import AppPaths\n"
        "from genuka_desk.ui.early import paint_early\n"
        "app = QApplication([])\n"
        f"paths = AppPaths.under({str(tmp_path / 'home')!r})\n"
        "settings = QSettings(str(paths.config_dir / 'genuka-desk.ini'), QSettings.Format.IniFormat)\n"
        "early = paint_early(app, paths, settings, 'en')\n"
        "heavy = [m for m in ('pydantic', 'httpx', 'keyring', 'asyncio', 'qasync') if m in sys.modules]\n"
        "print(json.dumps({'rows': early.window.model.rowCount(), 'visible': early.window.isVisible(),\n"
        "    'first': early.window.model.index(0, 0).data(), 'heavy': heavy}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["rows"] > 0 and seen["visible"] and seen["first"].startswith("#")
    assert seen["heavy"] == [], "loaded before the list was painted: " + ", ".join(seen["heavy"])
    assert paths.config_dir.exists()


def test_the_painted_window_carries_on_and_its_changes_reach_the_server(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    early = paint_early(qapp, paths, settings, "en")
    assert early is not None and early.window.isVisible()
    qtbot.addWidget(early.window)
    session = saved_session(paths)
    assert session is not None and early.serves(session)
    desktop = DesktopApp(qapp, paths, session, settings, early=early)
    running = desktop.bridge.run(desktop.run())
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=WAIT)
    assert desktop.window is early.window and desktop.service is early.service  # the same window, carried on
    row = next(r for r in desktop.service.rows(ListQuery(limit=50)) if r.shipping_status.value == "pending")
    run(qtbot, desktop.bridge, desktop.service.set_status(row.id, shipping="delivered"))
    run(qtbot, desktop.bridge, desktop.service.sync())
    assert demo_server.store.get_order(row.id)["shipping"]["status"] == "delivered"
    desktop.window.leaving = True
    desktop.window.close()
    if not desktop.closed.done():  # other test windows keep Qt's "last window closed" from firing
        desktop.closed.set_result(None)
    qtbot.waitUntil(running.done, timeout=WAIT)
    assert desktop.service.closed


def test_a_lost_token_puts_the_painted_window_away_and_the_login_decides(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = kept_login(demo_server, tmp_path / "home", token=False)  # the keychain was emptied meanwhile
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    early = paint_early(qapp, paths, settings, "en")
    assert early is not None
    qtbot.addWidget(early.window)
    assert saved_session(paths) is None
    early.discard()
    assert not early.window.isVisible() and early.service.closed
    assert Desk(paths).kept_profile() is None  # the mark follows what the keychain holds: the next start asks at once
