"""Taking a return at the desk: the dialog, the editor's Returns strip, the row menu and the return receipt.

Over the demo's synced orders and the real ``service.returns``: a return
taken in the dialog is queued, shown at once, and lands on the server at
the next sync (approved, its money handed back), as the receipt then says.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from genuka_desk.models import Order
from genuka_desk.service import OrderService
from genuka_desk.service.paper import PaperKind
from genuka_desk.service.thermal.return_receipt import return_receipt_bytes
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.paper.return_dialog import ReturnPrintDialog
from genuka_desk.ui.paper.return_document import build_return_document
from genuka_desk.ui.paper.return_words import return_receipt_words
from genuka_desk.ui.returns.dialog import NO_MONEY, ReturnDialog
from tests.support.gui import WAIT, Gui, Synced, open_editor, run
from tests.support.paid_orders import paid_in_cash


@pytest.fixture(autouse=True)
def _a_manager_at_the_desk(request: pytest.FixtureRequest, qtbot: QtBot) -> None:
    """The demo's admin key may approve (the desk approves only when it knows): "Approve now" is offered.

    Once the first sync's look at ``GET /user`` is over, so that it cannot overwrite what a test sets after.
    """
    name = next((n for n in ("synced", "gui") if n in request.fixturenames), None)
    if name is None:
        return
    scopes = request.getfixturevalue(name).service.returns.scopes
    qtbot.waitUntil(lambda: scopes.known() is not None, timeout=WAIT)
    scopes.set(["*"])


def _dialog(qtbot: QtBot, service: OrderService, bridge: object, order: Order) -> ReturnDialog:
    dialog = ReturnDialog(service, bridge, str(order.id), locale="en")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def back(dialog: ReturnDialog, index: int, quantity: int) -> None:
    """Set how many of line ``index`` (1-based, as the editor numbers it) come back, as the clerk does."""
    dialog.spins[index - 1].setValue(quantity)


def why(dialog: ReturnDialog, index: int, reason: str) -> None:
    """Pick why line ``index`` comes back."""
    dialog.reasons[index - 1].setCurrentIndex(dialog.reasons[index - 1].findData(reason))


def _cell(editor: OrderEditor, row: int, column: int) -> str:
    item = editor.returns.table.item(row, column)
    return item.text() if item is not None else ""


def test_the_dialog_caps_each_line_prefills_the_refund_and_queues_the_return(synced: Synced, qtbot: QtBot) -> None:
    service = synced.service
    order = paid_in_cash(service)
    cash = next(p for p in order.payments if p.method == "cash")
    dialog = _dialog(qtbot, service, synced.bridge, order)
    first, second = order.lines[0], order.lines[1]
    assert dialog.spins[0].maximum() == int(first.quantity or 0)
    assert [dialog.reasons[0].itemText(n) for n in range(4)] == [
        "Defective",
        "Not as described",
        "Delivery problem",
        "Changed their mind",
    ]
    assert not dialog.save_button.isEnabled()  # nothing comes back yet
    assert dialog.source.itemData(0) == str(cash.id) and "through the till" in dialog.source.itemText(0)
    assert dialog.source.itemData(dialog.source.count() - 1) == NO_MONEY
    dialog.spins[0].setValue(99)  # capped at what was sold
    assert dialog.spins[0].value() == int(first.quantity or 0)
    back(dialog, 1, 1)
    back(dialog, 2, 1)
    why(dialog, 2, "nonconforming")
    value = (first.price or Decimal(0)) + (second.price or Decimal(0))
    assert dialog.value_back() == value and dialog.money(value) in dialog.value.text()
    assert dialog.amount.amount() == service.returns.suggest_refund(str(order.id), dialog.choices()) == value
    assert dialog.till_note.isVisibleTo(dialog)  # cash goes through the till
    assert dialog.approve.isChecked() and dialog.approve.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    (taken,) = service.returns.of_order(str(order.id))
    assert taken.state == "queued" and taken.reference is None and taken.value == value
    assert [(quantity, reason) for _, quantity, reason, _ in taken.lines] == [(1, "defective"), (1, "nonconforming")]
    assert taken.refund is not None and taken.refund.payment_id == str(cash.id) and taken.refund.amount == value
    assert taken.refund_state == "queued"
    run(qtbot, synced.bridge, service.sync())
    (landed,) = service.returns.of_order(str(order.id))
    assert landed.reference and landed.reference.startswith("RET-") and landed.state == "confirmed"
    assert landed.refund_state == "sent"


def test_a_refund_too_big_is_refused_in_a_sentence_and_the_dialog_stays(synced: Synced, qtbot: QtBot) -> None:
    service = synced.service
    order = paid_in_cash(service)
    dialog = _dialog(qtbot, service, synced.bridge, order)
    back(dialog, 1, 1)
    dialog.amount.setText("9999999")
    dialog.amount.textEdited.emit("9999999")
    back(dialog, 1, 1)  # a change of lines keeps what the clerk typed
    assert dialog.amount.amount() == Decimal(9999999)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "more than" in dialog.problem.text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert not service.returns.of_order(str(order.id))  # nothing queued
    dialog.source.setCurrentIndex(dialog.source.findData(NO_MONEY))  # no money now: the credit note stands
    assert not dialog.amount.isEnabled() and dialog.refund() is None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    (taken,) = service.returns.of_order(str(order.id))
    assert taken.refund is None and taken.refund_state is None


def test_a_clerk_who_may_not_approve_takes_it_for_a_manager_who_approves_it_in_the_editor(
    gui: Gui, qtbot: QtBot
) -> None:
    service = gui.service
    order = paid_in_cash(service)
    service.returns.set_scopes(["returns.create", "returns.view", "orders.*"])  # a clerk, not a manager
    editor = open_editor(gui, qtbot, str(order.id))
    assert editor.returns.isHidden()  # no returns yet
    editor.return_button.click()
    dialog = editor.findChild(ReturnDialog)
    assert isinstance(dialog, ReturnDialog)
    assert not dialog.approve.isChecked() and not dialog.approve.isEnabled()
    assert not dialog.source.isEnabled() and dialog.source.currentData() == NO_MONEY  # money after the approval
    back(dialog, 1, 1)
    dialog.save()
    qtbot.waitUntil(lambda: editor.returns.isVisibleTo(editor), timeout=WAIT)
    assert _cell(editor, 0, 0) == "queued" and _cell(editor, 0, 4) == "credit note"
    assert not editor.returns.approve_button.isVisibleTo(editor)
    gui.sync()
    qtbot.waitUntil(lambda: _cell(editor, 0, 1) == "awaiting approval", timeout=WAIT)
    assert _cell(editor, 0, 0).startswith("RET-")
    assert not editor.returns.approve_button.isVisibleTo(editor)  # the clerk may not approve
    service.returns.set_scopes(["*"])  # the manager comes to the desk
    editor._reload()
    assert editor.returns.approve_button.isVisibleTo(editor) and editor.returns.approve_button.isEnabled()
    editor.returns.approve_button.click()
    qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)
    gui.sync()
    qtbot.waitUntil(lambda: _cell(editor, 0, 1) == "approved", timeout=WAIT)
    assert not editor.returns.approve_button.isEnabled()


def test_the_editor_prints_a_return_receipt_and_the_menus_take_a_return(gui: Gui, qtbot: QtBot) -> None:
    order = paid_in_cash(gui.service)
    menu = gui.window.row_menu.menu(str(order.id))
    next(a for a in menu.actions() if a.text() == "Take a return…").trigger()
    dialog = gui.window.findChild(ReturnDialog)
    assert isinstance(dialog, ReturnDialog) and dialog.order_id == str(order.id)
    qtbot.addWidget(dialog)
    back(dialog, 1, 1)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    edit = gui.window.menuBar().actions()[1].menu()
    assert isinstance(edit, QMenu)
    assert any(a.text() == "Take a &return…" for a in edit.actions())
    editor = open_editor(gui, qtbot, str(order.id))
    assert _cell(editor, 0, 0) == "queued"
    editor.returns.print_button.click()
    printing = editor.findChild(ReturnPrintDialog)  # over the window it was asked from
    assert isinstance(printing, ReturnPrintDialog)
    qtbot.addWidget(printing)
    assert printing.facts.reference is None and printing.facts.cash
    assert printing.facts.order_reference == order.reference
    printing.reject()


def test_the_return_receipt_on_paper_and_on_the_roll(synced: Synced, qtbot: QtBot, tmp_path: Path) -> None:
    service = synced.service
    order = paid_in_cash(service)
    dialog = _dialog(qtbot, service, synced.bridge, order)
    back(dialog, 1, 1)
    why(dialog, 1, "delivery")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    (queued,) = service.returns.of_order(str(order.id))
    paper = ReturnPrintDialog(service, str(order.id), queued.key, synced.settings, locale="en", clerk="Awa Clerk")
    qtbot.addWidget(paper)
    words = return_receipt_words("en")
    roll = return_receipt_bytes(paper.facts, words, 80)
    assert b"Return (queued" in roll and b"Cash (out of the till)" in roll and b"Delivery problem" in roll
    assert order.reference is not None and order.reference.encode() in roll
    text = build_return_document(paper.facts, words, PaperKind.RECEIPT, width_mm=72).toPlainText()
    assert "Return (queued" in text and "not sent yet" in text and "Refunded" in text
    run(qtbot, synced.bridge, service.sync())
    landed = ReturnPrintDialog(service, str(order.id), queued.key, synced.settings, locale="en")
    qtbot.addWidget(landed)
    assert landed.facts.reference is not None
    sheet = build_return_document(landed.facts, words, PaperKind.INVOICE).toPlainText()
    assert f"Return {landed.facts.reference}" in sheet and "Refunded" in sheet and "not sent yet" not in sheet
    landed.group.button(2).setChecked(True)  # A4
    assert landed.save_pdf(tmp_path / "ret.pdf").read_bytes().startswith(b"%PDF")
