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

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
    needs_colour,
    struck_out,
)
from .window_layout import (  # the main window's own keys and layout: this look paints the list as it will
    ATTENTION_KEY,
    FULFILMENT_KEY,
    GEOMETRY_KEY,
    HEADER_KEY,
    PAYMENT_KEY,
    PLACE_KEY,
    ROW_HEIGHT,
    drawn_header,
    fit_columns,
    header_sort,
)

# Qt's item roles, as the numbers it stores (the enums live in the namespace this list does without).
FONT_ROLE, ALIGNMENT_ROLE, FOREGROUND_ROLE = 6, 7, 9
HAND_OVER_WAIT_MS = 1500  # the main window's first paint normally comes within a few frames


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


def sorted_as(state: QByteArray | None) -> _service.ListQuery:
    """The list's sort of a header holding the turned order (see :func:`drawn_header`)."""
    found = header_sort(state) if state is not None else None
    field = SORT_FIELDS.get(Column(found[1])) if found is not None and 0 <= found[1] < len(Column) else None
    if found is None or field is None:
        return _service.ListQuery()
    return _service.ListQuery(sort=field, descending=found[0] == 0)
