"""The list shows what the sync did to the rows on screen, without a search or a scroll."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
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
