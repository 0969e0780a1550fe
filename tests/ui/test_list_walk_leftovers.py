"""What the clerk's walk left on the order list (issue 33): the French list on a laptop, phones written as known
customers' are, a phone-only customer named by their phone, History's payments with their amounts, and a sale's
temporary reference (on its receipt) found as it is typed, once Genuka gave the sale its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.models import format_money
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.order_table_model import ID_ROLE, ROW_ROLE, Column
from tests.support.gui import WAIT, Gui, run
from tests.ui import test_conventions as conventions
from tests.ui.test_counter_saved_words import sell
from tests.ui.test_counter_walk import counter
from tests.ui.test_history_timeline import entries
from tests.ui.test_list_layout import desk_in, in_sight

SHOTS = Path("/tmp/counter")
KNOWN_WAY = re.compile(r"^\+237 \d{3} \d{2} \d{2} \d{2}$")  # "+237 682 48 59 17", as the demo's customers are


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_first_start_on_a_laptop_shows_every_column_without_scrolling(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    back_to_english: None,
    language: str,
) -> None:
    desktop, window = desk_in(language, qtbot, demo_server, tmp_path, qapp)
    try:
        table = window.table
        header = table.horizontalHeader()
        table.selectRow(2)
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"list-{language}-1326.png"))
        # French's longer words put the Document column ~50 px off the screen.
        assert header.length() <= table.viewport().width(), (header.length(), table.viewport().width())
        assert all(in_sight(table, column) for column in Column), [header.sectionSize(c) for c in Column]
        assert header.sectionSize(Column.CUSTOMER) >= 120  # names still read (cut at their end, whole in a tooltip)
    finally:
        conventions.close(desktop, qtbot)


def row_of(gui: Gui, qtbot: QtBot, order_id: str) -> int:
    """The list's row of ``order_id``, once the list shows it."""
    model = gui.window.model
    found: list[int] = []

    def listed() -> bool:
        found[:] = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == order_id]
        return bool(found)

    qtbot.waitUntil(listed, timeout=WAIT)
    return found[0]


def test_a_phone_only_customer_is_named_by_their_phone_written_as_known_customers_are(
    gui: Gui, qtbot: QtBot, back_to_english: None
) -> None:
    window = counter(gui, qtbot, "en")
    reference = sell(window, qtbot, gui, "", phone="699554433")  # typed bare, as at a counter
    for sent in (False, True):
        if sent:
            gui.sync()
        order_id = gui.service.orders.find(reference)
        assert order_id is not None and order_id.startswith("local-") != sent
        cell = gui.window.model.index(row_of(gui, qtbot, order_id), Column.CUSTOMER).data()
        assert cell == "+237 699 55 44 33", cell  # not empty, not "+237699554433"
    # The new customer, once Genuka made them: found at the counter as the known ones are written.
    window.customer.reset()
    qtbot.keyClicks(window.customer.search, "699554433")
    qtbot.waitUntil(lambda: window.customer.search.results.count() > 0, timeout=WAIT)
    shown = [window.customer.search.results.item(n).text() for n in range(window.customer.search.results.count())]
    assert any(text.endswith("+237 699 55 44 33") for text in shown), shown
    known = [t.rsplit("   ", 1)[-1] for t in shown]
    assert all(KNOWN_WAY.match(phone) for phone in known), known
    assert order_id is not None
    facts = gui.service.shop.paper(order_id)
    assert facts.customer == "+237 699 55 44 33" and not facts.customer_phone  # the receipt too: named by it


WORDS = {"en": "added a payment of %s", "fr": "a ajouté un paiement de %s"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_history_says_how_much_a_payment_was_here_and_from_a_colleague(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str
) -> None:
    install_language(language)
    row = gui.open_row()
    run(qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(1500), "cash"))  # taken here
    gui.sync()
    gui.server.store.colleague_payment(row.id, Decimal(2500))  # on the dashboard
    gui.sync()
    editor = OrderEditor(gui.service, gui.bridge, row.id, locale=language)
    qtbot.addWidget(editor)
    said = [WORDS[language] % format_money(Decimal(a), "XAF", language) for a in (1500, 2500)]
    qtbot.waitUntil(lambda: all(any(s in text for text in entries(editor)) for s in said), timeout=WAIT)
    shown = "\n".join(entries(editor))
    assert all(sum(s in text for text in entries(editor)) == 1 for s in said), shown
    # Each amount with the one who took it (both in the same second of the demo's clock).
    colleague = str(gui.server.store.state.colleague["name"])
    [mine] = [t for t in entries(editor) if said[0] in t]
    [theirs] = [t for t in entries(editor) if said[1] in t]
    assert colleague in theirs and colleague not in mine, shown
    editor.history.resize(700, 300)
    editor.history.grab().save(str(SHOTS / f"history-payments-{language}.png"))


def test_a_temporary_reference_is_found_as_it_is_typed_once_the_sale_is_on_genuka(
    gui: Gui, qtbot: QtBot, back_to_english: None
) -> None:
    window = counter(gui, qtbot, "en")
    reference = sell(window, qtbot, gui, "")
    gui.sync()
    order_id = gui.service.orders.find(reference)
    assert order_id is not None and not order_id.startswith("local-")
    server_reference = gui.service.orders.row(order_id).reference  # type: ignore[union-attr]
    search = gui.window.filters.search
    qtbot.keyClicks(search, reference.lower())  # as typed from the receipt, no Enter
    model = gui.window.model

    def only_it() -> bool:
        return model.rowCount() == 1 and model.index(0, 0).data(ID_ROLE) == order_id

    qtbot.waitUntil(only_it, timeout=WAIT)
    assert model.index(0, 0).data(ROW_ROLE).reference == server_reference
    search.clear()
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=WAIT)
    qtbot.keyClicks(search, "DESK-9999")  # no such sale: nothing, as for any search
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT)
