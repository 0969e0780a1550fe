"""Damage done to a database file on purpose, as a failing disk would."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def damage(path: Path, first_page: int = 4) -> None:
    """Overwrite pages in the middle of a database file (from ``first_page`` on): the header still reads."""
    size = path.stat().st_size
    assert size > (first_page + 12) * 4096
    with open(path, "r+b") as f:
        for offset in range(first_page * 4096, size - 4096, 4096 * 3):
            f.seek(offset)
            f.write(os.urandom(4096))


def past_the_roots(path: Path) -> int:
    """The first page after every table's and index's root page: damage from there is met only by reads."""
    conn = sqlite3.connect(path)
    try:
        roots = [int(r[0] or 0) for r in conn.execute("SELECT rootpage FROM sqlite_master")]
    finally:
        conn.close()
    return max(roots, default=1) + 4
