"""A window's parts reach it through Qt's parent only: a window deleted leaves nothing of it behind in Python."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.window_part import WindowPart
from tests.support.gui import Gui


def test_a_part_finds_its_window_through_qt(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    assert WindowPart(window).host() is window


def test_a_main_window_deleted_goes_at_once_with_its_parts(gui: Gui) -> None:
    """No cycle between the window and its parts: the desk collects cycles only now and then (here: never)."""
    window = MainWindow(gui.service, gui.bridge, locale="en", settings=gui.window.settings)
    window.show()
    window.dialogs.take_payment(gui.open_row().id)  # a dialog over it, and its parts at work
    gone = weakref.ref(window)
    parts = [weakref.ref(part) for part in window.findChildren(WindowPart)]
    assert len(parts) >= 7
    window.quit_flow.leaving = True
    window.close()
    window.deleteLater()
    del window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gone() is None and all(part() is None for part in parts)
