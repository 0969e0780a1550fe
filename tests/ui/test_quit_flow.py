"""The quit flow alone, on a bare window: asked only when changes wait, and what each answer does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.service import ListQuery
from genuka_desk.ui import quit_dialog
from genuka_desk.ui.notices import NewOrderNotices
from genuka_desk.ui.order_table_model import OrderTableModel
from genuka_desk.ui.quit_dialog import QuitSituation
from genuka_desk.ui.quit_flow import QuitFlow
from tests.support.gui import WAIT, Synced, run


class Window(QWidget):
    """A window closed through a quit flow, as the main window is."""

    def __init__(self, synced: Synced, *, read_only: bool = False) -> None:
        super().__init__()
        self.others_closed = True  # what closing the windows opened from it answers
        notices = NewOrderNotices(self, OrderTableModel(synced.service.orders, "en", self), synced.settings)
        self.flow = QuitFlow(
            self, synced.service, synced.bridge, notices, read_only=read_only, close_windows=lambda: self.others_closed
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.flow.may_close():
            event.accept()
        else:
            event.ignore()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QuitSituation]]:
    """The quit questions asked, each answered with the next of ``answers`` (set by the test)."""
    situations: list[QuitSituation] = []

    def ask(parent: QWidget, situation: QuitSituation) -> str | None:
        situations.append(situation)
        return ANSWERS.pop(0)

    monkeypatch.setattr(quit_dialog, "ask_quit", ask)
    yield situations
    ANSWERS.clear()


ANSWERS: list[str | None] = []


def window(synced: Synced, qtbot: QtBot, **options: bool) -> Window:
    made = Window(synced, **options)
    qtbot.addWidget(made)
    made.show()
    return made


def waiting_change(synced: Synced, qtbot: QtBot) -> None:
    """A change that cannot be sent: the server is gone."""
    row = next(r for r in synced.service.orders.rows(ListQuery(limit=50)) if r.shipping_status.value == "pending")
    synced.server.stop()
    run(qtbot, synced.bridge, synced.service.orders.set_status(row.id, shipping="delivered"))


def test_nothing_waiting_closes_without_a_question(synced: Synced, qtbot: QtBot, asked: list[QuitSituation]) -> None:
    shown = window(synced, qtbot)
    shown.others_closed = False  # an editor with unsaved edits stayed open: the window stays too
    assert not shown.close() and asked == []
    shown.others_closed = True
    assert shown.close() and asked == []


def test_changes_waiting_ask_and_each_answer_does_what_it_says(
    synced: Synced, qtbot: QtBot, asked: list[QuitSituation], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    waiting_change(synced, qtbot)
    shown = window(synced, qtbot)
    ANSWERS.extend([None, "tray"])
    assert not shown.close() and shown.isVisible()  # Cancel: it stays
    assert asked[0].pending == 1 and asked[0].tray
    assert not shown.close()  # keep sending from the tray: hidden, not gone
    assert not shown.isVisible() and shown.flow.background and shown.flow.notices.tray is not None
    shown.flow.quit_now()  # the tray's Quit anyway: gone without a third question
    assert len(asked) == 2 and not shown.flow.background and shown.flow.leaving
    qtbot.waitUntil(lambda: not synced.bridge.busy, timeout=WAIT)  # the try to send, offline, is over


def test_a_reader_or_a_window_the_program_closes_is_not_asked(
    synced: Synced, qtbot: QtBot, asked: list[QuitSituation]
) -> None:
    waiting_change(synced, qtbot)
    assert window(synced, qtbot, read_only=True).close()
    leaving = window(synced, qtbot)
    leaving.flow.leaving = True  # log out, switch company: their own dialog spoke of the changes
    assert leaving.close() and asked == []
    qtbot.waitUntil(lambda: not synced.bridge.busy, timeout=WAIT)
