"""What the main window keeps of its look between starts: its settings keys, its list's rows, header and columns.

The main window owns these. The start's first look (:mod:`.first_list`)
reads them to paint the list exactly where and as the window will, so this
module stays as light as that look: no Qt ``Qt`` namespace, no table model.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from .order_cells import SORT_FIELDS, Column, column_title, money_text

# Where the list sits in the window (left, top, right, bottom margins): the first look paints it there.
PLACE_KEY = "window/list_place"
HEADER_KEY = "table/header"
# Set beside the header since it holds the order as drawn (turned: see drawn_header); older ones hold the list's.
TURNED_KEY = "table/header_turned"
GEOMETRY_KEY = "window/geometry"
# The filters the window restores: with one of them on, its list is not the default one.
PAYMENT_KEY, FULFILMENT_KEY, ATTENTION_KEY = "filters/payment", "filters/fulfilment", "filters/attention"
ROW_HEIGHT = 26  # the list's rows, in pixels
MONEY_COLUMNS = (Column.TOTAL, Column.BALANCE)
WIDE_AMOUNT = Decimal(1_250_000)  # a big order of a shop's: its money columns show such an amount whole


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


def header_sort(state: QByteArray) -> tuple[int, int] | None:
    """(order, section) of a saved header: Qt's state starts with marker 0xff, version 0, orientation,
    sort order (0 ascending, 1 descending) and the sorted section; None for a state of another shape."""
    data = bytes(state.data()) if isinstance(state, QByteArray) else b""
    if len(data) < 20 or data[:8] != b"\0\0\0\xff\0\0\0\0" or data[12:15] != b"\0\0\0" or data[15] > 1:
        return None
    return data[15], int.from_bytes(data[16:20], "big", signed=True)


def turned(state: QByteArray) -> QByteArray:
    """A saved header state with its sort order the other way round (other shapes as they are)."""
    if header_sort(state) is None:
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
