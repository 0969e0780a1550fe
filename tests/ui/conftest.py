"""Fixtures of the UI tests: the main-thread collector and a synced window (tests/support/gui.py)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from tests.support.gui import Gui, Synced, run


@pytest.fixture(autouse=True)
def collect_in_main_thread() -> Iterator[None]:
    """Cyclic GC only here, in the main thread.

    Left automatic, a collection can start in whatever thread allocates (the
    demo server's) and free Qt wrappers there: PySide then crashes. The app
    does the same (see genuka_desk.ui.tuning.collector).
    """
    gc.collect()
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def english(qapp: Any) -> None:
    """Each test starts in English, as the app starts in its language (the catalogue's plural forms too)."""
    from genuka_desk.ui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def quit_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows closed at a test's end go without a question (a modal one there would hang).

    Yes to every confirmation, quit to the quit question, discard unsaved
    edits. Tests of those questions set their own answers: in one place each
    (``questions.confirm``, ``quit_dialog.ask_quit``), ``ask_unsaved`` on the editor.
    """
    from genuka_desk.ui import questions, quit_dialog
    from genuka_desk.ui.editor import OrderEditor

    monkeypatch.setattr(questions, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(quit_dialog, "ask_quit", lambda parent, situation: "quit")
    monkeypatch.setattr(OrderEditor, "ask_unsaved", lambda self: "discard")


@pytest.fixture
def gui(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Gui]:
    from genuka_desk.ui import questions

    ui = Gui(qtbot, demo_server, tmp_path)
    yield ui
    ui.bridge.close()
    monkeypatch.setattr(questions, "confirm", lambda parent, title, text: True)  # whatever the test answered
    for editor in list(ui.window.windows.windows.values()):
        if hasattr(editor, "ask_unsaved"):
            editor.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
        editor.close()
    run(qtbot, ui.bridge, ui.service.close())


@pytest.fixture
def synced(qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path) -> Iterator[Synced]:
    """A synced service and its bridge, no window: a window's part is built alone on them."""
    ready = Synced(qtbot, demo_server, tmp_path)
    yield ready
    ready.close()
