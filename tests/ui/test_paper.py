"""The printed documents: written as PDFs from the local copy and read back as text (pypdf), in both languages."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine, format_money
from genuka_desk.service import ListQuery, PaperKind
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.print_dialog import PrintDialog
from tests.support.gui import WAIT, Gui, run

WORDS = {
    "fr": {PaperKind.INVOICE: "Facture", PaperKind.RECEIPT: "Reçu", PaperKind.SLIP: "Bon de livraison"},
    "en": {PaperKind.INVOICE: "Invoice", PaperKind.RECEIPT: "Receipt", PaperKind.SLIP: "Delivery slip"},
}
BALANCE = {"fr": "Reste à payer", "en": "Balance due"}


def text_of(path: Path) -> tuple[str, PdfReader]:
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), reader


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def paid_order(gui: Gui) -> Any:
    row = next(
        r
        for r in gui.service.orders.rows(ListQuery(limit=None))
        if r.billing_status.value == "pending" and r.total and r.item_count >= 2
    )
    run(gui.qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(1000), "cash"))
    return row


@pytest.fixture
def language() -> Any:
    yield
    install_language("en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_document_carries_the_order_in_both_languages(gui: Gui, tmp_path: Path, lang: str, language: Any) -> None:
    install_language(lang)
    row = paid_order(gui)
    facts = gui.service.shop.paper(row.id, clerk="Awa Ngo Bassong")
    order = gui.service.orders.cached(row.id)
    assert order is not None
    for kind, width in (
        (PaperKind.INVOICE, 80),
        (PaperKind.RECEIPT, 58),
        (PaperKind.RECEIPT, 80),
        (PaperKind.SLIP, 80),
    ):
        text, reader = text_of(write_pdf(facts, kind, tmp_path / f"{kind.value}{width}.pdf", lang, width))
        name = f"{kind.value} {width} {lang}"
        assert len(reader.pages) == 1, name
        assert WORDS[lang][kind] in text and facts.reference in text, name
        assert flat(facts.customer) in text and "Boutique Mboa" in text and "M041912345678K" in text, name
        assert all(flat(line.title)[:12] in text for line in facts.lines), name
        assert "Awa Ngo Bassong" in text, name  # the clerk, by name
        balance = flat(format_money(order.balance, order.currency_code, lang))
        if kind is PaperKind.SLIP:
            unit = flat(format_money(facts.lines[0].unit, order.currency_code, lang))
            assert unit not in text.replace(balance, ""), f"{name}: a price on the courier's slip"
        else:
            assert BALANCE[lang] in text and balance in text, name
            assert flat(format_money(order.amount, order.currency_code, lang)) in text, name
            assert flat(format_money(Decimal(1000), order.currency_code, lang)) in text, name  # the payment
        page = reader.pages[0]
        wide = float(page.mediabox.width) / 72 * 25.4
        if kind is PaperKind.RECEIPT:
            assert abs(wide - width) < 0.5, name  # the roll's width
        assert len(page.images) >= (1 if kind is PaperKind.INVOICE else 2), f"{name}: no logo, or no QR code"


def test_a_sale_not_on_the_server_prints_its_temporary_reference(gui: Gui, tmp_path: Path) -> None:
    gui.server.stop()
    draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone="699887766"))
    draft.add(NewOrderLine(title="Panier tressé", quantity=2, price=Decimal(5500)))
    sale = run(gui.qtbot, gui.bridge, gui.service.sales.create(draft))
    facts = gui.service.shop.paper(sale.order_ref)
    assert facts.temporary and facts.reference == sale.order_ref
    text, _ = text_of(write_pdf(facts, PaperKind.RECEIPT, tmp_path / "r.pdf", "en", 80))
    assert sale.order_ref in text and "Temporary reference" in text and "Panier tressé" in text


def test_the_print_dialog_saves_a_pdf_and_remembers_the_document(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    row = paid_order(gui)
    gui.window.table.setCurrentIndex(gui.window.table.mirror.index(gui.row_index(row.id), 0))
    dialog = gui.window.dialogs.print_order()
    assert isinstance(dialog, PrintDialog)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (PaperKind.RECEIPT, 80)  # the counter's paper comes first
    assert not dialog.again_button.isEnabled()  # no printer chosen yet for it
    dialog.group.button(3).setChecked(True)  # the delivery slip
    written = dialog.save_pdf(tmp_path / "slip.pdf")
    assert "Delivery slip" in text_of(written)[0] and written.name in dialog.status.text()
    preview = dialog.preview()
    qtbot.waitUntil(preview.isVisible, timeout=WAIT)
    preview.close()
    dialog.close()
    again = gui.window.dialogs.print_order(row.id)
    assert isinstance(again, PrintDialog) and again.chosen()[0] is PaperKind.SLIP  # remembered
    qtbot.addWidget(again)
    again.close()


def test_cash_then_mobile_money_a_receipt_after_each_and_a_slip_online_and_offline(
    gui: Gui, qtbot: QtBot, tmp_path: Path
) -> None:
    from genuka_desk.demo import DemoServer
    from genuka_desk.ui.payment_dialog import PaymentDialog

    row = next(
        r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total
    )
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    balance = editor.order.balance

    def pay(amount: str, method: str) -> None:
        dialog = editor.take_payment()
        assert isinstance(dialog, PaymentDialog)
        dialog.amount.setText(amount)
        dialog.choice.method.setCurrentIndex(dialog.choice.method.findData(method))
        dialog.accept()

    def receipt(name: str) -> str:
        printing = gui.window.dialogs.print_order(row.id)
        assert isinstance(printing, PrintDialog)
        qtbot.addWidget(printing)
        printing.group.button(0).setChecked(True)
        text = text_of(printing.save_pdf(tmp_path / name))[0]
        printing.close()
        return text

    pay("2000", "cash")  # online: part of it in cash
    qtbot.waitUntil(lambda: editor.order.balance == balance - 2000, timeout=WAIT)
    gui.sync()
    first = receipt("first.pdf")
    assert "2,000" in first and flat(format_money(balance - 2000, "XAF", "en")) in first
    port, store = gui.server.port, gui.server.store
    gui.server.stop()  # the rest by mobile money, offline
    pay(str(balance - 2000), "notchpay")
    qtbot.waitUntil(lambda: editor.order.balance == 0, timeout=WAIT)
    second = receipt("second.pdf")
    assert "Orange Money" in second and "not sent yet" in second
    printing = gui.window.dialogs.print_order(row.id)
    assert isinstance(printing, PrintDialog)
    qtbot.addWidget(printing)
    printing.group.button(3).setChecked(True)
    slip = text_of(printing.save_pdf(tmp_path / "slip.pdf"))[0]
    printing.close()
    assert "Paid in full" in slip
    with DemoServer(store=store, port=port) as back:
        gui.sync()
        paid = [(int(p["amount"]), p["method"]) for p in back.store.get_order(row.id)["payments"]]
    assert paid == [(2000, "cash"), (int(balance - 2000), "notchpay")]  # exactly those two
