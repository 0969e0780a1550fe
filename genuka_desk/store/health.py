"""How the local files of one company are: sound or damaged, their sizes, room on the disk (nothing is changed).

For ``doctor`` and Help > Diagnostics. The full check reads every page
(SQLite's ``quick_check`` on a read-only connection of its own): seconds on a
large cache, so call it off the GUI thread.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .db import file_is_sound, folder_problem
from .files import CACHE_FILE, CHECKED_MARK, DAMAGED_MARK, QUEUE_FILE, StoreFiles

# Under this much free room the disk is worth a word: the queue must always be writable.
LOW_DISK_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class FilesHealth:
    """The state of a company's two files (see :mod:`.files`)."""

    folder: Path
    queue_sound: bool
    cache_sound: bool
    queue_bytes: int
    cache_bytes: int
    cache_set_aside: Path | None  # a damaged copy moved aside since this store was opened
    damage_seen: bool  # damage was met while running: the next start checks and rebuilds the cache
    last_full_check: datetime | None
    folder_problem: str | None  # why the folder cannot be written (None: it can)
    free_bytes: int | None

    @property
    def low_disk(self) -> bool:
        """Whether the disk is nearly full."""
        return self.free_bytes is not None and self.free_bytes < LOW_DISK_BYTES

    @property
    def sound(self) -> bool:
        """Whether nothing is wrong with the files."""
        return (
            self.queue_sound
            and self.cache_sound
            and not self.damage_seen
            and self.folder_problem is None
            and not self.low_disk
        )


def _size(path: Path) -> int:
    """A database's bytes with its journal (``-wal``)."""
    total = 0
    for name in (path.name, f"{path.name}-wal"):
        try:
            total += (path.parent / name).stat().st_size
        except OSError:
            pass
    return total


def files_health(store: StoreFiles) -> FilesHealth:
    """Check both files fully and look at the folder; writes nothing (not even the check's mark)."""
    folder = store.folder
    try:
        checked: datetime | None = datetime.fromtimestamp((folder / CHECKED_MARK).stat().st_mtime, UTC)
    except OSError:
        checked = None
    try:
        free: int | None = shutil.disk_usage(folder).free
    except OSError:
        free = None
    return FilesHealth(
        folder=folder,
        queue_sound=file_is_sound(folder / QUEUE_FILE),
        cache_sound=file_is_sound(folder / CACHE_FILE),
        queue_bytes=_size(folder / QUEUE_FILE),
        cache_bytes=_size(folder / CACHE_FILE),
        cache_set_aside=store.cache_moved_to,
        damage_seen=(folder / DAMAGED_MARK).exists(),
        last_full_check=checked,
        folder_problem=folder_problem(folder),
        free_bytes=free,
    )
