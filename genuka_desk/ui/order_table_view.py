"""The order list's table view: the rows about to be painted are filled first.

A number too wide for its column loses its first digits, never its last (``…22 500 FCFA``);
a word loses its end (``Tableau de bord…``). Either way the cell's tooltip gives it whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QToolTip

from .order_cells import NUMBER_COLUMNS
from .order_list_mirror import ListMirror


class WholeTextDelegate(QStyledItemDelegate):
    """Draws a cell as Qt does; a text cut to fit its column is given whole in the cell's tooltip.

    Only the tooltip is Python's (Qt asks for it when the mouse rests): the
    paint stays Qt's own. A cell's own tooltip (a payment problem, a sync
    mark) comes first.
    """

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data()
            if text and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), str(text), view, view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)


class NumberDelegate(WholeTextDelegate):
    """Draws a number column's cells elided on the left: ``…500 FCFA`` says it is cut; ``22`` would not."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft  # (the view's mode, right, suits the words)


class OrderTableView(QTableView):
    """A ``QTableView`` over a :class:`ListMirror`: before each paint the mirror holds the rows on screen.

    The paint itself then runs in Qt alone.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._after_paint: list[Callable[[], None]] = []
        self.setItemDelegate(WholeTextDelegate(self))  # the columns of words (the status ones have their own)
        self.numbers = NumberDelegate(self)
        for column in NUMBER_COLUMNS:
            self.setItemDelegateForColumn(column, self.numbers)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if isinstance(model, ListMirror) and model.rowCount():
            # The rows of the region being painted (the event's, in the viewport's coordinates): asking
            # for the viewport itself would make PySide resolve every widget class once (~30 ms).
            area = event.rect()
            first = max(0, self.rowAt(area.top()))
            last = self.rowAt(area.bottom())
            end = model.rowCount() - 1
            model.hold(first, end if last < 0 else last)
            shown = self.rowAt(self.height())  # (the view's height: a little past the viewport's)
            model.on_screen(max(0, self.rowAt(0)), end if shown < 0 else shown)
        super().paintEvent(event)
        if self._after_paint:
            due, self._after_paint = self._after_paint, []
            for call in due:
                QTimer.singleShot(0, call)  # once this paint has reached the screen

    def sort_list(self, column: int, *, descending: bool) -> None:
        """List by ``column`` (the header shows it, its order turned: see ``ListMirror.sort``)."""
        self.sortByColumn(column, Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder)

    def when_painted(self, call: Callable[[], None]) -> None:
        """Call ``call`` once, just after the list's next paint (the start retires its first look then).

        Told by the paint itself: watching the viewport would ask PySide for
        it, and its first ``viewport()`` resolves every widget class (~30 ms).
        """
        self._after_paint.append(call)
