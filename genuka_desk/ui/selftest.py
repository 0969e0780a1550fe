"""``genuka-desk --self-test``: prove an installed package works, without a screen or a network.

Runs the program offscreen on the embedded demo API with a throwaway data
folder, tuned as the start tunes it, and brings the window up each way the
start does (:class:`~genuka_desk.ui.start.Way`):

- ``DEMO``: the demo session syncs, the main window lists its orders, one
  opens in the editor; the French translation, Qt's own French and the icon
  load;
- ``LOGIN_FIRST``: the login dialog (typed by the self-test: the demo's API
  key) logs in, and the window lists the orders of its first sync;
- ``KEPT_LOGIN``: that login was kept: the list is painted from the local
  copy first, and the session read back from the token carries it on;
- ``READ_ONLY``: that session as one that may only read (the server's scopes
  decide which logins are: the integration tests check those): the window
  is read-only.

Tokens go to the throwaway folder's file, never to this computer's keychain.
Prints one line and returns 0, or says what failed and returns 1. Every
package is smoke-tested with it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ..service import AppPaths, Session
    from .app import DesktopApp
    from .login_dialog import LoginDialog
    from .main_window import MainWindow
    from .start import Way

TIMEOUT = 90.0


def main() -> int:
    """Run the self-test; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="genuka-desk-selftest-") as root:
            summary = _run(Path(root))
    except Exception as exc:  # the point is to report any failure as one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s: {summary}")
    return 0


def typed_login(server: str, company: str, key: str) -> type[LoginDialog]:
    """The login dialog, typed once with an API ``key`` of ``company`` on ``server`` (a second time: failed)."""
    from .login_dialog import LoginDialog

    class Typed(LoginDialog):
        typed = False

        def exec(self) -> int:
            if Typed.typed:
                raise RuntimeError(f"the login failed: {self.error.text()}")
            Typed.typed = True
            self.server.setText(server)
            self.tabs.setCurrentIndex(1)  # the API key's tab
            self.company.setText(company)
            self.api_key.setText(key)
            return 1

    return Typed


def _run(root: Path) -> str:
    import keyring
    from keyring.backends import fail
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ..service import AppPaths
    from ..service.demo import start_demo
    from ..service.logs import setup_logging
    from .errors import install_qt_message_handler
    from .i18n import install_language

    keyring.set_keyring(fail.Keyring())  # the tokens in the throwaway folder, never in the clerk's keychain
    paths = AppPaths.under(root).ensure()
    setup_logging(paths.log_file)
    install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    server, demo = start_demo(paths)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    ways = _Ways(app, paths, settings, server.url, demo)
    try:
        summary = ways.demo()
        ways.login_first()
        ways.kept_login()
        ways.read_only()
    finally:
        server.stop()
        install_language("en")
    return f"{summary}; the window came up {len(ways.came_up)} ways ({', '.join(w.name for w in ways.came_up)})"


class _Ways:
    """The window brought up each way the start does, on the demo API, one after the other."""

    def __init__(self, app: QApplication, paths: AppPaths, settings: QSettings, server: str, demo: Session) -> None:
        self.app, self.paths, self.settings, self.server, self.demo_session = app, paths, settings, server, demo
        self.came_up: list[Way] = []
        self.kept: Session | None = None

    def demo(self) -> str:
        """``DEMO``: the list, an order in the editor, our French and Qt's, the icon; what was seen."""
        from PySide6.QtCore import QCoreApplication

        from .app import DesktopApp, app_icon
        from .editor import OrderEditor
        from .order_table_model import Column
        from .start import Way

        seen: list[str] = []

        async def check(desktop: DesktopApp, window: MainWindow) -> None:
            total = str(window.model.index(0, Column.TOTAL).data())
            if not total.endswith("FCFA"):
                raise RuntimeError(f"money is not formatted ({total!r}): Babel's locale data is missing")
            first = window.model.row_at(0)
            assert first is not None
            editor = window.windows.open_order(first.id)
            if not isinstance(editor, OrderEditor) or not editor.isVisible():
                raise RuntimeError("the order editor did not open")
            await asyncio.sleep(0.2)
            if editor.lines.table.rowCount() == 0:
                raise RuntimeError("the order editor shows no lines")
            if not window.windowTitle().startswith("Genuka Desk — Commandes"):
                raise RuntimeError("the French translation did not load")
            qt_text = ("QFileDialog", "&Look in:")  # Qt's own text, not ours: kept out of our catalogue
            if QCoreApplication.translate(*qt_text) == qt_text[1]:
                raise RuntimeError("Qt's own French (qtbase_fr.qm, qt_extra_fr.qm: file dialogs) did not load")
            if app_icon().pixmap(32, 32).isNull():
                raise RuntimeError("the program's icon did not load")
            rows = window.model.rowCount()
            seen.append(f"{rows} orders listed, order {first.reference} opened, French loaded, icon shown")
            editor.close()

        self._up(Way.DEMO, lambda: DesktopApp(self.app, self.paths, self.demo_session, self.settings), check)
        return seen[0]

    def login_first(self) -> None:
        """``LOGIN_FIRST``: the login dialog, typed with the demo's API key (kept: "remember me" is on)."""
        from ..service import Session
        from .app import DesktopApp, log_in_interactively
        from .start import Way

        typed = typed_login(self.server, self.demo_session.profile.company_id or "", self.demo_session.token)
        clerk = log_in_interactively(self.paths, typed)
        if not isinstance(clerk, Session):
            raise RuntimeError("the login dialog gave no session")
        self._up(Way.LOGIN_FIRST, lambda: DesktopApp(self.app, self.paths, clerk, self.settings))

    def kept_login(self) -> None:
        """``KEPT_LOGIN``: that login's list painted from the local copy first, then carried on."""
        from .app import DesktopApp, saved_session
        from .early import paint_early
        from .start import Way

        early = paint_early(self.app, self.paths, self.settings, "fr")
        kept = self.kept = saved_session(self.paths)
        if early is None or kept is None or not early.serves(kept):
            raise RuntimeError("the kept login was not painted before the login was read back")
        shown = early.window or early.first
        if shown is None or shown.model.rowCount() == 0:
            raise RuntimeError("the kept login's list was painted empty")

        async def carried_on(desktop: DesktopApp, window: MainWindow) -> None:
            if early.window is not None and window is not early.window:
                raise RuntimeError("the window painted early was not carried on")

        self._up(Way.KEPT_LOGIN, lambda: DesktopApp(self.app, self.paths, kept, self.settings, early=early), carried_on)

    def read_only(self) -> None:
        """``READ_ONLY``: the kept session as one that may only read (the server's scopes decide which do)."""
        from ..service import Session
        from .app import DesktopApp
        from .start import Way

        assert self.kept is not None
        reader = Session(replace(self.kept.profile, read_only=True), self.kept.token, read_only=True)

        async def read_only(desktop: DesktopApp, window: MainWindow) -> None:
            if not window.read_only:
                raise RuntimeError("the reader's window can change orders")

        self._up(Way.READ_ONLY, lambda: DesktopApp(self.app, self.paths, reader, self.settings), read_only)

    def _up(
        self,
        way: Way,
        make: Callable[[], DesktopApp],
        check: Callable[[DesktopApp, MainWindow], Awaitable[None]] | None = None,
    ) -> None:
        import qasync

        qasync.run(_window_up(way, make, check))
        self.came_up.append(way)


async def _window_up(
    way: Way,
    make: Callable[[], DesktopApp],
    check: Callable[[DesktopApp, MainWindow], Awaitable[None]] | None = None,
) -> None:
    """Bring the window up ``way`` (``make``: its session's program), synced; ``check`` it, then close."""
    desktop = make()
    try:
        report = await asyncio.wait_for(desktop.service.sync(), TIMEOUT)
        if not report.complete:
            raise RuntimeError(f"{way.name}: the sync with the demo API failed: {report.error}")
        window = desktop.show()
        await asyncio.sleep(0.2)
        if window.model.rowCount() == 0 or not window.isVisible():
            raise RuntimeError(f"{way.name}: the main window shows no orders")
        if check is not None:
            await check(desktop, window)
        window.quit_flow.leaving = True  # no question: nothing was changed
        window.close()
    finally:
        await desktop.service.close()
