"""The list shows what the sync did to the rows on screen, without a search or a scroll."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from pytestqt.qtbot import QtBot

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.ui.order_cells import Column
from genuka_desk.ui.order_table_model import ID_ROLE
from tests.support.gui import WAIT, Gui, run


def painted_references(gui: Gui) -> list[str]:
    """The reference column as the view paints it (the mirror's items, filled at each paint)."""
    gui.window.table.viewport().repaint()
    mirror = gui.window.mirror
    return [str(mirror.index(r, 0).data() or "") for r in range(min(mirror.rowCount(), 10))]


def test_a_sale_created_by_the_sync_shows_its_server_reference_at_once(gui: Gui, qtbot: QtBot) -> None:
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="+237699001122"))
    draft.add(NewOrderLine(title="Savon", quantity=2, price=Decimal(500)))
    change = run(qtbot, gui.bridge, gui.service.create_order(draft))
    qtbot.waitUntil(lambda: change.order_ref in painted_references(gui), timeout=WAIT)
    gui.sync()
    created = gui.service.change(change.id).order_id
    reference = gui.service.row(created).reference  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: reference in painted_references(gui), timeout=WAIT)
    assert change.order_ref not in painted_references(gui)  # the temporary DESK- row is gone from the screen


def painted_row(gui: Gui, order_id: str) -> dict[Column, str] | None:
    """The cells of ``order_id``'s row as the view paints them; None when it is not listed."""
    gui.window.table.viewport().repaint()
    mirror = gui.window.mirror
    for r in range(min(mirror.rowCount(), 10)):
        if gui.model.index(r, 0).data(ID_ROLE) == order_id:
            return {c: str(mirror.index(r, int(c)).data() or "") for c in Column}
    return None


def on_screen(gui: Gui, pick: Callable[[Any], bool] = lambda row: True) -> Any:
    """An order among the first rows on screen that ``pick`` accepts."""
    return next(row for row in gui.rows()[:10] if pick(row))


def test_a_colleagues_line_edit_shows_its_new_total_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = on_screen(gui, lambda r: not r.cancelled and r.item_count)
    before = painted_row(gui, row.id)
    assert before is not None
    order = run(qtbot, gui.bridge, gui.service.get_order(row.id))
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
    run(qtbot, gui.bridge, gui.service.record_payment(row.id, Decimal(1000), "cash"))
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
    run(qtbot, gui.bridge, gui.service.set_status(row.id, shipping="taken_in_charge"))
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC, "") != "", timeout=WAIT)
    waiting = painted_row(gui, row.id)
    assert waiting is not None
    gui.server.store.colleague_edit(row.id, {"shipping.status": "delivered"})
    gui.sync()
    assert gui.service.row(row.id).conflict  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: (painted_row(gui, row.id) or {}).get(Column.SYNC) != waiting[Column.SYNC], timeout=WAIT)
