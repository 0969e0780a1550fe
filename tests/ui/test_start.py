"""The start (ui/main.py, ui/start.py) brings the window up each of its four ways, in a fresh process each.

The real ``main`` runs with the login dialog's typing scripted and the window
closed once it lists the orders; what was on screen comes back as JSON, the
way the start took from its log. ``--self-test`` brings the window up each way
too (ui/selftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from genuka_desk.demo import DEMO_PASSWORD, DemoServer
from genuka_desk.service import AppPaths
from tests.ui.test_early_start import kept_login

ROOT = Path(__file__).resolve().parents[2]

DRIVER = """
import json, os, sys
from genuka_desk.ui import tuning
tuning.check_imports()  # as main() does first (this driver imports parts of the program before it)
from PySide6.QtCore import QTimer
from genuka_desk.service import AppPaths
from genuka_desk.ui import app, early, login_dialog, main

data_dir, typing = sys.argv[1], json.loads(sys.argv[2])
seen = {"asked": 0}
painted = []
paint = early.paint_early

def paint_and_keep(*args, **kwargs):
    result = paint(*args, **kwargs)
    painted.append(result)
    return result

early.paint_early = paint_and_keep

def scripted(dialog):
    seen["asked"] += 1
    if seen["asked"] > 1 or typing is None:
        return 0
    dialog.server.setText(typing["server"])
    dialog.email.setText(typing["email"])
    dialog.password.setText(typing["password"])
    return 1

login_dialog.LoginDialog.exec = scripted
show = app.DesktopApp.show

def show_and_close(desktop):
    window = show(desktop)
    kept = painted[0] if painted else None
    seen.update(
        painted_early=kept is not None,
        same_window=kept is not None and window is kept.window,
        rows_at_once=window.model.rowCount(),
        read_only=window.read_only,
        title=window.windowTitle(),
    )
    timer = QTimer(window)

    def close_once_listed():  # the orders listed (a first login's come with its first sync), then closed
        if window.model.rowCount() == 0 and seen.setdefault("ticks", 0) < 600:  # 30 s at most
            seen["ticks"] += 1
            return
        timer.stop()
        seen["rows"] = window.model.rowCount()
        window.quit_flow.leaving = True
        window.close()
        if not desktop.closed.done():
            desktop.closed.set_result(None)

    timer.timeout.connect(close_once_listed)
    timer.start(50)
    return window

app.DesktopApp.show = show_and_close
seen["exit"] = main.main(["--data-dir", data_dir, "--lang", "en", *sys.argv[3:]])
log = AppPaths.resolve(data_dir).log_file.read_text(encoding="utf-8")
seen["ways"] = [line.rsplit(": ", 1)[-1] for line in log.splitlines() if "the window comes up" in line]
print(json.dumps(seen), flush=True)
os._exit(0)
"""


def start(home: Path, typing: dict[str, str] | None = None, *options: str) -> dict[str, Any]:
    """Run the program's start on ``home`` in a fresh process; what it showed, and the way it took."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # tokens in the folder's file, never the OS's
    }
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(home), json.dumps(typing), *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


@pytest.fixture
def file_tokens() -> None:
    """Tokens kept by this test go to the data folder's file, where the started process reads them."""
    keyring.set_keyring(fail.Keyring())  # (the autouse memory keyring is put back afterwards)


def test_a_kept_login_is_painted_early_and_carried_on(
    demo_server: DemoServer, tmp_path: Path, file_tokens: None
) -> None:
    kept_login(demo_server, tmp_path)
    seen = start(tmp_path)
    assert seen["ways"] == ["KEPT_LOGIN"] and seen["exit"] == 0 and seen["asked"] == 0
    assert seen["painted_early"] and seen["same_window"] and seen["rows_at_once"] > 0 and not seen["read_only"]


def test_without_a_kept_login_the_login_dialog_comes_first(demo_server: DemoServer, tmp_path: Path) -> None:
    typing = {"server": demo_server.url, "email": "demo@genuka.com", "password": DEMO_PASSWORD}
    seen = start(tmp_path, typing)
    assert seen["ways"] == ["LOGIN_FIRST"] and seen["exit"] == 0 and seen["asked"] == 1
    assert not seen["painted_early"] and not seen["read_only"] and "demo" not in seen["title"] and seen["rows"] > 0
    assert AppPaths.under(tmp_path).config_dir.exists()


def test_the_demo_comes_up_without_a_login(tmp_path: Path) -> None:
    seen = start(tmp_path, None, "--demo")
    assert seen["ways"] == ["DEMO"] and seen["exit"] == 0 and seen["asked"] == 0
    assert seen["rows"] > 0 and "(demo)" in seen["title"] and not seen["painted_early"]


def test_a_login_that_may_only_read_brings_the_window_up_read_only(demo_server: DemoServer, tmp_path: Path) -> None:
    typing = {"server": demo_server.url, "email": "lecture@genuka.com", "password": DEMO_PASSWORD}
    seen = start(tmp_path, typing)
    assert seen["ways"] == ["READ_ONLY"] and seen["exit"] == 0 and seen["asked"] == 1
    assert seen["read_only"] and seen["rows"] > 0


def test_a_cancelled_login_ends_the_start_quietly(tmp_path: Path) -> None:
    seen = start(tmp_path)
    assert seen["exit"] == 0 and seen["asked"] == 1 and seen["ways"] == [] and "rows" not in seen


def test_the_self_test_brings_the_window_up_each_way() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "genuka_desk", "--self-test"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout and "French loaded" in result.stdout
    assert "4 ways (DEMO, LOGIN_FIRST, KEPT_LOGIN, READ_ONLY)" in result.stdout
