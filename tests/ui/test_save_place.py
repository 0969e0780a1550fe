"""Save dialogs open in Documents, then where the clerk last saved; the CSV export in the clerk's words or for tools."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from genuka_desk.models import BillingStatus, ShippingStatus
from genuka_desk.service import ListQuery, PaperKind
from genuka_desk.service.export import CSV_COLUMNS
from genuka_desk.ui import save_place
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper.print_dialog import PrintDialog
from genuka_desk.ui.save_place import SaveKind, SaveRequest
from tests.support.gui import WAIT, Gui

DAY = date(2026, 12, 7)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own, with a Documents folder (Qt reads HOME and the XDG user dirs each time)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "save.ini"), QSettings.Format.IniFormat)


class Answers:
    """The save dialog, answered: what it was opened with, and the path and file type the clerk picks."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[SaveRequest] = []
        self.answer: tuple[str, str] = ("", "")
        monkeypatch.setattr(save_place, "ask_where", self.ask)

    def ask(self, parent: Any, caption: str, request: SaveRequest) -> tuple[str, str]:
        self.asked.append(request)
        return self.answer


def read_csv(path: Path, separator: str, encoding: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=separator))


def test_the_first_dialog_opens_in_documents_then_where_the_clerk_saved_and_falls_back(
    home: Path, tmp_path: Path
) -> None:
    settings = settings_in(tmp_path)
    people, tools = save_place.csv_filters()
    first = save_place.csv_request(settings, DAY)
    assert first.folder == home / "Documents"
    assert first.start == str(home / "Documents" / "orders-2026-12-07.csv")
    assert first.filters == (people, tools) and first.selected == people
    exports = tmp_path / "exports"
    exports.mkdir()
    chosen, for_tools = save_place.csv_chosen(settings, str(exports / "week"), tools)
    assert chosen == exports / "week.csv" and for_tools  # the bare name gets its .csv
    again = save_place.csv_request(settings, DAY)
    assert again.folder == exports and again.selected == tools  # both remembered
    assert save_place.start_folder(settings, SaveKind.PDF) == home / "Documents"  # each kind its own folder
    exports.rmdir()  # the USB stick taken out
    assert save_place.csv_request(settings, DAY).folder == home / "Documents"
    (home / "Documents").rmdir()  # an account without Documents
    assert save_place.csv_request(settings, DAY).folder == home


def test_the_names_say_what_and_when_in_the_clerks_language_and_are_safe(home: Path, tmp_path: Path) -> None:
    late = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)  # already the 7th in Douala
    assert save_place.pdf_name(PaperKind.INVOICE, "#ORDER_1042", late, DAY) == "invoice-ORDER_1042-2026-12-07.pdf"
    install_language("fr")
    settings = settings_in(tmp_path)
    request = save_place.csv_request(settings, DAY)
    assert request.name == "commandes-2026-12-07.csv"
    assert request.filters == (
        "CSV pour un tableur, en français (*.csv)",
        "CSV pour d’autres logiciels, en-têtes en anglais (*.csv)",
    )
    assert save_place.orders_csv_name(DAY, for_tools=True) == "orders-2026-12-07.csv"
    assert save_place.pdf_name(PaperKind.INVOICE, "#ORDER_1042", late, DAY) == "facture-ORDER_1042-2026-12-07.pdf"
    assert save_place.pdf_name(PaperKind.RECEIPT, "#A/B:C", None, DAY) == "reçu-A-B-C-2026-12-07.pdf"
    slip = save_place.pdf_request(settings, PaperKind.SLIP, "#ORDER_1", None, DAY)
    assert slip.name == "bon-de-livraison-ORDER_1-2026-12-07.pdf" and slip.filters == ("Fichiers PDF (*.pdf)",)
    assert save_place.file_safe('#a<b>c:"d"/e\\f|g?h*') == "a-b-c-d-e-f-g-h"


def test_the_csv_in_french_then_for_tools_through_the_export_dialog(
    gui: Gui, qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("fr")
    dialog = Answers(monkeypatch)
    french = tmp_path / "out" / "pour-le-patron"
    french.parent.mkdir()
    people, tools = save_place.csv_filters()
    dialog.answer = (str(french), people)
    gui.window.export.ask_and_export()
    asked = dialog.asked[0]
    assert asked.folder == home / "Documents" and asked.name == f"commandes-{date.today().isoformat()}.csv"
    written = french.with_name("pour-le-patron.csv")
    qtbot.waitUntil(written.exists, timeout=WAIT)  # moved in place once complete
    rows = read_csv(written, ";", "utf-8-sig")
    assert rows[0] == [
        "Référence",
        "Date",
        "Client",
        "Articles",
        "Total",
        "Paiement",
        "Livraison",
        "Canal",
        "Document",
        "Reste dû",
        "Devise",
        "Identifiant",
    ]
    assert len(rows) == 61
    cells = {cell for row in rows for cell in row}
    assert not cells & {"Currency", "Id", "POS", "Paid", "Delivered", "Pending", "Invoice", "Sales order"}
    body = rows[1:]
    assert "Boutique (caisse)" in {row[7] for row in body}  # the list's word for the counter
    assert {row[5] for row in body} <= {"En attente de paiement", "Payée", "Payée en partie", "Impayée", "Annulée"}
    assert all(len(row[1]) == 10 and row[1][4] == "-" for row in body)  # ISO days
    assert all(row[4].replace(".", "").isdigit() for row in body if row[4])  # plain numbers

    dialog.answer = (str(tmp_path / "out" / "for-tools.csv"), tools)
    gui.window.export.ask_and_export()
    assert dialog.asked[1].folder == tmp_path / "out"  # where the clerk saved last time
    english = tmp_path / "out" / "for-tools.csv"
    qtbot.waitUntil(english.exists, timeout=WAIT)
    assert not english.read_bytes().startswith(b"\xef\xbb\xbf")  # no BOM for other tools
    rows = read_csv(english, ",", "utf-8")
    assert tuple(rows[0]) == CSV_COLUMNS
    by_id = {row[-1]: row for row in rows[1:]}
    for order in gui.service.orders.rows(ListQuery(limit=None)):
        row = by_id[order.id]
        assert row[5] == order.billing_status.value and row[6] == order.shipping_status.value
        assert row[7] == order.source and row[8] in {"invoice", "quotation", "sales_order", "cancelled", "unknown"}
    assert {row[5] for row in rows[1:]} <= {s.value for s in BillingStatus}
    assert {row[6] for row in rows[1:]} <= {s.value for s in ShippingStatus}
    third = save_place.csv_request(gui.window.settings, DAY)
    assert third.selected == tools and third.name == "orders-2026-12-07.csv"  # the kind is remembered


def test_save_as_pdf_opens_in_documents_with_the_orders_name_then_in_the_last_folder(
    gui: Gui, qtbot: QtBot, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("fr")
    dialog = Answers(monkeypatch)
    row = next(r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.total)
    printing = gui.window.dialogs.print_order(row.id)
    assert isinstance(printing, PrintDialog)
    qtbot.addWidget(printing)
    printing.group.button(2).setChecked(True)  # the invoice
    invoices = tmp_path / "factures"
    invoices.mkdir()
    dialog.answer = (str(invoices / "la-facture"), "")
    printing.save_pdf_dialog()
    asked = dialog.asked[0]
    assert asked.folder == home / "Documents"
    assert asked.name.startswith(f"facture-{row.reference.lstrip('#')}-") and asked.name.endswith(".pdf")
    assert "#" not in asked.name and (invoices / "la-facture.pdf").stat().st_size > 0
    printing.save_pdf_dialog()
    assert dialog.asked[1].folder == invoices
    printing.close()
