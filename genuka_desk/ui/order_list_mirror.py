"""The order list as its view shows it: the rows on screen held in Qt's own items.

A Python table model is called by Qt three times per cell and paint
(``index``, ``flags``, ``data``): ~500 calls into Python for one screen,
~10 ms of PySide's own cost, each call taking the GIL back from a sync
storing pages (the longest stalls of the window). The view is given this
``QStandardItemModel`` instead: just before each paint, the view asks it to
hold the rows about to be drawn (:meth:`ListMirror.hold`), which it copies
from :class:`OrderTableModel` in one call per cell; the paint itself then
never enters Python. Row numbers are the same in both models; the order
model stays the one the window reads, sorts and edits through.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItemModel

from .. import service as _service
from .order_table_model import OrderTableModel

Index = QModelIndex | QPersistentModelIndex

KEEP = 400  # rows whose items are kept (a few screens); those seen longest ago are dropped


class ListMirror(QStandardItemModel):
    """What the list's view paints: :class:`OrderTableModel`'s cells for the rows on screen."""

    def __init__(self, source: OrderTableModel, parent: Any = None) -> None:
        super().__init__(0, source.columnCount(), parent)
        self.source = source
        # Rows whose items hold the source's current cells, each with the order row they were made from.
        self._fresh: dict[int, _service.OrderRow] = {}
        self._held: dict[int, None] = {}  # rows that have items, the least recently held first
        self._screen = (0, -1)  # the rows the view showed at its last paint (first, last)
        self._copied: dict[int, None] = {}  # every role copied so far, each to None (see hold)
        self._titles()
        self.setRowCount(source.rowCount())
        source.modelReset.connect(self._reset)
        source.layoutChanged.connect(self._relisted)
        source.rowsInserted.connect(self._recount)
        source.rowsRemoved.connect(self._recount)
        source.dataChanged.connect(self._changed)
        source.headerDataChanged.connect(self._titles)

    # -- what the view calls -------------------------------------------------

    def hold(self, first: int, last: int) -> None:
        """Make rows ``first``..``last`` show the source's current cells (before they are painted)."""
        last = min(last, self.rowCount() - 1)
        missing = [number for number in range(max(0, first), last + 1) if number not in self._fresh]
        if not missing:
            return
        # The view paints these rows next: telling it they changed would only ask for another paint.
        blocked = self.blockSignals(True)
        try:
            for number in missing:
                cells = self.source.paint_cells(number)
                row = self.source.row_at(number)  # (the page just read for the cells)
                if cells is None or row is None:
                    continue
                # setItemData only adds to an item's roles: a role its cell no longer has (the red of
                # a settled order, a tooltip, a font) is named with None, which clears it.
                again = number in self._held  # its items hold the cells of an earlier paint
                for column, roles in enumerate(cells):
                    if not roles.keys() <= self._copied.keys():
                        self._copied.update(dict.fromkeys(roles))
                    self.setItemData(self.index(number, column), {**self._copied, **roles} if again else roles)
                self._fresh[number] = row
                self._held.pop(number, None)
                self._held[number] = None
            self._drop_oldest()
        finally:
            self.blockSignals(blocked)

    def on_screen(self, first: int, last: int) -> None:
        """The view shows rows ``first``..``last`` (told at each paint; a re-listing compares only those)."""
        self._screen = (first, last)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in the view (a status dropdown) goes to the order model, which reports it."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.source.setData(self.source.index(index.row(), index.column()), value, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort: the order model lists the other way round (never the items here).

        The header holds the order turned, so the plain style draws the usual
        arrow (▼ newest first; see ``window_layout.drawn_header``).
        """
        ascending = Qt.SortOrder.AscendingOrder
        self.source.sort(column, Qt.SortOrder.DescendingOrder if order == ascending else ascending)

    # -- following the source ------------------------------------------------

    def _drop_oldest(self) -> None:
        while len(self._held) > KEEP:
            number = next(iter(self._held))
            del self._held[number]
            self._fresh.pop(number, None)
            for column in range(self.columnCount()):
                self.takeItem(number, column)

    def _titles(self, *_: Any) -> None:
        horizontal = Qt.Orientation.Horizontal
        self.setHorizontalHeaderLabels(
            [str(self.source.headerData(c, horizontal)) for c in range(self.source.columnCount())]
        )

    def _reset(self) -> None:
        """Another list (a search, a filter, a sort): the view starts again at the top."""
        self._fresh.clear()
        self._held.clear()
        self.setRowCount(0)
        self.setRowCount(self.source.rowCount())

    def _recount(self, *_: Any) -> None:
        count = self.source.rowCount()
        if count == self.rowCount():
            return
        if count < self.rowCount():
            self._fresh = {n: row for n, row in self._fresh.items() if n < count}
            self._held = {n: None for n in self._held if n < count}
        self.setRowCount(count)

    def _relisted(self, *_: Any) -> None:
        """The source re-read its window (rows may have moved): the rows held whose order changed are painted afresh.

        A sync re-reads the list every few pages; most of the time the rows on
        screen are the same orders, unchanged (the new ones land below, or
        off the filter), and painting them again would be the whole cost of
        the reload. Only the rows on screen are compared (one page read, which
        their next paint needs anyway); the others held are painted afresh
        when they come back on screen.
        """
        self._recount()
        top, bottom = self._screen
        moved: list[int] = []
        for number, row in list(self._fresh.items()):
            if not top <= number <= bottom:
                del self._fresh[number]
            elif self.source.row_at(number) != row:
                del self._fresh[number]
                moved.append(number)
        for first, last in _runs(sorted(moved)):
            self._repaint(first, last)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        first, last = top_left.row(), bottom_right.row()
        self._fresh = {n: row for n, row in self._fresh.items() if not first <= n <= last}  # at most KEEP rows
        self._repaint(first, last)

    def _repaint(self, first: int, last: int) -> None:
        if last >= first >= 0:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted ``numbers`` as (first, last) runs of consecutive ones."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
