"""The order editor window: lines, addresses, billing, field problems, unsaved edits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSpinBox
from pytestqt.qtbot import QtBot

from genuka_desk.models import read_value
from genuka_desk.store import ChangeState
from tests.support.gui import WAIT, Gui, answer_confirm, open_editor


def test_editor_lines_addresses_billing_and_save(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    assert target.reference in editor.windowTitle()
    assert not editor.save_button.isEnabled()
    spin = editor.lines.table.cellWidget(0, 3)
    assert isinstance(spin, QSpinBox)
    before = editor.lines.totals.text()
    spin.setValue(0)
    assert not editor.save_button.isEnabled() and "at least 1" in editor.problem.text()
    spin.setValue(spin.value() + 7)
    assert editor.save_button.isEnabled() and editor.lines.totals.text() != before
    editor.addresses.edits["shipping.address.line1"].setText("Akwa, rue 12")
    editor.addresses.edits["billing.address.email"].setText("not-an-email")
    assert not editor.save_button.isEnabled()
    editor.addresses.edits["billing.address.email"].setText("client@example.cm")
    editor.billing.fulfilment_status.setCurrentIndex(editor.billing.fulfilment_status.findData("taken_in_charge"))
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    assert not editor.dirty
    gui.sync()
    body = gui.server.store.get_order(target.id)
    line_id = gui.service.orders.cached(target.id).lines[0].id  # type: ignore[union-attr]
    assert read_value(body, f"lines.{line_id}.quantity") == 7
    assert body["shipping"]["address"]["line1"] == "Akwa, rue 12"
    assert body["billing"]["address"]["email"] == "client@example.cm"
    assert body["shipping"]["status"] == "taken_in_charge"


BAD_FIELDS = [
    ("billing.address.email", "not-an-email", "Billing address — Email: the email address is not valid"),
    ("shipping.address.email", "a@b", "Shipping address — Email: the email address is not valid"),
    ("billing.address.phone", "call me", "Billing address — Phone: the phone number is not valid"),
    ("shipping.address.phone", "+12", "Shipping address — Phone: the phone number is not valid"),
    ("billing.address.line1", "x" * 501, "Billing address — Address line 1: the text is too long"),
    ("shipping.address.city", "y" * 600, "Shipping address — City: the text is too long"),
    ("shipping.amount", "deux mille", "Shipping amount: must be a number"),
    ("shipping.amount", "-500", "Shipping amount: must be a number, 0 or more"),
]


@pytest.mark.parametrize(("key", "value", "message"), BAD_FIELDS, ids=[f"{k}={v[:12]}" for k, v, _ in BAD_FIELDS])
def test_every_editor_field_names_its_problem_and_nothing_is_queued(
    gui: Gui, qtbot: QtBot, key: str, value: str, message: str
) -> None:
    editor = open_editor(gui, qtbot, gui.open_row().id)
    widget = editor.billing.shipping_amount if key == "shipping.amount" else editor.addresses.edits[key]
    original = widget.text()
    widget.setText(value)
    assert message in editor.problem.text()
    assert not editor.save_button.isEnabled() and message in editor.save_button.toolTip()
    assert "#c0392b" in widget.styleSheet()  # the field itself is marked
    editor.save()  # Ctrl+S does nothing while the form is invalid
    qtbot.wait(50)
    assert gui.service.changes.queue() == []
    widget.setText(original)
    assert editor.problem.text() == "" and widget.styleSheet() == ""


def test_delivery_day_is_picked_from_a_calendar_and_sent_as_a_day(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    assert (
        isinstance(editor.billing.scheduled.date_edit, QDateEdit) and editor.billing.scheduled.date_edit.calendarPopup()
    )
    editor.billing.scheduled.enabled_box.setChecked(True)
    editor.billing.scheduled.date_edit.setDate(QDate(2026, 12, 3))
    edit, _ = editor.collect()
    assert edit.fields == {"shipping.scheduled_at": "2026-12-03"}
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    change = gui.service.changes.queue()[0]
    gui.sync()
    assert gui.service.changes.get(change.id).state is ChangeState.SENT
    held = gui.server.store.get_order(target.id)["shipping"]["scheduled_at"]
    assert str(held).startswith("2026-12-03")
    # Reopened, the day shows, and leaving it as it is changes nothing.
    again = open_editor(gui, qtbot, target.id)
    assert again.billing.scheduled.day() == date(2026, 12, 3)
    assert again.collect()[0].is_empty()
    again.billing.scheduled.enabled_box.setChecked(False)
    assert again.collect()[0].fields == {"shipping.scheduled_at": None}


def test_a_method_named_by_its_account_shows_the_method_and_changes_nothing(gui: Gui, qtbot: QtBot) -> None:
    bodies = {r.id: gui.server.store.get_order(r.id) for r in gui.rows()}
    target = next(i for i, b in bodies.items() if b["billing"]["method"] == b["billing"]["treasury_account_id"])
    editor = open_editor(gui, qtbot, target)
    order = gui.service.orders.cached(target)
    assert order is not None and order.company is not None
    method = next(
        m for m in order.company.payment_methods if m.treasury_account_id == bodies[target]["billing"]["method"]
    )
    assert editor.billing.payment_method.currentText() == method.name
    assert editor.collect()[0].is_empty()


def test_editor_asks_save_discard_or_cancel_before_losing_edits(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = gui.open_row()
    editor = open_editor(gui, qtbot, row.id)
    assert not editor.isWindowModified() and "[*]" in editor.windowTitle()
    editor.addresses.edits["shipping.address.city"].setText("Kribi")
    assert editor.isWindowModified()  # the title shows the unsaved mark
    editor.ask_unsaved = lambda: None  # type: ignore[method-assign]  # Cancel
    assert not editor.close()
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    editor.revert_button.click()  # "Undo edits" asks first: No keeps the typing
    assert asked and editor.addresses.edits["shipping.address.city"].text() == "Kribi"
    editor.ask_unsaved = lambda: "save"  # type: ignore[method-assign]
    editor.close()  # Save: queued, then the window closes (and is gone)
    qtbot.waitUntil(lambda: row.id not in gui.window.windows.windows, timeout=WAIT)
    assert any(c.edit.fields.get("shipping.address.city") == "Kribi" for c in gui.service.orders.changes_of(row.id))
    other = open_editor(gui, qtbot, gui.open_row("taken_in_charge").id)
    other.addresses.edits["shipping.address.city"].setText("Limbé")
    other.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    assert other.close()
    assert not gui.service.orders.changes_of(other.order_id)
