"""How the program sets up Qt's runtime: PySide's import check, the GIL's share (both of the tuning), Qt's messages."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication

from genuka_desk.ui import errors
from genuka_desk.ui.tuning import gil_share, import_check
from tests.support.gui import Gui


def test_pysides_after_import_check_is_ours_and_gives_pysides_answers() -> None:
    feature = sys.modules["shibokensupport.feature"]
    pysides = feature._mod_uses_pyside
    assert import_check.install()
    try:
        assert feature._mod_uses_pyside is import_check.uses_pyside
    finally:
        import_check.uninstall()
    assert feature._mod_uses_pyside is pysides
    # PySide's own test: does the module's source mention PySide6 (no source: no).
    assert import_check.uses_pyside(importlib.import_module("genuka_desk.ui.bridge"))
    assert import_check.uses_pyside(importlib.import_module("pytestqt.qt_compat"))
    assert not import_check.uses_pyside(importlib.import_module("genuka_desk.models.enums"))
    assert not import_check.uses_pyside(importlib.import_module("json"))
    assert not import_check.uses_pyside(sys)  # built in: no file
    assert not import_check.uses_pyside(importlib.import_module("_sqlite3"))  # an extension: no source


def test_a_module_imported_now_is_sorted_by_pyside_with_the_cheap_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    asked: list[str] = []
    cheap = import_check.uses_pyside

    def spy(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return cheap(module)

    monkeypatch.setattr(import_check, "uses_pyside", spy)
    assert import_check.install()
    try:
        __import__("uses_qt_here")  # the import statement's way: shiboken's __import__ sees it
        __import__("plain_here")
    finally:
        monkeypatch.undo()
        import_check.uninstall()
        sys.modules.pop("plain_here", None)
        sys.modules.pop("uses_qt_here", None)
    assert asked == ["uses_qt_here", "plain_here"]
    feature = sys.modules["shibokensupport.feature"]
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # uses PySide: may opt into its features
    assert feature.pyside_feature_dict["plain_here"] == -1  # ignored, as PySide's own check decides


def test_a_waiting_gui_thread_gets_the_gil_within_half_a_millisecond() -> None:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        assert gil_share.install() == pytest.approx(0.005)
        assert sys.getswitchinterval() == pytest.approx(gil_share.SWITCH_INTERVAL_S)
        sys.setswitchinterval(0.0001)
        gil_share.install()  # never made coarser than someone asked
        assert sys.getswitchinterval() == pytest.approx(0.0001)
    finally:
        sys.setswitchinterval(previous)


def test_qt_warnings_go_to_the_log_less_the_known_harmless_ones(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="qt")
    errors.install_qt_message_handler()
    try:
        qWarning("This plugin does not support propagateSizeHints()")
        qWarning("QFont::setPointSize: Point size <= 0 (-1), must be greater than 0")
    finally:
        qInstallMessageHandler(None)
    logged = [r.getMessage() for r in caplog.records if r.name == "qt"]
    assert logged == ["QFont::setPointSize: Point size <= 0 (-1), must be greater than 0"]


def test_the_window_on_a_service_leaves_the_gil_as_it_was(gui: Gui) -> None:
    """Building the bridge and the window sets nothing process-wide: only the start's tuning does."""
    assert gui.window.isVisible()
    assert sys.getswitchinterval() > gil_share.SWITCH_INTERVAL_S  # CPython's own 5 ms
