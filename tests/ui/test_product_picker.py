"""The product picker adding a line to the editor, on the demo API."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.gui import WAIT, Gui, open_editor


def test_product_picker_adds_a_line_and_editor_sets_payment(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.ui.product_picker import ProductPicker

    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    picker = ProductPicker(gui.service, gui.bridge, "XAF", "en", editor)
    qtbot.addWidget(picker)
    assert picker.results.count() > 0  # the local catalogue at once, offline too
    qtbot.keyClicks(picker.search, "cafe")  # accents aside: "Café de l'Ouest"
    qtbot.waitUntil(lambda: not picker.search.pending, timeout=WAIT)
    shown = [picker.results.item(n).text() for n in range(picker.results.count())]
    assert shown and all("Caf" in text for text in shown) and not any("Default Title" in t for t in shown)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # arrows move, the keyboard stays in the field
    picker.quantity.setValue(2)
    line = picker.new_line()
    assert line is not None and line.quantity == 2 and "Caf" in line.title
    rows_before = editor.lines.table.rowCount()
    editor.add_new_line(line)
    assert editor.lines.table.rowCount() == rows_before + 1
    editor.billing.payment_status.setCurrentIndex(editor.billing.payment_status.findData("paid"))
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    gui.sync()
    body = gui.server.store.get_order(target.id)
    assert body["billing"]["status"] == "paid"
    assert len(body["order_products"]) == rows_before + 1
