"""A regular (non-editable) install: build the wheel, install it into a fresh venv, self-test it there.

The default run installs the wheel without its dependencies and lends the
fresh venv this interpreter's site-packages for them (PySide6 is 100 MB: not
downloaded at every run); the program itself, its translations and its icon
come from the wheel only. CI (``GENUKA_DESK_PACKAGE_TEST=1``) instead installs
the wheel the way a user does, dependencies and all, with plain pip, and checks
the same there (one self-test of one install, not two).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FULL = os.environ.get("GENUKA_DESK_PACKAGE_TEST") == "1"
LEFT_OUT = (".git", ".venv", "build", "dist", "*.egg-info", ".*_cache", ".hypothesis", "__pycache__", "bench")
ASSETS = ("genuka_desk/ui/assets/i18n/genuka_desk_fr.qm", "genuka_desk/ui/assets/icons/genuka-desk.svg")


def run(*args: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    # From a clean copy: setuptools reuses a checkout's build/lib, which may hold files a fresh
    # clone would not ship.
    source = tmp_path_factory.mktemp("source") / "genuka-desk"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*LEFT_OUT))
    built = run(sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", dist, cwd=dist)
    assert built.returncode == 0, built.stderr[-3000:]
    (found,) = dist.glob("genuka_desk-*.whl")
    return found


def fresh_venv(where: Path, *, with_pip: bool) -> Path:
    made = run(sys.executable, "-m", "venv", *([] if with_pip else ["--without-pip"]), where / "venv", cwd=where)
    assert made.returncode == 0, made.stderr
    return where / "venv" / ("Scripts" if os.name == "nt" else "bin")


def site_packages(python: Path) -> Path:
    answer = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=python.parent)
    return Path(answer.stdout.strip())


def self_test(bin_dir: Path, cwd: Path) -> str:
    where = run(bin_dir / "python", "-c", "import genuka_desk; print(genuka_desk.__file__)", cwd=cwd)
    assert Path(where.stdout.strip()).is_relative_to(bin_dir.parent), "the program must come from the wheel"
    result = run(bin_dir / "genuka-desk", "--self-test", cwd=cwd, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def check_contents(wheel: Path) -> None:
    """The translations and the icon are in the wheel, and its licence is said."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in ASSETS:
        assert asset in names, f"{asset} is missing from the wheel"
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: LicenseRef-Proprietary" in zipfile.ZipFile(wheel).read(metadata).decode()


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.skipif(FULL, reason="the plain pip install below proves the same, with the wheel's own dependencies")
def test_the_wheel_carries_its_assets_and_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    check_contents(wheel)
    bin_dir = fresh_venv(tmp_path, with_pip=False)
    installed = run(
        sys.executable, "-m", "pip", "--python", bin_dir / "python", "install", "--no-deps", "-q", wheel, cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    # The dependencies, lent by this interpreter (a plain path: its .pth files, such as the
    # editable install of this checkout, are not read).
    lent = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site_packages(bin_dir / "python") / "_lent_dependencies.pth").write_text("\n".join(sorted(lent)) + "\n")
    out = self_test(bin_dir, tmp_path)
    assert "French loaded" in out and "icon shown" in out


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(not FULL, reason="set GENUKA_DESK_PACKAGE_TEST=1 to install the wheel with all its dependencies")
def test_plain_pip_install_of_the_wheel_passes_the_self_test(wheel: Path, tmp_path: Path) -> None:
    check_contents(wheel)
    bin_dir = fresh_venv(tmp_path, with_pip=True)
    installed = run(bin_dir / "python", "-m", "pip", "install", "-q", wheel, cwd=tmp_path, timeout=900)
    assert installed.returncode == 0, installed.stderr[-3000:]
    out = self_test(bin_dir, tmp_path)
    assert "French loaded" in out and "icon shown" in out
