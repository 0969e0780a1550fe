"""The desktop program: log in (or start the demo), open the service, show the main window."""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import qasync
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from ..api import AuthError, GenukaClient, GenukaError
from ..credentials import TokenStore, keyring_available
from ..logs import register_secret, setup_logging
from ..models import CompanyChoice, LoginResult
from ..paths import AppPaths
from ..profile import Profile
from ..service import SERVICE_RETRY, OrderService, UpdateInfo, local_folder
from ..store import LocalStore, StoreError
from .assets import icon_file
from .bridge import ServiceBridge
from .errors import install_excepthook, install_qt_message_handler
from .gc_guard import MainThreadCollector
from .i18n import LANGUAGES, install_language, system_language
from .login_dialog import LoginDialog
from .logout_dialog import LogoutDialog
from .main_window import MainWindow
from .preferences_dialog import PreferencesDialog
from .single_instance import SingleInstance
from .update_check import UpdateChecker

log = logging.getLogger(__name__)

DEMO_ORDERS = 1500


@dataclass
class Session:
    """Who the app works as: the profile, its token, and whether it may change orders."""

    profile: Profile
    token: str
    read_only: bool = False


def app_icon() -> QIcon:
    """The program's icon."""
    return QIcon(str(icon_file()))


def settings_for(paths: AppPaths) -> QSettings:
    """Preferences kept beside the profile (so ``--data-dir`` keeps everything together)."""
    return QSettings(str(paths.config_dir / "genuka-desk.ini"), QSettings.Format.IniFormat)


def start_demo(paths: AppPaths) -> tuple[object, Session]:
    """Start the embedded demo API and a fresh demo profile for it."""
    from ..demo import DEMO_ADMIN_KEY, DemoServer

    server = DemoServer(orders=DEMO_ORDERS, seed=7).start()
    # The demo's data is rebuilt at each start: start its local copy afresh too.
    shutil.rmtree(paths.data_dir / "demo", ignore_errors=True)
    profile = Profile(name="demo", base_url=server.url, company_id=server.company_id, email="demo@genuka.com")
    return server, Session(profile=profile, token=DEMO_ADMIN_KEY)


def log_in_interactively(paths: AppPaths, dialog_factory: type[LoginDialog] = LoginDialog) -> Session | str | None:
    """Show the login dialog until a login works; "demo" when the clerk chose the demo, None when cancelled."""
    profile = Profile.load(paths.config_dir)
    tokens = TokenStore(paths.config_dir, profile.name)
    dialog = dialog_factory(profile.base_url, profile.email or "")
    if not keyring_available():
        dialog.show_keyring_note(
            QCoreApplication.translate(
                "LoginDialog",
                "This computer has no password keychain: the login is kept in a file only you can read (%s).",
            )
            % tokens.file
        )
    while dialog.exec():
        if dialog.wants_demo:
            return "demo"
        profile.base_url = dialog.server.text().strip()
        try:
            if dialog.using_key():
                token = dialog.api_key.text().strip()
                profile.company_id = dialog.company.text().strip()
                read_only = False
                profile.auth_scheme = asyncio.run(_check_key(profile, token))
            else:
                profile.email = dialog.email.text().strip()
                profile.auth_scheme = "bearer"
                token, company, read_only = asyncio.run(_login(profile, dialog.password.text(), dialog))
                profile.company_id = company or profile.company_id
        except AuthError as exc:
            dialog.show_error(exc.message)
            continue
        except (GenukaError, ValueError) as exc:
            dialog.show_error(getattr(exc, "message", str(exc)))
            continue
        register_secret(token)
        profile.read_only = read_only
        profile.save(paths.config_dir)
        if dialog.remember.isChecked() and tokens.save(token) == "file":
            log.warning("no OS keychain: the token is kept in a private file")
        return Session(profile=profile, token=token, read_only=read_only)
    return None


async def _login(profile: Profile, password: str, parent: QWidget | None = None) -> tuple[str, str | None, bool]:
    async with GenukaClient(profile.base_url, retry=SERVICE_RETRY) as client:
        result = await client.login(profile.email or "", password)
        if result.must_pick_company:
            chosen = ask_company(result.companies, profile.company_id or result.company_id, parent)
            if chosen is None:
                raise ValueError(QCoreApplication.translate("LoginDialog", "Choose the company this desk serves."))
            if chosen != result.company_id:
                result = await client.switch_company(chosen)
    return result.access_token.get_secret_value(), result.company_id, result.read_only


def ask_company(
    companies: Sequence[CompanyChoice], current: str | None, parent: QWidget | None, note: str = ""
) -> str | None:
    """The company the clerk picks from ``companies`` (``current`` first selected); None when cancelled."""
    choices = [c for c in companies if c.id]
    labels = [c.label for c in choices]
    start = next((n for n, c in enumerate(choices) if c.id == current), 0)
    question = QCoreApplication.translate(
        "LoginDialog", "You belong to several companies. Which one does this desk serve?"
    )
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("LoginDialog", "Company"),
        f"{question}\n\n{note}" if note else question,
        labels,
        start,
        False,
    )
    if not ok:
        return None
    return choices[labels.index(label)].id


async def _check_key(profile: Profile, token: str) -> str:
    async with GenukaClient(profile.base_url, company_id=profile.company_id, retry=SERVICE_RETRY) as client:
        # X-API-Key as documented, else Bearer; the one that works is kept in the profile.
        return await client.use_api_key(token, profile.company_id)


class DesktopApp:
    """Owns the service, the bridge and the main window for one session."""

    def __init__(self, app: QApplication, paths: AppPaths, session: Session, settings: QSettings) -> None:
        self.app = app
        self.paths = paths
        self.session = session
        self.settings = settings
        self.language = str(settings.value("language", "") or system_language())
        install_language(self.language)
        profile = session.profile
        self.folder = local_folder(paths.data_dir, profile)
        self.store = LocalStore(self.folder)
        client = GenukaClient(
            profile.base_url,
            company_id=profile.company_id,
            token=session.token,
            auth_scheme=profile.auth_scheme,
            shop_id=profile.shop_id,
            language=self.language,
            retry=SERVICE_RETRY,
        )
        self.service = OrderService(self.store, client)
        self.bridge = ServiceBridge(self.service)
        self.window: MainWindow | None = None
        self.closed: asyncio.Future[None] = asyncio.get_event_loop().create_future()
        self.logged_out = False
        self.forget_data = False
        self.updates = UpdateChecker(settings, self.bridge)
        self.updates.newer.connect(self._update_found)
        self._update: UpdateInfo | None = None
        # Shows the preferences (tests answer without a modal loop); True when accepted.
        self.ask_preferences: Callable[[PreferencesDialog], bool] = lambda dialog: bool(dialog.exec())
        # Set by File > Switch company: the session the program goes on with, in that company's folder.
        self.switched_to: Session | None = None
        # Asks which company (tests answer without a modal dialog).
        self.choose_company: Callable[[list[CompanyChoice], str | None, str], str | None] = (
            lambda companies, current, note: ask_company(companies, current, self.window, note)
        )
        # Shows the logout dialog; tests replace it to answer without a modal loop.
        self.ask: Callable[[LogoutDialog], object] = lambda dialog: dialog.exec()

    def show(self) -> MainWindow:
        """Build and show the main window (again, after a language switch)."""
        window = MainWindow(
            self.service, self.bridge, locale=self.language, read_only=self.session.read_only, settings=self.settings
        )
        window.setWindowIcon(app_icon())
        window.preferences_action.triggered.connect(self.preferences)
        window.logout_action.triggered.connect(self.log_out)
        window.check_updates_action.triggered.connect(lambda: self.updates.check_now(self.window))
        window.update_banner.linkActivated.connect(self._update_link)
        if self._update is not None:  # found before a language switch rebuilt the window
            self._update_found(self._update)
        # API keys belong to one company; a login token can be switched (POST /user/switch-company).
        window.switch_company_action.setEnabled(self.session.profile.auth_scheme == "bearer")
        window.switch_company_action.triggered.connect(self.switch_company)
        window.destroyed.connect(self._window_gone)
        self.window = window
        window.show()
        return window

    def log_out(self) -> None:
        """File > Log out: warn about unsent changes, forget the token (and on request the local copy)."""
        dialog = LogoutDialog(self.store.unsent_count(), self.window)
        self.ask(dialog)
        if not dialog.chosen():
            return
        window = self.window
        if window is not None and not window.close():
            return  # an editor with unsaved edits stayed open: still logged in
        TokenStore(self.paths.config_dir, self.session.profile.name).delete()
        self.logged_out, self.forget_data = True, dialog.forget_data()
        log.info("logged out%s", " and the local data deleted" if self.forget_data else "")
        if not self.closed.done():
            self.closed.set_result(None)

    def switch_company(self) -> None:
        """File > Switch company: serve another of the user's companies, each with its own local copy."""
        window = self.window
        if window is None:
            return
        self.bridge.run(self.service.companies(), self._company_chosen, self._switch_failed)

    def _company_chosen(self, companies: list[CompanyChoice]) -> None:
        window = self.window
        if window is None:
            return
        current = self.session.profile.company_id
        if not any(c.id and c.id != current for c in companies):
            window.show_error(QCoreApplication.translate("MainWindow", "Your account belongs to this company only."))
            return
        unsent = self.store.unsent_count()
        note = (
            QCoreApplication.translate(
                "MainWindow",
                "%n change(s) not sent yet stay on this computer and are sent when you come back.",
                "",
                unsent,
            )
            if unsent
            else ""
        )
        chosen = self.choose_company(companies, current, note)
        if chosen is None or chosen == current or not window.close_editors():
            return
        self.bridge.run(self.service.switch_company(chosen), self._switched, self._switch_failed)

    def _switched(self, result: LoginResult) -> None:
        old = self.session.profile
        profile = Profile(
            **{**vars(old), "company_id": result.company_id or old.company_id, "read_only": result.read_only}
        )
        token = result.access_token.get_secret_value()
        register_secret(token)
        profile.save(self.paths.config_dir)
        tokens = TokenStore(self.paths.config_dir, profile.name)
        if tokens.load() is not None:  # the clerk asked to stay logged in: keep the new token instead
            tokens.save(token)
        self.switched_to = Session(profile=profile, token=token, read_only=profile.read_only)
        log.info("switched to company %s", profile.company_id)
        window = self.window
        if window is not None:
            window.close()
        if not self.closed.done():
            self.closed.set_result(None)

    def _switch_failed(self, exc: Exception) -> None:
        window = self.window
        message = getattr(exc, "message", None) or str(exc)
        if window is not None:
            window.show_error(QCoreApplication.translate("MainWindow", "Could not switch company: %s") % message)

    def bring_forward(self) -> None:
        """Another start of the program asked for the window: show it on top."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def _window_gone(self) -> None:
        if self.window is None and not self.closed.done():
            self.closed.set_result(None)

    def preferences(self) -> None:
        """Edit > Preferences: the language and the daily update check."""
        dialog = PreferencesDialog(self.language, self.updates.daily, self.window)
        if not self.ask_preferences(dialog):
            return
        self.updates.daily = dialog.daily_updates.isChecked()
        if dialog.chosen_language() != self.language:
            self.switch_language(dialog.chosen_language())

    def _update_found(self, info: UpdateInfo) -> None:
        self._update = info
        if self.window is not None:
            self.window.show_update(self.updates.newer_text(info), info.download_url)

    def _update_link(self, link: str) -> None:
        window, info = self.window, self._update
        if window is not None:
            window.update_banner.hide()
        if info is None:
            return
        if link == "#dismiss":
            self.updates.dismiss(info)
        else:
            self.updates.open_url(link)

    def switch_language(self, language: str) -> None:
        """Use another language now: texts, money and dates; the window is rebuilt in it."""
        self.settings.setValue("language", language)
        self.language = install_language(language)
        self.service.client.set_language(self.language)
        old = self.window
        self.window = None
        self.show()
        if old is not None:
            old.save_settings()
            old.hide()
            old.deleteLater()

    async def run(self) -> None:
        """Sync in the background until the main window is closed."""
        self.service.start()
        self.app.lastWindowClosed.connect(self._last_closed)
        self.show()
        self.updates.schedule_daily()  # quiet, later, at most once a day; never holds the start
        await self.closed
        if self.logged_out and self.switched_to is None:
            # Revoke the token on the server too when it answers (POST /auth/logout); offline it expires.
            await self.service.log_out_server()
        await self.service.close()
        if self.forget_data:
            LocalStore.delete_files(self.folder)

    def _last_closed(self) -> None:
        if self.window is not None and not self.window.isVisible() and not self.closed.done():
            self.closed.set_result(None)


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
    paths = AppPaths.resolve(args.data_dir).ensure()
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
        return 0
    collector = MainThreadCollector(app)
    settings = settings_for(paths)
    if args.lang:
        settings.setValue("language", args.lang)
    install_language(str(settings.value("language", "") or system_language()))
    demo = None
    demo_session: Session | None = None
    try:
        chosen = "demo" if args.demo else saved_session(paths) or log_in_interactively(paths)
        while True:
            if chosen is None:
                return 0
            if chosen == "demo":
                if demo is None:
                    demo, demo_session = start_demo(paths)
                assert demo_session is not None
                session = demo_session
            else:
                assert isinstance(chosen, Session)
                session = chosen
            register_secret(session.token)
            try:
                desktop = qasync.run(_run(app, paths, session, settings, instance))
            except StoreError as exc:
                from PySide6.QtWidgets import QMessageBox

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
            demo.stop()  # type: ignore[attr-defined]


def saved_session(paths: AppPaths) -> Session | None:
    """The session kept from the last run (a saved token for the profile), if any."""
    profile = Profile.load(paths.config_dir)
    token = TokenStore(paths.config_dir, profile.name).load()
    # Read-only as the last login said: a reader who stays logged in never gets an editable window.
    return Session(profile, token, read_only=profile.read_only) if token and profile.company_id else None


async def _run(
    app: QApplication, paths: AppPaths, session: Session, settings: QSettings, instance: SingleInstance
) -> DesktopApp:
    desktop = DesktopApp(app, paths, session, settings)
    instance.activated.connect(desktop.bring_forward)
    try:
        await desktop.run()
    finally:
        instance.activated.disconnect(desktop.bring_forward)
    return desktop
