"""The desk's lock in the program: Lock (Ctrl+L), the idle lock, a login that ended; covers, the screen, the unlock.

Locking closes nothing. Every window of the desk on screen (the main
window, the orders, the sale, the customers, a dialog left open) gets a
:class:`Cover` over its content; the :class:`~.lock_screen.LockScreen`
lies over the main window and takes the keyboard. The unlock lifts both
and says who took the desk (:attr:`DeskLocker.unlocked`); the program
makes the window follow them (the receipts' "Served by", their permissions).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ..service.desk_lock import DeskLock, Unlocked
from .bridge import ServiceBridge
from .idle_watch import IdleWatch, idle_minutes
from .lock_screen import LockScreen

_WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Tool)


class Cover(QWidget):
    """What hides one window's content while the desk is locked (the window itself stays as it was)."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.setObjectName("LockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#LockCover { background: #1f2a37; } QLabel { color: #e5e7eb; font-size: 16px; }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        """Show the window's content again."""
        self.host.removeEventFilter(self)
        self.hide()
        self.deleteLater()


class DeskLocker(QObject):
    """Locks the desk's windows and lifts the lock for the clerk who unlocks (``window``: the main window now)."""

    unlocked = Signal(object)  # the service's Unlocked

    def __init__(
        self,
        lock: DeskLock,
        bridge: ServiceBridge,
        window: Callable[[], QWidget | None],
        settings: QSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self.bridge = bridge
        self.window = window
        self.screen: LockScreen | None = None
        self.covers: list[Cover] = []
        self.idle = IdleWatch(idle_minutes(settings), clock=clock, parent=self)
        self.idle.idle.connect(self.lock_now)
        bridge.authRequired.connect(self._login_ended)

    @property
    def locked(self) -> bool:
        """Whether the lock screen is up."""
        return self.screen is not None

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock by itself after ``minutes`` without input (0: never)."""
        self.idle.set_minutes(minutes)

    def lock_now(self, note: str = "") -> None:
        """Lock the desk (again: the lock screen comes forward, with ``note`` when given)."""
        if self.screen is not None:
            if note:
                self.screen.note.setText(note)
                self.screen.note.show()
            self.screen.raise_()
            self.screen.activateWindow()
            return
        host = self.window()
        if host is None or not host.isVisible():
            return  # no window on screen (hidden to finish sending): nothing to hide
        self.lock.lock()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or list is not left over the lock
        self.covers = [Cover(w) for w in QApplication.topLevelWidgets() if self._shown_window(w)]
        self.screen = LockScreen(self.lock, self.bridge, host, note=note)
        self.screen.unlocked.connect(self._unlocked)
        self.screen.show()

    @staticmethod
    def _shown_window(widget: QWidget) -> bool:
        return widget.isVisible() and widget.windowType() in _WINDOWS and not isinstance(widget, LockScreen)

    def _unlocked(self, result: Unlocked) -> None:
        for cover in self.covers:
            cover.remove()
        self.covers = []
        if self.screen is not None:
            self.screen.release()
            self.screen = None
        self.idle.touch()
        self.unlocked.emit(result)

    def _login_ended(self, _message: str) -> None:
        """The server refused the token: a clerk who came by PIN types it again (a PIN login lasts 24 hours)."""
        if self.lock.pin_expected():
            self.lock_now(self.tr("Your login has ended (a PIN login lasts 24 hours). Type your PIN to go on."))

    def stop(self) -> None:
        """The session ends: no more idle lock."""
        self.idle.stop()
