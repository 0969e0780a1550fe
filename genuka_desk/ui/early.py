"""The start's first step: the order list painted from the local copy, before the rest of the program loads.

When the last run stayed logged in, the profile says so and names its
company. Its orders are then shown at once, in one of two ways:

- the first look (:mod:`.first_list`): the list alone, read straight from the
  cache file, at the place the main window puts it; the main window is built
  behind it as usual and opens over it. Used when the main window's layout
  was saved and no filter was left on (the common case);
- otherwise the real main window on the local files
  (:meth:`~genuka_desk.service.Desk.open_kept`), whose service and window
  the program then carries on.

The HTTP client, the models' validation, the keychain, asyncio and the sync
load behind it (:mod:`.main`). When the keychain no longer holds the token
(or it belongs to another company), what was shown is put away and the login
comes as usual.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from .. import service as _service
from .assets import app_icon
from .first_list import FirstList, can_look_first

if TYPE_CHECKING:
    from .bridge import ServiceBridge
    from .main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass
class EarlyStart:
    """What the start painted for the kept profile: the first look, or the main window with its service."""

    profile: _service.Profile
    first: FirstList | None = None
    service: _service.OrderService | None = None
    bridge: ServiceBridge | None = None
    window: MainWindow | None = None

    def serves(self, session: _service.Session) -> bool:
        """Whether ``session`` is the one this window was painted for (same server, company and user)."""
        mine, theirs = self.profile, session.profile
        return (mine.name, mine.company_id, mine.base_url) == (theirs.name, theirs.company_id, theirs.base_url)

    def discard(self) -> None:
        """Put what was shown and its files away (nothing was sent or queued through them)."""
        if self.first is not None:
            self.first.retire()
        if self.window is not None:
            self.window.quit_flow.leaving = True  # no question about unsent changes: the next window asks
            self.window.hide()
            self.window.deleteLater()
        if self.bridge is not None:
            self.bridge.close()
        if self.service is not None:
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
    from .main_window import MainWindow

    window = MainWindow(service, bridge, locale=language, read_only=read_only, settings=settings)
    window.setWindowIcon(app_icon())
    window.dialogs.clerk = profile.user_name or ""  # the name Genuka gave at login, never the email
    return window


def paint_early(app: QApplication, paths: _service.AppPaths, settings: QSettings, language: str) -> EarlyStart | None:
    """Show the kept profile's orders now, painted; None when no login was kept (or its files cannot open)."""
    profile = _service.kept_profile(paths)
    if profile is None or profile.locked:
        return None  # (a desk left locked shows no order before its lock screen)
    if can_look_first(settings):
        look = _service.open_first_look(paths, profile)
        if look is not None:
            first = FirstList(look, settings, language)  # (its icon: the application's)
            first.show()
            app.processEvents()  # painted now: the main window and the rest load behind it
            return EarlyStart(profile, first=first)
    try:
        service = _service.Desk(paths).open_kept(profile, language=language)
    except _service.StoreError as exc:
        log.warning("the list could not be shown before the login: %s", exc.message)
        return None  # the usual start says why, with its own message
    from .bridge import ServiceBridge

    bridge = ServiceBridge(service)
    window = build_window(service, bridge, profile, language=language, read_only=profile.read_only, settings=settings)
    window.show()
    app.processEvents()  # painted now: the rest of the program loads behind it
    return EarlyStart(profile, service=service, bridge=bridge, window=window)
