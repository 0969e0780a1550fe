"""The list shows what the sync did to the rows on screen, without a search or a scroll."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.ui.order_cells import MONEY_RED, Column
from genuka_desk.ui.order_table_model import FLAGS_ROLE, ID_ROLE
from tests.support.gui import WAIT, Gui, pick_in_table, run


def painted_references(gui: Gui) -> list[str]:
    """The reference column as the view paints it (the mirror's items, filled at each paint)."""
    gui.window.table.viewport().repaint()
    mirror = gui.window.table.mirror
    return [str(mirror.index(r, 0).data() or "") for r in range(min(mirror.rowCount(), 10))]


def test_a_sale_created_by_the_sync_shows_its_server_reference_at_once(gui: Gui, qtbot: QtBot) -> None:
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="+237699001122"))
    draft.add(NewOrderLine(title="Savon", quantity=2, price=Decimal(500)))
    change = run(qtbot, gui.bridge, gui.service.sales.create(draft))
    qtbot.waitUntil(lambda: change.order_ref in painted_references(gui), timeout=WAIT)
    gui.sync()
    created = gui.service.changes.get(change.id).order_id
    reference = gui.service.orders.row(created).reference  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: reference in painted_references(gui), timeout=WAIT)
    assert change.order_ref not in painted_references(gui)  # the temporary DESK- row is gone from the screen


def painted_row(gui: Gui, order_id: str) -> dict[Column, str] | None:
    """The cells of ``order_id``'s row as the view paints them; None when it is not listed."""
    gui.window.table.viewport().repaint()
    mirror = gui.window.table.mirror
    for r in range(min(mirror.rowCount(), 10)):
        if gui.model.index(r, 0).data(ID_ROLE) == order_id:
            return {c: str(mirror.index(r, int(c)).data() or "") for c in Column}
    return None


FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def painted_roles(gui: Gui, order_id: str, columns: tuple[Column, ...], role: Qt.ItemDataRole) -> list[Any]:
    """``role`` of ``order_id``'s cells in ``columns`` as the view paints them (its items, filled at each paint)."""
    gui.window.table.viewport().repaint()
    mirror = gui.window.table.mirror
    number = gui.row_index(order_id)
    return [mirror.index(number, int(column)).data(role) for column in columns]


def on_screen(gui: Gui, pick: Callable[[Any], bool] = lambda row: True) -> Any:
    """An order among the first rows on screen that ``pick`` accepts."""
    return next(row for row in gui.rows()[:10] if pick(row))


def test_a_colleagues_line_edit_shows_its_new_total_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.item_count)
    before = painted_row(gui, row.id)
    assert before is not None
    order = run(qtbot, gui.bridge, gui.service.orders.get(row.id))
    line = order.lines[0]
    gui.server.store.colleague_edit(row.id, lines={str(line.id): {"quantity": int(line.quantity or 1) + 3}})
    gui.sync()
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.TOTAL) != before[Column.TOTAL], timeout=WAIT)


def test_a_colleagues_payment_shows_the_new_balance_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.balance and r.balance > 1000)
    before = painted_row(gui, row.id)
    assert before is not None
    gui.server.store.colleague_payment(row.id, Decimal(1000))
    gui.sync()
    qtbot.waitUntil(
        lambda: (painted_row(gui, row.id) or {}).get(Column.BALANCE) != before[Column.BALANCE], timeout=WAIT
    )


def test_the_desks_own_payment_loses_its_waiting_mark_once_sent(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.balance and r.balance > 1000)
    run(qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(1000), "cash"))
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC, "") != "", timeout=WAIT)
    gui.sync()
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC) == "", timeout=WAIT)


def test_a_colleagues_status_change_shows_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.shipping_status.value == "pending")
    before = painted_row(gui, row.id)
    assert before is not None
    gui.server.store.colleague_edit(row.id, {"shipping.status": "delivered"})
    gui.sync()
    qtbot.waitUntil(
        lambda: (painted_row(gui, row.id) or {}).get(Column.FULFILMENT) != before[Column.FULFILMENT], timeout=WAIT
    )


def test_an_order_deleted_on_the_server_leaves_the_screen_or_shows_cancelled(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled)
    before = painted_row(gui, row.id)
    assert before is not None
    gui.server.store.cancel_order(row.id)
    gui.sync()

    def followed() -> bool:
        now = painted_row(gui, row.id)
        return now is None or now[Column.DOCUMENT] != before[Column.DOCUMENT]

    qtbot.waitUntil(followed, timeout=WAIT)


def test_a_conflict_found_by_the_sync_shows_on_its_row_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.shipping_status.value == "pending")
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="taken_in_charge"))
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC, "") != "", timeout=WAIT)
    waiting = painted_row(gui, row.id)
    assert waiting is not None
    gui.server.store.colleague_edit(row.id, {"shipping.status": "delivered"})
    gui.sync()
    assert gui.service.orders.row(row.id).conflict  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC) != waiting[Column.SYNC], timeout=WAIT)


def test_a_paid_order_settled_by_the_sync_loses_its_red_cells(gui: Gui, qtbot: QtBot) -> None:
    """The clerk picks "Paid" on an order with money due, the status alone: red at once; plain once settled."""
    row = on_screen(gui, lambda r: not r.cancelled and r.balance and r.billing_status.value == "pending")
    gui.window.statuses.paid_choice = lambda _order: "status"  # type: ignore[method-assign,assignment]  # "Only change the status"
    pick_in_table(gui, gui.row_index(row.id), Column.PAYMENT, "paid")
    money = (Column.PAYMENT, Column.BALANCE)
    # Shown at once, before the service confirms it: paid, with the balance still due, flagged.
    assert painted_roles(gui, row.id, money, FOREGROUND) == [QColor(MONEY_RED)] * 2
    assert all(painted_roles(gui, row.id, money, TOOLTIP))
    qtbot.waitUntil(lambda: bool(gui.service.changes.queue()), timeout=WAIT)
    gui.sync()
    settled = gui.service.orders.row(row.id)
    assert settled is not None and not settled.balance and settled.billing_status.value == "paid"
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC) == "", timeout=WAIT)
    assert painted_row(gui, row.id)[Column.PAYMENT] == "Paid"  # type: ignore[index]
    # Every role the row's cells had and have no more is gone from the painted items too.
    assert painted_roles(gui, row.id, money, FOREGROUND) == [None, None]
    assert painted_roles(gui, row.id, money, TOOLTIP) == [None, None]
    number = gui.row_index(row.id)
    cells = gui.model.paint_cells(number)
    assert cells is not None
    for column in Column:
        index = gui.window.table.mirror.index(number, column)
        roles = {role: value for role, value in cells[column].items() if value is not None}
        assert index.flags().value == roles.pop(FLAGS_ROLE)  # (kept apart from the other roles)
        assert gui.window.table.mirror.itemData(index) == roles, column
