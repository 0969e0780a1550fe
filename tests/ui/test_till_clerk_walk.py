"""What a clerk and a manager tripped on walking the till (issue 35) at a 1366 x 768 counter PC, in both languages.

The Z report named a mobile-money payment by its id (``notchpay`` for the shop's "Orange Money") on
A4, on the roll and on the receipt printer; a French amount broke across
two lines in the Z dialog's header ("102" then "000 FCFA"), whose last
line the dialog then cut off; the history cut the reason of a close short;
a dialog asked from the till window or the sale window rose over the main
window, which then hid the window the clerk was working in; the close that
waits for a manager did not say where a manager approves it; and a sale
paid to the franc said "Still owed 0 FCFA" in amber.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.models import format_money
from genuka_desk.service import ListQuery
from genuka_desk.service.thermal.z_layout import z_report_bytes
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.labels import way_label
from genuka_desk.ui.paper.print_dialog import PrintDialog
from genuka_desk.ui.paper.thermal_words import z_words
from genuka_desk.ui.till.close_dialog import CloseTillDialog
from genuka_desk.ui.till.headless import render_z_pdf
from genuka_desk.ui.till.history_table import REASON_COLUMN, REASON_WIDTH
from genuka_desk.ui.till.open_dialog import OpenTillDialog
from genuka_desk.ui.till.window import TillWindow
from genuka_desk.ui.till.z_dialog import ZReportDialog
from genuka_desk.ui.till.z_document import build_z_document
from genuka_desk.ui.till.z_facts import z_facts
from tests.support.escpos import lines
from tests.support.gui import WAIT, Gui, run
from tests.support.till import close_dialog, fill, open_till, sync, window_on

LANGUAGES = ["fr", "en"]


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    # cash_server()'s shop, with orders enough to take the walk's payments on (40 000 on one of them).
    server = DemoServer(orders=120, seed=5, mobile_sync=False, cash_control=True).start()
    try:
        with window_on(qtbot, server, tmp_path) as gui:
            yield gui
    finally:
        server.stop()
        install_language("en")


def money(amount: int, language: str) -> str:
    return format_money(Decimal(amount), "XAF", language)


def take(gui: Gui, amount: int, method: str) -> None:
    """A payment taken at the desk on an order that still owes at least ``amount``."""
    rows = gui.service.orders.rows(ListQuery(limit=None))
    row = next(r for r in rows if r.billing_status.value == "pending" and r.balance and r.balance >= amount)
    run(gui.qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(amount), method))


def walked_shift(gui: Gui) -> str:
    """The walk's shift: 38 000 counted at the opening, 64 000 in cash and 12 500 by Orange Money taken, 101 900
    counted at the close (100 short, a mistake in the change): the till waits for a manager."""
    open_till(gui, {10000: 2, 5000: 2, 1000: 5, 100: 30})
    sync(gui)
    for amount in (9000, 15000, 40000):
        take(gui, amount, "cash")
    take(gui, 12500, "notchpay")  # the shop's "Orange Money"
    sync(gui)
    closing = close_dialog(gui)
    fill(closing.table, {10000: 7, 5000: 4, 2000: 2, 1000: 5, 100: 29})
    closing.reason.setCurrentIndex(closing.reason.findData("change_mistake"))
    closing.close_button.click()
    assert closing.view is not None
    key = closing.view.session.local_id
    closing.close_button.click()  # Done
    sync(gui)
    view = gui.service.till.current()
    assert view is not None and view.session.status == "pending_approval" and view.expected == Decimal(102000)
    return key


def z_dialog(gui: Gui, key: str, language: str) -> ZReportDialog:
    dialog = ZReportDialog(gui.service, gui.bridge, key, gui.window.settings, language=language)
    gui.qtbot.addWidget(dialog)
    dialog.show()  # shown before the report is made, as the close dialog's button opens it
    gui.qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    return dialog


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_z_report_names_a_mobile_money_payment_as_the_shop_does_never_by_its_id(
    till_gui: Gui, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    key = walked_shift(till_gui)
    install_language(language)
    dialog = z_dialog(till_gui, key, language)
    report = dialog.report
    assert report is not None and dict(report.by_method)["notchpay"] == Decimal(12500)  # the service's id
    a4 = dialog.save_pdf(tmp_path / "z.pdf")
    assert a4 is not None
    dialog.group.button(1).setChecked(True)  # the receipt roll, 80 mm
    roll = dialog.save_pdf(tmp_path / "z-roll.pdf")
    assert roll is not None
    printed = "\n".join(lines(z_report_bytes(z_facts(report, dialog.ways), z_words(language), 80)))
    methods = till_gui.service.payments.methods()
    headless = render_z_pdf(report, tmp_path / "z-cli.pdf", language, methods=methods)  # the CLI's --pdf
    for text in (pdf_text(a4), pdf_text(roll), re.sub(r"\s+", " ", printed), pdf_text(headless)):
        assert "Orange Money" in text and "notchpay" not in text, text


def test_a_way_of_paying_the_shop_does_not_list_is_still_said_in_words() -> None:
    assert way_label("pawapay") == "PawaPay" and way_label("genuka_pay") == "Genuka Pay"
    assert way_label("mobile_money") == "Mobile money" and way_label("cash") == "Cash"
    assert way_label("pawapay", {"pawapay": "MTN MoMo"}) == "MTN MoMo"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_amount_stays_on_one_line_in_the_z_dialog_and_the_z_report(
    till_gui: Gui, qtbot: QtBot, language: str
) -> None:
    key = walked_shift(till_gui)
    install_language(language)
    dialog = z_dialog(till_gui, key, language)
    assert dialog.report is not None
    # What Qt reads of the rich text: the amount's spaces must still be no-break ones, never plain spaces.
    whole = money(102000, language).replace("\u202f", "\xa0")
    header = QTextDocument()
    header.setHtml(dialog.summary.text())
    assert whole in header.toRawText(), repr(header.toRawText())
    for width in (0, 58):
        assert whole in build_z_document(dialog.report, language, width).toRawText()
    # And the dialog grew to show its header whole, its last line (the session's reference) included.
    summary = dialog.summary
    assert summary.height() >= summary.heightForWidth(summary.width())
    assert summary.geometry().bottom() < dialog.group.button(0).geometry().top()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_history_shows_the_reason_of_a_close_whole(till_gui: Gui, qtbot: QtBot, language: str) -> None:
    walked_shift(till_gui)
    install_language(language)
    till_gui.window.till.language = language
    window = till_gui.window.till.show_window()
    assert isinstance(window, TillWindow)
    window.resize(900, 640)  # the width it opened at on the counter PC, where the reason was cut
    table = window.history
    qtbot.waitUntil(lambda: table.rowCount() == 1 and table.item(0, REASON_COLUMN) is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: table.columnWidth(REASON_COLUMN) >= REASON_WIDTH, timeout=WAIT)
    item = table.item(0, REASON_COLUMN)
    assert item is not None
    reason = item.text()
    assert reason == {"fr": "Erreur de rendu de monnaie", "en": "Mistake in the change given"}[language]
    assert item.toolTip() == reason
    room = QRect(0, 0, table.columnWidth(REASON_COLUMN) - 8, 10_000)
    needed = table.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, reason)
    assert needed.width() <= room.width() and needed.height() <= table.rowHeight(0)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def test_the_till_s_dialogs_open_over_the_till_window_when_asked_from_it(till_gui: Gui, qtbot: QtBot) -> None:
    window = till_gui.window.till.show_window()
    activate(qtbot, window)
    till_gui.window.till.open_action.trigger()  # the till window's "Open the till" button
    (opening,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, OpenTillDialog) and w.isVisible()]
    assert opening.parentWidget() is window
    fill(opening.table, {10000: 1})
    opening.open_button.click()
    sync(till_gui)
    activate(qtbot, window)
    till_gui.window.till.close_action.trigger()
    (closing,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CloseTillDialog) and w.isVisible()]
    assert closing.parentWidget() is window
    closing.reject()
    activate(qtbot, till_gui.window)
    till_gui.window.till.close_action.trigger()  # from the main window's menu: over the main window
    (menu_closing,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, CloseTillDialog) and w.isVisible()]
    assert menu_closing.parentWidget() is till_gui.window
    menu_closing.reject()


def test_the_counter_s_receipt_print_dialog_opens_over_the_sale_window(till_gui: Gui, qtbot: QtBot) -> None:
    sale = till_gui.window.windows.new_order()
    assert isinstance(sale, NewOrderWindow)
    item = next(i for i in till_gui.service.catalog.search("", limit=50) if i.price)
    sale.add_item(item)
    qtbot.keyClicks(sale.customer.phone, "699 00 15 15")
    qtbot.keyClicks(sale.payment.received, str(int(item.price or 0)))
    kept: list[str] = []
    sale.saved.connect(kept.append)
    sale.save()
    qtbot.waitUntil(lambda: bool(kept), timeout=WAIT)
    activate(qtbot, sale)
    sale.ask_receipt()  # no receipt printer set: the system's print dialog
    (printing,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
    assert printing.parentWidget() is sale
    printing.reject()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_close_waiting_for_a_manager_says_where_a_manager_approves_it(
    till_gui: Gui, qtbot: QtBot, language: str
) -> None:
    install_language(language)
    open_till(till_gui, {5000: 1})
    sync(till_gui)
    dialog = CloseTillDialog(till_gui.service, till_gui.bridge, language=language)
    qtbot.addWidget(dialog)
    fill(dialog.table, {2000: 2})
    dialog.reason.setCurrentIndex(dialog.reason.findData("lost_receipt"))
    dialog.close_button.click()
    sync(till_gui)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.session.status == "pending_approval", timeout=WAIT)
    detail = dialog.answer.detail.text()
    window = {"fr": "Caisse et rapports Z", "en": "Till and Z reports"}[language]
    shortcut = {"fr": "Ctrl+Maj+T", "en": "Ctrl+Shift+T"}[language]
    assert window in detail and shortcut in detail, detail


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sale_paid_to_the_franc_says_paid_in_full_not_still_owed_nothing(
    gui: Gui, qtbot: QtBot, language: str
) -> None:
    install_language(language)
    try:
        window = NewOrderWindow(gui.service, gui.bridge, locale=language)
        qtbot.addWidget(window)
        window.show()
        item = next(i for i in gui.service.catalog.search("", limit=50) if i.price and i.price > 1000)
        window.add_item(item)
        qtbot.keyClicks(window.customer.phone, "699 00 15 15")
        qtbot.keyClicks(window.payment.received, str(int(item.price or 0)))
        shown = window.payment.totals.text()
        paid, owed = {"fr": ("Payé en totalité", "Reste dû"), "en": ("Paid in full", "Still owed")}[language]
        assert paid in shown and owed not in shown, shown
        for method in ("notchpay", "cash"):  # mobile money or cash: the same
            window.payment.method.setCurrentIndex(window.payment.method.findData(method))
            assert paid in window.payment.totals.text()
    finally:
        install_language("en")
