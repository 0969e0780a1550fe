"""The counter beyond the happy path: variants in one step, known addresses, the treasury account,
a refused sale corrected and sent again or discarded, and the customer window. Over real HTTP."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from genuka_desk.models import NewOrderLine
from genuka_desk.service import ChangeKind, ChangeState
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.customer_window import CustomerWindow
from tests.support.gui import WAIT, Gui, answer_confirm, run, type_in
from tests.support.services import writes_of


def _kept(window: NewOrderWindow, qtbot: QtBot) -> str:
    refs: list[str] = []
    window.saved.connect(refs.append)
    qtbot.keyClick(window.payment.received, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(refs), timeout=WAIT)
    return refs[0]


def _customer_with_addresses(gui: Gui) -> tuple[Any, list[dict[str, str]]]:
    for customer in gui.server.store.data.customers[:40]:
        addresses = run(gui.qtbot, gui.bridge, gui.service.customers.known_addresses(customer["id"]))
        if addresses:
            return customer, addresses
    raise AssertionError("no demo customer with a delivered order")


def test_a_variant_is_chosen_in_one_step(gui: Gui, qtbot: QtBot) -> None:
    window = gui.new_order()
    type_in(qtbot, window.goods.search, "robe kaba")
    shown = [window.goods.results.item(r).text() for r in range(window.goods.results.count())]
    assert len(shown) == 3 and all("Robe kaba ngondo — " in text for text in shown), shown  # S, M, L: one row each
    for _ in range(next(n for n, text in enumerate(shown) if "— L " in text)):
        qtbot.keyClick(window.goods.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Return)
    (line,) = window.cart.lines
    assert line.variant_title == "L" and line.variant_id and line.price == Decimal(26500)


def test_known_addresses_are_offered_and_the_account_follows_the_way_of_paying(gui: Gui, qtbot: QtBot) -> None:
    customer, addresses = _customer_with_addresses(gui)
    window = gui.new_order()
    window.customer.choose(next(r for r in gui.service.customers.search(customer["phone"]) if r.id == customer["id"]))
    qtbot.waitUntil(lambda: window.delivery.known.count() > 0, timeout=WAIT)
    window.delivery.delivery.setChecked(True)
    assert window.delivery.known.isEnabled()
    assert window.delivery.address.values()["line1"] == addresses[0]["line1"]  # the newest is filled in
    window.delivery.known.activated.emit(window.delivery.known.count() - 1)  # "Another address"
    assert window.delivery.address.values()["line1"] == ""
    window.delivery.known.activated.emit(0)
    window.add_item(gui.service.catalog.search("savon", limit=1)[0])
    method = next(m for m in gui.service.payments.methods() if m.treasury_account_id and m.processor != "cash")
    window.payment.method.setCurrentIndex(window.payment.method.findData(method.processor or method.name))
    assert window.payment.choice.account_value() == method.treasury_account_id
    qtbot.keyClicks(window.payment.received, "1500")
    assert window.save_button.isEnabled(), window.problem.text()
    reference = _kept(window, qtbot)
    sale = next(c for c in gui.service.changes.queue() if c.order_ref == reference)
    assert sale.draft is not None and sale.draft.address["line1"] == addresses[0]["line1"]
    gui.sync()
    (made,) = [w for w in writes_of(gui.server, sale.id) if w["kind"] == "create"]
    order = gui.server.store.get_order(str(made["order_id"]))
    assert order["shipping"]["address"]["line1"] == addresses[0]["line1"]
    # The money taken is a payment recorded in the way's account (billing.amount on create records none).
    assert [(p["amount"], p["treasury_account_id"]) for p in order["payments"]] == [(1500, method.treasury_account_id)]


def test_a_refused_sale_is_corrected_and_sent_again_or_discarded(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = gui.new_order()
    qtbot.keyClicks(window.customer.phone, "699 55 44 33")
    window.customer.phone.textEdited.emit(window.customer.phone.text())
    # A line of a product deleted on the server since the last sync.
    gone = NewOrderLine(product_id="gone-from-the-catalogue", title="Vieux savon", price=Decimal(900), quantity=1)
    window.goods.cart.add(gone)
    window.goods.changed.emit()
    reference = _kept(window, qtbot)
    gui.sync()
    refused = next(c for c in gui.service.changes.queue() if c.order_ref == reference)
    assert refused.state is ChangeState.FAILED and "products.0.product_id" in refused.field_errors
    editor = gui.window.windows.open_order(refused.order_id)
    assert editor is not None and editor.fix_sale_button.isVisible() and "refused this sale" in editor.refused.text()
    fixing = gui.window.windows.fix_sale(refused.order_id)
    assert isinstance(fixing, NewOrderWindow) and fixing is not window
    qtbot.addWidget(fixing)
    assert fixing.refusal.isVisible() and "Line 1 (Vieux savon) product" in fixing.refusal.text()
    assert fixing.customer.phone.text() == "+237699554433" and fixing.save_button.text() == "Send it again"
    fixing.goods.remove_line(fixing.cart.lines[0].key)
    fixing.add_item(gui.service.catalog.search("savon noir", limit=1)[0])
    qtbot.keyClicks(fixing.payment.received, "1500")
    assert _kept(fixing, qtbot) == reference  # the same temporary reference
    assert fixing.fixing is None and not fixing.refusal.isVisible()  # ready for a new sale
    gui.sync()
    assert len([w for w in writes_of(gui.server, refused.id) if w["kind"] == "create"]) == 1
    assert gui.service.sales.creation(reference) is None  # on the server now

    # A second refused sale: the clerk gives up on it, after a warning.
    window.goods.cart.add(NewOrderLine(product_id="gone-too", title="Vieux pagne", price=Decimal(900), quantity=1))
    qtbot.keyClicks(window.customer.phone, "699 55 44 34")
    window.customer.phone.textEdited.emit(window.customer.phone.text())
    other = _kept(window, qtbot)
    gui.sync()
    held = gui.service.sales.creation(other)
    assert held is not None and held.state is ChangeState.FAILED
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    gui.window.row_menu.discard_sale(held)  # the list's row menu, "Discard the sale…": "No" keeps it
    assert asked and other in asked[0] and gui.service.sales.creation(other) is not None
    asked.clear()
    fixing = gui.window.windows.fix_sale(held.order_id)
    assert isinstance(fixing, NewOrderWindow)
    fixing.discard()
    assert asked and other in asked[0] and gui.service.sales.creation(other) is not None  # "No": nothing lost
    answer_confirm(monkeypatch, True)
    fixing.discard()
    qtbot.waitUntil(lambda: gui.service.orders.row(held.order_id) is None, timeout=WAIT)
    assert not [c for c in gui.service.changes.queue() if c.order_id == held.order_id]


def test_the_customer_window_shows_orders_balance_copies_the_phone_and_opens_whatsapp(gui: Gui, qtbot: QtBot) -> None:
    customer, _ = _customer_with_addresses(gui)
    window = gui.window.windows.open_customer(customer["id"])
    assert isinstance(window, CustomerWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=WAIT)
    summary = window.summary
    assert summary is not None and summary.rows and window.orders.rowCount() == len(summary.rows)
    expected = run(qtbot, gui.bridge, gui.service.customers.orders_of(customer["id"]))
    assert (summary.spent, summary.due) == (expected.spent, expected.due)
    assert "Total spent" in window.totals.text() and "Balance due" in window.totals.text()
    window.copy_phone()
    assert QGuiApplication.clipboard().text() == window.customer.phone and window.copied.text()  # type: ignore[union-attr]
    opened: list[QUrl] = []
    window.open_url = opened.append  # type: ignore[method-assign]
    window.whatsapp_button.click()
    digits = "".join(ch for ch in customer["phone"] if ch.isdigit())
    assert [u.toString() for u in opened] == [f"https://wa.me/{digits}"]
    window.orders.cellActivated.emit(0, 0)
    assert summary.rows[0].id in gui.window.windows.windows  # the order opens in its editor

    # Found from the menu by phone digits typed in groups, with the keyboard.
    window.show_customer(None)
    type_in(qtbot, window.search, customer["phone"][-8:])
    assert window.results.count() >= 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.customer is not None and str(window.customer.id) == customer["id"]


def test_the_editor_opens_the_customer_of_its_order(gui: Gui, qtbot: QtBot) -> None:
    customer, _ = _customer_with_addresses(gui)
    found = run(qtbot, gui.bridge, gui.service.customers.orders_of(customer["id"]))
    editor = gui.window.windows.open_order(found.rows[0].id)
    assert editor is not None and editor.customer_button.isEnabled()
    editor.customer_button.click()
    window = gui.window.windows.windows["customer"]
    assert isinstance(window, CustomerWindow) and window.customer is not None
    assert str(window.customer.id) == customer["id"]
    assert all(c.kind is not ChangeKind.CREATE for c in gui.service.changes.queue())


def test_a_scanner_burst_adds_its_product_without_a_search_per_key(gui: Gui, qtbot: QtBot) -> None:
    window = gui.new_order()
    searched: list[str] = []
    real = gui.service.catalog.search

    def counted(text: str, limit: int = 20) -> Any:
        searched.append(text)
        return real(text, limit)

    gui.service.catalog.search = counted  # type: ignore[method-assign]
    coded = next(item for item in real("", limit=200) if item.sku and len(item.sku) > 5)
    qtbot.keyClicks(window.goods.search, coded.sku or "")  # a scanner: the whole code in a burst...
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Return)  # ...then Enter
    assert [line.sku for line in window.cart.lines] == [coded.sku]
    assert len(searched) <= 2  # the first key alone (and the cleared field), not one search per key
    searched.clear()
    for char in "sav":  # a person's pace: the list follows every key
        qtbot.keyClicks(window.goods.search, char)
        assert not window.goods.search.pending and searched[-1] == window.goods.search.text()
        qtbot.wait(40)
    assert window.goods.results.count() >= 1
