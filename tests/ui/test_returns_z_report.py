"""The till's Z report counts the cash handed back at this desk for a return, apart from the sales: queued
(from the desk's queue) and sent (from the server's ``payment_outbound``), never twice; what the till should
hold goes down by it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from genuka_desk.models import Order
from genuka_desk.service import ListQuery, OrderService
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.till.z_document import build_z_document
from genuka_desk.ui.till.z_facts import z_facts
from tests.support.gui import Gui, run
from tests.support.till import cash_server, open_till, sync, window_on


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui
    install_language("en")


def _unpaid(service: OrderService) -> Order:
    """An order nothing was paid on yet, with lines of known variants."""
    for row in service.orders.rows(ListQuery(billing_status=("pending",), limit=None)):
        order = service.orders.cached(row.id)
        if (
            order is not None
            and not order.cancelled
            and not order.payments
            and order.lines
            and all(line.variant_id for line in order.lines)
            and order.balance > 0
        ):
            return order
    raise AssertionError("no unpaid order")


def test_a_cash_refund_taken_here_shows_in_the_z_report_queued_and_sent(till_gui: Gui, qtbot: QtBot) -> None:
    gui, service = till_gui, till_gui.service
    open_till(gui, {10000: 2})
    sync(gui)
    order = _unpaid(service)
    paid = order.balance
    run(qtbot, gui.bridge, service.payments.record(str(order.id), paid, "cash"))
    sync(gui)
    before = run(qtbot, gui.bridge, service.till.report())
    assert before.refunds == 0 and before.cash_sales == paid
    line = service.returns.draft(str(order.id)).lines[0]
    assert line.variant_id is not None
    (source,) = service.returns.draft(str(order.id)).sources
    assert source.is_cash
    choice = ReturnChoice(line.variant_id, 1, "defective")
    back = service.returns.suggest_refund(str(order.id), [choice])
    assert back == line.unit_price > 0
    run(qtbot, gui.bridge, service.returns.take(str(order.id), [choice], RefundChoice(source.payment_id, back)))

    queued = run(qtbot, gui.bridge, service.till.report())  # the refund waits in the queue
    assert queued.refunds == back and queued.cash_sales == paid
    assert queued.expected == Decimal(20000) + paid - back
    till = service.till.current()
    assert till is not None and till.expected == queued.expected  # the till's window says the same
    shown = build_z_document(queued, "en").toPlainText()
    assert "Refunds" in shown

    sync(gui)
    (landed,) = service.returns.of_order(str(order.id))
    assert landed.refund_state == "sent"
    sent = run(qtbot, gui.bridge, service.till.report())  # the server's payment_outbound, counted once
    assert sent.refunds == back and sent.expected == Decimal(20000) + paid - back
    assert z_facts(sent).refunds == back
