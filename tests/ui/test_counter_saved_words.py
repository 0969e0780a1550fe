"""The counter after a sale (the clerk's walk): the saved sale's words agree with the list, the amount received is
not called the receipt, and the receipt's amounts and dates read unambiguously, on paper and on the roll."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service import PaperKind
from genuka_desk.service.thermal.receipt import receipt_bytes
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.order_table_model import ROW_ROLE
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.thermal_words import receipt_words
from tests.support.gui import WAIT, Gui
from tests.ui.test_counter_walk import counter, product
from tests.ui.test_paper import flat, text_of

SHOTS = Path("/tmp/counter")
NUMERIC_DAY = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")  # "07/12/2026": July or December?


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


def sell(window: NewOrderWindow, qtbot: QtBot, gui: Gui, received: str, phone: str = "699 00 15 15") -> str:
    """A catalogue product for ``phone``, ``received`` handed over, saved with Enter: the sale's reference."""
    window.add_item(product(gui))
    qtbot.keyClicks(window.customer.phone, phone)
    kept: list[str] = []
    window.saved.connect(kept.append)
    qtbot.keyClicks(window.payment.received, received)
    window.save()
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
    return kept[0]


def list_reference(gui: Gui, qtbot: QtBot, order_id: str) -> str:
    """The reference the main window's list shows for ``order_id`` (once the list followed the sync)."""
    model = gui.window.model
    shown: list[str] = []

    def listed() -> bool:
        rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
        shown[:] = [str(r.reference) for r in rows if r is not None and r.id == order_id]
        return bool(shown)

    qtbot.waitUntil(listed, timeout=WAIT)
    return shown[0]


WHERE = {
    "en": ("saved", "searching %s in the list", "Sent to Genuka: it is %s in the list"),
    "fr": ("enregistrée", "chercher %s dans la liste", "Envoyée à Genuka : c’est %s dans la liste"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_saved_sale_says_where_to_find_it_and_then_the_number_the_list_shows(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str
) -> None:
    window = counter(gui, qtbot, language)
    reference = sell(window, qtbot, gui, "20000")
    saved, search, sent = WHERE[language]
    done, where = window.done_label.text(), window.where_label.text()
    assert reference.startswith("DESK-") and reference in done and saved in done, done
    assert "kept" not in done and "kept" not in where
    assert window.where_label.isVisible() and search % reference in where, where
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"counter-saved-{language}.png"))
    gui.sync()  # sent: Genuka gave it its own number, which the list shows
    order_id = gui.service.orders.find(reference)
    assert order_id is not None and not order_id.startswith("local-")
    shown = list_reference(gui, qtbot, order_id)
    assert not shown.startswith("DESK-")
    qtbot.waitUntil(lambda: sent % shown in window.where_label.text(), timeout=WAIT)
    assert window.done_label.text() == done  # the change to give back stays as it was said
    window.grab().save(str(SHOTS / f"counter-sent-{language}.png"))


def test_the_amount_received_is_not_called_the_receipt_in_french(gui: Gui, qtbot: QtBot, back_to_english: None) -> None:
    window = counter(gui, qtbot, "fr")
    labels = [label.text() for label in window.payment.findChildren(QLabel)]
    assert "Montant reçu" in labels and "Reçu" not in labels, labels  # "Reçu" is also the receipt


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_amount_of_the_receipt_is_money_on_paper_and_on_the_roll(
    gui: Gui, qtbot: QtBot, tmp_path: Path, back_to_english: None, language: str
) -> None:
    window = counter(gui, qtbot, language)
    price = Decimal(product(gui).price or 0)
    reference = sell(window, qtbot, gui, str(int(price) + 10000))
    facts = gui.service.shop.paper(reference, clerk="Aïcha Mbarga")
    [payment] = facts.payments
    assert payment.tendered == price + 10000 and payment.change == 10000
    pdf = write_pdf(facts, PaperKind.RECEIPT, tmp_path / f"receipt-{language}.pdf", language, 80)
    paper = text_of(pdf)[0]
    roll = receipt_bytes(facts, receipt_words(language)).decode("latin-1")
    money = {amount: format_money(amount, "XAF", language) for amount in (price, price + 10000, Decimal(10000))}
    for amount, text in money.items():
        assert flat(text) in paper, (amount, paper)
        on_roll = text.replace("\u202f", " ").replace("\xa0", " ")  # (the roll's code page: a plain space)
        assert on_roll in roll, (amount, roll)
    for bare in {str(int(a)) for a in money}:  # never "10000" where the rest reads "10 000 FCFA"
        assert not re.search(rf"(?<![\d#_]){bare}(?!\d)", paper), (bare, paper)
        assert not re.search(rf"(?<![\d#_]){bare}(?!\d)", roll), (bare, roll)
    # The moment of the sale: English spells the month (07/12 reads as July), French writes its digits.
    for text in (paper, roll):
        assert bool(NUMERIC_DAY.search(text)) == (language == "fr"), text


def test_the_next_customer_pays_in_cash_again_after_a_mobile_money_sale(
    gui: Gui, qtbot: QtBot, back_to_english: None
) -> None:
    """Kept for the next customer, a cash sale would be saved as mobile money: the till short at the close."""
    window = counter(gui, qtbot, "en")
    method = window.payment.method
    mobile = next(i for i in range(method.count()) if method.itemData(i) not in (None, "cash"))
    method.setCurrentIndex(mobile)
    sell(window, qtbot, gui, "20000")
    assert method.currentData() == "cash"
