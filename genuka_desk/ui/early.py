"""The start's first step: the order list painted from the local copy, before the rest of the program loads.

When the last run stayed logged in, the profile says so and names its
company: its orders are read from the local files and shown in the real
main window at once. The HTTP client, the models' validation, the keychain,
asyncio and the sync load behind it (:mod:`.main`), and the same window and
service then carry on. When the keychain no longer holds the token (or it
belongs to another company), the window is put away unseen-for-long and the
login comes as usual.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from .. import service as _service
from .assets import app_icon
from .bridge import ServiceBridge
from .main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class EarlyStart:
    """The window painted from the kept profile's local copy, its service and bridge."""

    profile: _service.Profile
    service: _service.OrderService
    bridge: ServiceBridge
    window: MainWindow

    def serves(self, session: _service.Session) -> bool:
        """Whether ``session`` is the one this window was painted for (same server, company and user)."""
        mine, theirs = self.profile, session.profile
        return (mine.name, mine.company_id, mine.base_url) == (theirs.name, theirs.company_id, theirs.base_url)

    def discard(self) -> None:
        """Put the window and its files away (nothing was sent or queued through them)."""
        self.window.leaving = True  # no question about unsent changes: the next window asks
        self.window.hide()
        self.window.deleteLater()
        self.bridge.close()
        self.service.close_files()


def build_window(
    service: _service.OrderService,
    bridge: ServiceBridge,
    profile: _service.Profile,
    *,
    language: str,
    read_only: bool,
    settings: QSettings,
) -> MainWindow:
    """The main window of ``profile``'s orders (not yet shown)."""
    window = MainWindow(service, bridge, locale=language, read_only=read_only, settings=settings)
    window.setWindowIcon(app_icon())
    window.clerk = profile.email or ""
    return window


def paint_early(app: QApplication, paths: _service.AppPaths, settings: QSettings, language: str) -> EarlyStart | None:
    """Show the kept profile's orders now, painted; None when no login was kept (or its files cannot open)."""
    desk = _service.Desk(paths)
    profile = desk.kept_profile()
    if profile is None:
        return None
    try:
        service = desk.open_kept(profile, language=language)
    except _service.StoreError as exc:
        log.warning("the list could not be shown before the login: %s", exc.message)
        return None  # the usual start says why, with its own message
    bridge = ServiceBridge(service)
    window = build_window(service, bridge, profile, language=language, read_only=profile.read_only, settings=settings)
    window.show()
    app.processEvents()  # painted now: the rest of the program loads behind it
    return EarlyStart(profile, service, bridge, window)
