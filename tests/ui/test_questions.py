"""One yes/no question for every window: asked over the window, answered Yes or No, replaced in one place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.models import Side
from genuka_desk.ui import questions
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.main_window import MainWindow
from tests.support.gui import Gui

ASK = questions.confirm  # the real one (tests/ui/conftest.py answers yes for every window)


def answered(button: QMessageBox.StandardButton) -> None:
    """Press ``button`` on the question once it is up."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(10, lambda: answered(button))
        return
    box.button(button).click()


@pytest.mark.parametrize(
    ("button", "yes"), [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)]
)
def test_the_question_says_yes_or_no(qtbot: QtBot, button: QMessageBox.StandardButton, yes: bool) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    QTimer.singleShot(0, lambda: answered(button))
    assert ASK(parent, "Delete the payment?", "The balance due goes back up.") is yes


def test_the_list_the_editor_and_the_sale_window_all_ask_it(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[type, str]] = []

    def confirm(parent: QWidget, title: str, text: str) -> bool:
        asked.append((type(parent), title))
        return False

    monkeypatch.setattr(questions, "confirm", confirm)
    paid = next(r for r in gui.rows() if r.billing_status.value == "paid")
    gui.window.statuses.change_status(paid.id, Side.BILLING, "pending")  # a credit note follows: asked first
    editor = gui.window.windows.open_order(gui.open_row().id)
    assert isinstance(editor, OrderEditor)
    editor.addresses.edits["shipping.address.city"].setText("Kribi")
    editor.revert_button.click()
    sale = gui.new_order()
    sale.add_item(gui.service.catalog.search("", limit=1)[0])
    assert not sale.close()  # a sale with lines: asked, "No" keeps it
    assert asked == [
        (MainWindow, "Change the status?"),
        (OrderEditor, "Undo edits"),
        (NewOrderWindow, "Sale not saved"),
    ]
    assert gui.service.changes.queue() == [] and editor.addresses.edits["shipping.address.city"].text() == "Kribi"
