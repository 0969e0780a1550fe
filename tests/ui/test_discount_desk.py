"""A clerk's discount in the sale window and the editor: the dialog, the line and the totals at once, the manager's
limit refused in a sentence, and the server's total after sending (real widgets over the demo)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine, format_money, line_discounts
from genuka_desk.service import OrderService, PaperKind
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.service.session import Session
from genuka_desk.service.thermal.receipt import receipt_bytes
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.counter.lines_part import DISCOUNT, QUANTITY, TOTAL
from genuka_desk.ui.discount import DiscountDialog
from genuka_desk.ui.editor import lines_part as editor_lines
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.thermal_words import receipt_words as thermal_words
from genuka_desk.ui.preferences_dialog import PreferencesDialog
from tests.support.gui import WAIT, Gui, open_editor, run


def _dialog(qtbot: QtBot, owner: object) -> DiscountDialog:
    found: list[DiscountDialog] = []

    def shown() -> bool:
        found[:] = [d for d in owner.findChildren(DiscountDialog) if d.isVisible()]  # type: ignore[attr-defined]
        return bool(found)

    qtbot.waitUntil(shown, timeout=WAIT)
    return found[0]


def _limit(service: OrderService, percent: int) -> None:
    """A manager sets the limit; then a clerk who is no manager is at the desk."""
    desk = service.manual_discounts
    desk.note_login("boss", ["discounts.*"])
    service.account.set_clerk("boss", "Patron")
    desk.set_limit(Decimal(percent))
    service.account.set_clerk("ama", "Ama")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_whole_sale_discount_shows_on_the_lines_and_the_total_and_reaches_the_server(
    gui: Gui, qtbot: QtBot, language: str
) -> None:
    install_language(language)
    try:
        window = gui.new_order()
        window.show()
        window.resize(1020, 760)
        items = [i for i in gui.service.catalog.search("", limit=40) if i.price][:2]
        for item in items:
            window.add_item(item, 2)
        gross = sum(((i.price or Decimal(0)) * 2 for i in items), Decimal(0))
        window.goods.discount_button.click()
        dialog = _dialog(qtbot, window.goods)
        dialog.amount_button.setChecked(True)
        dialog.value.setText("1001")
        dialog.grab().save(f"/tmp/dd-dialog-{language}.png")
        dialog.try_accept()
        assert not dialog.isVisible()
        assert window.cart.discounts == Decimal(1001)
        assert all(window.goods.table.item(r, DISCOUNT).text().startswith("−") for r in range(2))
        total_cells = [window.goods.table.item(r, TOTAL).text() for r in range(2)]
        assert all(total_cells)
        said = window.goods.discount_note.text()
        assert ("remises" if language == "fr" else "discounts") in said
        assert str(gross - 1001)[:2] in window.payment.totals.text().replace(",", "").replace("\u202f", "")
        qtbot.keyClicks(window.customer.phone, "699 00 16 16")
        qtbot.keyClicks(window.payment.received, str(gross - 1001))  # the discounted total, handed over
        window.grab().save(f"/tmp/dd-counter-{language}.png")
        kept: list[str] = []
        window.saved.connect(kept.append)
        window.save()
        qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
        gui.sync()
        gui.sync()
        order_id = gui.service.orders.find(kept[0])
        assert order_id and not order_id.startswith("local-")
        body = gui.server.store.get_order(order_id)
        assert Decimal(str(body["amount"])) == gross - 1001
        assert [Decimal(str(p["amount"])) for p in body["payments"]] == [gross - 1001]
        assert Decimal(str(body["amount_due"])) == 0
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_above_the_managers_limit_the_dialog_says_so_and_nothing_changes(gui: Gui, qtbot: QtBot, language: str) -> None:
    install_language(language)
    try:
        _limit(gui.service, 10)
        window = gui.new_order()
        window.show()
        item = next(i for i in gui.service.catalog.search("", limit=40) if i.price)
        window.add_item(item, 1)
        window.goods.discount_button.click()
        dialog = _dialog(qtbot, window.goods)
        dialog.value.setText("15")
        dialog.try_accept()
        assert dialog.isVisible()
        said = dialog.problem.text()
        assert "10 %" in said
        assert ("responsable" if language == "fr" else "manager") in said
        dialog.grab().save(f"/tmp/dd-limit-{language}.png")
        assert window.cart.discounts == 0
        dialog.value.setText("10")
        dialog.try_accept()
        assert not dialog.isVisible() and window.cart.discounts > 0
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_line_discount_in_the_editor_is_a_line_edit_shown_at_once_and_sent(
    gui: Gui, qtbot: QtBot, language: str
) -> None:
    install_language(language)
    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    before = editor.lines.totals.text()
    editor.lines.table.setCurrentCell(0, 0)
    editor.lines.discount_button.click()
    dialog = _dialog(qtbot, editor.lines)
    assert dialog.scope.currentData() == 0  # the chosen line
    dialog.value.setText("20")
    dialog.try_accept()
    cell = editor.lines.table.item(0, editor_lines.DISCOUNT)
    assert cell is not None and cell.text().startswith("−20 %")
    assert editor.lines.totals.text() != before and editor.save_button.isEnabled()
    editor.grab().save(f"/tmp/dd-editor-{language}.png")
    install_language("en")
    line = gui.service.orders.cached(target.id).lines[0]  # type: ignore[union-attr]
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    gui.sync()
    body = gui.server.store.get_order(target.id)
    entry = next(e for e in body["order_products"] if str(e["id"]) == str(line.id))
    assert [(d["discount_type"], d["discount_value"]) for d in entry["discounts"]] == [("percentage", 20)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_invoices_receipts_and_the_roll_show_each_lines_discount(gui: Gui, tmp_path: Path, lang: str) -> None:
    install_language(lang)
    try:
        draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone="699887766"))
        draft.add(NewOrderLine(title="Panier tressé", quantity=2, price=Decimal(5500)))
        draft.add(NewOrderLine(title="Sachet", quantity=1, price=Decimal(600)))
        draft.lines[0].discounts = [line_discounts.manual("percentage", Decimal(10))]
        sale = run(gui.qtbot, gui.bridge, gui.service.sales.create(draft))
        facts = gui.service.shop.paper(sale.order_ref)
        assert [line.discount for line in facts.lines] == [Decimal(1100), Decimal(0)]
        assert facts.totals.discounts == Decimal(1100)
        word = "Remise" if lang == "fr" else "Discount"
        off = re.sub(r"\s+", " ", format_money(Decimal(1100), "XAF", lang))
        for kind, width in ((PaperKind.INVOICE, 80), (PaperKind.RECEIPT, 80)):
            path = write_pdf(facts, kind, tmp_path / f"{kind.value}.pdf", lang, width)
            text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(path)).pages))
            assert text.count(word) >= 2, kind  # under the line, and in the totals
            assert off in text, kind
        roll = receipt_bytes(facts, thermal_words(lang), 80).decode("cp858", errors="replace")
        assert roll.count("Remise" if lang == "fr" else "Discount") >= 2
    finally:
        install_language("en")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_manager_sets_the_limit_in_preferences_and_it_is_kept_on_the_desk(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication, lang: str
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    profile = Profile(
        name="t", base_url=demo_server.url, company_id=demo_server.company_id, user_id="boss", discount_manager=True
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", lang)
    desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    try:
        window = desktop.show()
        qtbot.addWidget(window)
        seen: list[tuple[bool, str]] = []

        def answer(dialog: PreferencesDialog) -> bool:
            seen.append((dialog.discount_limit.isEnabled(), dialog.discount_limit.text()))
            dialog.discount_limit.setValue(10)
            dialog.grab().save(f"/tmp/dd-preferences-{lang}.png")
            return True

        desktop.ask_preferences = answer
        window.menus.preferences_action.trigger()
        assert seen == [(True, "Aucune limite" if lang == "fr" else "No limit")]
        assert desktop.service.manual_discounts.limit() == Decimal(10)
        desktop.service.account.set_clerk("ama", "Ama")  # a clerk who is no manager: the row is shown, locked
        seen.clear()

        def look(dialog: PreferencesDialog) -> bool:
            seen.append((dialog.discount_limit.isEnabled(), ""))
            return False

        desktop.ask_preferences = look
        (desktop.window or window).menus.preferences_action.trigger()
        assert seen == [(False, "")]
    finally:
        if desktop.window is not None:
            desktop.window.windows.close_all()
        run(qtbot, desktop.bridge, desktop.service.close())
        install_language("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_promo_code_and_an_automatic_offer_at_the_counter(gui: Gui, qtbot: QtBot, language: str) -> None:
    install_language(language)
    try:
        gui.sync()  # the shop's discounts are in the local copy
        window = gui.new_order()
        window.show()
        window.resize(1020, 760)
        item = next(i for i in gui.service.catalog.search("", limit=40) if i.price and i.price >= 5000)
        window.add_item(
            item, 60 // int((item.price or Decimal(1000)) / 1000) + 1
        )  # over 50 000: the automatic 5 % is offered
        said: list[str] = []
        window.goods.problem.connect(said.append)
        window.goods.code.setText("NOEL2025")
        window.goods.apply_code()
        assert said and ("terminée" if language == "fr" else "has ended") in said[-1]
        window.goods.code.setText("MOINS2000")
        window.goods.apply_code()
        assert [c["code"] for c in window.cart.codes] == ["MOINS2000"]
        assert "MOINS2000" in window.goods.discount_note.text()
        assert window.goods.offer.isVisible() and "5 %" in window.goods.offer.text()
        window.grab().save(f"/tmp/dd-code-{language}.png")
        window.goods.offer.click()
        assert {c["code"] for c in window.cart.codes} == {"MOINS2000", "AUTO5"}
        gross = window.cart.subtotal
        expected = window.cart.total
        assert expected < gross - 2000
        qtbot.keyClicks(window.customer.phone, "699 00 17 17")
        kept: list[str] = []
        window.saved.connect(kept.append)
        window.save()
        qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
        gui.sync()
        gui.sync()
        order_id = gui.service.orders.find(kept[0])
        assert order_id is not None
        body = gui.server.store.get_order(order_id)
        assert {d["code"] for d in body["discounts"]} == {"MOINS2000", "AUTO5"}
        assert Decimal(str(body["amount"])) == expected
    finally:
        install_language("en")


def test_a_promo_code_in_the_editor_is_sent_with_the_edit_and_the_total_is_the_servers(gui: Gui, qtbot: QtBot) -> None:
    gui.sync()
    target = gui.open_row()
    before = Decimal(str(gui.server.store.get_order(target.id)["amount"]))
    editor = open_editor(gui, qtbot, target.id)
    editor.lines.code.setText("NOEL2025")
    editor.lines.apply_code()
    assert "ended" in editor.lines.code_note.text() and not editor.save_button.isEnabled()
    editor.lines.code.setText("MOINS2000")
    editor.lines.apply_code()
    chips = " ".join(b.toolTip() for b in editor.lines.codes_shown.buttons.values())  # each code with its "×"
    assert "MOINS2000" in chips and editor.save_button.isEnabled()
    editor.grab().save("/tmp/dd-editor-code-en.png")
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.changes.queue()) == 1, timeout=WAIT)
    shown = gui.service.orders.cached(target.id)
    assert shown is not None and shown.amount == before - 2000  # the preview, at once
    gui.sync()
    body = gui.server.store.get_order(target.id)
    assert [d["code"] for d in body["discounts"]] == ["MOINS2000"]
    assert Decimal(str(body["amount"])) == before - 2000
    assert gui.service.changes.queue() == []
    assert gui.service.manual_discounts.code_gap(target.id) is None


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_sale_whose_quantity_dropped_under_its_discount_is_refused_on_save_in_a_sentence(
    gui: Gui, qtbot: QtBot, language: str
) -> None:
    """10 % of the whole sale given within the limit, then the quantity set from 10 to 1: 100 % of the line. The
    sale window's Save says the dialog's sentence, in the clerk's language, and keeps nothing."""
    install_language(language)
    try:
        _limit(gui.service, 10)
        window = gui.new_order()
        window.show()
        window.resize(1020, 760)
        item = next(i for i in gui.service.catalog.search("", limit=40) if i.price)
        window.add_item(item, 10)
        window.goods.discount_button.click()
        dialog = _dialog(qtbot, window.goods)
        dialog.value.setText("10")
        dialog.try_accept()
        assert not dialog.isVisible() and window.cart.discounts == (item.price or 0)  # 10 % of 10
        spin = window.goods.table.cellWidget(0, QUANTITY)
        assert isinstance(spin, QSpinBox)
        spin.setValue(1)
        assert window.cart.lines[0].quantity == 1
        qtbot.keyClicks(window.customer.phone, "699 00 17 17")
        before = len(gui.service.changes.queue())
        window.save()
        said = (
            "Au-delà de 10 % : un responsable doit faire cette remise."
            if language == "fr"
            else ("Above 10 %: a manager must give this discount.")
        )
        qtbot.waitUntil(lambda: window.problem.text() == said, timeout=WAIT)
        assert window.save_button.isEnabled() and len(gui.service.changes.queue()) == before
        window.grab().save(f"/tmp/dd-quantity-refused-{language}.png")
    finally:
        install_language("en")
