"""The start paints the order list from the local copy first; the rest of the program loads behind it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import AppPaths, Desk, ListQuery, Profile
from genuka_desk.service.credentials import TokenStore
from genuka_desk.ui import first_list
from genuka_desk.ui.app import DesktopApp, saved_session
from genuka_desk.ui.early import paint_early
from genuka_desk.ui.first_list import can_look_first, sorted_as
from genuka_desk.ui.i18n import chosen_dates_country, install_language
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.window_layout import HEADER_KEY, PLACE_KEY, TURNED_KEY, drawn_header, turned
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


HEAVY = ("pydantic", "httpx", "keyring", "asyncio", "qasync")  # never loaded before the list is painted


def paint_in_a_fresh_process(home: Path, shown: str, heavy: tuple[str, ...]) -> dict[str, Any]:
    """Run the start's first step in a new process on ``home``: ``shown`` (a dict expression over
    ``early`` and ``heavy``, the modules of ``heavy`` already loaded then), read back."""
    probe = (
        "import json, sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from genuka_desk.service import AppPaths\n"
        "from genuka_desk.ui.early import paint_early\n"
        "app = QApplication([])\n"
        f"paths = AppPaths.under({str(home)!r})\n"
        "settings = QSettings(str(paths.config_dir / 'genuka-desk.ini'), QSettings.Format.IniFormat)\n"
        "early = paint_early(app, paths, settings, 'en')\n"
        f"heavy = [m for m in {heavy!r} if m in sys.modules]\n"
        f"print(json.dumps({shown}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_list_is_painted_before_the_network_the_models_and_the_keychain_load(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    seen = paint_in_a_fresh_process(
        tmp_path / "home",
        "{'rows': early.window.model.rowCount(), 'visible': early.window.isVisible(),"
        " 'first': early.window.model.index(0, 0).data(), 'heavy': heavy}",
        HEAVY,
    )
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
    assert early is not None and early.window is not None and early.window.isVisible()
    qtbot.addWidget(early.window)
    session = saved_session(paths)
    assert session is not None and early.serves(session)
    desktop = DesktopApp(qapp, paths, session, settings, early=early)
    running = desktop.bridge.run(desktop.run())
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=WAIT)
    assert desktop.window is early.window and desktop.service is early.service  # the same window, carried on
    row = next(r for r in desktop.service.orders.rows(ListQuery(limit=50)) if r.shipping_status.value == "pending")
    run(qtbot, desktop.bridge, desktop.service.orders.set_status(row.id, shipping="delivered"))
    run(qtbot, desktop.bridge, desktop.service.sync())
    assert demo_server.store.get_order(row.id)["shipping"]["status"] == "delivered"
    desktop.window.quit_flow.leaving = True
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
    assert early is not None and early.window is not None and early.service is not None
    qtbot.addWidget(early.window)
    assert saved_session(paths) is None
    early.discard()
    assert not early.window.isVisible() and early.service.closed
    assert Desk(paths).kept_profile() is None  # the mark follows what the keychain holds: the next start asks at once


def used_desk(qtbot: QtBot, paths: AppPaths, settings: QSettings) -> None:
    """The main window shown once on the kept login and closed: its layout, place and list's place saved."""
    from genuka_desk.ui.bridge import ServiceBridge
    from genuka_desk.ui.early import build_window

    profile = Desk(paths).kept_profile()
    assert profile is not None
    service = Desk(paths).open_kept(profile, language="en")
    bridge = ServiceBridge(service)
    window = build_window(service, bridge, profile, language="en", read_only=False, settings=settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.table.sort_list(Column.TOTAL, descending=True)  # a sort the clerk chose
    window.save_settings()
    window.quit_flow.leaving = True
    window.hide()
    bridge.close()
    service.close_files()


def test_a_used_desk_looks_first_at_its_list_where_the_main_window_shows_it(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(first_list, "HAND_OVER_WAIT_MS", 600_000)  # only the main list's paint retires it here
    paths = kept_login(demo_server, tmp_path / "home")
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    used_desk(qtbot, paths, settings)
    install_language("en", chosen_dates_country(settings))  # as the program's start (ui/main.py) does
    early = paint_early(qapp, paths, settings, "en")
    assert early is not None and early.first is not None and early.window is None  # the first look
    first = early.first  # (not given to qtbot: it deletes itself once retired)
    assert first.isVisible() and first.model.rowCount() > 10
    session = saved_session(paths)
    assert session is not None and early.serves(session)
    desktop = DesktopApp(qapp, paths, session, settings, early=early)
    running = desktop.bridge.run(desktop.run())
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=WAIT)
    window = desktop.window
    assert window is not None
    # The same rows, the same texts, at the same place: the main window opened over the list.
    model = window.model
    assert model.query.sort == "total" and first.query.sort == "total" and first.query.descending
    for row in range(first.model.rowCount()):
        for column in Column:
            assert first.model.index(row, column).data() == model.index(row, column).data(), (row, column)
    assert first.table.mapTo(first, QPoint(0, 0)) == window.table.mapTo(window, QPoint(0, 0))
    assert first.table.size() == window.table.size() and first.geometry() == window.geometry()
    header, real = first.table.horizontalHeader(), window.table.horizontalHeader()
    assert [header.sectionSize(c) for c in Column] == [real.sectionSize(c) for c in Column]
    look = first.look
    # Retired once painted over (it may be deleted by then: deleteLater ran before the check).
    qtbot.waitUntil(lambda: look.closed and (not shiboken6.isValid(first) or not first.isVisible()), timeout=WAIT)
    # And the program carries on as usual: a change reaches the server.
    row = next(r for r in desktop.service.orders.rows(ListQuery(limit=50)) if r.shipping_status.value == "pending")
    run(qtbot, desktop.bridge, desktop.service.orders.set_status(row.id, shipping="delivered"))
    run(qtbot, desktop.bridge, desktop.service.sync())
    assert demo_server.store.get_order(row.id)["shipping"]["status"] == "delivered"
    window.quit_flow.leaving = True
    window.close()
    if not desktop.closed.done():
        desktop.closed.set_result(None)
    qtbot.waitUntil(running.done, timeout=WAIT)
    assert not desktop.updates.scheduled, "the quiet update check ends with the session"


def test_the_first_look_loads_neither_the_main_window_nor_the_store(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    used_desk(qtbot, paths, settings)
    settings.sync()
    seen = paint_in_a_fresh_process(
        tmp_path / "home",
        "{'first': early.first is not None, 'rows': early.first.model.rowCount(),"
        " 'cell': early.first.model.index(0, 0).data(), 'heavy': heavy}",
        (*HEAVY, "babel", "orjson", "zstandard", "genuka_desk.ui.main_window", "genuka_desk.store.local"),
    )
    assert seen["first"] and seen["rows"] > 0 and seen["cell"].startswith("#")
    assert seen["heavy"] == [], "loaded before the first look was painted: " + ", ".join(seen["heavy"])


def test_a_filter_left_on_or_no_saved_layout_paints_the_main_window_instead(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    assert not can_look_first(settings)  # never closed here: nothing saved
    used_desk(qtbot, paths, settings)
    assert can_look_first(settings)
    settings.setValue("filters/payment", "paid")  # the main window will show the paid ones only
    assert not can_look_first(settings)
    settings.setValue("filters/payment", "")
    settings.setValue("filters/attention", True)
    assert not can_look_first(settings)
    settings.setValue("filters/attention", False)
    settings.setValue(PLACE_KEY, ["a", "b"])  # a damaged value: as if never saved
    assert not can_look_first(settings)
    early = paint_early(qapp, paths, settings, "en")
    assert early is not None and early.first is None and early.window is not None
    qtbot.addWidget(early.window)
    early.discard()


def test_a_lost_token_puts_the_first_look_away(
    qtbot: QtBot, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = kept_login(demo_server, tmp_path / "home")
    settings = QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)
    used_desk(qtbot, paths, settings)
    TokenStore(paths.config_dir).delete()
    early = paint_early(qapp, paths, settings, "en")
    assert early is not None and early.first is not None
    assert saved_session(paths) is None
    early.discard()
    assert not early.first.isVisible() and early.first.look.closed


def test_the_header_holds_the_turned_order_and_older_states_are_turned(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(QStandardItemModel(2, len(Column)))
    header = view.horizontalHeader()
    header.setSortIndicator(Column.TOTAL, Qt.SortOrder.AscendingOrder)  # as drawn: ▼, largest first
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(HEADER_KEY, header.saveState())
    settings.setValue(TURNED_KEY, True)
    drawn = drawn_header(settings)
    assert drawn == header.saveState() and sorted_as(drawn) == ListQuery(sort="total", descending=True)
    # Saved by an older version: the state holds the list's own order (largest first is descending there).
    header.setSortIndicator(Column.TOTAL, Qt.SortOrder.DescendingOrder)
    settings.setValue(HEADER_KEY, header.saveState())
    settings.remove(TURNED_KEY)
    older = drawn_header(settings)
    assert older is not None and sorted_as(older) == ListQuery(sort="total", descending=True)
    header.restoreState(older)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder and header.sortIndicatorSection() == Column.TOTAL
    odd = QByteArray(b"\x01\x02 not a header state")
    assert turned(odd) == odd and sorted_as(odd) == ListQuery() and sorted_as(None) == ListQuery()
