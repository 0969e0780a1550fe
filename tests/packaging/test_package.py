"""The Linux package: build the PyInstaller folder and the .deb, install it, self-test it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def sh(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False, **kw)  # type: ignore[call-overload, no-any-return]


# Installing a .deb onto the machine is for CI (which sets this) or when asked, never a surprise.
ASKED = os.environ.get("GENUKA_DESK_PACKAGE_TEST") == "1"


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(not ASKED, reason="set GENUKA_DESK_PACKAGE_TEST=1 to build and install the .deb")
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="the package extra is not installed")
@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="not a Debian-like system")
def test_deb_builds_installs_and_passes_the_self_test(tmp_path: Path) -> None:
    # dpkg-deb's default xz took two of this test's three and a half minutes on a 2-CPU box; gzip -1
    # takes seconds (a bigger file, the same contents, and every dpkg reads it). `make package`
    # builds the release .deb with the default again.
    fast = {"DPKG_DEB_COMPRESSOR_TYPE": "gzip", "DPKG_DEB_COMPRESSOR_LEVEL": "1"}
    built = sh("bash", "packaging/linux/build-linux.sh", env={**os.environ, "PYTHON": sys.executable, **fast})
    assert built.returncode == 0, built.stderr[-3000:]
    deb = Path(built.stdout.strip().splitlines()[-1])
    assert deb.exists() and deb.suffix == ".deb"

    info = sh("dpkg-deb", "--info", str(deb)).stdout
    for needed in ("Package: genuka-desk", "libxcb-cursor0", "libegl1", "libxkbcommon-x11-0"):
        assert needed in info
    contents = sh("dpkg-deb", "--contents", str(deb)).stdout
    for path in (
        "./opt/genuka-desk/genuka-desk",
        "./usr/bin/genuka-desk",
        "./usr/share/applications/genuka-desk.desktop",
        "./usr/share/icons/hicolor/scalable/apps/genuka-desk.svg",
        "./usr/share/icons/hicolor/256x256/apps/genuka-desk.png",
        "genuka_desk_fr.qm",
        "qtbase_fr.qm",  # Qt's own French: the file dialogs' "Look in:", "Files of type:"
        "qt_extra_fr.qm",  # and what it lacks ("&Look in:")
    ):
        assert path in contents, path
    # Lean: none of the Qt modules genuka-desk does not use.
    for unwanted in ("libQt6Quick", "libQt6Qml.", "libQt6Network", "libQt6Pdf"):
        assert unwanted not in contents, unwanted

    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if os.geteuid() == 0 and shutil.which("apt-get"):
        install = sh("apt-get", "install", "-y", "-q", "--reinstall", "--no-install-recommends", str(deb))
        if install.returncode != 0:  # a fresh container may have no package lists yet
            sh("apt-get", "update", "-qq")
            install = sh("apt-get", "install", "-y", "-q", "--reinstall", "--no-install-recommends", str(deb))
        assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]
        program = "/usr/bin/genuka-desk"
    else:
        # Not root: unpack the package instead of installing it.
        sh("dpkg-deb", "-x", str(deb), str(tmp_path / "root"))
        program = str(tmp_path / "root" / "opt" / "genuka-desk" / "genuka-desk")
    result = subprocess.run([program, "--self-test"], env=env, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    cli = subprocess.run([program, "--help"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert cli.returncode == 0 and "exit codes" in cli.stdout
