"""Sort arrows that point the usual way: ▲ for smallest first, ▼ for largest (newest) first.

Qt draws the header's sort indicator the other way round in some styles
(Fusion among them: newest-first shows ▲). This proxy style, set on a
header only, swaps the two before the real style draws.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionHeader, QWidget


class UsualSortArrows(QProxyStyle):
    """The base style, with the header's sort arrow turned the usual way."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            turned = QStyleOptionHeader(option)
            swap = {
                QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
            }
            turned.sortIndicator = swap.get(option.sortIndicator, option.sortIndicator)
            super().drawPrimitive(element, turned, painter, widget)
            return
        super().drawPrimitive(element, option, painter, widget)
