"""The desk's lock in the program: Lock (Ctrl+L), the idle lock, a login that ended; the windows, the unlock.

Locking closes nothing, and nothing of the desk shows while it is locked.
The :class:`~.lock_screen.LockScreen` lies over the main window (whose
content a :class:`Cover` hides) and takes the keyboard: no key, and no
shortcut, reaches a window behind it (were the lock screen not the active
window, the list's Enter would open an order). Every other window of the
desk on screen (the orders, the sale, the customers, the till) is hidden,
its place and state kept; one that cannot be hidden without ending it (a
modal dialog waiting for its answer) is covered and its title says
"Locked". A window that comes up while locked is covered too (a modal one:
the lock screen is shown again, so the lock keeps the keyboard and the
message waits). The unlock brings them back as they were, the window that
was in front in front again, and says who took the desk
(:attr:`DeskLocker.unlocked`); an Enter typed just after the PIN (whose
fourth digit already sent it) is swallowed (:class:`EnterGuard`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..service.desk_lock import DeskLock, Unlocked
from .bridge import ServiceBridge
from .idle_watch import IdleWatch, idle_minutes
from .lock_screen import LockScreen

_WINDOWS = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Tool)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut)
ENTER_GRACE = 1.0  # seconds after an unlock an Enter is still the PIN's (a clerk's habit after four digits)


class Cover(QWidget):
    """What hides one window's content while the desk is locked (the window itself stays as it was)."""

    def __init__(self, host: QWidget, *, title: str = "") -> None:
        super().__init__(host)
        self.setObjectName("LockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#LockCover { background: #1f2a37; } QLabel { color: #e5e7eb; font-size: 16px; }")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        # Its title would say what it is about (a dialog's): "Locked" until the unlock.
        self.title, self.kept_title = title, host.windowTitle()
        if title:
            host.setWindowTitle(title)
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    @property
    def host(self) -> QWidget:
        """The window it covers (its parent: no reference of its own, which could outlive a window Python owns)."""
        host = self.parentWidget()
        assert host is not None
        return host

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildPolished):
            self.setGeometry(self.host.rect())
            self.raise_()  # (a child made later, polished as it shows, would lie over it)
        return False

    def remove(self) -> None:
        """Show the window's content (and its title) again."""
        if not isValid(self):
            return
        host = self.host
        host.removeEventFilter(self)
        if self.title and host.windowTitle() == self.title:
            host.setWindowTitle(self.kept_title)
        self.hide()
        self.deleteLater()


@dataclass
class HiddenWindow:
    """A window hidden while the desk is locked, and how it was."""

    window: QWidget
    geometry: QRect
    state: Qt.WindowState

    def back(self) -> None:
        """Show it again where and as it was (unless it was closed meanwhile)."""
        window = self.window
        if not isValid(window):
            return
        window.setWindowState(self.state)  # (minimized or maximized, it comes back so)
        window.show()
        whole = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        if not self.state & whole and window.geometry() != self.geometry:
            window.setGeometry(self.geometry)


class EnterGuard(QObject):
    """Swallows an Enter typed for a moment after an unlock: the PIN's fourth digit already sent it.

    Without it, the Enter a clerk adds after their PIN lands on the window
    behind the lock (the order list opens an order). Any other key, or a
    click, ends the moment at once.
    """

    def __init__(self, clock: Callable[[], float], *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.until = 0.0
        self._on = False

    def arm(self, seconds: float = ENTER_GRACE) -> None:
        """Swallow Enter for ``seconds`` from now."""
        self.until = self.clock() + seconds
        app = QCoreApplication.instance()
        if not self._on and app is not None:
            app.installEventFilter(self)
            self._on = True

    def disarm(self) -> None:
        """Let Enter through again."""
        app = QCoreApplication.instance()
        if self._on and app is not None:
            app.removeEventFilter(self)
        self._on = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER:
                if self.clock() < self.until:
                    event.accept()  # (a ShortcutOverride accepted: no shortcut takes it either)
                    return True
                self.disarm()
            elif kind == QEvent.Type.KeyPress:
                self.disarm()
        elif kind == QEvent.Type.MouseButtonPress:
            self.disarm()
        return False


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
        self.hidden: list[HiddenWindow] = []
        self.in_front: QWidget | None = None  # the window the clerk was in when it locked
        self.focus: QWidget | None = None  # and the widget that had the keyboard
        self.idle = IdleWatch(idle_minutes(settings), clock=clock, parent=self)
        self.idle.idle.connect(self.lock_now)
        self.enter_guard = EnterGuard(clock, parent=self)
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
        self.enter_guard.disarm()
        self.lock.lock()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or list is not left over the lock
        self.in_front, self.focus = QApplication.activeWindow(), QApplication.focusWidget()
        if self.focus is not None:
            self.focus.clearFocus()  # no widget behind the lock keeps the keyboard (nor its shortcuts)
        for widget in QApplication.topLevelWidgets():
            if widget is not host and self._shown_window(widget):
                self._put_away(widget)
        self.covers.append(Cover(host))
        self.screen = LockScreen(self.lock, self.bridge, host, note=note)
        self.screen.unlocked.connect(self._unlocked)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # keys go to the lock screen only; a window that comes up is covered
        self.screen.show()

    def _put_away(self, widget: QWidget) -> None:
        """Hide ``widget`` (its place kept); one that cannot be hidden without ending it is covered."""
        if widget.windowModality() != Qt.WindowModality.NonModal:
            # A modal dialog waits for its answer in its own loop: hiding it would end it (as a Cancel).
            self.covers.append(Cover(widget, title=self.tr("Genuka Desk — Locked")))
            return
        self.hidden.append(HiddenWindow(widget, widget.geometry(), widget.windowState()))
        widget.hide()

    @staticmethod
    def _shown_window(widget: QWidget) -> bool:
        return widget.isVisible() and widget.windowType() in _WINDOWS and not isinstance(widget, LockScreen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        screen = self.screen
        if screen is None or not isValid(screen):
            return False
        kind = event.type()
        if kind in _KEYS and not self._on_screen(watched, screen):
            # A key, or a shortcut, for a window behind the lock: swallowed, and the lock screen takes the keyboard.
            event.accept()  # (a ShortcutOverride accepted: no shortcut takes the key either)
            if kind == QEvent.Type.KeyPress:
                screen.activateWindow()
            return True
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and self._shown_window(watched)
            and not any(c.parentWidget() is watched for c in self.covers if isValid(c))
        ):
            self.covers.append(Cover(watched, title=self.tr("Genuka Desk — Locked")))
            if watched.windowModality() != Qt.WindowModality.NonModal:
                # A modal window (a message of a task that ended) would take the keyboard from the lock, and
                # covered, nobody could answer it: the lock screen is shown again, the first modal again.
                QTimer.singleShot(0, self._lock_screen_first)
            else:
                screen.raise_()
        return False

    def _lock_screen_first(self) -> None:
        screen = self.screen
        if screen is not None and isValid(screen) and QApplication.activeModalWidget() is not screen:
            screen.hide()
            screen.show()

    @staticmethod
    def _on_screen(target: QObject, screen: LockScreen) -> bool:
        """Whether a key's (or a shortcut's) receiver is the lock screen or in it."""
        if isinstance(target, QWindow):
            return target is screen.windowHandle()
        owner = target if isinstance(target, QWidget) else target.parent()  # a shortcut's: a QAction's widget
        return isinstance(owner, QWidget) and owner.window() is screen

    def _unlocked(self, result: Unlocked) -> None:
        self._stop_watching()
        for cover in self.covers:
            cover.remove()
        self.covers = []
        if self.screen is not None:
            self.screen.release()
            self.screen = None
        for hidden in self.hidden:
            hidden.back()
        self.hidden = []
        front, focus, self.in_front, self.focus = self.in_front, self.focus, None, None
        if front is not None and isValid(front) and front.isVisible() and not isinstance(front, LockScreen):
            front.raise_()
            front.activateWindow()
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.setFocus()
        self.enter_guard.arm()  # the Enter after the PIN's fourth digit opens nothing behind
        self.idle.touch()
        self.unlocked.emit(result)

    def _login_ended(self, _message: str) -> None:
        """The server refused the token: a clerk who came by PIN types it again (a PIN login lasts 24 hours)."""
        if self.lock.pin_expected():
            self.lock_now(self.tr("Your login has ended (a PIN login lasts 24 hours). Type your PIN to go on."))

    def _stop_watching(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def stop(self) -> None:
        """The session ends: no more idle lock, nothing watched."""
        self.idle.stop()
        self.enter_guard.disarm()
        self._stop_watching()
