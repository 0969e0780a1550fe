"""What a clerk's walk left (issue 35): date boxes that read one way only, a phone written as known customers' are
in the editor's header, and a phone-only customer named by their phone on the receipt (the PDF and the roll).

The list's filter dates, the editor's and the counter's delivery day write the month in English
(``7 Dec 2026``; ``Dec 7, 2026`` on a US-set computer), French keeps ``07/12/2026``; a day is typed as
it reads, or picked from the calendar."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTableView
from pytestqt.qtbot import QtBot

from genuka_desk.models.coerce import WAT
from genuka_desk.service import ListQuery, PaperKind
from genuka_desk.service.thermal.receipt import receipt_bytes
from genuka_desk.ui.day_field import DayField
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.filter_bar import FilterBar
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.paper import write_pdf
from genuka_desk.ui.paper.thermal_words import receipt_words
from tests.support.escpos import lines
from tests.support.gui import WAIT, Gui
from tests.ui.test_counter_saved_words import sell
from tests.ui.test_counter_walk import counter

SHOTS = Path("/tmp/counter3")
PHONE = "+237 699 55 44 33"  # typed bare at the counter ("699554433"), kept as "+237699554433"

# (language, country, 7 December 2026 as the box shows it, as a clerk types it)
WAYS = [
    ("en", "CM", "7 Dec 2026", "7 Dec 2026"),
    ("en", "US", "Dec 7, 2026", "Dec 7, 2026"),  # a computer set to en_US: still no number for the month
    ("fr", "CM", "07/12/2026", "07/12/2026"),
    ("fr", "CM", "07/12/2026", "7/12/2026"),
]
WAY_IDS = ["en_CM", "en_US", "fr", "fr-short"]


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    install_language("en")


def focused(qtbot: QtBot, edit: QDateEdit) -> None:
    """The box reached as a clerk reaches it with Tab: its window active, its first part selected."""
    edit.window().show()
    edit.window().activateWindow()
    qtbot.waitUntil(lambda: edit.window().isActiveWindow(), timeout=WAIT)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus, timeout=WAIT)


def type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """``text`` typed into the box from its first part, then Enter."""
    focused(qtbot, edit)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Enter)


def type_day(qtbot: QtBot, edit: QDateEdit, day: str) -> None:
    """Only the day typed over (its part selected, as a double click selects it)."""
    focused(qtbot, edit)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, day)
    qtbot.keyClick(edit, Qt.Key.Key_Enter)


def pick_from_calendar(qtbot: QtBot, edit: QDateEdit, day: int) -> None:
    """The calendar opened by its arrow (the box's right end) and ``day`` of the month shown clicked."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(lambda: calendar.window().isVisible(), timeout=WAIT)
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    cells = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if str(model.index(r, c).data()) == str(day)
    ]
    assert len(cells) == 1, cells  # (a day from 13 to 27 is in a month's grid once)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cells[0]).center())
    qtbot.waitUntil(lambda: not calendar.window().isVisible(), timeout=WAIT)


def check_typing_and_calendar(qtbot: QtBot, edit: QDateEdit, shown: str, typed: str) -> None:
    """Shown one way only; a whole date typed, a day typed over, a day picked: each one is the date meant."""
    edit.setDate(QDate(2026, 12, 7))
    assert edit.text() == shown, (edit.displayFormat(), edit.text())
    edit.setDate(QDate(2025, 1, 15))
    type_date(qtbot, edit, typed)
    assert edit.date() == QDate(2026, 12, 7), edit.text()  # not July 12, not a month skipped
    type_day(qtbot, edit, "9")
    assert edit.date() == QDate(2026, 12, 9), edit.text()
    pick_from_calendar(qtbot, edit, 24)
    assert edit.date() == QDate(2026, 12, 24), edit.text()


@pytest.mark.parametrize(("language", "country", "shown", "typed"), WAYS, ids=WAY_IDS)
def test_the_lists_date_filter_reads_one_way_and_takes_a_typed_or_picked_day(
    qtbot: QtBot, back_to_english: None, language: str, country: str, shown: str, typed: str
) -> None:
    install_language(language, country)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.resize(1800, bar.sizeHint().height())  # wide enough: nothing in the toolbar's overflow
    bar.dates_enabled.setChecked(True)
    check_typing_and_calendar(qtbot, bar.date_from, shown, typed)
    check_typing_and_calendar(qtbot, bar.date_to, shown, typed)
    query = bar.query(ListQuery())
    assert query.created_from == datetime.combine(date(2026, 12, 24), time.min, tzinfo=WAT)  # the shop's day
    assert query.created_to == datetime.combine(date(2026, 12, 24), time.max, tzinfo=WAT)
    bar.date_from.setDate(QDate(2026, 12, 7))
    SHOTS.mkdir(exist_ok=True)
    bar.grab().save(str(SHOTS / f"filter-bar-{language}-{country}.png"))


@pytest.mark.parametrize(("language", "country", "shown", "typed"), WAYS[:3], ids=WAY_IDS[:3])
def test_a_delivery_day_reads_one_way_and_takes_a_typed_or_picked_day(
    qtbot: QtBot, back_to_english: None, language: str, country: str, shown: str, typed: str
) -> None:
    install_language(language, country)
    field = DayField()  # the editor's "Scheduled" and the counter's "Delivery day"
    qtbot.addWidget(field)
    field.enabled_box.setChecked(True)
    check_typing_and_calendar(qtbot, field.date_edit, shown, typed)
    assert field.day() == date(2026, 12, 24)


def test_the_editors_day_is_written_with_its_month_in_a_cameroon_shop(
    gui: Gui, qtbot: QtBot, back_to_english: None
) -> None:
    install_language("en", "CM")
    row = gui.open_row()
    editor = OrderEditor(gui.service, gui.bridge, row.id, locale="en")
    qtbot.addWidget(editor)
    scheduled = editor.billing.scheduled
    assert scheduled.date_edit.displayFormat() == "d MMM yyyy"
    scheduled.set_day(date(2026, 12, 7))
    assert scheduled.date_edit.text() == "7 Dec 2026"


def sold_to_a_phone(gui: Gui, qtbot: QtBot, language: str) -> str:
    """A sale at the counter to a phone alone (no name): its id."""
    window = counter(gui, qtbot, language)
    reference = sell(window, qtbot, gui, "", phone="699554433")  # typed bare, as at a counter
    order_id = gui.service.orders.find(reference)
    assert order_id is not None
    order = gui.service.orders.cached(order_id)
    assert order is not None and not order.customer_name and order.customer_phone == "+237699554433"
    return order_id


def test_the_editors_header_writes_the_phone_as_the_list_does(gui: Gui, qtbot: QtBot, back_to_english: None) -> None:
    order_id = sold_to_a_phone(gui, qtbot, "en")
    editor = OrderEditor(gui.service, gui.bridge, order_id, locale="en")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: PHONE in editor.header.text(), timeout=WAIT)
    assert "+237699554433" not in editor.header.text()
    SHOTS.mkdir(exist_ok=True)
    editor.resize(1100, 700)
    editor.grab().save(str(SHOTS / "editor-header-en.png"))


CUSTOMER = {"en": "Customer", "fr": "Client"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_phone_only_customer_is_named_by_their_phone_on_the_receipt(
    gui: Gui, qtbot: QtBot, tmp_path: Path, back_to_english: None, language: str
) -> None:
    order_id = sold_to_a_phone(gui, qtbot, language)
    facts = gui.service.shop.paper(order_id)
    # The roll: "Customer: +237 699 55 44 33", the phone not again on the next line.
    printed = lines(receipt_bytes(facts, receipt_words(language), 80))
    said = [n for n, text in enumerate(printed) if text.startswith(CUSTOMER[language])]
    assert len(said) == 1, printed
    assert printed[said[0]].endswith(PHONE) and "—" not in printed[said[0]], printed[said[0]]
    assert sum(PHONE in text for text in printed) == 1, printed
    # The PDF receipt (80 and 58 mm) and the invoice (A4): the same.
    for kind, width in ((PaperKind.RECEIPT, 80), (PaperKind.RECEIPT, 58), (PaperKind.INVOICE, 80)):
        path = write_pdf(facts, kind, tmp_path / f"{kind.value}{width}.pdf", language, width)
        text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(str(path)).pages))
        assert f"{CUSTOMER[language]} {PHONE}" in text, text
        assert f"{CUSTOMER[language]} —" not in text and text.count(PHONE) == 1, text
