"""Payments in the GUI over real HTTP: the dialog, the editor's Payments tab, the list's action and "Paid"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.models import Side
from genuka_desk.service import ChangeKind, ListQuery
from genuka_desk.ui.payment_dialog import PaymentDialog
from tests.support.gui import WAIT, Gui, answer_confirm
from tests.support.services import server_payments, unpaid


def fill(dialog: PaymentDialog, amount: str, method: str, tendered: str = "") -> None:
    dialog.amount.setText(amount)
    dialog.choice.method.setCurrentIndex(dialog.choice.method.findData(method))
    dialog.tendered.setText(tendered)


def test_the_dialog_says_why_it_cannot_record_and_shows_the_change_due(gui: Gui, qtbot: QtBot) -> None:
    row = unpaid(gui.service)
    order = gui.service.orders.cached(row.id)
    assert order is not None
    dialog = PaymentDialog(gui.service, order, locale="en")
    qtbot.addWidget(dialog)
    assert dialog.amount.amount() == order.balance and dialog.ok.isEnabled()  # the balance, by default
    fill(dialog, str(order.balance + 1), "cash")
    assert not dialog.ok.isEnabled() and "more than the balance" in dialog.problem.text()
    fill(dialog, "abc", "cash")
    assert not dialog.ok.isEnabled() and "number" in dialog.problem.text()
    fill(dialog, "1000", "cash", "5000")
    assert dialog.ok.isEnabled() and "4,000" in dialog.change_due.text()
    fill(dialog, "1000", "cash", "500")
    assert not dialog.ok.isEnabled() and "handed over" in dialog.problem.text()
    mobile = next(m for m in gui.service.payments.methods() if m.processor == "notchpay")
    fill(dialog, "1000", "notchpay")
    assert dialog.choice.account_value() == mobile.treasury_account_id  # the account follows the way


def test_a_partial_cash_payment_then_the_rest_by_mobile_money_online_and_offline(gui: Gui, qtbot: QtBot) -> None:
    row = unpaid(gui.service)
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    balance = editor.order.balance
    dialog = editor.take_payment()
    fill(dialog, "1000", "cash", "2000")
    dialog.accept()
    qtbot.waitUntil(lambda: len(editor.order.payments) == 1, timeout=WAIT)
    assert editor.order.balance == balance - 1000 and "waiting" in editor.payments.table.item(0, 5).text()
    gui.sync()
    assert [Decimal(str(p["amount"])) for p in server_payments(gui.server, row.id)] == [1000]
    gui.server.stop()  # the rest is paid with the internet down
    dialog = editor.take_payment()
    assert dialog.amount.amount() == balance - 1000
    fill(dialog, dialog.amount.text(), "notchpay")
    dialog.accept()
    qtbot.waitUntil(lambda: editor.order.balance == 0, timeout=WAIT)
    assert editor.order.billing_status.value == "paid" and not editor.payments.take_button.isEnabled()
    waiting = [c for c in gui.service.changes.queue() if c.kind is ChangeKind.PAYMENT]
    assert len(waiting) == 1  # waiting for the server
    with DemoServer(store=gui.server.store, port=gui.server.port) as back:  # the internet is back
        gui.sync()
        paid = [(Decimal(str(p["amount"])), p["method"]) for p in back.store.get_order(row.id)["payments"]]
    assert paid == [(Decimal(1000), "cash"), (balance - 1000, "notchpay")]  # exactly those two


def test_the_rest_reaches_the_server_once_when_it_is_back(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = unpaid(gui.service, 1)
    dialog = gui.window.dialogs.take_payment(row.id)
    assert dialog is not None
    fill(dialog, "1500", "cash")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(gui.service.changes.queue()), timeout=WAIT)
    gui.sync()
    gui.sync()
    (payment,) = server_payments(gui.server, row.id)
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    editor.payments.table.selectRow(0)
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    editor.payments.delete_button.click()
    assert asked and gui.service.changes.queue() == []  # "No": nothing queued
    answer_confirm(monkeypatch, True)
    editor.payments.delete_button.click()
    qtbot.waitUntil(lambda: not editor.order.payments, timeout=WAIT)
    gui.sync()
    assert server_payments(gui.server, row.id) == [] and payment["id"]


def test_paid_in_the_list_offers_to_record_the_balance(gui: Gui, qtbot: QtBot) -> None:
    row = unpaid(gui.service, 2)
    order = gui.service.orders.cached(row.id)
    assert order is not None
    answers = iter(["payment", None, "status"])
    gui.window.statuses.paid_choice = lambda _order: next(answers)  # type: ignore[method-assign]
    gui.window.statuses.change_status(row.id, Side.BILLING, "paid")  # "Record a payment…"
    dialogs = gui.window.findChildren(PaymentDialog)
    assert dialogs and dialogs[-1].amount.amount() == order.balance
    dialogs[-1].accept()
    qtbot.waitUntil(lambda: any(c.kind is ChangeKind.PAYMENT for c in gui.service.changes.queue()), timeout=WAIT)
    other = unpaid(gui.service, 3)
    gui.window.statuses.change_status(other.id, Side.BILLING, "paid")  # Cancel: nothing at all
    assert all(c.order_id != other.id for c in gui.service.changes.queue())
    gui.window.statuses.change_status(other.id, Side.BILLING, "paid")  # "Only change the status"
    qtbot.waitUntil(lambda: any(c.order_id == other.id for c in gui.service.changes.queue()), timeout=WAIT)
    (alone,) = [c for c in gui.service.changes.queue() if c.order_id == other.id]
    assert alone.kind is ChangeKind.STATUS
    gui.sync()
    assert len(server_payments(gui.server, row.id)) == 1 and server_payments(gui.server, other.id) == []


def test_the_list_shows_and_sorts_by_the_balance(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.ui.order_table_model import Column

    row = unpaid(gui.service, 4)
    index = gui.model.index(gui.row_index(row.id), Column.BALANCE)
    assert index.data() and "FCFA" in index.data()
    dialog = gui.window.dialogs.take_payment(row.id)
    assert dialog is not None
    fill(dialog, str(row.balance - 100), "cash")
    dialog.accept()
    qtbot.waitUntil(lambda: gui.service.orders.row(row.id).balance == 100, timeout=WAIT)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "100" in str(gui.model.index(gui.row_index(row.id), Column.BALANCE).data()), timeout=WAIT)
    rows = gui.service.orders.rows(ListQuery(sort="balance", descending=True, limit=20))
    balances = [r.balance or 0 for r in rows]
    assert balances == sorted(balances, reverse=True) and balances[0] > 0
