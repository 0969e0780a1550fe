"""The speed measures, fenced in genuka_desk/ui/tuning: on only once installed, off again when removed."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from genuka_desk import api
from genuka_desk.sync.gc_pace import fewer_collections
from genuka_desk.ui import first_list, order_cells, tuning
from genuka_desk.ui.tuning import collector as collector_module
from genuka_desk.ui.tuning import gil_share, import_check
from genuka_desk.ui.tuning.collector import MainThreadCollector

ROOT = Path(__file__).resolve().parents[2]


def process_wide() -> dict[str, Any]:
    """What the measures set for the whole process, as seen now."""
    feature = sys.modules["shibokensupport.feature"]
    return {
        "import_check": feature._mod_uses_pyside is import_check.uses_pyside,
        "switch_interval": sys.getswitchinterval(),
        "collecting": gc.isenabled(),
        "backends_ahead": [m for m in api.FIRST_REQUEST_MODULES if m != "genuka_desk.api.client"],
    }


def test_install_switches_every_measure_on_and_remove_gives_the_process_back(qapp: QApplication) -> None:
    before = process_wide()
    assert before["switch_interval"] > gil_share.SWITCH_INTERVAL_S and not before["import_check"]
    tuned = tuning.install(qapp)
    try:
        assert process_wide() == {
            "import_check": True,
            "switch_interval": pytest.approx(gil_share.SWITCH_INTERVAL_S),
            "collecting": False,
            "backends_ahead": ["httpcore._backends.anyio", "anyio._backends._asyncio"],
        }
        assert tuned.collector.timer.isActive() and tuned.collector.parent() is qapp
    finally:
        tuned.remove()
    assert process_wide() == before


def test_importing_and_building_the_program_switches_nothing_on(tmp_path: Path) -> None:
    """Only the start's ``tuning.install`` does: not importing ``ui`` (it once patched shiboken), not the bridge."""
    probe = (
        "import gc, json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from genuka_desk import api\n"
        "from genuka_desk.ui import app, main, start\n"
        "from genuka_desk.ui.bridge import ServiceBridge\n"
        "from genuka_desk.ui.tuning import import_check\n"
        "from genuka_desk.service import OrderService\n"
        "from genuka_desk.store import LocalStore\n"
        "qt = QApplication([])\n"
        "bridge = ServiceBridge(OrderService(LocalStore(sys.argv[1]), connect=lambda: None))\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(json.dumps([feature._mod_uses_pyside is import_check.uses_pyside, sys.getswitchinterval(),\n"
        "                  gc.isenabled(), list(api.FIRST_REQUEST_MODULES)]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    checked, interval, collecting, ahead = json.loads(done.stdout.strip().splitlines()[-1])
    assert not checked and interval == pytest.approx(0.005) and collecting
    assert ahead == ["genuka_desk.api.client"]


def test_collector_runs_gc_in_the_main_thread(qapp: QApplication) -> None:
    collector = MainThreadCollector(None, interval_ms=10)
    try:
        assert not gc.isenabled()
        garbage: list[Any] = []
        for _ in range(2000):
            cycle: list[Any] = []
            cycle.append(cycle)
            garbage.append(None)
        assert collector.check() >= 1
    finally:
        collector.stop()
        gc.disable()  # the autouse fixture turns it back on


def test_the_whole_heap_is_collected_at_most_once_a_minute(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    collector = MainThreadCollector(None, interval_ms=10_000)
    asked: list[int] = []
    try:
        monkeypatch.setattr(collector_module.gc, "get_count", lambda: (10_000, 100, 100))  # every threshold passed
        monkeypatch.setattr(collector_module.gc, "collect", lambda generation=2: asked.append(generation) or 0)
        collector.check()
        collector.check()
        collector._last_full -= collector_module.FULL_EVERY_S + 1  # a minute later
        collector.check()
        collector.check()
        assert asked == [1, 1, 2, 1]
    finally:
        collector.stop()
        gc.disable()  # the autouse fixture turns it back on


def test_a_sync_walks_fewer_collections_change_nothing_under_the_collector(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sync/gc_pace.py raises Python's thresholds: the desktop's collector keeps its own, so it has no effect there."""
    collector = MainThreadCollector(None, interval_ms=10_000)
    asked: list[int] = []
    try:
        monkeypatch.setattr(collector_module.gc, "get_count", lambda: (1_000, 0, 0))  # past the young threshold only
        monkeypatch.setattr(collector_module.gc, "collect", lambda generation=2: asked.append(generation) or 0)
        collector.check()
        with fewer_collections():
            assert gc.get_threshold()[0] > 1_000  # Python's own would wait
            collector.check()
        assert asked == [0, 0]
    finally:
        collector.stop()
        gc.disable()  # the autouse fixture turns it back on


def test_qts_numbers_written_out_are_qts() -> None:
    """The first look and the list's cells spare Qt's ``Qt`` namespace by writing its numbers out."""
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert right.value == order_cells.RIGHT_ALIGNED
    roles = (first_list.FONT_ROLE, first_list.ALIGNMENT_ROLE, first_list.FOREGROUND_ROLE)
    role = Qt.ItemDataRole
    assert roles == (role.FontRole.value, role.TextAlignmentRole.value, role.ForegroundRole.value)
