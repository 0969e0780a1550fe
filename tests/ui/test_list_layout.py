"""The order list on a laptop's screen, in both languages (the clerk's walk): the money in sight, whole
titles and words, the export saying where the file went, no empty progress bar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.service import ListQuery
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import Column
from tests.support.gui import WAIT, Gui, run
from tests.ui import test_conventions as conventions

LAPTOP = (1326, 740)  # the window's first size on a 1366×768 screen: min(1360, 1366 - 40)
SHOTS = Path("/tmp/list-layout")


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")


def desk_in(
    language: str, qtbot: QtBot, server: DemoServer, folder: Path, qapp: QApplication
) -> tuple[DesktopApp, MainWindow]:
    """The program at its first start on this computer (no saved layout), in ``language``, at a laptop's size."""
    desktop = conventions.open_desk(qapp, qtbot, server, folder, language)
    window = conventions.shown(desktop, qtbot)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.table.viewport().width() < LAPTOP[0] - 10, timeout=WAIT)
    return desktop, window


def in_sight(table: QTableView, column: Column) -> bool:
    """Whether ``column``'s section lies wholly inside the list's viewport (no scrolling)."""
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return not header.isSectionHidden(column) and left >= 0 and left + header.sectionSize(column) <= header.width()


def title_room(table: QTableView, column: Column) -> int:
    """What ``column``'s title takes, in bold (the header's font while rows are selected), with its margins."""
    header = table.horizontalHeader()
    bold = header.font()
    bold.setBold(True)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    return QFontMetrics(bold).horizontalAdvance(title) + 2 * margin


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_first_start_on_a_laptop_shows_the_total_and_the_balance_whole(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    english_afterwards: None,
    language: str,
) -> None:
    desktop, window = desk_in(language, qtbot, demo_server, tmp_path, qapp)
    try:
        table = window.table
        header = table.horizontalHeader()
        window.table.selectRow(2)  # (the header's titles in bold)
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"list-{language}-1326.png"))
        # What is owed beside the total, both on screen; a move of the sections only (the model's columns stay).
        assert header.visualIndex(Column.BALANCE) == header.visualIndex(Column.TOTAL) + 1
        assert window.model.headerData(Column.BALANCE, Qt.Orientation.Horizontal) in ("Balance", "Reste dû")
        style = table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for column in (Column.TOTAL, Column.BALANCE):
            assert in_sight(table, column), (column, header.sectionViewportPosition(column), header.width())
            texts = conventions.painted(window, column)
            assert texts, column
            bold = table.font()
            bold.setBold(True)  # a new order's row
            for text in texts:
                assert QFontMetrics(bold).horizontalAdvance(text) + margin <= header.sectionSize(column), text
        # Where an order came from takes no more than its usual words: the room goes to the money.
        assert header.sectionSize(Column.SOURCE) <= 130
    finally:
        conventions.close(desktop, qtbot)


def test_every_title_is_whole_in_both_languages_even_from_a_layout_saved_in_the_other(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    english_afterwards: None,
) -> None:
    desktop, window = desk_in("en", qtbot, demo_server, tmp_path, qapp)
    try:
        for language in ("en", "fr"):
            if language == "fr":
                window.save_settings()  # the English layout, kept: the French window opens with it
                desktop.switch_language("fr")
                window = conventions.shown(desktop, qtbot)
            table = window.table
            header = table.horizontalHeader()
            table.selectRow(0)  # titles in bold: the Sync one lost both ends ("ynchro")
            for column in Column:
                assert title_room(table, column) <= header.sectionSize(column), (language, column)
            assert header.sectionSizeHint(Column.ITEMS) <= header.sectionSize(Column.ITEMS)  # the sort's arrow too
            assert header.sectionSize(Column.SYNC) >= title_room(table, Column.SYNC)
        assert str(window.model.headerData(Column.SYNC, Qt.Orientation.Horizontal)) == "Synchro"
    finally:
        conventions.close(desktop, qtbot)


def show_tooltip(table: QTableView, row: int, column: Column) -> str:
    """The tooltip the list shows with the mouse resting on a cell ('' for none)."""
    table.scrollTo(table.model().index(row, column))
    table.viewport().repaint()  # (the mirror holds the rows on screen)
    rect = table.visualRect(table.model().index(row, column))
    where = rect.center()
    resting = QHelpEvent(QEvent.Type.ToolTip, where, table.viewport().mapToGlobal(where))
    QApplication.sendEvent(table.viewport(), resting)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_word_cut_to_fit_its_column_is_whole_in_its_tooltip(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    english_afterwards: None,
) -> None:
    desktop, window = desk_in("fr", qtbot, demo_server, tmp_path, qapp)
    try:
        rows = desktop.service.orders.rows(ListQuery(limit=None))
        long = next(n for n, r in enumerate(rows) if r.source and r.source.upper() == "DASHBOARD")
        short = next(n for n, r in enumerate(rows) if r.source and r.source.upper() == "WHATSAPP")
        assert window.model.row_at(long) == rows[long]  # (the list in the same order)
        table = window.table
        assert show_tooltip(table, long, Column.SOURCE) == "Tableau de bord Genuka"  # drawn "Tableau de bord G…"
        qtbot.waitUntil(lambda: show_tooltip(table, short, Column.SOURCE) == "", timeout=WAIT)  # WhatsApp fits
    finally:
        conventions.close(desktop, qtbot)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "60 orders exported to orders-today.csv (folder Exports)"),
        ("fr", "60 commandes exportées dans orders-today.csv (dossier Exports)"),
    ],
)
def test_the_export_says_which_file_and_folder_for_long_enough_to_read(
    gui: Gui, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, said: str
) -> None:
    bar = gui.window.statusBar()
    shown: list[tuple[str, int]] = []
    show = bar.showMessage

    def spy(text: str, timeout: int = 0) -> None:
        shown.append((text, timeout))
        show(text, timeout)

    monkeypatch.setattr(bar, "showMessage", spy)
    install_language(language)
    try:
        path = tmp_path / "Exports" / "orders-today.csv"
        path.parent.mkdir()
        task = gui.window.export.export_csv(path)
        qtbot.waitUntil(lambda: bar.currentMessage() != "", timeout=WAIT)
        assert task.result() == 60 and path.exists()
        assert bar.currentMessage() == said
        assert shown == [(said, shown[0][1])] and shown[0][1] >= 15_000  # not 5 s: long enough to read
    finally:
        install_language("en")


def test_no_empty_progress_bar_while_nothing_moves_offline_or_after_a_sync(gui: Gui, qtbot: QtBot) -> None:
    window = gui.window
    # Each report of the sync, with whether the bar showed once the window had it (its slot runs first).
    reports: list[tuple[tuple[str, int, int], bool]] = []
    gui.bridge.syncProgress.connect(lambda *report: reports.append((report, window.status_bar.progress.isVisible())))
    # A change sent over a slow line (its answer comes late): no bar before anything has moved.
    row = gui.open_row()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    gui.server.faults.arm("late", method="PUT", stall=1.0)
    gui.sync()
    assert reports[:2] == [(("push", 0, 1), False), (("push", 1, 1), True)], reports  # empty: hidden; sent: shown
    assert not window.status_bar.progress.isVisible()  # after the sync
    # Offline: the label says so, and a try that goes nowhere shows no empty box beside it.
    gui.server.stop()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="taken_in_charge"))
    gui.sync()
    assert window.status_bar.online_label.text() == "Offline" and not window.status_bar.progress.isVisible()
    gui.bridge.syncProgress.emit("push", 0, 1)  # the next try's first report (it may retry for seconds)
    assert not window.status_bar.progress.isVisible()
