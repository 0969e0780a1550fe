"""Status changes from the order list's dropdowns and the bulk action, on the demo API."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genuka_desk.models import OrderEdit
from genuka_desk.store import StoreError
from genuka_desk.ui.order_table_model import Column
from tests.support.gui import WAIT, Gui, answer_confirm, pick_in_table, run


def test_fulfilment_dropdown_shows_at_once_and_clears_on_confirmation(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    row = gui.row_index(target.id)
    pick_in_table(gui, row, Column.FULFILMENT, "delivered")
    # Shown before the loop even runs the queued write: optimistic and marked unsent.
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    assert gui.model.index(row, Column.SYNC).data() == "↑"
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "pending"
    gui.sync()
    qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "", timeout=WAIT)
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"


def test_status_that_cannot_be_saved_goes_back_with_a_message(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = gui.open_row()
    row = gui.row_index(target.id)
    errors: list[str] = []
    monkeypatch.setattr(gui.window, "show_error", errors.append)

    async def disk_full(*args: Any, **kwargs: Any) -> None:
        raise StoreError("The disk is full: free some space, then try again. Nothing already saved was lost.")

    monkeypatch.setattr(gui.service.orders, "set_status", disk_full)
    pick_in_table(gui, row, Column.FULFILMENT, "delivered")
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert "disk is full" in errors[0]
    assert gui.model.index(row, Column.FULFILMENT).data() == "Pending"
    assert gui.model.index(row, Column.SYNC).data() == ""


def test_payment_dropdown_with_side_effects_asks_first(gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paid = next(r for r in gui.rows() if r.billing_status.value == "paid")
    row = gui.row_index(paid.id)
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    pick_in_table(gui, row, Column.PAYMENT, "pending")
    assert asked and "credit note" in asked[0]
    qtbot.wait(50)
    assert gui.service.changes.queue() == []
    answer_confirm(monkeypatch, True)
    pick_in_table(gui, row, Column.PAYMENT, "pending")
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    assert gui.model.index(row, Column.PAYMENT).data() == "Awaiting payment"


def test_refused_change_shows_reason_then_revert(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(
        qtbot, gui.bridge, gui.service.orders.update(target.id, OrderEdit(fields={"billing.treasury_account_id": "x"}))
    )
    gui.sync()
    row = gui.row_index(target.id)
    qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "✗", timeout=WAIT)
    assert "Refused" in gui.model.index(row, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole)
    gui.window.filters.attention.setChecked(True)
    assert [r.id for r in gui.rows()] == [target.id]
    gui.window.row_menu.revert_change(change.id)
    qtbot.waitUntil(lambda: gui.model.rowCount() == 0, timeout=WAIT)
    assert gui.service.changes.queue() == []


def test_bulk_status_change(gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    class Choose:
        def __init__(self, count: int, parent: Any) -> None:
            self.count = count

        def exec(self) -> int:
            return 1

        def choice(self) -> tuple[str | None, str | None]:
            return None, "delivered"

    from genuka_desk.ui import bulk_dialog

    monkeypatch.setattr(bulk_dialog, "BulkStatusDialog", Choose)  # the window imports it when it opens one
    table = gui.window.table
    for row in (0, 1, 2):
        table.selectionModel().select(
            table.model().index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    ids = gui.window.table.selected_ids()
    assert len(ids) == 3
    gui.window.statuses.bulk_change()
    qtbot.waitUntil(
        lambda: all(gui.service.orders.row(i).shipping_status.value == "delivered" for i in ids), timeout=WAIT
    )
    gui.sync()
    for order_id in ids:
        assert gui.server.store.get_order(order_id)["shipping"]["status"] == "delivered"
