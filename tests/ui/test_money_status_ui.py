"""Payment statuses that agree with the money, in the window over real HTTP: "Partly paid" asks the amount
and records a payment (list and editor); a paid order whose total rose is flagged (cell, editor, filter)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from genuka_desk.models import LineChange, OrderEdit
from genuka_desk.service import ChangeKind, ListQuery
from genuka_desk.ui import bulk_dialog
from genuka_desk.ui.order_cells import MONEY_RED
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.payment_dialog import PaymentDialog
from tests.support.gui import WAIT, Gui, pick_in_table, run
from tests.ui.test_payments_ui import fill

SHOTS = Path("/tmp/money-status")


def nothing_paid(gui: Gui, skip: int = 0) -> str:
    rows = [
        r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total
    ]
    return rows[skip].id


def open_dialog(gui: Gui) -> PaymentDialog:
    shown = [d for d in gui.window.findChildren(PaymentDialog) if d.isVisible()]
    assert shown, "the payment dialog was asked"
    return shown[-1]


def test_partly_paid_in_the_list_asks_the_amount_and_records_a_payment(gui: Gui, qtbot: QtBot) -> None:
    order_id = nothing_paid(gui)
    total = gui.service.orders.row(order_id).total  # type: ignore[union-attr]
    row = gui.row_index(order_id)
    pick_in_table(gui, row, Column.PAYMENT, "partially_paid")
    dialog = open_dialog(gui)
    assert dialog.why.isVisible() and "partly paid" in dialog.why.text()
    assert dialog.amount.is_blank() and not dialog.ok.isEnabled()  # how much: the clerk says
    assert gui.model.index(row, Column.PAYMENT).data() == "Awaiting payment"  # nothing changed yet
    fill(dialog, "2000", "cash")
    dialog.accept()
    qtbot.waitUntil(lambda: gui.model.index(row, Column.PAYMENT).data() == "Partly paid", timeout=WAIT)
    (change,) = gui.service.changes.queue()
    assert change.kind is ChangeKind.PAYMENT  # a payment, not a bare status
    gui.sync()
    body = gui.server.store.get_order(order_id)
    assert body["billing"]["status"] == "partially_paid" and [p["amount"] for p in body["payments"]] == [2000]
    assert Decimal(str(body["amount_due"])) == total - 2000  # type: ignore[operator]


class PartlyPaidPicked:
    """The Set status… dialog, answered "Partly paid" (billing) and no fulfilment."""

    def __init__(self, *_: object) -> None:
        pass

    def exec(self) -> bool:
        return True

    def choice(self) -> tuple[str, None]:
        return "partially_paid", None


def test_partly_paid_without_an_amount_changes_nothing(gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = nothing_paid(gui, 1)
    row = gui.row_index(order_id)
    pick_in_table(gui, row, Column.PAYMENT, "partially_paid")
    open_dialog(gui).reject()
    qtbot.wait(50)
    assert gui.service.changes.queue() == [] and gui.model.index(row, Column.PAYMENT).data() == "Awaiting payment"
    # Set status… over a selection: refused in words, nothing queued.
    monkeypatch.setattr(bulk_dialog, "BulkStatusDialog", PartlyPaidPicked)
    monkeypatch.setattr(gui.window.table, "selected_ids", lambda: [order_id])
    refused: list[str] = []
    monkeypatch.setattr(gui.window, "show_error", refused.append)
    gui.window.statuses.bulk_change()
    assert refused and "No payment is recorded on 1 selected order." in refused[0] and gui.service.changes.queue() == []


def test_partly_paid_in_the_editor_asks_for_the_payment(gui: Gui, qtbot: QtBot) -> None:
    order_id = nothing_paid(gui, 2)
    editor = gui.window.windows.open_order(order_id)
    assert editor is not None
    combo = editor.billing.payment_status
    combo.setCurrentIndex(combo.findData("partially_paid"))
    combo.activated.emit(combo.currentIndex())  # picked by the clerk
    assert combo.currentData() == "pending" and not editor.dirty  # the status alone is not kept
    dialog = next(d for d in editor.findChildren(PaymentDialog) if d.isVisible())
    assert dialog.amount.is_blank() and dialog.why.isVisible()
    fill(dialog, "1000", "cash")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.order.billing_status.value == "partially_paid", timeout=WAIT)
    assert [c.kind for c in gui.service.changes.queue()] == [ChangeKind.PAYMENT]


def test_a_paid_order_whose_total_rose_is_flagged(gui: Gui, qtbot: QtBot) -> None:
    paid = next(r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "paid")
    order = gui.service.orders.cached(paid.id)
    assert order is not None
    line = order.lines[0]
    edit = OrderEdit(lines={str(line.id): LineChange(quantity=(line.quantity or 1) + 1)})
    run(qtbot, gui.bridge, gui.service.orders.update(paid.id, edit))
    gui.sync()
    qtbot.waitUntil(lambda: not gui.service.changes.queue(), timeout=WAIT)
    gui.window.filters.attention.setChecked(True)  # Needs attention: this order, and only it
    qtbot.waitUntil(lambda: [r.id for r in gui.rows()] == [paid.id], timeout=WAIT)
    payment = gui.model.index(0, Column.PAYMENT)
    balance = gui.model.index(0, Column.BALANCE)
    assert payment.data() == "⚠ Paid"
    assert payment.data(Qt.ItemDataRole.ForegroundRole) == QColor(MONEY_RED)
    assert balance.data(Qt.ItemDataRole.ForegroundRole) == QColor(MONEY_RED)
    tip = balance.data(Qt.ItemDataRole.ToolTipRole)
    assert "Marked paid" in tip and "still owed" in tip and "Record the missing payment" in tip
    mirror = gui.window.table.model()
    gui.window.table.viewport().repaint()  # the view paints what its items hold
    assert mirror.index(0, Column.PAYMENT).data(Qt.ItemDataRole.ToolTipRole) == tip
    editor = gui.window.windows.open_order(paid.id)
    assert editor is not None
    assert (
        editor.billing.money_problem.isVisibleTo(editor.billing) and "still owed" in editor.billing.money_problem.text()
    )
    assert editor.payments.money_problem.isVisibleTo(editor.payments)
    SHOTS.mkdir(exist_ok=True)
    gui.window.resize(1500, 720)  # the Balance column in the picture too
    gui.window.filters.attention.setChecked(False)
    qtbot.waitUntil(lambda: gui.model.rowCount() > 1, timeout=WAIT)
    gui.window.grab().save(str(SHOTS / "list.png"))
    editor.tabs.setCurrentWidget(editor.billing)
    editor.grab().save(str(SHOTS / "editor-billing.png"))
    editor.tabs.setCurrentWidget(editor.payments)
    editor.grab().save(str(SHOTS / "editor-payments.png"))
    # The missing payment recorded from the editor: the flag goes, everywhere.
    dialog = editor.take_payment()
    fill(dialog, dialog.amount.text(), "cash")
    dialog.accept()
    qtbot.waitUntil(lambda: not editor.payments.money_problem.isVisibleTo(editor.payments), timeout=WAIT)
    assert not editor.billing.money_problem.isVisibleTo(editor.billing)
    row = gui.row_index(paid.id)
    qtbot.waitUntil(lambda: gui.model.index(row, Column.PAYMENT).data() == "Paid", timeout=WAIT)
    assert gui.model.index(row, Column.BALANCE).data(Qt.ItemDataRole.ToolTipRole) in (None, "")


def test_the_words_of_a_flag_in_french(qapp: object) -> None:
    from genuka_desk.models.owed import PaymentMismatch
    from genuka_desk.ui.i18n import install_language
    from genuka_desk.ui.order_cells import mismatch_text

    install_language("fr")
    assert mismatch_text(PaymentMismatch.PAID_WITH_BALANCE, "1 500 FCFA").startswith(
        "Marquée payée, mais 1 500 FCFA reste dû"
    )
    assert "aucun paiement" in mismatch_text(PaymentMismatch.NOTHING_PAID, "")
    assert "Passez le paiement à « Payée »" in mismatch_text(PaymentMismatch.ALL_PAID, "")
