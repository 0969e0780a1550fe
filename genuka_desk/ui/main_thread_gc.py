"""Python's cyclic garbage collection, run only in the Qt main thread.

Automatic collection starts in whichever thread happens to allocate (an
asyncio worker, a socket thread) and may free Qt objects there, which
crashes PySide. As qutebrowser does, automatic collection is turned off and
a timer in the main thread collects whenever the usual thresholds are passed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Collects garbage from a main-thread timer instead of automatically."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
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
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        """Give collection back to Python."""
        self.timer.stop()
        gc.enable()
