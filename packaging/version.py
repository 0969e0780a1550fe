"""The version packages carry, read from pyproject.toml (one source of truth)."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def app_version(root: Path) -> str:
    """``version = "x.y.z"`` of the [project] table."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, flags=re.MULTILINE)
    if not found:
        raise SystemExit("no version in pyproject.toml")
    return found.group(1)


if __name__ == "__main__":
    print(app_version(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
