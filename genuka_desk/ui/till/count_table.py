"""A count of the drawer by denomination: one row per bill or coin, largest first, its quantity and its amount.

Keyboard first: Tab goes from one quantity to the next (each selected on
arrival, so typing replaces it), Enter is the dialog's. The line amounts
and the total follow each key (``models.till.count_total``, money through
Babel). A quantity box takes digits only: a count that does not parse
cannot be typed.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractSpinBox, QGridLayout, QLabel, QSpinBox, QWidget

from ... import models as _models

if TYPE_CHECKING:
    from ...models.till import Denomination

MAX_QUANTITY = 99_999  # more bills of one kind than any drawer holds


class CountBox(QSpinBox):
    """A quantity: digits only, its whole text selected on arrival (typing replaces the 0 or the last count)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # after Qt placed the cursor; dropped if the box is gone


def denomination_name(denomination: Denomination, currency: str, language: str) -> str:
    """A bill or coin by its value written as money is written everywhere (its server label when it has none)."""
    if denomination.value is None:
        return denomination.label or str(denomination.id)
    return _models.format_money(denomination.value, currency, language)


class CountTable(QWidget):
    """The rows of a count; ``changed`` after each key, :meth:`counts` and :meth:`total` read it."""

    changed = Signal()

    def __init__(
        self,
        denominations: list[Denomination],
        currency: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.currency, self.language = currency, language
        self.denominations = [d for d in denominations if d.id]
        self._known = {str(d.id): d for d in self.denominations}
        self.boxes: dict[str, CountBox] = {}
        self._amounts: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for column, title in enumerate((self.tr("Bill or coin"), "", self.tr("Quantity"), self.tr("Amount"))):
            if title:
                head = QLabel(f"<b>{title}</b>", self)
                align = Qt.AlignmentFlag.AlignLeft if column < 2 else Qt.AlignmentFlag.AlignRight
                grid.addWidget(head, 0, column, align)
        previous: QWidget | None = None
        for row, denomination in enumerate(self.denominations, start=1):
            key = str(denomination.id)
            name = denomination_name(denomination, currency, language)
            grid.addWidget(QLabel(name, self), row, 0)
            grid.addWidget(QLabel(self._kind(denomination.type), self), row, 1)
            box = CountBox(self)
            box.setRange(0, MAX_QUANTITY)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            box.setMinimumWidth(72)
            box.setAccessibleName(self.tr("Quantity of %s") % name)
            box.valueChanged.connect(self._moved)
            grid.addWidget(box, row, 2)
            amount = QLabel(self)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(110)
            grid.addWidget(amount, row, 3)
            self.boxes[key], self._amounts[key] = box, amount
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
        total_row = len(self.denominations) + 1
        total_title = self.tr("Total counted")
        grid.addWidget(QLabel(f"<b>{total_title}</b>", self), total_row, 0, 1, 3)
        self.total_label = QLabel(self)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.total_label, total_row, 3)
        self._moved()

    def _kind(self, kind: str | None) -> str:
        return {"bill": self.tr("bill"), "coin": self.tr("coin")}.get((kind or "").lower(), "")

    def first(self) -> CountBox | None:
        """The first quantity (the focus when the dialog opens)."""
        return next(iter(self.boxes.values()), None)

    def last(self) -> CountBox | None:
        """The last quantity (what the fields after the count follow in the tab order)."""
        return next(reversed(self.boxes.values()), None)

    def counts(self) -> dict[str, int]:
        """The count as ``denomination id -> quantity`` (the denominations counted, none at 0)."""
        return {key: box.value() for key, box in self.boxes.items() if box.value() > 0}

    def total(self) -> Decimal:
        """What the count holds."""
        from ...models.till import count_total

        return count_total(self.counts(), self._known)

    def money(self, amount: Decimal | None) -> str:
        """An amount as the table writes it."""
        return _models.format_money(amount, self.currency, self.language)

    def _moved(self) -> None:
        from ...models.till import count_total

        for key, box in self.boxes.items():
            quantity = box.value()
            line = count_total({key: quantity}, self._known) if quantity else None
            self._amounts[key].setText(self.money(line) if line is not None else "—")
        self.total_label.setText(f"<b>{self.money(self.total())}</b>")
        self.changed.emit()
