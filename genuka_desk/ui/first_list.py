"""The start's first look: the order list alone, where the main window will show it.

A kept login's orders are painted from the cache file before the main
window (its toolbar, filters, menus, delegates, the store and the rest of
the program) has even been imported. This window holds only the list: the
same columns and cell texts (read-only), the saved column layout and sort,
and the table at the very place the main window put it at its last close
(``window/list_place``), so when the main window opens over it, at the same
place, the rows do not move: the toolbar and the status bar appear around
them. It is used only when that place, the column layout and the window's
geometry were saved and no filter was left on (the list would differ).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView, QVBoxLayout, QWidget

from .. import service as _service
from .order_cells import (
    NUMBER_COLUMNS,
    RIGHT_ALIGNED,
    SORT_FIELDS,
    Column,
    cell_colour,
    cell_text,
    column_title,
    money_text,
    needs_colour,
    struck_out,
)

PLACE_KEY = "window/list_place"
HEADER_KEY = "table/header"
# Set beside the header since it holds the order as drawn (turned: see drawn_header); older ones hold the list's.
TURNED_KEY = "table/header_turned"
GEOMETRY_KEY = "window/geometry"
# Filters the main window restores: with one of them on, its list is not the default one.
PAYMENT_KEY, FULFILMENT_KEY, ATTENTION_KEY = "filters/payment", "filters/fulfilment", "filters/attention"
ROW_HEIGHT = 26  # as the main window's list
# Qt's item roles, as the numbers it stores (the enums live in the namespace this list does without).
FONT_ROLE, ALIGNMENT_ROLE, FOREGROUND_ROLE = 6, 7, 9
HAND_OVER_WAIT_MS = 1500  # the main window's first paint normally comes within a few frames
MONEY_COLUMNS = (Column.TOTAL, Column.BALANCE)
WIDE_AMOUNT = Decimal(1_250_000)  # a big order of a shop's: its money columns show such an amount whole


def list_place(settings: QSettings) -> tuple[int, int, int, int] | None:
    """The table's margins in the main window at its last close (left, top, right, bottom), if saved."""
    value = settings.value(PLACE_KEY)
    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        place = tuple(int(v) for v in value)
    except (TypeError, ValueError):
        return None
    if any(v < 0 or v > 4000 for v in place):
        return None
    return place[0], place[1], place[2], place[3]


def can_look_first(settings: QSettings) -> bool:
    """Whether the first look would show what the main window will (a saved layout, no filter left on)."""
    if list_place(settings) is None:
        return False
    if not isinstance(settings.value(HEADER_KEY), QByteArray) or not isinstance(
        settings.value(GEOMETRY_KEY), QByteArray
    ):
        return False
    if any(str(settings.value(key, "") or "") for key in (PAYMENT_KEY, FULFILMENT_KEY)):
        return False
    return str(settings.value(ATTENTION_KEY, "false")).lower() != "true"


class FirstList(QMainWindow):
    """The order list of the kept login, read-only, at the main window's place.

    Its model is Qt's own item model holding the texts of the rows that fill
    the window (a few more, so the scroll bar shows as it will): a Python
    table model would load Qt's ``Qt`` namespace (~30 ms) before the paint.
    """

    def __init__(self, look: _service.FirstLook, settings: QSettings, language: str) -> None:
        super().__init__()
        self.look = look
        # The main window's own title (and its translation): the window that follows has the same.
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Genuka Desk — Orders"))
        state = drawn_header(settings)
        self.query = sorted_as(state)
        self.restoreGeometry(settings.value(GEOMETRY_KEY))
        # Filled before the view sees it: one layout, not one update per cell.
        self.model = QStandardItemModel(0, len(Column), self)
        self.model.setHorizontalHeaderLabels([column_title(c) for c in Column])
        self._fill(language)
        table = QTableView(self)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        table.setModel(self.model)
        if state is not None:
            header.restoreState(state)  # widths, order and the sort's arrow
        fit_columns(table, language)  # as the main window does: no column moves at the hand-over
        self.table = table
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(*(list_place(settings) or (0, 0, 0, 0)))
        layout.addWidget(table)
        self.setCentralWidget(holder)
        holder.setFocus()  # not the list: it would mark its first cell (the main window focuses its search box)

    def _fill(self, language: str) -> None:
        """The rows that fill the window, as the main window's list shows them."""
        room = max(1, self.height() // ROW_HEIGHT + 2)
        rows = self.look.rows(_service.ListQuery(**{**self.query.__dict__, "limit": room}))
        self.model.setRowCount(len(rows))
        if any(needs_colour(row) for row in rows):
            from PySide6.QtGui import QColor, QFont  # (their types load only for rows that need them)
        for number, row in enumerate(rows):
            for column in Column:
                item = QStandardItem(cell_text(row, column, language))
                if column in NUMBER_COLUMNS:
                    item.setData(RIGHT_ALIGNED, ALIGNMENT_ROLE)
                colour = cell_colour(row, column)
                if colour is not None and needs_colour(row):
                    item.setData(QColor(colour), FOREGROUND_ROLE)  # (an empty sync cell needs none)
                if row.cancelled:
                    font = QFont()
                    font.setStrikeOut(struck_out(row, column))
                    item.setData(font, FONT_ROLE)
                self.model.setItem(number, column, item)

    def hand_over(self, when_painted: Callable[[Callable[[], None]], None]) -> None:
        """Put this list away once the main window's list (at the same place) has been painted.

        ``when_painted`` registers a call for after that list's next paint
        (:meth:`OrderTableView.when_painted`).
        """
        from PySide6.QtCore import QTimer  # after the first paint: no hurry for its type

        when_painted(self.retire)
        QTimer.singleShot(HAND_OVER_WAIT_MS, self.retire)  # however the paint goes

    def retire(self) -> None:
        """Hide now and let the cache file go (the main window reads through the store)."""
        if self.look.closed:
            return
        self.hide()
        self.look.close()
        self.deleteLater()


def fit_columns(table: QTableView, language: str) -> None:
    """Widen each column to its title, and the money columns to a wide amount in ``language`` (``1 250 000 FCFA``).

    A layout saved in another language (or narrowed by hand), or a default
    width, would otherwise cut the amounts or the titles: amounts are measured
    in the list's font, bold (a new order's row), with a digit's width of room
    each side; a wider column stays as it is.
    """
    header = table.horizontalHeader()
    bold = table.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    amount = metrics.horizontalAdvance(money_text(WIDE_AMOUNT, "XAF", language)) + 2 * metrics.horizontalAdvance("0")
    for column in Column:
        if header.isSectionHidden(column):
            continue
        need = title_width(table, column)
        if column in MONEY_COLUMNS:
            need = max(amount, need)
        if header.sectionSize(column) < need:
            header.resizeSection(column, need)


def title_width(table: QTableView, column: Column) -> int:
    """The width ``column``'s title needs, whole: with the sort's arrow where the list sorts by it.

    Measured in bold: the header draws the titles bold while rows are
    selected, and centres them, though Qt elides them in its plain font: a
    title wider than its section loses both ends ("ynchro").
    """
    header = table.horizontalHeader()
    if column in SORT_FIELDS:
        return header.sectionSizeHint(column)  # (Qt's: the title in bold, its margins, the arrow)
    bold = header.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    return metrics.horizontalAdvance(column_title(column)) + 2 * metrics.horizontalAdvance("0")  # a digit each side


def _header_sort(state: QByteArray) -> tuple[int, int] | None:
    """(order, section) of a saved header: Qt's state starts with marker 0xff, version 0, orientation,
    sort order (0 ascending, 1 descending) and the sorted section; None for a state of another shape."""
    data = bytes(state.data()) if isinstance(state, QByteArray) else b""
    if len(data) < 20 or data[:8] != b"\0\0\0\xff\0\0\0\0" or data[12:15] != b"\0\0\0" or data[15] > 1:
        return None
    return data[15], int.from_bytes(data[16:20], "big", signed=True)


def turned(state: QByteArray) -> QByteArray:
    """A saved header state with its sort order the other way round (other shapes as they are)."""
    if _header_sort(state) is None:
        return state
    data = bytes(state.data())
    return QByteArray(data[:15] + bytes([1 - data[15]]) + data[16:])


def drawn_header(settings: QSettings) -> QByteArray | None:
    """The saved header as the list's headers hold it: the sort order turned, so Qt draws the usual arrow.

    Qt draws the sort indicator the other way round in some styles (Fusion:
    newest first shows ▲). Both lists' headers hold the order turned (▼ for
    newest first), and their models sort the other way round again
    (:meth:`ListMirror.sort`): the plain style then draws the usual arrows
    with no proxy style (``QStyle``'s types alone are ~10 ms of the start,
    and a Python ``drawPrimitive`` is entered at every header paint). States
    saved before hold the list's own order and are turned here.
    """
    state = settings.value(HEADER_KEY)
    if not isinstance(state, QByteArray):
        return None
    return state if str(settings.value(TURNED_KEY, "false")).lower() == "true" else turned(state)


def sorted_as(state: QByteArray | None) -> _service.ListQuery:
    """The list's sort of a header holding the turned order (see :func:`drawn_header`)."""
    found = _header_sort(state) if state is not None else None
    field = SORT_FIELDS.get(Column(found[1])) if found is not None and 0 <= found[1] < len(Column) else None
    if found is None or field is None:
        return _service.ListQuery()
    return _service.ListQuery(sort=field, descending=found[0] == 0)
