"""The editor's parts on their own (the new-order dialog reuses them): load, values, read-only, changed."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox
from pytestqt.qtbot import QtBot

from genuka_desk.models import NewLine, Order
from genuka_desk.ui.editor.addresses_part import AddressesPart
from genuka_desk.ui.editor.billing_part import BillingPart
from genuka_desk.ui.editor.lines_part import PRICE, QUANTITY, LinesPart
from genuka_desk.ui.editor.messages import EditorMessages
from tests.support.fixtures import load_fixture


def order() -> Order:
    return Order.from_raw(load_fixture("order-update.response.json"))


def test_lines_part_reads_back_only_what_changed(qtbot: QtBot) -> None:
    part = LinesPart("en")
    qtbot.addWidget(part)
    part.load(order())
    assert part.values().changed == {} and part.values().added == []
    with qtbot.waitSignal(part.changed):
        spin = part.table.cellWidget(0, QUANTITY)
        assert isinstance(spin, QSpinBox)
        spin.setValue(5)
    values = part.values()
    assert values.changed["4839"].quantity == 5 and values.changed["4839"].price is None
    part.add(NewLine(product_id="p1", title="Savon", quantity=1, price=Decimal("500")))
    assert [line.title for line in part.values().added] == ["Savon"]
    part.remove("4839")
    assert part.values().removed == ["4839"] and part.table.rowCount() == 1
    part.set_read_only(True)
    price = part.table.cellWidget(0, PRICE)
    assert isinstance(price, QDoubleSpinBox) and not price.isEnabled() and not part.add_button.isEnabled()
    part.load(order())  # a fresh load forgets removals and additions
    assert part.values().removed == [] and part.table.rowCount() == 1


def test_addresses_part_values_marks_and_same_as_billing(qtbot: QtBot) -> None:
    part = AddressesPart(EditorMessages())
    qtbot.addWidget(part)
    part.load(order())
    with qtbot.waitSignal(part.changed):
        part.edits["billing.address.city"].setText("  Douala ")
    assert part.values()["billing.address.city"] == "Douala"
    part.same_address.setChecked(True)
    assert part.values()["shipping.address.city"] == "Douala"
    assert part.edits["shipping.address.city"].isReadOnly()
    part.mark({"billing.address.email"})
    assert part.edits["billing.address.email"].styleSheet() and not part.edits["billing.address.city"].styleSheet()
    part.set_read_only(True)
    assert all(edit.isReadOnly() for edit in part.edits.values()) and not part.same_address.isEnabled()


def test_billing_part_reads_amounts_and_says_which_text_is_not_a_number(qtbot: QtBot) -> None:
    part = BillingPart()
    qtbot.addWidget(part)
    part.load(order())
    values = part.values()
    assert values.fields["billing.status"] == "pending" and values.unreadable == set()
    assert "shipping.scheduled_at" not in values.fields  # the day is untouched: no change
    with qtbot.waitSignal(part.changed):
        part.shipping_amount.setText("2 500,50")
    assert part.values().fields["shipping.amount"] == Decimal("2500.50")
    part.shipping_amount.setText("deux mille")
    assert part.values().unreadable == {"shipping.amount"} and "shipping.amount" not in part.values().fields
    part.set_read_only(True)
    assert not part.payment_status.isEnabled() and part.shipping_amount.isReadOnly()


def test_messages_name_the_field_of_a_problem() -> None:
    messages = EditorMessages()
    assert messages.field_label("shipping.address.city") == "Shipping address — City"
    assert messages.not_a_number("shipping.amount") == "Shipping amount: must be a number, 0 or more."
