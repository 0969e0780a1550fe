"""One sender per profile: an OS lock on the profile folder.

Two processes pushing the same queue would both read a change as waiting and
both send it. Whoever pushes (the desktop program's background sync, a
scheduled ``genuka-desk sync``) holds this lock for the round; the other one
waits or hands the work over. The lock is the operating system's (``flock``
on Linux and macOS, ``LockFileEx`` on Windows, through filelock), so a
process that dies, even by SIGKILL, releases it at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from filelock import FileLock, Timeout

log = logging.getLogger(__name__)

LOCK_FILE = "sender.lock"
PID_FILE = "sender.pid"


class SenderLock:
    """The sender lock of one profile folder (re-entrant within one object)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        # No soft (file-exists) fallback: a crash must release the lock.
        self._lock = FileLock(self.folder / LOCK_FILE, thread_local=False, fallback_to_soft=False)

    @property
    def held(self) -> bool:
        """Whether this process holds the lock through this object."""
        return self._lock.is_locked

    def acquire(self, timeout: float = 0.0) -> bool:
        """Take the lock, waiting up to ``timeout`` seconds; False when another process holds it."""
        try:
            self._lock.acquire(timeout=timeout, blocking=timeout > 0)
        except Timeout:
            return False
        if self._lock.lock_counter == 1:
            with contextlib.suppress(OSError):
                (self.folder / PID_FILE).write_text(str(os.getpid()), encoding="ascii")
        return True

    def release(self) -> None:
        """Let go of the lock (once per :meth:`acquire`)."""
        if self._lock.is_locked:
            self._lock.release()

    def holder(self) -> int | None:
        """The process id of the last holder (meaningful while :meth:`acquire` fails)."""
        try:
            return int((self.folder / PID_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None
