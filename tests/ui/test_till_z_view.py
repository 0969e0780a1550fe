"""The Z report as the shop manager reads it, and the till's history (issue 35), over the demo's real HTTP.

The A4 page (read back from its PDF), the roll (its ESC/POS bytes through
the library's Dummy printer) and the till window show the pay-outs and
pay-ins apart from the sales and refunds with their sign; where the
session stands (approved by whom and when) and the notes; the 500 bill
apart from the 500 coin; the payments by method in plain words; the
dialog's header names the till once, with no raw id. The history shows
the sessions of the web, and their Z report opens in one click, offline
too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service.thermal.z_layout import z_report_bytes
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper.thermal_words import z_words
from genuka_desk.ui.till.history_table import STATUS_COLUMN
from genuka_desk.ui.till.window import TillWindow
from genuka_desk.ui.till.z_dialog import ZReportDialog
from genuka_desk.ui.till.z_facts import z_facts
from tests.support.escpos import lines
from tests.support.gui import WAIT, Gui, run
from tests.support.till import cash_payment, cash_server, close_dialog, fill, sync, window_on
from tests.support.till_web import CASHIER, cashier_token, web_shift

ADMIN = "Payton Donnelly"  # the demo admin the desk logs in as


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui
    install_language("en")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def money(amount: int, lang: str = "en") -> str:
    return flat(format_money(Decimal(amount), "XAF", lang))


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(str(path)).pages))


def full_shift(gui: Gui) -> str:
    """Awa's shift: 10 000 + two 500 bills + three 500 coins and a note at the opening, a 3 500 cash sale, an
    expense and a pay-in from the dashboard, 500 short at the close with a note, approved by the manager."""
    gui.service.account.set_clerk("u-awa", "Awa Ngo")
    opening = gui.window.till.open_till()
    fill(opening.table, {10000: 1, 500: 2})  # type: ignore[attr-defined]
    coin = next(str(d.id) for d in opening.table.denominations if d.type == "coin" and d.value == 500)  # type: ignore[attr-defined]
    opening.table.boxes[coin].setValue(3)  # type: ignore[attr-defined]
    opening.notes.setText("Fond du matin")  # type: ignore[attr-defined]
    opening.open_button.click()  # type: ignore[attr-defined]
    sync(gui)
    cash_payment(gui, 3500)
    gui.server.store.colleague_expense(Decimal(700), "Sacs plastiques")
    gui.server.store.colleague_cash("transfer_in", Decimal(2000), "Monnaie apportée")
    sync(gui)
    closing = close_dialog(gui)
    fill(closing.table, {10000: 1, 5000: 1, 1000: 1, 500: 1, 100: 3})  # 16 800: 500 short of 17 300
    closing.reason.setCurrentIndex(closing.reason.findData("change_mistake"))
    closing.notes.setText("Il manque 500")
    closing.close_button.click()
    assert closing.view is not None
    closing.close_button.click()  # Done
    sync(gui)
    key = closing.view.session.local_id
    run(gui.qtbot, gui.bridge, gui.service.till.approve(key, "Vu avec Awa"))
    return key


def z_dialog(gui: Gui, key: str, lang: str) -> ZReportDialog:
    dialog = ZReportDialog(gui.service, gui.bridge, key, gui.window.settings, language=lang)
    gui.qtbot.addWidget(dialog)
    gui.qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    return dialog


SAID = {
    "en": (
        "Cash sales",
        "Refunds",
        "Other cash in and out",
        "Expense: Sacs plastiques",
        "Transfer in: Monnaie apportée",
        "Payments by method",
        f"Approved by {ADMIN} on",
        "Opening notes Fond du matin",
        "Closing notes Il manque 500",
        "Manager's note Vu avec Awa",
        "bill × 2",
        "coin × 3",
    ),
    "fr": (
        "Ventes en espèces",
        "Remboursements",
        "Autres entrées et sorties de caisse",
        "Dépense: Sacs plastiques",
        "Transfert entrant: Monnaie apportée",
        "Répartition par mode de paiement",
        f"Approuvée par {ADMIN} le",
        "Notes d’ouverture Fond du matin",
        "Notes de fermeture Il manque 500",
        "Note du responsable Vu avec Awa",
        "billet × 2",
        "pièce × 3",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_a4_z_shows_pay_outs_apart_the_state_the_notes_and_bills_apart_from_coins(
    till_gui: Gui, tmp_path: Path, lang: str
) -> None:
    key = full_shift(till_gui)
    install_language(lang)
    dialog = z_dialog(till_gui, key, lang)
    written = dialog.save_pdf(tmp_path / "z.pdf")
    assert written is not None
    text = pdf_text(written)
    for said in SAID[lang]:
        assert said in text, (said, text)
    assert "−" + money(700, lang) in text and "+" + money(2000, lang) in text  # out, in: signed
    assert money(17300, lang) in text  # 10 000 + 2 500 + 3 500 − 700 + 2 000, as the server counts it
    report = dialog.report
    assert report is not None and report.expected == Decimal(17300) and not report.provisional
    assert report.session_id not in text and "way of paying" not in text and "moyen de paiement" not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_roll_z_says_the_same_in_its_bytes(till_gui: Gui, qtbot: QtBot, lang: str) -> None:
    key = full_shift(till_gui)
    install_language(lang)
    report = run(qtbot, till_gui.bridge, till_gui.service.till.report(key))
    printed = lines(z_report_bytes(z_facts(report), z_words(lang), 80))
    text = "\n".join(printed)
    expense, pay_in, method, approved, bill, coin, ref = {
        "en": (
            "Expense: Sacs plastiques",
            "Transfer in: Monnaie",
            "Payments by method",
            "Approved by",
            "(bill)",
            "(coin)",
            "Ref. ",
        ),
        "fr": (
            "Dépense : Sacs plastiques",
            "Transfert entrant : Monnaie",
            "Répartition par mode de paiement",
            "Approuvée par",
            "(billet)",
            "(pièce)",
            "Réf. ",
        ),
    }[lang]
    row = next(n for n, line in enumerate(printed) if expense in line)
    assert ("-" + money(700, lang)) in flat(printed[row] + printed[row + 1])
    row = next(n for n, line in enumerate(printed) if pay_in in line)
    assert ("+" + money(2000, lang)) in flat(printed[row] + printed[row + 1])
    assert method in text and f"{approved} {ADMIN}" in text and "Vu avec Awa" in text and "Fond du matin" in text
    assert any(bill in line and "× 2" in line for line in printed) and any(
        coin in line and "× 3" in line for line in printed
    )
    assert ref + report.reference in text and report.session_id not in text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_z_dialog_header_names_the_till_once_with_its_time_and_opener_and_no_raw_id(
    till_gui: Gui, lang: str
) -> None:
    key = full_shift(till_gui)
    install_language(lang)
    dialog = z_dialog(till_gui, key, lang)
    header = dialog.summary.text()
    report = dialog.report
    assert report is not None and header.count("Caisse") == 1 and "Caisse boutique" in header
    assert report.session_id not in header and key not in header and report.reference in header
    assert "Awa Ngo" in header and " – " in header  # the opener, the span of time
    assert (f"Approved by {ADMIN}" if lang == "en" else f"Approuvée par {ADMIN}") in header


def test_the_till_window_shows_the_pay_outs_and_pay_ins_apart_with_their_sign(till_gui: Gui, qtbot: QtBot) -> None:
    till_gui.window.till.open_till().open_button.click()  # type: ignore[attr-defined]  # an empty drawer
    sync(till_gui)
    cash_payment(till_gui, 3500)
    till_gui.server.store.colleague_expense(Decimal(700), "Sacs plastiques")
    till_gui.server.store.colleague_cash("transfer_out", Decimal(1000), "Versement")
    sync(till_gui)
    window = till_gui.window.till.show_window()
    assert isinstance(window, TillWindow)
    panel = window.current
    qtbot.waitUntil(lambda: "Sacs plastiques" in panel.movements.text(), timeout=WAIT)
    assert flat(panel.cash_in.text()) == money(3500) and panel.movements.isVisible() and not panel.refunds.isVisible()
    assert "Expense (Sacs plastiques) −" + money(700) in flat(panel.movements.text())
    assert "Transfer out (Versement) −" + money(1000) in flat(panel.movements.text())
    assert money(1800) in flat(panel.expected.text())


def test_the_history_shows_the_web_s_sessions_and_their_z_opens_in_one_click_offline_too(
    till_gui: Gui, qtbot: QtBot
) -> None:
    server_id = web_shift(till_gui.server, cashier_token(till_gui.server), tens=2, close_notes="Fin de journée")
    window = till_gui.window.till.show_window()
    assert isinstance(window, TillWindow)
    qtbot.waitUntil(lambda: window.history.rowCount() == 1, timeout=WAIT)  # read from the server's list at once
    assert window.history.item(0, 2).text() == CASHIER and window.history.item(0, STATUS_COLUMN).text() == "Closed"
    window.history.cellWidget(0, 0).click()  # its Z report button
    dialog = next(iter(window.findChildren(ZReportDialog)))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.report is not None and dialog.report.session_id == server_id and not dialog.report.provisional
    assert CASHIER in dialog.summary.text() and dialog.report.closing_notes == "Fin de journée"
    dialog.close()
    window.close()
    till_gui.server.stop()
    run(qtbot, till_gui.bridge, till_gui.service.sync())  # offline now
    window = till_gui.window.till.show_window()
    assert isinstance(window, TillWindow) and window.history.rowCount() == 1
    window.history.cellWidget(0, 0).click()
    offline = [d for d in window.findChildren(ZReportDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: offline.report is not None, timeout=WAIT)
    assert offline.report is not None and offline.report.expected == Decimal(20000) and not offline.report.provisional
    assert offline.report.closing_notes == "Fin de journée" and CASHIER in offline.summary.text()
