"""Damage done to a database file on purpose, as a failing disk would."""

from __future__ import annotations

import os
from pathlib import Path


def damage(path: Path) -> None:
    """Overwrite pages in the middle of a database file: the header still reads."""
    size = path.stat().st_size
    assert size > 16 * 4096
    with open(path, "r+b") as f:
        for offset in range(4 * 4096, size - 4096, 4096 * 3):
            f.seek(offset)
            f.write(os.urandom(4096))
