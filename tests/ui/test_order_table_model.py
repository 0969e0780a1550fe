"""The order list's model: cancelled orders greyed, struck and named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genuka_desk.ui.order_table_model import Column
from tests.support.gui import Gui


def test_cancelled_orders_stay_listed_greyed_and_struck_and_the_document_is_named(gui: Gui, qtbot: QtBot) -> None:
    target = next(r for r in gui.rows() if not gui.server.store.get_order(r.id).get("invoices"))
    gui.server.store.cancel_order(target.id)  # a colleague cancels it on the server
    gui.sync()
    number = gui.row_index(target.id)
    cell = gui.model.index(number, Column.DOCUMENT)
    assert cell.data() == "Cancelled"
    assert gui.model.index(number, Column.CUSTOMER).data(Qt.ItemDataRole.FontRole).strikeOut()
    others = {gui.model.index(r, Column.DOCUMENT).data() for r in range(gui.model.rowCount()) if r != number}
    assert others <= {"Invoice", "Sales order", "Quotation"} and others
    editor = gui.window.windows.open_order(target.id)
    assert editor is not None and "Cancelled" in editor.header.text()
    # Nothing of a cancelled order can be changed: not in the editor, not from the list.
    assert (
        editor.locked and not editor.save_button.isVisibleTo(editor) and not editor.billing.payment_status.isEnabled()
    )
    assert not gui.model.index(number, Column.FULFILMENT).flags() & Qt.ItemFlag.ItemIsEditable
    assert gui.model.index(0 if number else 1, Column.FULFILMENT).flags() & Qt.ItemFlag.ItemIsEditable
