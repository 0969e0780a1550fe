"""The update check against a loopback release feed: newer, same, malformed, unreachable; the Help menu and
the quiet daily check in the desktop app."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import Session, UpdateCheckError, UpdateInfo, UpdateStatus, check_for_updates
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.service.updates import installer_kind, read_feed
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.preferences_dialog import PreferencesDialog
from tests.support.raw_server import Answer, RawServer

WAIT = 10_000


def release(tag: str, **extra: Any) -> dict[str, Any]:
    page = f"https://github.com/genuka/genuka-desk/releases/tag/{tag}"
    assets = [
        {"name": f"genuka-desk_{tag.lstrip('v')}_amd64.deb", "browser_download_url": f"https://dl.example/{tag}.deb"},
        {"name": f"GenukaDesk-{tag.lstrip('v')}-setup.exe", "browser_download_url": f"https://dl.example/{tag}.exe"},
        {"name": f"GenukaDesk-{tag.lstrip('v')}.dmg", "browser_download_url": f"https://dl.example/{tag}.dmg"},
    ]
    return {"tag_name": tag, "name": f"Genuka Desk {tag}", "html_url": page, "assets": assets, **extra}


FEED = [release("v0.3.0-rc1", prerelease=True), release("v0.9.0", draft=True), release("v0.2.0"), release("v0.1.0")]


@pytest.fixture
def feed() -> Iterator[RawServer]:
    with RawServer() as server:
        server.answers[("GET", "other")] = Answer(json.dumps(FEED).encode())
        yield server


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.asyncio
async def test_a_newer_release_names_the_installer_for_this_computer(feed: RawServer) -> None:
    info = await check_for_updates(f"{feed.url}/releases", current="0.1.0", kind=".deb")
    assert info.status is UpdateStatus.NEWER and info.latest == "0.2.0"  # drafts and pre-releases skipped
    assert info.download_url == "https://dl.example/v0.2.0.deb"
    assert info.page_url.endswith("/v0.2.0")
    windows = await check_for_updates(f"{feed.url}/releases", current="0.1.0", kind="-setup.exe")
    assert windows.download_url == "https://dl.example/v0.2.0.exe"


@pytest.mark.asyncio
async def test_the_same_or_a_later_version_is_current(feed: RawServer) -> None:
    assert (await check_for_updates(f"{feed.url}/releases", current="0.2.0")).status is UpdateStatus.CURRENT
    assert (await check_for_updates(f"{feed.url}/releases", current="0.3.0.dev1")).status is UpdateStatus.CURRENT


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (Answer(b"<html>rate limited</html>", 200, "text/html"), "unexpected"),
        (Answer(b'{"message": "Not Found"}', 200), "unexpected"),
        (Answer(b'[{"tag_name": "latest"}, {"name": 3}]'), "no release"),
        (Answer(b'{"message": "API rate limit exceeded"}', 403), "error (403)"),
    ],
)
async def test_a_malformed_feed_is_a_clear_error(feed: RawServer, answer: Answer, message: str) -> None:
    feed.answers[("GET", "other")] = answer
    with pytest.raises(UpdateCheckError, match=message.replace("(", r"\(").replace(")", r"\)")):
        await check_for_updates(f"{feed.url}/releases", current="0.1.0")


@pytest.mark.asyncio
async def test_an_unreachable_feed_is_a_clear_error() -> None:
    with pytest.raises(UpdateCheckError, match="cannot be reached"):
        await check_for_updates(f"http://127.0.0.1:{unused_port()}/releases", current="0.1.0")


def test_the_latest_release_form_and_the_installer_per_system() -> None:
    single = read_feed(release("v1.0.0"), current="0.1.0", kind=".dmg")
    assert single.status is UpdateStatus.NEWER and single.download_url == "https://dl.example/v1.0.0.dmg"
    unsafe = read_feed({**release("v1.0.0"), "html_url": "javascript:alert(1)"}, current="0.1.0", kind=".deb")
    assert unsafe.download_url == "" and unsafe.page_url == ""  # only https links are ever offered
    assert installer_kind("linux", {}) is None  # a pip install: the release page
    assert installer_kind("linux", {"APPIMAGE": "/home/awa/GenukaDesk.AppImage"}) == ".AppImage"


@pytest.fixture
def desktop(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, feed: RawServer, tmp_path: Path, qapp: QApplication
) -> Iterator[DesktopApp]:
    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    settings.setValue("updates/url", f"{feed.url}/releases")
    profile = Profile(name="t", base_url=demo_server.url, company_id=demo_server.company_id)
    app = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    window = app.show()
    qtbot.addWidget(window)
    yield app
    task = app.bridge.run(app.service.close())
    qtbot.waitUntil(task.done, timeout=WAIT)


def test_help_check_for_updates_answers_in_a_dialog(desktop: DesktopApp, feed: RawServer, qtbot: QtBot) -> None:
    told: list[UpdateInfo | str] = []
    desktop.updates.tell = lambda parent, answer: told.append(answer)
    window = desktop.window
    assert window is not None
    window.menus.check_updates_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=WAIT)
    assert isinstance(told[0], UpdateInfo) and told[0].latest == "0.2.0"
    assert told[0].status is (UpdateStatus.NEWER if told[0].current == "0.1.0" else UpdateStatus.CURRENT)
    feed.answers[("GET", "other")] = Answer(b"not json", 200, "text/plain")
    window.menus.check_updates_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=WAIT)
    assert told[1] == "The release server sent something unexpected."


def test_the_daily_check_shows_a_banner_once_and_respects_the_preference(
    desktop: DesktopApp, feed: RawServer, qtbot: QtBot
) -> None:
    window = desktop.window
    assert window is not None
    feed.answers[("GET", "other")] = Answer(json.dumps([release("v99.0.0")]).encode())
    assert desktop.updates.due()
    desktop.updates.check_quietly()
    qtbot.waitUntil(lambda: window.banners.update_banner.isVisibleTo(window), timeout=WAIT)
    text = window.banners.update_banner.text()
    assert "99.0.0 is available" in text and "#dismiss" in text
    assert not desktop.updates.due(), "checked today: not again until tomorrow"
    assert desktop.updates.due(datetime.now(UTC) + timedelta(days=1, minutes=1))
    # "Not now": this version is not shown again; a later one is.
    window.banners.update_banner.linkActivated.emit("#dismiss")
    assert not window.banners.update_banner.isVisibleTo(window)
    desktop.settings.remove("updates/last_check")
    requests = len(feed.requests)
    desktop.updates.check_quietly()
    qtbot.waitUntil(lambda: len(feed.requests) > requests, timeout=WAIT)
    qtbot.wait(100)
    assert not window.banners.update_banner.isVisibleTo(window)

    # Turned off in the preferences: no check at all.
    def untick(dialog: PreferencesDialog) -> bool:
        dialog.daily_updates.setChecked(False)
        return True

    desktop.ask_preferences = untick
    window.menus.preferences_action.trigger()
    desktop.settings.remove("updates/last_check")
    assert not desktop.updates.due()
    requests = len(feed.requests)
    desktop.updates.check_quietly()
    qtbot.wait(200)
    assert len(feed.requests) == requests


def test_a_failing_daily_check_says_nothing(desktop: DesktopApp, qtbot: QtBot) -> None:
    told: list[object] = []
    desktop.updates.tell = lambda parent, answer: told.append(answer)
    desktop.settings.setValue("updates/url", f"http://127.0.0.1:{unused_port()}/releases")
    desktop.updates.check_quietly()
    qtbot.wait(300)
    window = desktop.window
    assert window is not None and not window.banners.update_banner.isVisibleTo(window) and told == []
