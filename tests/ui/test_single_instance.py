"""One desktop program per data folder: a second start brings the first window forward."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from genuka_desk.service.paths import AppPaths
from genuka_desk.ui.single_instance import LOCK_NAME, SingleInstance
from tests.support.processes import ROOT

HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from genuka_desk.service.paths import AppPaths
from genuka_desk.ui.single_instance import LOCK_NAME, SingleInstance
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
print("claimed" if instance.claim() else "refused", flush=True)
time.sleep(120)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def test_a_second_claim_is_refused_and_asks_the_first_to_come_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim()
    try:
        second = SingleInstance(tmp_path)
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
        assert not list(first.requests.iterdir()), "the request is consumed"
    finally:
        first.release()
    # Once the first has gone, the folder is free again.
    third = SingleInstance(tmp_path)
    assert third.claim()
    third.release()


def test_other_folders_are_other_programs(tmp_path: Path) -> None:
    a, b = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    try:
        assert a.claim() and b.claim()
    finally:
        a.release()
        b.release()


def test_starting_the_program_again_exits_and_raises_the_running_window(qtbot: QtBot, tmp_path: Path) -> None:
    running = SingleInstance(AppPaths.under(tmp_path).data_dir)
    assert running.claim()
    try:
        with qtbot.waitSignal(running.activated, timeout=30000):
            second = subprocess.run(
                [sys.executable, "-m", "genuka_desk", "--data-dir", str(tmp_path)],
                cwd=ROOT,
                env=_env(),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
    finally:
        running.release()


def test_a_killed_program_leaves_the_folder_free(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "claimed"
        assert not SingleInstance(tmp_path).claim(), "held while it runs"
        holder.kill()
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        assert holder.stdout is not None
        holder.stdout.close()
    after = SingleInstance(tmp_path)
    assert after.claim(), "a crash releases the folder"
    after.release()


def test_a_lock_file_naming_no_program_does_not_lock_the_clerk_out(tmp_path: Path) -> None:
    lock = tmp_path / LOCK_NAME
    lock.write_bytes(b"")  # a full disk cut it short
    assert not SingleInstance(tmp_path).claim(), "just written: maybe a start beside us"
    os.utime(lock, (lock.stat().st_atime - 60, lock.stat().st_mtime - 60))
    taken = SingleInstance(tmp_path)
    assert taken.claim(), "an old lock without a process id is taken over"
    try:
        assert not SingleInstance(tmp_path).claim(), "and held again"
    finally:
        taken.release()
