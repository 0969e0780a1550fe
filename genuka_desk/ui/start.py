"""The start, in one sequence: the folder and its log, one window per folder, the language, the window, the sessions.

The window comes up one of four ways (:class:`Way`, written in the log):

- ``KEPT_LOGIN``: the last run stayed logged in. Its list is painted from the
  local copy before the rest of the program loads (:mod:`.early`: the first
  look, or the main window on the kept files; nothing when they cannot
  open), then the session read from the keychain carries on with it;
- ``LOGIN_FIRST``: no login was kept (or the keychain lost its token, or it
  holds another company's: what was painted is put away): the login dialog;
- ``DEMO``: ``--demo`` (or the login dialog's demo button): the embedded demo
  API on this computer, no login;
- ``READ_ONLY``: a login whose role may only read orders (kept or typed): the
  window is built read-only (one painted early for a profile that could
  write is built again).

Then the sessions follow in turn: another company (File > Switch company)
goes on in its own folder with the new token, a logout goes back to the
login dialog, closing the window ends the program. Each way is run by
tests/ui/test_start.py through :func:`start` in a fresh process, and by
``--self-test`` (:mod:`.selftest`).
"""

from __future__ import annotations

import argparse
import logging
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import service as _service
from ..service.logs import register_secret, setup_logging
from .assets import app_icon, settings_for
from .early import EarlyStart, paint_early
from .errors import install_excepthook, install_qt_message_handler
from .i18n import chosen_dates_country, install_language, system_language
from .single_instance import SingleInstance

if TYPE_CHECKING:
    from ..service.demo import RunningDemo
    from .app import DesktopApp

log = logging.getLogger(__name__)


class Way(Enum):
    """How the window comes up at the start."""

    KEPT_LOGIN = "a kept login, its list painted before the rest loads"
    LOGIN_FIRST = "the login dialog first"
    DEMO = "the embedded demo"
    READ_ONLY = "a login that may only read: the window read-only"


def way_of(chosen: _service.Session | str, *, asked: bool) -> Way:
    """The way of the start's first session (``asked``: the login dialog gave it)."""
    if chosen == "demo":
        return Way.DEMO
    if isinstance(chosen, _service.Session) and chosen.read_only:
        return Way.READ_ONLY
    return Way.LOGIN_FIRST if asked else Way.KEPT_LOGIN


def start(app: QApplication, args: argparse.Namespace) -> int:
    """Start the program with ``args`` (see ``main.parse_args``) on ``app``, tuned; returns the exit code."""
    paths = _service.AppPaths.resolve(args.data_dir).ensure()
    setup_logging(paths.log_file)
    app.setApplicationName("Genuka Desk")
    app.setOrganizationName("Genuka")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    install_excepthook(paths.log_file)
    install_qt_message_handler()
    instance = SingleInstance(paths.data_dir, app)
    if not instance.claim():
        print("Genuka Desk is already open on this computer: its window was brought forward.")
        return 0
    settings = settings_for(paths)
    if args.lang:
        settings.setValue("language", args.lang)
    # Dates the way of the shop's country as the last session knew it (the store is not open yet).
    dates = chosen_dates_country(settings)
    language = install_language(str(settings.value("language", "") or system_language()), dates)
    # The list first: painted from the local copy of a kept login before the rest of the program loads.
    early = None if args.demo else paint_early(app, paths, settings, language)
    try:
        # The rest of the program: the keychain, the login, the loop (the list is on screen already).
        from .app import log_in_interactively, saved_session

        chosen: _service.Session | str | None = "demo" if args.demo else saved_session(paths)
        if early is not None and not (isinstance(chosen, _service.Session) and early.serves(chosen)):
            early.discard()  # the keychain lost the token (or holds another's): the login decides
            early = None
        asked = chosen is None
        if chosen is None:
            chosen = log_in_interactively(paths)
        if chosen is None:
            return 0
        log.info("the window comes up: %s", way_of(chosen, asked=asked).name)
        return _sessions(app, paths, settings, instance, chosen, early)
    finally:
        instance.release()


def _sessions(
    app: QApplication,
    paths: _service.AppPaths,
    settings: QSettings,
    instance: SingleInstance,
    chosen: _service.Session | str | None,
    early: EarlyStart | None,
) -> int:
    """Run the sessions in turn, from ``chosen``: another company's, or a new login's after a logout."""
    from .app import log_in_interactively

    demo: RunningDemo | None = None
    demo_session: _service.Session | None = None
    try:
        while True:
            if chosen is None:
                return 0
            if chosen == "demo":
                if demo is None:
                    from ..service.demo import start_demo  # the embedded server: only for --demo

                    demo, demo_session = start_demo(paths)
                assert demo_session is not None
                session = demo_session
            else:
                assert isinstance(chosen, _service.Session)
                session = chosen
            register_secret(session.token)
            try:
                import qasync  # after the first paint: asyncio is not needed to show the list

                desktop = qasync.run(_run(app, paths, session, settings, instance, early))
                early = None  # carried on by that session; a next one (another company) starts afresh
            except _service.StoreError as exc:
                QMessageBox.critical(None, "Genuka Desk", exc.message)
                return 1
            if desktop.switched_to is not None:
                chosen = desktop.switched_to  # another company: its own folder, the new token
                continue
            if not desktop.logged_out:
                return 0
            chosen = log_in_interactively(paths)  # logged out: back to the login, as at first start
    finally:
        if demo is not None:
            demo.stop()


async def _run(
    app: QApplication,
    paths: _service.AppPaths,
    session: _service.Session,
    settings: QSettings,
    instance: SingleInstance,
    early: EarlyStart | None,
) -> DesktopApp:
    from .app import DesktopApp

    desktop = DesktopApp(app, paths, session, settings, early=early)
    instance.activated.connect(desktop.bring_forward)
    try:
        await desktop.run()
    finally:
        instance.activated.disconnect(desktop.bring_forward)
    return desktop
