"""The idle lock's watch: no key, click or wheel in any of the desk's windows for the chosen minutes, and it says so.

The minutes are the clerk's preference (:data:`IDLE_KEY` in QSettings; 0:
never). The watch listens to the application's input events only while it
is on (a filter on every event costs a little on each: off, it costs
nothing), and looks at its clock every few seconds; tests give their own
clock and call :meth:`IdleWatch.check`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal

IDLE_KEY = "lock/idle_minutes"
IDLE_CHOICES = (0, 2, 5, 15, 30)  # minutes; 0: the desk never locks itself
LOOK_EVERY_MS = 5_000

# What a clerk at the desk does (a mouse only moved over the window is not someone working).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


def idle_minutes(settings: QSettings) -> int:
    """The chosen minutes before the desk locks itself (0: never; an odd value: never)."""
    value = settings.value(IDLE_KEY, 0)
    try:
        minutes = int(str(value))
    except ValueError:
        return 0
    return minutes if minutes in IDLE_CHOICES else 0


class IdleWatch(QObject):
    """Says :attr:`idle` once the desk has seen no input for :attr:`minutes` (then waits for input again)."""

    idle = Signal()

    def __init__(
        self, minutes: int = 0, *, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = 0
        self.last_input = clock()
        self._said = False
        self._listening = False
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input (0: never); counted from now."""
        self.minutes = minutes if minutes > 0 else 0
        self.touch()
        app = QCoreApplication.instance()
        if self.minutes and not self._listening and app is not None:
            app.installEventFilter(self)
            self._listening = True
            self._timer.start()
        elif not self.minutes and self._listening:
            if app is not None:
                app.removeEventFilter(self)
            self._listening = False
            self._timer.stop()

    def touch(self) -> None:
        """Someone is at the desk now (an input, or an unlock)."""
        self.last_input = self.clock()
        self._said = False

    def check(self) -> bool:
        """Say :attr:`idle` if the desk has been idle long enough (once until the next input); whether it did."""
        if not self.minutes or self._said or self.clock() - self.last_input < self.minutes * 60:
            return False
        self._said = True
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_input = self.clock()
            self._said = False
        return False

    def stop(self) -> None:
        """Stop watching (the session ends)."""
        self.set_minutes(0)
