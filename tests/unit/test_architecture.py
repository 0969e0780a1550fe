"""The house's drawing holds: the import contracts in pyproject.toml pass, and they do catch a breach."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path, source_root: Path) -> subprocess.CompletedProcess[str]:
    """Run the contracts of ``cwd/pyproject.toml`` over the genuka_desk found under ``source_root``."""
    env = {**os.environ, "PYTHONPATH": str(source_root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", "pyproject.toml", "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_hold() -> None:
    result = lint_imports(ROOT, ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def test_the_import_contracts_catch_a_front_end_a_layer_and_qt_out_of_place(tmp_path: Path) -> None:
    source = tmp_path / "src"
    skip = shutil.ignore_patterns("__pycache__", "assets")
    shutil.copytree(ROOT / "genuka_desk", source / "genuka_desk", ignore=skip)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    breaches = {
        "ui/labels.py": "from ..store import LocalStore\n",  # a view past the door
        "models/formatting.py": "from ..service import OrderService\n",  # a layer upside down
        "sync/backoff.py": "import PySide6.QtCore\n",  # Qt in the core
    }
    for name, line in breaches.items():
        path = source / "genuka_desk" / name
        path.write_text(path.read_text(encoding="utf-8") + "\n" + line, encoding="utf-8")
    result = lint_imports(tmp_path, source)
    assert result.returncode != 0
    out = result.stdout
    assert "1 kept, 3 broken" in out, out
    assert "genuka_desk.ui.labels -> genuka_desk.store" in out
    assert "genuka_desk.models.formatting -> genuka_desk.service" in out
    assert "genuka_desk.sync.backoff -> PySide6" in out
