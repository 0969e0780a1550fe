"""The receipt and the invoice, read back from their PDFs in French and in English: the cash handed over and the
change of a cash sale, the clerk by name (never an email address), the seller's address and tax numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service import PaperKind, Profile
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.early import build_window
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.print_dialog import PrintDialog
from tests.support.gui import WAIT, Gui
from tests.ui.test_paper import flat, text_of

CASH_WORDS = {"fr": ("Espèces reçues", "Monnaie rendue"), "en": ("Cash given", "Change given")}
SERVED = {"fr": "Servi par", "en": "Served by"}
CASH = {"fr": "Espèces", "en": "Cash"}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    install_language("en")


def sell(gui: Gui, qtbot: QtBot, extra: int, method: str = "cash") -> tuple[str, Decimal]:
    """One sale at the counter: a catalogue product paid by ``method``, its price and ``extra`` handed over."""
    window = gui.window.windows.windows.get("new-order") or gui.new_order()  # the counter stays open between sales
    assert isinstance(window, NewOrderWindow)
    item = next(i for i in gui.service.catalog.search("", limit=50) if i.price and i.price > 1000)
    window.add_item(item)
    qtbot.keyClicks(window.customer.phone, "699 00 15 15")
    window.payment.method.setCurrentIndex(window.payment.method.findData(method))
    assert window.payment.choice.method_value() == method
    qtbot.keyClicks(window.payment.received, str(int(item.price or 0) + extra))
    kept: list[str] = []
    window.saved.connect(kept.append)
    assert window.save_button.isEnabled(), window.problem.text()
    window.save()
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
    return kept[0], Decimal(item.price or 0)


def pdf_text(gui: Gui, reference: str, kind: PaperKind, lang: str, folder: Path, clerk: str = "") -> str:
    install_language(lang)
    facts = gui.service.shop.paper(reference, clerk=clerk)
    return text_of(write_pdf(facts, kind, folder / f"{reference}-{kind.value}-{lang}.pdf", lang, 80))[0]


def money(amount: Decimal, lang: str) -> str:
    return flat(format_money(amount, "XAF", lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cash_sale_with_more_handed_over_prints_the_cash_given_and_the_change(
    gui: Gui, qtbot: QtBot, tmp_path: Path, lang: str, language: Any
) -> None:
    reference, price = sell(gui, qtbot, extra=1500)
    given, change = CASH_WORDS[lang]
    text = pdf_text(gui, reference, PaperKind.RECEIPT, lang, tmp_path)
    assert f"{given} {money(price + 1500, lang)}" in text, text
    assert f"{change} {money(Decimal(1500), lang)}" in text, text
    gui.sync()  # created on the server: another id and reference, the same cash on the receipt
    order = gui.service.orders.cached(gui.service.orders.find(reference) or reference)
    assert order is not None and order.reference and not order.reference.startswith("DESK-")
    text = pdf_text(gui, order.reference, PaperKind.RECEIPT, lang, tmp_path)
    assert order.reference in text and f"{given} {money(price + 1500, lang)}" in text, text
    assert f"{change} {money(Decimal(1500), lang)}" in text, text
    assert f"· {CASH[lang]}" in text, text  # the way as the clerk says it ("Espèces"), not Genuka's "Cash" name


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_exact_or_a_mobile_money_sale_prints_no_cash_given(
    gui: Gui, qtbot: QtBot, tmp_path: Path, lang: str, language: Any
) -> None:
    exact, _ = sell(gui, qtbot, extra=0)
    mobile, _ = sell(gui, qtbot, extra=2000, method="notchpay")  # "received" more: no change in mobile money
    for reference in (exact, mobile):
        text = pdf_text(gui, reference, PaperKind.RECEIPT, lang, tmp_path)
        assert reference in text and not any(word in text for word in CASH_WORDS[lang]), text


def test_the_clerk_is_printed_by_the_name_genuka_gave_at_login_never_an_email(
    gui: Gui, qtbot: QtBot, tmp_path: Path, language: Any
) -> None:
    reference, _ = sell(gui, qtbot, extra=0)
    order = gui.service.orders.cached(gui.service.orders.find(reference) or reference)
    assert order is not None
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    for user_name, shown in (("Aïcha Mbarga", "Served by Aïcha Mbarga"), (None, None)):
        profile = Profile(email="aicha.mbarga@boutique.cm", user_name=user_name)
        window = build_window(gui.service, gui.bridge, profile, language="en", read_only=False, settings=settings)
        qtbot.addWidget(window)
        printing = window.dialogs.print_order(str(order.id))
        assert isinstance(printing, PrintDialog)
        qtbot.addWidget(printing)
        for number in (0, 2):  # the receipt, then the invoice
            printing.group.button(number).setChecked(True)
            text = text_of(printing.save_pdf(tmp_path / f"{number}-{user_name}.pdf"))[0]
            assert "aicha.mbarga" not in text and "@boutique.cm" not in text, text
            assert (shown in text) if shown else ("Served by" not in text), text
        printing.close()
    for lang in ("fr", "en"):  # an email given as the name is not printed either
        text = pdf_text(gui, reference, PaperKind.RECEIPT, lang, tmp_path, clerk="aicha.mbarga@boutique.cm")
        assert "aicha.mbarga" not in text and SERVED[lang] not in text, text
        text = pdf_text(gui, reference, PaperKind.RECEIPT, lang, tmp_path, clerk="Aïcha Mbarga")
        assert f"{SERVED[lang]} Aïcha Mbarga" in text, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_invoice_shows_the_sellers_address_and_tax_numbers_when_the_server_gives_them(
    gui: Gui, qtbot: QtBot, tmp_path: Path, lang: str, language: Any
) -> None:
    reference, _ = sell(gui, qtbot, extra=0)
    text = pdf_text(gui, reference, PaperKind.INVOICE, lang, tmp_path)
    country = {"fr": "Cameroun", "en": "Cameroon"}[lang]
    for fact in ("Rue Joss, Akwa", "Douala", country, "+237 233 42 11 00", "contact@boutique-mboa.cm"):
        assert fact in text, fact
    assert "RCCM" in text and "RC/DLA/2019/B/4521" in text and "NIU" in text and "M041912345678K" in text, text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_invoice_says_nothing_odd_when_the_server_gives_no_address_nor_tax_numbers(
    gui: Gui, qtbot: QtBot, tmp_path: Path, lang: str, language: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare: dict[str, Any] = {
        "id": gui.server.company_id,
        "name": "Boutique Mboa",
        "currency_code": "XAF",
        "logoUrl": None,
        # Empty, null, or of a shape that is no text: none of it is an address or a number to print.
        "metadata": {"rccm": "", "fiscalID": None, "contact": {"email": [], "phone": False}},
        "address": {"line1": None, "city": "", "country": {}, "phone": None},
    }
    monkeypatch.setattr(gui.server.store.data, "company_profile", lambda host: bare)
    reference, _ = sell(gui, qtbot, extra=0)
    gui.sync()  # the sale created, and the profile kept for the documents the server's bare one
    install_language(lang)
    facts = gui.service.shop.paper(reference)
    assert not facts.temporary and facts.shop.name == "Boutique Mboa"
    path = write_pdf(facts, PaperKind.INVOICE, tmp_path / f"bare-{lang}.pdf", lang, 80)
    text, reader = text_of(path)
    assert "Boutique Mboa" in text and facts.reference in text
    for odd in ("RCCM", "NIU", "Trade register", "Tax number", "None", "null", "False", "[]", "{}", "Rue Joss"):
        assert odd not in text, odd
    raw = reader.pages[0].extract_text()
    head = raw[: raw.index({"fr": "Client", "en": "Customer"}[lang])]  # the seller's block and the document's name
    assert "Boutique Mboa" in flat(head) and facts.reference in head
    assert not re.search(r"[:,]\s*$", head, re.MULTILINE), head  # no dangling colon or comma
    assert not re.search(r"^\s*[:,]", head, re.MULTILINE), head
