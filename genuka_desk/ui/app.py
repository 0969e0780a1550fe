"""The desktop program: log in (or start the demo), open the service, show the main window."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from .. import models as _models
from .. import service as _service
from ..service.demo import DEMO_ORDERS, DEMO_PROFILE, start_demo
from ..service.desk_lock import DeskLock, Unlocked
from .assets import app_icon, settings_for
from .bridge import ServiceBridge
from .dates import SHOP
from .desk_locker import DeskLocker
from .early import EarlyStart, build_window
from .i18n import DATES_KEY, chosen_dates_country, computer_country, dates_choice, install_language, system_language
from .idle_watch import IDLE_KEY, idle_minutes
from .login_dialog import LoginDialog
from .logout_dialog import LogoutDialog
from .main_window import MainWindow
from .preferences_dialog import PreferencesDialog
from .update_check import UpdateChecker

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

__all__ = [
    "DEMO_ORDERS",
    "DesktopApp",
    "app_icon",
    "log_in_interactively",
    "saved_session",
    "settings_for",
    "start_demo",
]


def log_in_interactively(
    paths: _service.AppPaths, dialog_factory: type[LoginDialog] = LoginDialog
) -> _service.Session | str | None:
    """Show the login dialog until a login works; "demo" when the clerk chose the demo, None when cancelled."""
    import asyncio  # the login talks to the server: loaded with the dialog

    desk = _service.Desk(paths)
    profile = desk.profile()
    dialog = dialog_factory(profile.base_url, profile.email or "")
    if not desk.keychain_available():
        dialog.show_keyring_note(
            QCoreApplication.translate(
                "LoginDialog",
                "This computer has no password keychain: the login is kept in a file only you can read (%s).",
            )
            % desk.tokens(profile).file
        )
    while dialog.exec():
        if dialog.wants_demo:
            return "demo"
        profile.base_url = dialog.server.text().strip()
        try:
            if dialog.using_key():
                profile.company_id = dialog.company.text().strip()
                checked = asyncio.run(desk.log_in_with_key(profile, dialog.api_key.text().strip()))
                session = checked.session
                if not checked.checked:
                    log.info("the API key is used unchecked; the first sync checks it")
            else:
                session = asyncio.run(
                    desk.log_in(
                        profile,
                        dialog.email.text().strip(),
                        dialog.password.text(),
                        lambda companies, current: ask_company(companies, current, dialog),
                    )
                )
        except _service.CompanyNotChosen:
            dialog.show_error(QCoreApplication.translate("LoginDialog", "Choose the company this desk serves."))
            continue
        except (_service.GenukaError, _service.ServiceError) as exc:
            dialog.show_error(exc.message)
            continue
        except _service.InsecureURLError as exc:
            dialog.show_error(str(exc))
            continue
        desk.keep(session, remember=dialog.remember.isChecked())
        return session
    return None


def ask_company(
    companies: Sequence[_models.CompanyChoice], current: str | None, parent: QWidget | None, note: str = ""
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


class DesktopApp:
    """Owns the service, the bridge and the main window for one session."""

    def __init__(
        self,
        app: QApplication,
        paths: _service.AppPaths,
        session: _service.Session,
        settings: QSettings,
        *,
        early: EarlyStart | None = None,
    ) -> None:
        """``early``: the window already painted for this session's company (the start), carried on."""
        self.app = app
        self.paths = paths
        self.session = session
        self.settings = settings
        self.language = str(settings.value("language", "") or system_language())
        self.desk = _service.Desk(paths)
        self._early_window: MainWindow | None = None
        self._first_list = early.first if early is not None else None  # replaced by the window at show()
        if early is not None and early.service is not None and early.bridge is not None:
            self.service, self.bridge, self._early_window = early.service, early.bridge, early.window
        else:
            self.service = self.desk.open(session, language=self.language)
            self.bridge = ServiceBridge(self.service)
        install_language(self.language, self.dates_country())  # dates the way of the shop's country
        self.window: MainWindow | None = None
        # A shared counter PC: who is at the desk (named on what they queue), the lock and the next clerk's unlock.
        self.desk_lock = DeskLock(self.desk, session, self.service)
        self.desk_lock.start()
        self.locker = DeskLocker(self.desk_lock, self.bridge, lambda: self.window, settings)
        self.locker.unlocked.connect(self._unlocked)
        import asyncio  # made in the loop: the list was painted before asyncio loaded

        self.closed: asyncio.Future[None] = asyncio.get_event_loop().create_future()
        self.logged_out = False
        self.forget_data = False
        self.updates = UpdateChecker(settings, self.bridge)
        self.updates.newer.connect(self._update_found)
        self._update: _service.UpdateInfo | None = None
        # Shows the preferences (tests answer without a modal loop); True when accepted.
        self.ask_preferences: Callable[[PreferencesDialog], bool] = lambda dialog: bool(dialog.exec())
        # Set by File > Switch company: the session the program goes on with, in that company's folder.
        self.switched_to: _service.Session | None = None
        # Asks which company (tests answer without a modal dialog).
        self.choose_company: Callable[[list[_models.CompanyChoice], str | None, str], str | None] = (
            lambda companies, current, note: ask_company(companies, current, self.window, note)
        )
        # Shows the logout dialog; tests replace it to answer without a modal loop.
        self.ask: Callable[[LogoutDialog], object] = lambda dialog: dialog.exec()

    @property
    def folder(self) -> Path:
        """The local folder of this session's company."""
        return self.session.profile.data_folder(self.paths.data_dir)

    def show(self) -> MainWindow:
        """Build and show the main window (again, after a language switch)."""
        window = self._early_window
        self._early_window = None
        if window is None or window.read_only != self.session.read_only:
            if window is not None:  # the login said otherwise than the kept profile: built again
                window.quit_flow.leaving = True
                window.hide()
                window.deleteLater()
            window = build_window(
                self.service,
                self.bridge,
                self.session.profile,
                language=self.language,
                read_only=self.session.read_only,
                settings=self.settings,
            )
        if self.session.profile.name == DEMO_PROFILE:
            window.mark_demo()
        window.show_clerk(self.desk_lock.clerk_name)  # who works at the desk: the status bar and the title say
        menus = window.menus
        menus.preferences_action.triggered.connect(self.preferences)
        menus.logout_action.triggered.connect(self.log_out)
        menus.check_updates_action.triggered.connect(lambda: self.updates.check_now(self.window))
        menus.diagnostics_action.triggered.connect(self.diagnostics)
        menus.lock_action.triggered.connect(lambda: self.locker.lock_now())
        window.banners.update_banner.linkActivated.connect(self._update_link)
        if self._update is not None:  # found before a language switch rebuilt the window
            self._update_found(self._update)
        menus.switch_company_action.setEnabled(self.session.can_switch_company)
        menus.switch_company_action.triggered.connect(self.switch_company)
        window.destroyed.connect(self._window_gone)
        self.window = window
        window.show()
        if self.desk_lock.locked:  # locked when the program last stopped: it comes back locked
            self.locker.lock_now()
        if self._first_list is not None:
            self._first_list.hand_over(window.table.when_painted)  # the list stays put: the window opens over it
            self._first_list = None
        return window

    def _unlocked(self, result: Unlocked) -> None:
        """A clerk unlocked: the receipts name them, and the window follows their permissions."""
        self.session = self.desk_lock.session
        window = self.window
        if window is None:
            return
        window.dialogs.clerk = result.name  # the receipts' "Served by"
        window.show_clerk(self.desk_lock.clerk_name)
        if not result.permissions_changed and window.read_only == self.session.read_only:
            return
        # Another clerk's permissions: the window is built again for them (the previous clerk's windows close).
        window.windows.close_all()
        window.quit_flow.leaving = True
        self.window = None
        self.show()
        window.save_settings()
        window.hide()
        window.deleteLater()

    def set_my_pin(self, parent: QWidget | None = None) -> None:
        """Preferences > Set my PIN: the clerk at the desk sets the PIN that unlocks it."""
        from .pin_dialog import PinDialog

        self.pin_dialog = PinDialog(self.desk_lock, self.bridge, parent or self.window)
        self.pin_dialog.open()

    def diagnostics(self) -> None:
        """Help > Diagnostics: how this desk stands (the server looked at now; no token shown)."""
        from .diagnostics_dialog import DiagnosticsDialog

        self.diagnostics_dialog = DiagnosticsDialog(self.service, self.bridge, self.session.profile, parent=self.window)
        self.diagnostics_dialog.open()

    def log_out(self) -> None:
        """File > Log out: warn about unsent changes, forget the token (and on request the local copy)."""
        dialog = LogoutDialog(self.service.changes.unsent_count(), self.window)
        self.ask(dialog)
        if not dialog.chosen():
            return
        window = self.window
        if window is not None:
            window.quit_flow.leaving = True  # the logout dialog already spoke of unsent changes
        if window is not None and not window.close():
            window.quit_flow.leaving = False
            return  # an editor with unsaved edits stayed open: still logged in
        self.logged_out, self.forget_data = True, dialog.forget_data()
        if not self.closed.done():
            self.closed.set_result(None)

    def switch_company(self) -> None:
        """File > Switch company: serve another of the user's companies, each with its own local copy."""
        window = self.window
        if window is None:
            return
        self.bridge.run(self.service.account.companies(), self._company_chosen, self._switch_failed)

    def _company_chosen(self, companies: list[_models.CompanyChoice]) -> None:
        window = self.window
        if window is None:
            return
        current = self.session.profile.company_id
        if not any(c.id and c.id != current for c in companies):
            window.show_error(QCoreApplication.translate("MainWindow", "Your account belongs to this company only."))
            return
        # 02-authentication.md: switch-company revokes every token of the user, not only this desk's.
        note = QCoreApplication.translate(
            "MainWindow",
            "Switching company ends every login of your account: other desks and devices "
            "logged in as you will need to log in again.",
        )
        unsent = self.service.changes.unsent_count()
        if unsent:
            kept = QCoreApplication.translate(
                "MainWindow",
                "%n change(s) not sent yet stay on this computer and are sent when you come back.",
                "",
                unsent,
            )
            note = f"{note}\n\n{kept}"
        chosen = self.choose_company(companies, current, note)
        if chosen is None or chosen == current or not window.windows.close_all():
            return
        self.bridge.run(
            self.desk.switch_company(self.service, self.session, chosen), self._switched, self._switch_failed
        )

    def _switched(self, session: _service.Session) -> None:
        self.switched_to = session
        window = self.window
        if window is not None:
            window.quit_flow.leaving = True  # the choice already said the unsent changes stay
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

    def dates_country(self) -> str | None:
        """The country whose way dates follow: the shop's (its profile), unless the clerk chose this computer's."""
        return chosen_dates_country(self.settings, self.service.shop.country())

    def preferences(self) -> None:
        """Edit > Preferences: the language, the dates' way, new orders and the daily update check."""
        saved = str(self.settings.value("language", "") or "")
        dates = dates_choice(self.settings)
        dialog = PreferencesDialog(
            saved,
            self.updates.daily,
            self.window,
            poll_seconds=self.poll_seconds(),
            notify_new=bool(self.settings.value("notify/new_orders", True, type=bool)),
            idle_minutes=idle_minutes(self.settings),
            dates=dates,
            ways=(chosen_dates_country(self.settings, self.service.shop.country(), SHOP), computer_country()),
            settings=self.settings,
            discount_limit=int(limit) if (limit := self.service.manual_discounts.limit()) is not None else None,
            may_set_limit=self.service.manual_discounts.is_manager(),
        )
        dialog.set_pin_button.setEnabled(self.desk_lock.current_key is not None and not self.session.profile.api_key)
        dialog.set_pin_button.clicked.connect(lambda: self.set_my_pin(dialog))
        if not self.ask_preferences(dialog):
            return
        if dialog.printer is not None:
            dialog.printer.save()  # the receipt printer (read by each print and drawer opening)
        self.updates.daily = dialog.daily_updates.isChecked()
        percent = dialog.chosen_discount_limit()  # a manager's, kept on this desk
        if dialog.discount_limit.isEnabled() and percent != self.service.manual_discounts.limit():
            self.service.manual_discounts.set_limit(None if percent is None else Decimal(percent))
        self.settings.setValue(IDLE_KEY, dialog.idle_minutes())
        self.locker.set_idle_minutes(dialog.idle_minutes())
        self.settings.setValue("sync/poll_seconds", dialog.poll.value())
        self.settings.setValue("notify/new_orders", dialog.notify.isChecked())
        self.service.set_pull_interval(dialog.poll.value())
        chosen = dialog.chosen_language()
        if chosen != saved:
            self.settings.setValue("language", chosen)
        dates_changed = dialog.chosen_dates() != dates
        if dates_changed:
            self.settings.setValue(DATES_KEY, dialog.chosen_dates())
        if (chosen or system_language()) != self.language or dates_changed:
            self.switch_language(chosen)  # (the window is built again: every date in the new way)

    def _update_found(self, info: _service.UpdateInfo) -> None:
        self._update = info
        if self.window is not None:
            self.window.banners.show_update(self.updates.newer_text(info), info.download_url)

    def _update_link(self, link: str) -> None:
        window, info = self.window, self._update
        if window is not None:
            window.banners.update_banner.hide()
        if info is None:
            return
        if link == "#dismiss":
            self.updates.dismiss(info)
        else:
            self.updates.open_url(link)

    def switch_language(self, language: str) -> None:
        """Use another language now ("": the computer's): texts, money and dates; the window is rebuilt in it.

        Dates follow the way chosen for them (the shop's country's, or this computer's), read again here.
        """
        self.settings.setValue("language", language)
        self.language = install_language(language or system_language(), self.dates_country())
        self.service.set_language(self.language)
        old = self.window
        self.window = None
        self.show()
        if old is not None:
            old.save_settings()
            old.hide()
            old.deleteLater()

    def poll_seconds(self) -> int:
        """How often new orders are looked for (the preference; 30 s at first)."""
        value = self.settings.value("sync/poll_seconds", 30)
        return int(value) if isinstance(value, int | str) and str(value).isdigit() else 30

    async def run(self) -> None:
        """Sync in the background until the main window is closed."""
        # While the window is open, new orders are looked for every 30 s unless the clerk chose otherwise.
        self.service.set_pull_interval(self.poll_seconds())
        self.service.start()
        self.app.lastWindowClosed.connect(self._last_closed)
        self.show()
        self.updates.schedule_daily()  # quiet, later, at most once a day; never holds the start
        try:
            await self.closed
        finally:
            self.updates.stop()  # not after this session's loop (a next session schedules its own)
            self.locker.stop()
        if self.logged_out and self.switched_to is None:
            # The token is revoked on the server too when it answers (POST /auth/logout); offline it expires.
            await self.desk.log_out(
                self.session.profile, self.session.token, forget_data=self.forget_data, force=True, service=self.service
            )
        else:
            await self.service.close()

    def _last_closed(self) -> None:
        window = self.window
        if window is not None and window.quit_flow.background:
            return  # hidden to finish sending in the background: it closes itself when done
        if window is not None and not window.isVisible() and not self.closed.done():
            self.closed.set_result(None)


def saved_session(paths: _service.AppPaths) -> _service.Session | None:
    """The session kept from the last run (a saved token for the profile), if any."""
    return _service.Desk(paths).saved_session()
