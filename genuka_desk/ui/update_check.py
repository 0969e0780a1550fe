"""Help > Check for updates, and the quiet daily check.

The check runs on the event loop (never blocks start-up or the window); the
daily one waits a little after start, runs at most once a day, says nothing
when it fails, and shows a banner only for a version the clerk has not
dismissed. The feed and the installer choice are the core's (see
:mod:`genuka_desk.updates`, through the service).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import service as _service
from .bridge import ServiceBridge

log = logging.getLogger(__name__)

DAILY = timedelta(days=1)
START_DELAY_MS = 15_000  # after start: the first sync has the line first


class UpdateChecker(QObject):
    """Asks the release feed; tells the clerk (dialog on demand, banner when quiet)."""

    newer = Signal(object)  # UpdateInfo: a newer version is out (quiet check)

    def __init__(self, settings: QSettings, bridge: ServiceBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bridge = bridge
        # Shows a message box (tests answer without a modal loop): (parent, info or error text) -> None.
        self.tell: Callable[[QWidget | None, _service.UpdateInfo | str], None] = self._tell
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self._timer: QTimer | None = None

    # -- preferences -------------------------------------------------------------

    @property
    def daily(self) -> bool:
        """Whether the quiet daily check is on (it is unless the clerk turned it off)."""
        return str(self.settings.value("updates/daily", "true")).lower() == "true"

    @daily.setter
    def daily(self, on: bool) -> None:
        self.settings.setValue("updates/daily", "true" if on else "false")

    @property
    def url(self) -> str | None:
        """The feed set in the preferences file, if any."""
        value = str(self.settings.value("updates/url", "") or "").strip()
        return value or None

    def _last_check(self) -> datetime | None:
        try:
            return datetime.fromisoformat(str(self.settings.value("updates/last_check", "")))
        except ValueError:
            return None

    def due(self, now: datetime | None = None) -> bool:
        """Whether the quiet check should run now (on, and not in the last day)."""
        last = self._last_check()
        now = now or datetime.now(UTC)
        return self.daily and (last is None or last.tzinfo is None or now - last >= DAILY or last > now)

    # -- checks ------------------------------------------------------------------

    def schedule_daily(self, delay_ms: int = START_DELAY_MS) -> None:
        """Check quietly a little after start when due (the timer dies with this object)."""
        if not self.due():
            return
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_quietly)
        self._timer.start(delay_ms)

    def stop(self) -> None:
        """Drop a quiet check not yet made (the session it was scheduled for has ended)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @property
    def scheduled(self) -> bool:
        """Whether a quiet check is waiting for its time."""
        return self._timer is not None and self._timer.isActive()

    def check_quietly(self) -> None:
        """The daily check: a banner for a newer version, silence otherwise."""
        if not self.due():
            return
        self.bridge.run(_service.check_for_updates(self.url), self._quiet_answer, self._quiet_failure)

    def _quiet_answer(self, info: _service.UpdateInfo) -> None:
        self.settings.setValue("updates/last_check", datetime.now(UTC).isoformat())
        dismissed = str(self.settings.value("updates/dismissed", "") or "")
        if info.status is _service.UpdateStatus.NEWER and info.latest != dismissed:
            self.newer.emit(info)

    def _quiet_failure(self, exc: Exception) -> None:
        log.info("daily update check failed: %s", getattr(exc, "message", exc))

    def dismiss(self, info: _service.UpdateInfo) -> None:
        """The clerk closed the banner: say nothing more about this version."""
        self.settings.setValue("updates/dismissed", info.latest)

    def check_now(self, parent: QWidget | None) -> None:
        """Help > Check for updates: always answers, in a dialog."""

        def failed(exc: Exception) -> None:
            message = exc.message if isinstance(exc, _service.UpdateCheckError) else str(exc)
            self.tell(parent, message)

        def answered(info: _service.UpdateInfo) -> None:
            self.settings.setValue("updates/last_check", datetime.now(UTC).isoformat())
            self.tell(parent, info)

        self.bridge.run(_service.check_for_updates(self.url), answered, failed)

    def _tell(self, parent: QWidget | None, answer: _service.UpdateInfo | str) -> None:
        title = self.tr("Check for updates")
        if isinstance(answer, str):
            QMessageBox.warning(parent, title, self.tr("Could not check for updates: %s") % answer)
            return
        if answer.status is _service.UpdateStatus.CURRENT:
            QMessageBox.information(parent, title, self.tr("Genuka Desk %s is the latest version.") % answer.current)
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, self.newer_text(answer), parent=parent)
        download = box.addButton(self.tr("Download"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is download and answer.download_url:
            self.open_url(answer.download_url)

    def newer_text(self, info: _service.UpdateInfo) -> str:
        """One sentence: which version is out, and which one this is."""
        return self.tr("Genuka Desk %s is available (this is %s).") % (info.latest, info.current)
