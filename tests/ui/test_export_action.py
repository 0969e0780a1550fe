"""Exporting the order list to CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.support.gui import WAIT, Gui


def test_export_csv(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    task = gui.window.export.export_csv(path)
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == 60
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 61 and rows[0][0] == "Reference"
