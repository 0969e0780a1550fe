"""Receipts straight to a network receipt printer (a raw-TCP printer on loopback, started by each test), the cash
drawer on its port, and Preferences' receipt printer: what reaches the printer, and what the clerk is told."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.models import format_money
from genuka_desk.service.thermal import PrinterKind
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.paper import thermal_job
from genuka_desk.ui.paper.print_dialog import PrintDialog
from genuka_desk.ui.paper.thermal_settings import save_target, saved_target
from genuka_desk.ui.preferences_dialog import PreferencesDialog
from tests.support.escpos import PAPER_OUT, LoopbackPrinter, closed_port, kinds, lines, qr_content
from tests.support.gui import WAIT, Gui, Synced
from tests.ui.test_conventions import close, open_desk, shown
from tests.ui.test_paper import paid_order
from tests.ui.test_receipt_cash import sell


@pytest.fixture
def printer() -> Iterator[LoopbackPrinter]:
    with LoopbackPrinter() as running:
        yield running


def use_printer(settings: QSettings, address: str, width: int = 80, drawer: bool = False) -> None:
    """Preferences set to a network receipt printer at ``address``."""
    save_target(settings, PrinterKind.NETWORK, address, width, drawer)


def warnings_shown() -> list[str]:
    return [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def settled(qtbot: QtBot) -> None:
    """Every piece of printer work done, and its outcome delivered."""
    qtbot.waitUntil(lambda: not thermal_job.busy(), timeout=WAIT)


def test_print_sends_a_receipt_straight_to_the_receipt_printer(
    gui: Gui, qtbot: QtBot, printer: LoopbackPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    system: list[str] = []
    monkeypatch.setattr(PrintDialog, "print_on_system", lambda self: system.append("dialog"))
    use_printer(gui.window.settings, printer.address, width=58)
    row = paid_order(gui)
    dialog = gui.window.dialogs.print_order(row.id)
    assert isinstance(dialog, PrintDialog)
    qtbot.addWidget(dialog)
    assert dialog.straight_to_printer() and dialog.print_button.text() == "Print on the receipt printer"
    dialog.print_button.click()
    assert dialog.status.text() == "Printing on the receipt printer…"  # off the GUI thread: the click is back
    job = printer.wait_for(1)[0]
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the receipt printer.", timeout=WAIT)
    assert system == []  # no dialog
    printed = lines(job)
    assert all(len(line) <= 32 for line in printed)  # the 58 mm roll chosen in Preferences
    assert qr_content(job) == [dialog.facts.reference] and f"Receipt {dialog.facts.reference}" in printed
    assert "Boutique Mboa" in "\n".join(printed) and kinds(job, "cut")
    dialog.again_button.click()  # one click again: the receipt printer again
    assert len(printer.wait_for(2)) == 2
    settled(qtbot)
    dialog.group.button(2).setChecked(True)  # the invoice keeps the system's path
    assert not dialog.straight_to_printer() and dialog.print_button.text() == "Print…"


def test_a_receipt_printer_that_does_not_answer_is_said_and_the_system_dialog_opens_instead(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    system: list[str] = []
    monkeypatch.setattr(PrintDialog, "print_on_system", lambda self: system.append("dialog"))
    port = closed_port()
    use_printer(gui.window.settings, f"127.0.0.1:{port}")
    dialog = gui.window.dialogs.print_order(paid_order(gui).id)
    assert isinstance(dialog, PrintDialog)
    qtbot.addWidget(dialog)
    dialog.thermal_timeout = 1.0
    dialog.print_button.click()
    assert dialog.status.text() == "Printing on the receipt printer…"
    qtbot.waitUntil(lambda: system == ["dialog"], timeout=WAIT)
    assert dialog.status.text() == (
        f"The receipt printer does not answer (127.0.0.1:{port}): check that it is switched on and connected. "
        "The system's print dialog opens instead."
    )
    assert dialog.print_button.isEnabled()


def test_a_cash_sale_opens_the_drawer_and_its_receipt_goes_to_the_printer(
    gui: Gui, qtbot: QtBot, printer: LoopbackPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    use_printer(gui.window.settings, printer.address, drawer=True)
    gui.window.dialogs.clerk = "Awa Ngo Bassong"
    caplog.set_level(logging.INFO, logger="genuka_desk.service.thermal")
    reference, _ = sell(gui, qtbot, extra=500)
    kick = printer.wait_for(1)[0]
    settled(qtbot)
    assert [p.kind for p in kinds(kick, "drawer")] == ["drawer"] and not lines(kick)[0]  # the pulse, no paper
    assert f"cash drawer opened: cash sale {reference}, by Awa Ngo Bassong" in caplog.messages
    assert gui.window.statusBar().currentMessage() == "Cash drawer opened."
    counter = gui.window.windows.windows["new-order"]
    assert isinstance(counter, NewOrderWindow) and counter.receipt_button.isVisible()
    counter.receipt_button.click()
    receipt = printer.wait_for(2)[1]
    assert qr_content(receipt) == [reference]  # the sale's temporary reference, printed by the printer
    text = "\n".join(lines(receipt))
    assert "Cash given" in text and "Served by Awa Ngo Bassong" in text and not kinds(receipt, "drawer")
    settled(qtbot)
    sell(gui, qtbot, extra=0, method="notchpay")  # not cash: the drawer stays shut
    settled(qtbot)  # (a pulse sent would be logged before its work is done)
    assert len([m for m in caplog.messages if m.startswith("cash drawer opened")]) == 1


def test_without_a_receipt_printer_the_counter_receipt_takes_the_print_dialog(gui: Gui, qtbot: QtBot) -> None:
    reference, _ = sell(gui, qtbot, extra=0)
    counter = gui.window.windows.windows["new-order"]
    assert isinstance(counter, NewOrderWindow)
    counter.receipt_button.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].facts.reference == reference
    qtbot.addWidget(dialogs[0])
    assert not dialogs[0].straight_to_printer()


def test_open_drawer_from_the_menu_and_a_printer_not_set(
    gui: Gui, qtbot: QtBot, printer: LoopbackPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    menus = gui.window.menus
    assert menus.drawer_action.isEnabled() and menus.drawer_action.shortcut().toString() == "Ctrl+Shift+D"
    menus.drawer_action.trigger()  # nothing set yet
    assert any("No receipt printer is set" in text for text in warnings_shown())
    use_printer(gui.window.settings, printer.address)
    with caplog.at_level(logging.INFO, logger="genuka_desk.service.thermal"):
        menus.drawer_action.trigger()
        assert kinds(printer.wait_for(1)[0], "drawer")
        settled(qtbot)
    assert any(m.startswith("cash drawer opened: asked from the menu") for m in caplog.messages)
    assert not any("token" in m.lower() for m in caplog.messages)


def test_a_read_only_login_never_opens_the_drawer(
    synced: Synced, qtbot: QtBot, printer: LoopbackPrinter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="genuka_desk.service.thermal")
    use_printer(synced.settings, printer.address, drawer=True)
    window = MainWindow(synced.service, synced.bridge, locale="en", read_only=True, settings=synced.settings)
    qtbot.addWidget(window)
    assert not window.menus.drawer_action.isEnabled()
    window.menus.till_printer.open_drawer()  # even if asked some other way
    window.menus.till_printer.sale_saved("DESK-0001", cash=True)
    assert any("may not take sales" in text for text in warnings_shown())
    settled(qtbot)
    assert printer.jobs == [] and not [m for m in caplog.messages if m.startswith("cash drawer opened")]


@pytest.fixture
def preferences(synced: Synced, qtbot: QtBot) -> PreferencesDialog:
    dialog = PreferencesDialog("", True, settings=synced.settings)
    qtbot.addWidget(dialog)
    return dialog


def test_preferences_test_print_says_what_happened(
    preferences: PreferencesDialog, qtbot: QtBot, printer: LoopbackPrinter
) -> None:
    part = preferences.printer
    assert part is not None and part.chosen_kind() is PrinterKind.NONE and not part.test_button.isEnabled()
    part.kind.setCurrentIndex(part.kind.findData("network"))
    assert part.test_button.isEnabled() and "9100" in part.address.placeholderText()
    part.address.setText("192.168.1.50:")
    part.test_button.click()
    assert part.result.text() == "Type the printer's address as host:port, e.g. 192.168.1.50:9100."
    part.address.setText(printer.address)
    part.roll.setCurrentIndex(part.roll.findData(58))
    part.test_button.click()
    qtbot.waitUntil(lambda: part.result.text() == "Printed: check the page on the printer.", timeout=WAIT)
    page = printer.wait_for(1)[0]
    assert "Test print" in lines(page) and "Roll: 58 mm, 32 columns" in lines(page) and kinds(page, "status")
    printer.paper = PAPER_OUT
    part.test_button.click()
    qtbot.waitUntil(lambda: "out of paper" in part.result.text(), timeout=WAIT)
    assert part.result.text() == "The receipt printer is out of paper: put in a new roll."
    part.address.setText(f"127.0.0.1:{closed_port()}")
    part.test_button.click()
    qtbot.waitUntil(lambda: "does not answer" in part.result.text(), timeout=WAIT)
    part.kind.setCurrentIndex(part.kind.findData("usb"))
    assert part.address.text() == "" and "04b8:0202" in part.address.placeholderText()
    part.kind.setCurrentIndex(part.kind.findData("network"))
    assert part.address.text().startswith("127.0.0.1:")  # each kind keeps what was typed for it


def test_preferences_keep_the_receipt_printer(
    qapp: QApplication,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    printer: LoopbackPrinter,
) -> None:
    desktop = open_desk(qapp, qtbot, demo_server, tmp_path, "en")
    try:
        window = shown(desktop, qtbot)

        def choose(dialog: PreferencesDialog) -> bool:
            part = dialog.printer
            assert part is not None
            part.kind.setCurrentIndex(part.kind.findData("network"))
            part.address.setText(printer.address)
            part.roll.setCurrentIndex(part.roll.findData(58))
            part.drawer.setChecked(True)
            return True

        desktop.ask_preferences = choose
        window.menus.preferences_action.trigger()
        kept = saved_target(desktop.settings)
        assert (kept.kind, kept.host, kept.port, kept.width, kept.drawer_on_cash) == (
            PrinterKind.NETWORK,
            "127.0.0.1",
            printer.port,
            58,
            True,
        )
        shown(desktop, qtbot).menus.drawer_action.trigger()
        assert kinds(printer.wait_for(1)[0], "drawer")
        settled(qtbot)
    finally:
        close(desktop, qtbot)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", ("Reçu ", "Client : ", "Reste à payer", "Servi par Awa", "Page de test", "Arrondi")),
        ("en", ("Receipt ", "Customer: ", "Balance due", "Served by Awa", "Test print", "Rounding")),
    ],
)
def test_the_tickets_speak_the_clerks_language(gui: Gui, lang: str, said: tuple[str, ...]) -> None:
    from genuka_desk.service.thermal.check_page import check_page_bytes
    from genuka_desk.service.thermal.receipt import receipt_bytes
    from genuka_desk.service.thermal.z_layout import ZFacts, z_report_bytes
    from genuka_desk.ui.paper.thermal_words import check_words, receipt_words, z_words

    install_language(lang)
    try:
        facts = gui.service.shop.paper(paid_order(gui).id, clerk="Awa Ngo Bassong")
        receipt = "\n".join(lines(receipt_bytes(facts, receipt_words(lang), 80)))
        page = "\n".join(lines(check_page_bytes(check_words(), 80)))
        zero = Decimal(0)
        z = ZFacts("S1", "Caisse", "XAF", None, None, "Awa", "", (), zero, zero, (), zero, zero, zero, zero, "rounding")
        report = "\n".join(lines(z_report_bytes(z, z_words(lang), 80)))
    finally:
        install_language("en")
    receipt_said, page_said, reason = said[:4], said[4], said[5]
    assert all(word in receipt for word in receipt_said), receipt
    assert format_money(facts.totals.total, "XAF", lang).replace("\u202f", " ").replace("\xa0", " ") in receipt
    assert page_said in page and reason in report
