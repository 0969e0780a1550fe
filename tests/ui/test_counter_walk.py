"""A clerk's day at the counter: a sale on credit is said, the change stays said, an empty sale is not wrong yet."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service import CatalogItem, ChangeKind
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.i18n import install_language
from tests.support.gui import WAIT, Gui

LANGUAGES = ["fr", "en"]


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


def counter(gui: Gui, qtbot: QtBot, language: str) -> NewOrderWindow:
    """The sale window as a clerk of ``language`` opens it (texts, amounts and country names)."""
    install_language(language)
    window = NewOrderWindow(gui.service, gui.bridge, locale=language)  # closed without a question (conftest)
    qtbot.addWidget(window)
    window.show()
    return window


def product(gui: Gui) -> CatalogItem:
    return next(i for i in gui.service.catalog.search("", limit=50) if i.price and i.price > 1000)


def money(amount: Decimal, language: str) -> str:
    return format_money(amount, "XAF", language)


def ready(window: NewOrderWindow, qtbot: QtBot, item: CatalogItem, phone: str = "699 00 15 15") -> None:
    """A product and a customer's phone: a sale that can be saved."""
    window.add_item(item)
    qtbot.keyClicks(window.customer.phone, phone)


def save_with_enter(window: NewOrderWindow, qtbot: QtBot, received: str) -> list[str]:
    """Type what was handed over (maybe nothing) and press Enter there, as a clerk does; the kept references."""
    kept: list[str] = []
    window.saved.connect(kept.append)
    qtbot.keyClicks(window.payment.received, received)
    qtbot.keyClick(window.payment.received, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
    return kept


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sale_going_out_unpaid_or_partly_paid_says_so_next_to_the_total(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str
) -> None:
    window = counter(gui, qtbot, language)
    item = product(gui)
    price = item.price or Decimal(0)
    ready(window, qtbot, item)
    unpaid = {"fr": "Non payée : reste dû %s", "en": "Not paid: %s owed"}[language] % money(price, language)
    assert unpaid in window.payment.totals.text(), window.payment.totals.text()
    assert window.save_button.isEnabled()  # selling on credit is allowed: it is only said
    qtbot.keyClicks(window.payment.received, "1000")
    owed = {"fr": "Reste dû %s", "en": "Still owed %s"}[language] % money(price - 1000, language)
    shown = window.payment.totals.text()
    assert owed in shown and unpaid not in shown, shown
    window.payment.received.clear()
    qtbot.keyClicks(window.payment.received, "0")
    assert unpaid in window.payment.totals.text()  # nothing handed over is still nothing paid


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_saved_message_keeps_the_change_due_or_what_is_still_owed(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str
) -> None:
    window = counter(gui, qtbot, language)
    item = product(gui)
    price = item.price or Decimal(0)
    ready(window, qtbot, item)
    [first] = save_with_enter(window, qtbot, str(int(price) + 13400))
    said = {
        "fr": "Vente %s enregistrée. Monnaie à rendre : %s. Client suivant.",
        "en": "Sale %s saved. Change due: %s. Next customer.",
    }[language]
    assert window.done_label.text() == said % (first, money(Decimal(13400), language))
    assert not window.cart.lines  # the form is the next customer's: the message alone keeps the change

    ready(window, qtbot, item, "699 00 15 16")
    [second] = save_with_enter(window, qtbot, "")
    said = {
        "fr": "Vente %s enregistrée, non payée (reste dû %s). Client suivant.",
        "en": "Sale %s saved, not paid (still owed %s). Next customer.",
    }[language]
    assert window.done_label.text() == said % (second, money(price, language))

    ready(window, qtbot, item, "699 00 15 17")
    [third] = save_with_enter(window, qtbot, "1000")
    said = {
        "fr": "Vente %s enregistrée, payée en partie (reste dû %s). Client suivant.",
        "en": "Sale %s saved, partly paid (still owed %s). Next customer.",
    }[language]
    assert window.done_label.text() == said % (third, money(price - 1000, language))
    sales = [c.draft for c in gui.service.changes.queue(include_sent=True) if c.kind is ChangeKind.CREATE]
    assert [s.paid_amount for s in sales if s is not None] == [price, None, Decimal(1000)]  # credit is not blocked


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_untouched_sale_shows_no_problem_until_the_clerk_starts_or_tries_to_save(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str
) -> None:
    window = counter(gui, qtbot, language)
    assert window.problem.text() == "" and not window.save_button.isEnabled()  # the window as it opens
    ready(window, qtbot, product(gui))
    save_with_enter(window, qtbot, "")
    assert window.done_label.text() and window.problem.text() == ""  # right after a save: green alone
    qtbot.keyClicks(window.customer.phone, "699 00 15 18")  # the next customer: now it is being filled in
    assert window.problem.text() == {"fr": "Ajoutez au moins un produit.", "en": "Add at least one product."}[language]
    window.reset()
    assert window.problem.text() == ""
    qtbot.keyClick(window.payment.received, Qt.Key.Key_Return)  # Enter on an empty sale: say what stops it
    customer = {
        "fr": "Choisissez un client, ou donnez un nom ou un numéro.",
        "en": "Choose a customer, or give a name or a phone number.",
    }[language]
    assert window.problem.text() == customer and not window.save_button.isEnabled()
    window.reset()
    window.delivery.delivery.setChecked(True)  # delivery chosen: the sale is started
    assert window.problem.text() == customer


@pytest.mark.parametrize(("language", "shown"), [("fr", "Cameroun"), ("en", "Cameroon")])
def test_the_country_is_named_in_the_clerks_language_and_sent_as_the_reference_writes_it(
    gui: Gui, qtbot: QtBot, back_to_english: None, language: str, shown: str
) -> None:
    window = counter(gui, qtbot, language)
    country = window.delivery.address.edits["country"]
    assert country.text() == shown
    ready(window, qtbot, product(gui))
    window.delivery.delivery.setChecked(True)
    for name, text in (("line1", "Rue Joss, Akwa"), ("city", "Douala")):
        qtbot.keyClicks(window.delivery.address.edits[name], text)
    assert window.save_button.isEnabled(), window.problem.text()
    save_with_enter(window, qtbot, "")
    [sale] = [c.draft for c in gui.service.changes.queue() if c.kind is ChangeKind.CREATE]
    assert sale is not None
    # 06-orders-sales.md's create body: "address": {"country": "Cameroon", "line1": ..., "city": ...}
    sent = sale.create_body()["shipping"]["address"]
    assert sent == {"line1": "Rue Joss, Akwa", "city": "Douala", "country": "Cameroon"}
    assert country.text() == shown  # the next sale's form, in the clerk's language again

    other = {"fr": "Cameroon", "en": "Cameroun"}[language]  # the other language's name, typed by hand
    ready(window, qtbot, product(gui), "699 00 15 19")
    window.delivery.delivery.setChecked(True)
    for name, text in (("line1", "Rue Joss, Akwa"), ("city", "Douala"), ("country", other)):
        window.delivery.address.edits[name].clear()
        qtbot.keyClicks(window.delivery.address.edits[name], text)
    assert window.draft()[0].address["country"] == "Cameroon"


def test_the_product_column_takes_the_room_the_window_gives(gui: Gui, qtbot: QtBot) -> None:
    window = counter(gui, qtbot, "en")
    window.resize(1400, 800)
    window.add_item(product(gui))
    table = window.goods.table
    header = table.horizontalHeader()
    # No empty band right of the last column: the columns fill the table's width, the product's widest.
    qtbot.waitUntil(lambda: header.length() == table.viewport().width(), timeout=WAIT)
    assert header.sectionSize(0) > max(header.sectionSize(c) for c in range(1, table.columnCount()))
    wide = header.sectionSize(0)
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: header.length() == table.viewport().width(), timeout=WAIT)
    assert header.sectionSize(0) < wide  # it follows the window
