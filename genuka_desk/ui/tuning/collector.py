"""Python's cyclic garbage collection, run only in the Qt main thread, and none during the start.

Automatic collection starts in whichever thread happens to allocate (an
asyncio worker, a socket thread) and may free Qt objects there, which
crashes PySide. As qutebrowser does, automatic collection is turned off and
a timer in the main thread collects whenever the usual thresholds are passed.
That part is a safety measure, not a speed one: it stays as long as PySide
may crash on Qt objects freed in another thread.

The speed parts: automatic collection is off from the start's tuning on,
before Qt's application is dressed (the start's imports and the first paint
allocate a lot and free nothing collectable); the oldest generation (the whole heap: tens of ms with a
sync's objects about) is collected at most once a minute, as Python's own
collector also spares it most of the times its threshold is passed.

Buys: importing the program (~670 modules, the painted list's and the
rest) 434-455 ms of CPU instead of 480-495 ms (15 collections instead of 176;
2026-12, three runs each way); a full collection beside a sync's objects
costs tens of ms, once a minute at most instead of at each oldest threshold.
The start's pause can go when the start imports little; the minute's
spacing when a full collection takes under a frame.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

FULL_EVERY_S = 60.0  # seconds between two collections of the oldest generation


class MainThreadCollector(QObject):
    """Collects garbage from a main-thread timer instead of automatically."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()  # its own: a threshold changed later (sync.gc_pace) changes nothing
        self._last_full = time.monotonic()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose threshold was passed; returns the objects freed."""
        counts = gc.get_count()
        generation = -1
        for number, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=False)):
            if threshold and count > threshold:
                generation = number
        if generation < 0:
            return 0
        if generation == 2:
            now = time.monotonic()
            if now - self._last_full < FULL_EVERY_S:
                generation = 1  # the young ones now, the whole heap later
            else:
                self._last_full = now
        return gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to Python."""
        self.timer.stop()
        gc.enable()
