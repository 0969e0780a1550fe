"""Closing the till from its count dialog: expected, counted and the difference live, a reason when they differ,
and the outcome followed until the server answers (closed, or waiting for a manager)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.ui.till.words import REASONS
from tests.support.gui import WAIT, Gui
from tests.support.till import cash_server, close_dialog, fill, open_till, press_enter, sync, wait_text, window_on


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui


def money(amount: int) -> str:
    return format_money(amount, "XAF", "en")


def test_the_reasons_offered_are_the_documented_list(qapp: object) -> None:
    from genuka_desk.models.till import DifferenceReason

    assert set(REASONS) == {r.value for r in DifferenceReason} - {"none"}


def test_a_count_that_differs_needs_a_reason_then_waits_for_a_manager(till_gui: Gui, qtbot: QtBot) -> None:
    open_till(till_gui, {5000: 1, 1000: 2})
    sync(till_gui)
    dialog = close_dialog(till_gui)
    assert dialog.expected.text() == money(7000)
    fill(dialog.table, {5000: 1, 1000: 1})  # a 1 000 note missing
    assert dialog.counted.text() == money(6000)
    assert dialog.difference.text() == f"−{money(1000)} (missing)" and dialog.reason.isEnabled()
    press_enter(qtbot, dialog)  # no reason chosen: not closed, the reason asked for
    assert dialog.isVisible() and "choose a reason" in dialog.error.text()
    assert till_gui.service.till.current().session.status == "opened"  # type: ignore[union-attr]
    dialog.reason.setCurrentIndex(dialog.reason.findData("change_mistake"))
    dialog.notes.setText("rendu 1000 de trop")
    dialog.close_button.click()
    assert dialog.pages.currentWidget() is dialog.answer
    assert dialog.close_button.isDefault() and not dialog.answer.report_button.isDefault()  # Enter says Done
    assert dialog.answer.headline.text() == f"<b>Till closed with {money(6000)} counted.</b>"
    assert "Mistake in the change given" in dialog.answer.detail.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isVisible()
    bar = till_gui.window.till.bar
    wait_text(qtbot, bar, "not sent yet")
    sync(till_gui)  # the server's answer: a manager must approve
    wait_text(qtbot, dialog.answer.headline, "Waiting for a manager's approval.")
    wait_text(qtbot, bar, "waiting for a manager's approval")
    (closed,) = [s for s in till_gui.server.store.state.cash_sessions.values() if s["status"] == "pending_approval"]
    assert closed["difference_reason"] == "change_mistake" and float(closed["balance_counted"]) == 6000
    dialog.close_button.click()  # Done
    assert not dialog.isVisible()


def test_a_count_equal_to_what_the_till_should_hold_closes_without_a_reason(till_gui: Gui, qtbot: QtBot) -> None:
    open_till(till_gui, {2000: 3})
    sync(till_gui)
    dialog = close_dialog(till_gui)
    fill(dialog.table, {1000: 6})  # other notes, the same money
    assert dialog.difference.text() == "None: the count is right" and not dialog.reason.isEnabled()
    dialog.table.first().setFocus()  # type: ignore[union-attr]
    press_enter(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.answer and dialog.view is not None
    assert dialog.view.session.reason is None
    sync(till_gui)
    wait_text(qtbot, dialog.answer.headline, "Genuka has the count")
    wait_text(qtbot, till_gui.window.till.bar, "Till closed")
    qtbot.waitUntil(lambda: till_gui.window.till.open_action.isEnabled(), timeout=WAIT)


def test_closing_a_till_that_is_not_open_says_so(till_gui: Gui) -> None:
    dialog = close_dialog(till_gui)
    assert not dialog.close_button.isEnabled() and dialog.error.text() == "The till is not open."
    dialog.accept()  # Enter anyway: nothing traces
    assert dialog.isVisible()
    dialog.reject()
