"""One desktop program per data folder: a second start brings the running window forward.

The first start holds Qt's lock file ``window.lock`` in the data folder for
as long as it runs (a crash leaves a lock whose process is gone, which the
next start takes over; Qt also tells a reused process id by its program's
name). QLockFile is already loaded with QtCore: an OS lock library would
cost ~50 ms of imports before the list is painted. A second start finds the lock
taken, drops a request file into ``window-requests/`` and exits; the first
one watches that folder and brings its window forward. (Sending is guarded
apart by the profile's sender lock, so a scheduled ``genuka-desk sync``
beside the window can never send in parallel; this spares the clerk two
windows.) Files and a folder watch rather than a local socket: QtNetwork
would add Kerberos and Brotli to the libraries every install needs.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

log = logging.getLogger(__name__)

LOCK_NAME = "window-instance.lock"  # not window.lock: that empty file was an older version's OS lock
REQUESTS_NAME = "window-requests"
UNREADABLE_AFTER = 5.0  # seconds: a lock file still without its process's id by then was cut short


class SingleInstance(QObject):
    """Claims the program for one data folder; emits :attr:`activated` when another start asks for the window."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.requests = folder / REQUESTS_NAME
        self._lock = QLockFile(str(folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the only start (it now listens); False when another runs (asked to come forward)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.requests.mkdir(exist_ok=True)
        if not self._lock.tryLock(0) and not self._take_unreadable():
            (self.requests / f"{os.getpid()}.show").write_text("show\n", encoding="utf-8")
            log.info("another window runs on this data folder: asked it to come forward")
            return False
        self._clear_requests()  # left by starts that knocked while nobody listened
        self._watcher = QFileSystemWatcher([str(self.requests)], self)
        self._watcher.directoryChanged.connect(self._on_request)
        return True

    def _take_unreadable(self) -> bool:
        """Take over a lock file that names no process (cut short by a full disk, emptied by a tool).

        Qt would never call it stale; one written this instant by a start beside us is left alone.
        """
        pid = self._lock.getLockInfo()[0]
        path = self.folder / LOCK_NAME
        try:
            age = time.time() - path.stat().st_mtime
        except OSError:
            age = 0.0
        if pid or age < UNREADABLE_AFTER:
            return False
        log.warning("the window lock named no program: taken over")
        return self._lock.removeStaleLockFile() and self._lock.tryLock(0)

    def _clear_requests(self) -> int:
        seen = 0
        for request in self.requests.glob("*.show"):
            request.unlink(missing_ok=True)
            seen += 1
        return seen

    def _on_request(self, _path: str) -> None:
        if self._clear_requests():
            self.activated.emit()

    def release(self) -> None:
        """Stop listening and let the next start claim the folder (at exit)."""
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        if self._lock.isLocked():
            self._lock.unlock()
