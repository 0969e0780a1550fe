"""One desktop program per data folder: a second start brings the running window forward.

The first start holds an OS-level lock on ``window.lock`` in the data folder
for as long as it runs (a crash releases it). A second start finds the lock
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
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

log = logging.getLogger(__name__)

LOCK_NAME = "window.lock"
REQUESTS_NAME = "window-requests"


class SingleInstance(QObject):
    """Claims the program for one data folder; emits :attr:`activated` when another start asks for the window."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.requests = folder / REQUESTS_NAME
        self._lock = FileLock(str(folder / LOCK_NAME), thread_local=False)
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the only start (it now listens); False when another runs (asked to come forward)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.requests.mkdir(exist_ok=True)
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            (self.requests / f"{os.getpid()}.show").write_text("show\n", encoding="utf-8")
            log.info("another window runs on this data folder: asked it to come forward")
            return False
        self._clear_requests()  # left by starts that knocked while nobody listened
        self._watcher = QFileSystemWatcher([str(self.requests)], self)
        self._watcher.directoryChanged.connect(self._on_request)
        return True

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
        if self._lock.is_locked:
            self._lock.release()
