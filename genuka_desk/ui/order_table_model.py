"""The order list as a lazy Qt table model over the service's local cache.

Rows are read a page at a time, only when the view asks for them, so
100,000 orders cost a count and the few pages on screen. The model never
talks HTTP: it reads the cache through the service's synchronous row reads
(a few milliseconds each) and reports status edits as a signal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from .. import models as _models
from .. import service as _service
from .labels import sync_label
from .order_cells import (
    NUMBER_COLUMNS,
    RIGHT_ALIGNED,
    SORT_FIELDS,
    Column,
    cell_colour,
    cell_text,
    column_title,
    row_problem_tip,
    struck_out,
)

__all__ = [
    "FLAGS_ROLE",
    "ID_ROLE",
    "ROW_ROLE",
    "SORT_FIELDS",
    "VALUE_ROLE",
    "Column",
    "ListSource",
    "OrderTableModel",
    "column_title",
]

PAGE = 100  # rows read at a time: a first screen holds ~30, a read of 100 takes a few ms
RELOAD_PAUSE = 0.4  # seconds between two re-reads of the list during a burst of changes
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the OrderRow
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the order id
VALUE_ROLE = Qt.ItemDataRole.UserRole + 3  # a status cell's value ("paid"), which its dropdown selects
# Where QStandardItem keeps its flags (Qt's qstandarditemmodel.cpp): the view's items get
# them with their texts, in one call per cell (tests/ui/test_list_mirror.py checks it).
FLAGS_ROLE = Qt.ItemDataRole.UserRole - 1

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
# What a paint reads of each cell: kept per row once built (see paint_cells).
_PAINTED = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _FONT})
_COLUMNS = tuple(Column)
_COLUMN_COUNT = len(_COLUMNS)
_BASE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE_FLAGS = _BASE_FLAGS | Qt.ItemFlag.ItemIsEditable
_ID = int(ID_ROLE)
_VALUE = int(VALUE_ROLE)
_FLAGS = int(FLAGS_ROLE)
_STATUS_COLUMNS = (int(Column.PAYMENT), int(Column.FULFILMENT))
_MONEY_COLUMNS = (Column.PAYMENT, Column.BALANCE)  # flagged when the payment status disagrees with the balance
# The roles data() answers; Qt asks for a dozen per cell and paint, the rest get None at once.
_ROLES = frozenset(
    {
        *_PAINTED,
        _EDIT,
        _TOOLTIP,
        int(ROW_ROLE),
        int(ID_ROLE),
        int(VALUE_ROLE),
    }
)


class ListSource(Protocol):
    """What the model reads the list through: the order service, or the start's first look at the cache."""

    @property
    def closed(self) -> bool:
        """True once the source is closed (a window outliving its session stops reading)."""

    def count(self, query: _service.ListQuery) -> int:
        """How many orders match ``query``."""

    def rows(self, query: _service.ListQuery) -> list[_service.OrderRow]:
        """One window of the list."""

    def row(self, order_id: str) -> _service.OrderRow | None:
        """The list row of one order."""


def _status_value(row: _service.OrderRow, column: Column) -> str | None:
    """A status cell's value (what its dropdown selects); None for the other columns."""
    if column is Column.PAYMENT:
        return row.billing_status.value
    if column is Column.FULFILMENT:
        return row.shipping_status.value
    return None


class OrderTableModel(QAbstractTableModel):
    """Orders matching a :class:`ListQuery`, paged lazily from the cache."""

    statusEdited = Signal(str, str, str)  # order id, "shipping" | "billing", new value

    def __init__(self, service: ListSource, locale: str = "fr", parent: Any = None, *, listed: bool = True) -> None:
        """``listed=False``: nothing is counted or read until :meth:`list_now` (a window restoring its state)."""
        super().__init__(parent)
        self.service = service
        self.locale = locale
        self.read_only = False
        self._query = _service.ListQuery(limit=PAGE)
        self._count = 0
        self._pages: dict[int, list[_service.OrderRow]] = {}
        self._where: dict[str, int] = {}  # order id -> row, for the loaded pages
        # row -> what a paint reads of each of its cells (money and dates are slow to format)
        self._cells: dict[int, tuple[dict[int, Any], ...]] = {}
        self.marked: set[str] = set()  # new orders not seen yet
        # A sync changes orders page after page: the window is re-read at most every RELOAD_PAUSE.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self._reload)
        self._last_reload = 0.0
        self._waiting = not listed
        self.refresh()

    # -- the query -------------------------------------------------------------

    @property
    def query(self) -> _service.ListQuery:
        """What the model lists."""
        return self._query

    def set_query(self, query: _service.ListQuery) -> None:
        """List something else (search, filters, sort); the window restarts at the top."""
        fresh = _service.ListQuery(**{**query.__dict__, "offset": 0, "limit": PAGE})
        if fresh == self._query:
            return  # the same list (a restored filter, a repeated sort): the loaded rows stand
        self._query = fresh
        self.refresh()

    def list_now(self) -> None:
        """Start listing, for the query set meanwhile (a model made with ``listed=False``).

        The main window sets the sort its header restores, then the kept
        filters: each a new list, whose count alone takes ~12 ms at 500,000
        orders, and whose reset makes the view's mirror drop and make again
        one entry per row. Listed once, at the end, the start does that once.
        """
        if self._waiting:
            self._waiting = False
            self.refresh()

    def refresh(self) -> None:
        """Forget the loaded pages and count again."""
        if self._waiting:
            return  # listed by list_now, once the window has set its query
        self.beginResetModel()
        self._pages.clear()
        self._where.clear()
        self._cells.clear()
        self._count = self.service.count(self._query)
        self.endResetModel()

    def _page(self, number: int) -> list[_service.OrderRow]:
        page = self._pages.get(number)
        if page is None:
            window = _service.ListQuery(**{**self._query.__dict__, "offset": number * PAGE, "limit": PAGE})
            page = self.service.rows(window)
            self._pages[number] = page
            for offset, row in enumerate(page):
                self._where[row.id] = number * PAGE + offset
        return page

    def row_at(self, row: int) -> _service.OrderRow | None:
        """The order shown on ``row`` (loads its page when needed)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE)
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    # -- updates ---------------------------------------------------------------

    def orders_changed(self, order_ids: list[str], bulk: bool) -> None:
        """Some orders changed (an edit here, a sync): update their rows in place."""
        if self._waiting:
            return  # nothing listed yet: list_now reads them as they are
        if bulk or self.service.count(self._query) != self._count:
            self._reload_soon()
            return
        for order_id in order_ids:
            row = self._where.get(order_id)
            if row is None:
                continue
            fresh = self.service.row(order_id)
            if fresh is None:
                # Gone from the store (a sale created: its local row became the server's order; a deletion):
                # the row on screen is someone else's now, so the window is read again.
                self._reload_soon()
                return
            page = self._pages.get(row // PAGE)
            if page is not None and row % PAGE < len(page):
                page[row % PAGE] = fresh
            self._cells.pop(row, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def show_status(self, order_id: str, side: _models.Side, value: str) -> None:
        """Show a status the clerk just chose at once, marked unsent; the service's event then confirms it."""
        number = self._where.get(order_id)
        if number is None:
            return
        page = self._pages.get(number // PAGE)
        if page is None or number % PAGE >= len(page):
            return
        row = page[number % PAGE]
        if side == _models.Side.BILLING:
            row = replace(row, billing_status=_models.BillingStatus.parse(value), pending=row.pending + 1)
        else:
            row = replace(row, shipping_status=_models.ShippingStatus.parse(value), pending=row.pending + 1)
        page[number % PAGE] = row
        self._cells.pop(number, None)
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def _reload_soon(self) -> None:
        """Re-read the window now, or (during a burst, such as a sync's pages) once the pause is over."""
        if self._reload_timer.isActive():
            return
        wait = self._last_reload + RELOAD_PAUSE - time.monotonic()
        if wait <= 0:
            self._reload()
        else:
            self._reload_timer.start(int(wait * 1000) + 1)

    def _reload(self) -> None:
        """Rows may have moved in or out of the filter: re-read the window, keep the view."""
        if self.service.closed:
            return  # the window outlived its session by a moment (logging out, quitting)
        self._last_reload = time.monotonic()
        count = self.service.count(self._query)
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self._where.clear()
        self._cells.clear()
        old = self._count
        self._count = count
        if count > old:
            self.beginInsertRows(QModelIndex(), old, count - 1)
            self.endInsertRows()
        elif count < old:
            self.beginRemoveRows(QModelIndex(), count, old - 1)
            self.endRemoveRows()
        self.layoutChanged.emit()

    # -- Qt's model API --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < _COLUMN_COUNT:
            return column_title(_COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._writable(index.column(), lambda: self.row_at(index.row())):
            return _EDITABLE_FLAGS
        return _BASE_FLAGS

    def _writable(self, column: int, row: Callable[[], _service.OrderRow | None]) -> bool:
        """Whether a cell takes a status edit: a status column, a window that writes, not a cancelled order."""
        if self.read_only or column not in _STATUS_COLUMNS:
            return False
        found = row()
        return found is None or not found.cancelled  # a cancelled order is never written to

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if role in _PAINTED:
            cells = self.paint_cells(number)
            return None if cells is None else cells[index.column()].get(role)
        row = self.row_at(number)
        if row is None:
            return None
        column = _COLUMNS[index.column()]
        if role == _EDIT:
            value = _status_value(row, column)
            return self._display(row, column) if value is None else value
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == VALUE_ROLE:
            return _status_value(row, column)
        if role == _TOOLTIP and column in _MONEY_COLUMNS:
            tip = row_problem_tip(row, self.locale)  # a payment status at odds with the balance
            if tip is not None:
                return tip
        if role == _TOOLTIP and (column is Column.SYNC or row.failed or row.conflict):
            return sync_label(row.pending, row.failed, row.conflict) or None
        return None

    def paint_cells(self, number: int) -> tuple[dict[int, Any], ...] | None:
        """What the view shows of each cell of row ``number`` (role -> value), built once per row loaded.

        The list's view holds these in Qt's own items (see ``ListMirror``):
        texts, alignment, colour, font, the order id, a status cell's value
        and the cell's flags.
        """
        cells = self._cells.get(number)
        if cells is None:
            row = self.row_at(number)
            if row is None:
                return None
            cells = self._cells[number] = tuple(self._paint_roles(row, column) for column in _COLUMNS)
        return cells

    def _paint_roles(self, row: _service.OrderRow, column: Column) -> dict[int, Any]:
        marked = row.id in self.marked
        editable = self._writable(column, lambda: row)
        roles: dict[int, Any] = {
            _DISPLAY: cell_text(row, column, self.locale, marked),
            _ID: row.id,
            _FLAGS: (_EDITABLE_FLAGS if editable else _BASE_FLAGS).value,
        }
        value = _status_value(row, column)
        if value is not None:
            roles[_VALUE] = value
        if column in NUMBER_COLUMNS:
            roles[_ALIGN] = RIGHT_ALIGNED
        colour = cell_colour(row, column)
        if colour is not None:
            roles[_FOREGROUND] = QColor(colour)
        if column in _MONEY_COLUMNS:
            tip = row_problem_tip(row, self.locale)
            if tip is not None:
                roles[_TOOLTIP] = tip  # the view's items carry it (the view reads the mirror, not data())
        if marked:
            font = QFont()
            font.setBold(True)  # a new order not seen yet
            roles[_FONT] = font
        elif row.cancelled:
            font = QFont()
            font.setStrikeOut(struck_out(row, column))  # a cancelled order stays visible, greyed and struck
            roles[_FONT] = font
        return roles

    def set_marked(self, ids: set[str]) -> None:
        """Show these orders as new (bold, a dot before the reference) until they are seen."""
        self.marked = set(ids)
        self._cells.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1))

    def _display(self, row: _service.OrderRow, column: Column) -> str:
        return cell_text(row, column, self.locale, row.id in self.marked)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in (Column.PAYMENT, Column.FULFILMENT):
            return False
        row = self.row_at(index.row())
        if row is None or self.read_only:
            return False
        side = _models.Side.BILLING if index.column() == Column.PAYMENT else _models.Side.SHIPPING
        current = row.billing_status.value if side == _models.Side.BILLING else row.shipping_status.value
        if value == current:
            return False
        # The service queues it; the row updates when the change is recorded.
        self.statusEdited.emit(row.id, side, str(value))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = SORT_FIELDS.get(Column(column))
        if field is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(_service.ListQuery(**{**self._query.__dict__, "sort": field, "descending": descending}))
