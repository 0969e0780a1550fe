"""The new-order window: ten sales in a row with the keyboard only, online and offline, each created once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genuka_desk.service import ChangeKind, ChangeState, ListQuery
from genuka_desk.ui.counter import NewOrderWindow
from tests.support.gui import WAIT, Gui, answer_confirm, type_in


def sell(window: NewOrderWindow, qtbot: QtBot, phone: str, code: str, word: str, received: str) -> None:
    """One customer at the counter, keys only: phone, Enter, a scanned code, a typed product, cash, Enter."""
    qtbot.keyClicks(window.customer.search, phone)
    qtbot.keyClick(window.customer.search, Qt.Key.Key_Return)  # nobody known: a new customer by phone
    qtbot.keyClicks(window.goods.search, code)  # a scanner types the code...
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Return)  # ...then Enter
    qtbot.keyClicks(window.goods.search, code)
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Return)  # the same product again: quantity 2
    qtbot.keyClicks(window.goods.search, word)
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Down)
    qtbot.keyClick(window.goods.search, Qt.Key.Key_Return)  # the second match of a typed word
    qtbot.keyClicks(window.payment.received, received)
    qtbot.keyClick(window.payment.received, Qt.Key.Key_Return)  # Enter on the amount received saves (as Ctrl+S)


def test_ten_sales_in_a_row_with_the_keyboard_online_and_offline(gui: Gui, qtbot: QtBot) -> None:
    window = gui.new_order()
    assert isinstance(window, NewOrderWindow)
    catalog = gui.service.catalog.search("", limit=500)
    coded = next(item for item in catalog if item.sku)
    word = next(item for item in catalog if len(item.title.split()[0]) > 3).title.split()[0][:4].lower()
    kept: list[str] = []
    window.saved.connect(kept.append)
    for n in range(10):
        if n == 5:
            gui.sync()  # the first five reach the server...
            gui.server.stop()  # ...then the internet drops: the counter goes on
        sell(window, qtbot, f"6 77 00 10 {n:02d}", coded.sku, word, "100000")
        qtbot.waitUntil(lambda n=n: len(kept) == n + 1, timeout=WAIT)
        assert window.focusWidget() is window.customer.search and not window.cart.lines  # next customer
    assert kept == [f"DESK-{n:04d}" for n in range(1, 11)]
    creations = [c for c in gui.service.changes.queue(include_sent=True) if c.kind is ChangeKind.CREATE]
    assert len(creations) == 10
    first = creations[0].draft
    assert first is not None and first.customer.phone == "+237677001000"
    assert first.lines[0].quantity == 2 and first.lines[0].sku == coded.sku and len(first.lines) == 2
    assert first.paid_amount == first.total and first.method  # cash covered it; the change was given back
    listed = gui.service.orders.rows(ListQuery(search="DESK-", limit=None))
    assert sorted(r.reference for r in listed) == [f"DESK-{n:04d}" for n in range(6, 11)]  # the offline five wait
    made = [w for w in gui.server.stats()["writes"] if w["kind"] == "create"]
    assert len(made) == 5 and len({w["request_id"] for w in made}) == 5


def test_save_stays_off_with_the_reason_and_change_due_is_shown(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = gui.new_order()
    assert isinstance(window, NewOrderWindow)
    assert not window.save_button.isEnabled() and not window.problem.text()  # untouched: not wrong yet
    item = gui.service.catalog.search("", limit=1)[0]
    window.add_item(item)
    assert not window.save_button.isEnabled() and "customer" in window.problem.text().lower()
    qtbot.keyClicks(window.customer.phone, "699")
    assert not window.save_button.isEnabled() and "phone" in window.problem.text().lower()
    window.customer.phone.clear()
    qtbot.keyClicks(window.customer.phone, "699 00 11 22")
    assert window.save_button.isEnabled(), window.problem.text()
    qtbot.keyClicks(window.payment.received, str(int(item.price or 0) + 1000))
    assert "1" in window.payment.totals.text() and "Change due" in window.payment.totals.text()
    window.delivery.delivery.setChecked(True)
    window.delivery.address.edits["city"].clear()
    window.delivery.address.edits["city"].textEdited.emit("")
    assert not window.save_button.isEnabled() and "delivery" in window.problem.text().lower()
    answer_confirm(monkeypatch, False)
    window.close()
    assert window.isVisible()  # a sale with lines is not lost by a stray Escape
    answer_confirm(monkeypatch, True)


def test_known_customers_are_found_as_the_clerk_types(gui: Gui, qtbot: QtBot) -> None:
    window = gui.new_order()
    assert isinstance(window, NewOrderWindow)
    customer = gui.server.store.data.customers[2]
    type_in(qtbot, window.customer.search, customer["phone"].replace("+237 ", "")[:6])
    assert window.customer.results.count() >= 1
    qtbot.keyClick(window.customer.search, Qt.Key.Key_Return)
    assert window.customer.customer_id == customer["id"] and window.focusWidget() is window.goods.search
    assert gui.service.changes.queue() == [] and all(
        c.state is not ChangeState.FAILED for c in gui.service.changes.queue()
    )
