"""The till's dialogs as a clerk reads them, in French and English: nothing cut, nothing that moves under the
typing, a manager's question that says what is approved (the clerk's walk of issue 35)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service.till import parse_counts
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.till.close_dialog import CloseTillDialog
from genuka_desk.ui.till.text_question import TextQuestion
from genuka_desk.ui.till.window import TillWindow
from tests.support.gui import WAIT, Gui, run
from tests.support.services import make_service, settle
from tests.support.till import cash_server, fill, open_till, press_enter, sync, window_on


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each dialog in French, then in English (back to English after)."""
    install_language(request.param)
    yield request.param
    install_language("en")


def cut(root: QWidget) -> list[str]:
    """The texts shown under ``root`` that do not fit where they are (a wrapped label's lines included)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height():
                found.append(label.text())
        elif label.sizeHint().width() > label.width() or label.sizeHint().height() > label.height():
            found.append(label.text())
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.sizeHint().width() > button.width():
            found.append(button.text())
    return found


def combo_room(combo: QComboBox) -> int:
    """How wide a text the combo shows whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 2  # the style draws the text a pixel in from each side


def line_room(field: QLineEdit) -> int:
    """How wide a text (or placeholder) the line shows whole."""
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    margins = field.textMargins()
    return contents.width() - margins.left() - margins.right() - 4  # QLineEdit's own 2 pixels each side


def shown_error(dialog: CloseTillDialog) -> str:
    return dialog.error.text() if dialog.error.isVisible() else ""


def close_in(gui: Gui, language: str) -> CloseTillDialog:
    """Till > Close the till… in ``language`` (its money too), shown."""
    dialog = CloseTillDialog(gui.service, gui.bridge, language=language, parent=gui.window)
    gui.qtbot.addWidget(dialog)
    dialog.open()
    gui.qtbot.waitExposed(dialog)
    return dialog


def test_the_close_answer_is_read_whole_as_the_server_answers(till_gui: Gui, qtbot: QtBot, language: str) -> None:
    open_till(till_gui, {5000: 1, 1000: 2})
    sync(till_gui)
    dialog = close_in(till_gui, language)
    fill(dialog.table, {5000: 1})  # 2 000 missing
    dialog.reason.setCurrentIndex(dialog.reason.findData("lost_receipt"))
    dialog.notes.setText("Un ticket de caisse perdu pendant le rush de midi, le client était pressé")
    dialog.close_button.click()
    assert dialog.pages.currentWidget() is dialog.answer
    qtbot.waitUntil(lambda: not cut(dialog), timeout=WAIT)  # closed here, not sent yet
    headline = dialog.answer.headline.text()
    sync(till_gui)  # the server's answer: a manager must approve (a longer text)
    qtbot.waitUntil(lambda: dialog.answer.headline.text() != headline, timeout=WAIT)
    qtbot.waitUntil(lambda: not cut(dialog), timeout=WAIT)
    missing = format_money(Decimal(2000), "XAF", language)
    assert f"−{missing}" in dialog.answer.detail.text()  # the difference, as money


def test_the_missing_reason_is_said_in_place_and_goes_once_a_reason_is_chosen(
    till_gui: Gui, qtbot: QtBot, language: str
) -> None:
    open_till(till_gui, {5000: 1})
    sync(till_gui)
    dialog = close_in(till_gui, language)
    fill(dialog.table, {2000: 2})  # 1 000 missing
    dialog.table.first().setFocus()  # type: ignore[union-attr]
    dialog.layout().activate()  # type: ignore[union-attr]
    watched = [dialog.table.last(), dialog.reason, dialog.notes, dialog.close_button]
    where = [w.mapTo(dialog, QPoint(0, 0)) for w in watched if w is not None]
    size = dialog.size()
    press_enter(qtbot, dialog)  # no reason: asked for
    dialog.layout().activate()  # type: ignore[union-attr]
    choose = dialog.tr("The count differs from what the till should hold: choose a reason.")
    assert shown_error(dialog) == choose and dialog.isVisible()
    assert [w.mapTo(dialog, QPoint(0, 0)) for w in watched if w is not None] == where  # nothing moved
    assert dialog.size() == size and not cut(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("rounding"))
    assert shown_error(dialog) == ""  # at once
    dialog.reason.setCurrentIndex(0)  # no reason again, the difference still there
    assert shown_error(dialog) == choose
    dialog.reason.setCurrentIndex(dialog.reason.findData("rounding"))
    fill(dialog.table, {2000: 2, 1000: 1})  # the count is right: no reason needed
    assert shown_error(dialog) == "" and not dialog.reason.isEnabled()
    fill(dialog.table, {2000: 2, 1000: 0})  # the difference is back, without a reason
    assert shown_error(dialog) == choose
    dialog.reason.setCurrentIndex(dialog.reason.findData("rounding"))
    assert shown_error(dialog) == ""


def test_the_reasons_and_the_notes_placeholder_are_read_whole(till_gui: Gui, qtbot: QtBot, language: str) -> None:
    open_till(till_gui, {5000: 1})
    dialog = close_in(till_gui, language)
    fill(dialog.table, {2000: 1})
    dialog.layout().activate()  # type: ignore[union-attr]
    room = combo_room(dialog.reason)
    metrics = dialog.reason.fontMetrics()
    long = [
        t
        for t in (dialog.reason.itemText(i) for i in range(dialog.reason.count()))
        if metrics.horizontalAdvance(t) > room
    ]
    assert not long
    placeholder = dialog.notes.placeholderText()
    assert placeholder and dialog.notes.fontMetrics().horizontalAdvance(placeholder) <= line_room(dialog.notes)
    assert not cut(dialog)


def awaiting_a_manager(gui: Gui) -> None:
    """Awa opened with 5 000 and counted 4 000 at the close (a lost receipt): the server asks for a manager."""
    gui.service.account.set_clerk(None, "Awa Ngono")
    open_till(gui, {5000: 1})
    sync(gui)
    dialog = gui.window.till.close_till()
    assert isinstance(dialog, CloseTillDialog)
    fill(dialog.table, {2000: 2})
    dialog.reason.setCurrentIndex(dialog.reason.findData("lost_receipt"))
    dialog.notes.setText("ticket perdu")
    dialog.close_button.click()
    dialog.close_button.click()  # Done
    sync(gui)
    view = gui.service.till.current()
    assert view is not None and view.session.status == "pending_approval"


def test_the_managers_question_says_what_is_approved_before_asking(till_gui: Gui, qtbot: QtBot, language: str) -> None:
    awaiting_a_manager(till_gui)
    window = TillWindow(till_gui.service, till_gui.bridge, language, actions=[], may_review=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.review.isVisible(), timeout=WAIT)
    asked: list[tuple[str, str]] = []
    window.review.ask = lambda parent, title, label: asked.append((title, label))
    window.review.approve_button.click()  # cancelled: nothing sent
    window.review.reject_button.click()
    assert till_gui.service.till.current().session.status == "pending_approval"  # type: ignore[union-attr]
    money = {n: format_money(Decimal(n), "XAF", language) for n in (5000, 4000, 1000)}
    account = till_gui.service.till.current().session.account_label  # type: ignore[union-attr]
    if language == "fr":
        facts = [
            f"Caisse : {account}",
            "Caissier : Awa Ngono",
            f"Elle devait contenir : {money[5000]}",
            f"Compté : {money[4000]}",
            f"Écart : −{money[1000]}",
            "Motif donné : Reçu perdu",
            "Notes du caissier : ticket perdu",
        ]
    else:
        facts = [
            f"Till: {account}",
            "Clerk: Awa Ngono",
            f"It should have held: {money[5000]}",
            f"Counted: {money[4000]}",
            f"Difference: −{money[1000]}",
            "Reason given: Lost receipt",
            "The clerk's notes: ticket perdu",
        ]
    (approve_title, approve), (_, reject) = asked
    for text in (approve, reject):
        assert [line for line in text.splitlines() if line in facts] == facts, text
    assert approve.rstrip().endswith(window.review.tr("Your notes (optional):"))  # the facts come before the asking
    # The question as shown: every line whole.
    question = TextQuestion(window, approve_title, approve)
    qtbot.addWidget(question)
    question.show()
    qtbot.waitExposed(question)
    qtbot.waitUntil(lambda: not cut(question), timeout=WAIT)


def test_the_till_is_not_closed_while_its_opening_waits_for_the_clerks_decision(
    till_gui: Gui, qtbot: QtBot, tmp_path: Path
) -> None:
    other = make_service(till_gui.server, tmp_path / "other-desk")
    try:
        run(qtbot, till_gui.bridge, other.sync())
        other.till.open(parse_counts("10000x1", other.till.denominations()))
        run(qtbot, till_gui.bridge, settle(other))
        till = till_gui.window.till
        open_till(till_gui, {5000: 2})  # this desk did not know: its opening is held by the sync
        sync(till_gui)
        qtbot.waitUntil(lambda: "waiting for your decision" in till.bar.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: not till.close_action.isEnabled(), timeout=WAIT)
        assert "held opening" in till.close_action.toolTip()
        window = till.show_window()
        assert isinstance(window, TillWindow)
        qtbot.waitUntil(lambda: window.held.isVisible(), timeout=WAIT)
        window.held.take_over_button.click()  # decided: the session open on the server is this till's now
        qtbot.waitUntil(lambda: till.close_action.isEnabled(), timeout=WAIT)
    finally:
        run(qtbot, till_gui.bridge, other.close())
