"""The version packages carry, read from genuka_desk/__init__.py (one source of truth)."""

from __future__ import annotations

import re
import sys
from pathlib import Path


def app_version(root: Path) -> str:
    """``__version__ = "x.y.z"`` of the package (pyproject.toml reads it from there too)."""
    text = (root / "genuka_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, flags=re.MULTILINE)
    if not found:
        raise SystemExit("no __version__ in genuka_desk/__init__.py")
    return found.group(1)


if __name__ == "__main__":
    print(app_version(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent))
