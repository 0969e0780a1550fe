"""The Z report: written as an A4 PDF or on the receipt roll and read back as text (pypdf), in both languages;
provisional when made from the local copy; and its seam to the receipt printer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import qasync
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.till.z_dialog import ZReportDialog, z_pdf_name
from genuka_desk.ui.till.z_facts import z_facts
from genuka_desk.ui.till.z_output import write_z_pdf
from tests.support.gui import WAIT, Gui, run
from tests.support.till import cash_payment, cash_server, close_dialog, fill, open_till, sync, window_on

WORDS = {
    "en": ("Z report", "Opening count", "The till should hold", "Mistake in the change given", "Closed by"),
    "fr": (
        "Rapport Z",
        "Comptage d’ouverture",
        "La caisse devrait contenir",
        "Erreur de rendu de monnaie",
        "Fermée par",
    ),
}


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui
    install_language("en")


def text_of(path: Path) -> tuple[str, PdfReader]:
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)), reader


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def closed_shift(gui: Gui) -> str:
    """A shift: 20 000 at the opening, a 3 500 cash payment, 23 000 counted (500 short, the change's mistake)."""
    gui.service.account.set_clerk("u-awa", "Awa Ngo")
    open_till(gui, {10000: 2})
    sync(gui)
    cash_payment(gui, 3500)
    sync(gui)
    dialog = close_dialog(gui)
    fill(dialog.table, {10000: 2, 2000: 1, 1000: 1})
    dialog.reason.setCurrentIndex(dialog.reason.findData("change_mistake"))
    dialog.close_button.click()
    assert dialog.view is not None
    dialog.close_button.click()
    sync(gui)
    return dialog.view.session.local_id


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_z_report_pdf_carries_the_shift_in_both_languages(
    till_gui: Gui, qtbot: QtBot, tmp_path: Path, lang: str
) -> None:
    key = closed_shift(till_gui)
    install_language(lang)
    dialog = ZReportDialog(till_gui.service, till_gui.bridge, key, till_gui.window.settings, language=lang)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.pdf_button.isEnabled() and not dialog.provisional.isVisible()
    written = dialog.save_pdf(tmp_path / "z.pdf")
    assert written is not None and "z.pdf" in dialog.status.text()
    text, reader = text_of(written)
    assert len(reader.pages) == 1
    title, opening, expected, reason, closed_by = WORDS[lang]
    assert title in text and opening in text and expected in text and reason in text and closed_by in text, text
    for amount in (20000, 23500, 23000, 3500):  # opening, expected, counted, cash in
        assert flat(format_money(Decimal(amount), "XAF", lang)) in text, (amount, text)
    assert "−" + flat(format_money(Decimal(500), "XAF", lang)) in text  # the difference, signed
    assert "Awa Ngo" in text and "Caisse" in text  # who opened it, the till's account
    assert "PROVISIONAL" not in text and "PROVISOIRE" not in text


def test_the_z_report_fits_the_receipt_roll(till_gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    key = closed_shift(till_gui)
    report = run(qtbot, till_gui.bridge, till_gui.service.till.report(key))
    for width in (80, 58):
        text, reader = text_of(write_z_pdf(report, tmp_path / f"z{width}.pdf", "en", width))
        box = reader.pages[0].mediabox
        assert len(reader.pages) == 1 and round(float(box.width) / 72 * 25.4) == width
        assert "Z report" in text and flat(format_money(Decimal(23000), "XAF", "en")) in text
    with pytest.raises(ValueError, match="58 or 80"):
        write_z_pdf(report, tmp_path / "z.pdf", "en", 70)
    assert not (tmp_path / "z.pdf").exists()


def test_offline_the_z_report_is_marked_provisional(till_gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    till_gui.server.stop()
    open_till(till_gui, {5000: 3})  # opened offline: not on the server yet
    key = till_gui.service.till.current().session.local_id  # type: ignore[union-attr]
    dialog = ZReportDialog(till_gui.service, till_gui.bridge, key, till_gui.window.settings, language="en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert not dialog.provisional.isHidden()
    text, _ = text_of(dialog.save_pdf(tmp_path / "z.pdf"))  # type: ignore[arg-type]
    assert "PROVISIONAL" in text and "since" in text and flat(format_money(Decimal(15000), "XAF", "en")) in text


def test_a_pdf_that_cannot_be_written_is_said_not_traced(till_gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    open_till(till_gui, {1000: 1})
    key = till_gui.service.till.current().session.local_id  # type: ignore[union-attr]
    dialog = ZReportDialog(till_gui.service, till_gui.bridge, key, till_gui.window.settings, language="en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT)
    assert dialog.save_pdf(tmp_path / "no-such-folder" / "z.pdf") is None
    assert dialog.status.text().startswith("The PDF could not be written")
    assert z_pdf_name(dialog.report).startswith("z-report-") and z_pdf_name(dialog.report).endswith(".pdf")  # type: ignore[arg-type]


def test_the_receipt_printer_gets_the_same_report(till_gui: Gui, qtbot: QtBot) -> None:
    key = closed_shift(till_gui)
    report: Any = run(qtbot, till_gui.bridge, till_gui.service.till.report(key))
    facts = z_facts(report)
    assert facts.opening_total == Decimal(20000) and facts.cash_sales == report.cash_in == Decimal(3500)
    assert facts.expected == Decimal(23500) and facts.counted == Decimal(23000) and facts.difference == Decimal(-500)
    assert facts.reason == "change_mistake" and facts.opened_by == "Awa Ngo" and not facts.provisional
    assert [(c.value, c.quantity) for c in facts.opening] == [(Decimal(10000), 2)]
    assert [c.quantity for c in facts.closing] == [2, 1, 1]


def test_the_z_report_goes_straight_to_the_receipt_printer(till_gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.service.thermal import PrinterKind
    from genuka_desk.ui.paper import thermal_job
    from genuka_desk.ui.paper.thermal_settings import save_target
    from tests.support.escpos import LoopbackPrinter, closed_port, kinds, lines

    key = closed_shift(till_gui)
    settings = till_gui.window.settings
    with LoopbackPrinter() as printer:
        save_target(settings, PrinterKind.NETWORK, printer.address, 80, False)
        dialog = ZReportDialog(till_gui.service, till_gui.bridge, key, settings, language="en")
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.thermal_button.isEnabled(), timeout=WAIT)
        dialog.thermal_button.click()
        job = printer.wait_for(1)[0]
        qtbot.waitUntil(lambda: dialog.status.text() == "Sent to the receipt printer.", timeout=WAIT)
        printed = "\n".join(lines(job))
        assert "Z report" in printed and "23,000 FCFA" in printed and "-500 FCFA" in printed and kinds(job, "cut")
    save_target(settings, PrinterKind.NETWORK, f"127.0.0.1:{closed_port()}", 80, False)  # switched off
    dialog.thermal_button.click()
    qtbot.waitUntil(lambda: not thermal_job.busy() and dialog.thermal_button.isEnabled(), timeout=WAIT)
    assert "does not answer" in dialog.status.text()
