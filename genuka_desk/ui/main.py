"""The desktop program's entry: options, one window per data folder, the login, the sessions in turn."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import service as _service
from ..service.logs import register_secret, setup_logging
from .assets import app_icon, settings_for
from .early import EarlyStart, paint_early

if TYPE_CHECKING:
    from ..service.demo import RunningDemo
    from .app import DesktopApp
from .errors import install_excepthook, install_qt_message_handler
from .i18n import LANGUAGES, chosen_dates_country, install_language, system_language
from .main_thread_gc import MainThreadCollector
from .single_instance import SingleInstance


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options."""
    parser = argparse.ArgumentParser(prog="genuka-desk", description="Genuka Desk, the desktop app.")
    parser.add_argument("--demo", action="store_true", help="start on the embedded demo API")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all local state in DIR")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of this run")
    parser.add_argument("--self-test", action="store_true", help="check this installation offscreen, then exit")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str]) -> int:
    """Run the desktop app; returns the exit code."""
    args = parse_args(argv)
    if args.self_test:
        from .selftest import main as self_test

        return self_test()
    # No automatic collection from here: it would run during the start's imports for nothing, and later
    # in whatever thread allocates; the main-thread collector below takes over once the list is up.
    gc.disable()
    paths = _service.AppPaths.resolve(args.data_dir).ensure()
    setup_logging(paths.log_file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Genuka Desk")
    app.setOrganizationName("Genuka")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    install_excepthook(paths.log_file)
    install_qt_message_handler()
    instance = SingleInstance(paths.data_dir, app)
    if not instance.claim():
        print("Genuka Desk is already open on this computer: its window was brought forward.")
        gc.enable()
        return 0
    settings = settings_for(paths)
    if args.lang:
        settings.setValue("language", args.lang)
    # Dates the way of the shop's country as the last session knew it (the store is not open yet).
    dates = chosen_dates_country(settings)
    language = install_language(str(settings.value("language", "") or system_language()), dates)
    # The list first: painted from the local copy of a kept login before the rest of the program loads.
    early = None if args.demo else paint_early(app, paths, settings, language)
    collector = MainThreadCollector(app)
    demo: RunningDemo | None = None
    demo_session: _service.Session | None = None
    try:
        # The rest of the program: the keychain, the login, the loop (the list is on screen already).
        from .app import log_in_interactively, saved_session

        chosen = "demo" if args.demo else saved_session(paths)
        if early is not None and not (isinstance(chosen, _service.Session) and early.serves(chosen)):
            early.discard()  # the keychain lost the token (or holds another's): the login decides
            early = None
        if chosen is None:
            chosen = log_in_interactively(paths)
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
        instance.release()
        collector.stop()
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
