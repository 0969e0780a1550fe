"""The editor's Lines tab: quantities and prices, lines removed and added, and the totals preview."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models

QUANTITY, PRICE, TOTAL, REMOVE = 3, 4, 5, 6  # the columns with widgets


@dataclass(frozen=True)
class LineValues:
    """What the clerk did to the lines: changed ones by id, removed ids, new lines."""

    changed: dict[str, _models.LineChange] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    added: list[_models.NewLine] = field(default_factory=list)


class LinesPart(QWidget):
    """The order's lines as a table; ``add_requested`` asks the window for a product to add."""

    changed = Signal()
    add_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.order: _models.Order | None = None
        self.removed: list[str] = []
        self.added: list[_models.NewLine] = []
        self._read_only = False
        layout = QVBoxLayout(self)
        titles = [
            self.tr("Product"),
            self.tr("Variant"),
            self.tr("SKU"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Total"),
            "",
        ]
        self.table = QTableWidget(0, len(titles), self)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 240)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a line…"), self)
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.totals)
        layout.addLayout(row)

    def load(self, order: _models.Order) -> None:
        """Show the order's lines; edits, removals and added lines are forgotten."""
        self.order = order
        self.removed, self.added = [], []
        self.table.setRowCount(0)
        decimals = _models.currency_decimals(order.currency_code)
        for line in order.lines:
            self._append_row(
                str(line.id), line.title, line.variant_title, line.sku, line.quantity, line.price, decimals
            )

    def add(self, line: _models.NewLine) -> None:
        """Add a new line (sent with the rest at Save)."""
        assert self.order is not None
        self.added.append(line)
        decimals = _models.currency_decimals(self.order.currency_code)
        self._append_row(f"+{line.key}", line.title, line.variant_title, line.sku, line.quantity, line.price, decimals)
        self.changed.emit()

    def remove(self, line_id: str) -> None:
        """Take a line out (saved with the rest)."""
        if line_id.startswith("+"):
            self.added = [line for line in self.added if f"+{line.key}" != line_id]
        elif line_id not in self.removed:
            self.removed.append(line_id)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line_id:
                self.table.removeRow(row)
                break
        self.changed.emit()

    def values(self) -> LineValues:
        """The lines as the clerk left them: only what differs from the order."""
        assert self.order is not None
        changed: dict[str, _models.LineChange] = {}
        added = {f"+{line.key}": line for line in self.added}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is None:
                continue
            line_id = str(item.data(Qt.ItemDataRole.UserRole))
            quantity, price = self._typed(row)
            if line_id in added:
                added[line_id] = added[line_id].model_copy(update={"quantity": quantity, "price": price})
                continue
            line = self.order.line(line_id)
            if line is None:
                continue
            change = _models.LineChange(
                quantity=quantity if quantity != (line.quantity or 0) else None,
                price=price if line.price is None or price != line.price else None,
            )
            if change.quantity is not None or change.price is not None:
                changed[line_id] = change
        return LineValues(changed, list(self.removed), list(added.values()))

    def rebase(self, order: _models.Order) -> None:
        """The order moved on the server while the clerk typed: compare what is typed with ``order`` now."""
        self.order = order

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock quantities, prices, Remove and Add."""
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        for row in range(self.table.rowCount()):
            for column in (QUANTITY, PRICE, REMOVE):
                cell = self.table.cellWidget(row, column)
                if cell is not None:
                    cell.setEnabled(not read_only)

    def show_totals(self, preview: _models.Order) -> None:
        """Each line's total and the order's totals, as ``preview`` (the order with the edit) has them."""
        currency = preview.currency_code
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TOTAL)
            if item is not None:
                quantity, price = self._typed(row)
                item.setText(_models.format_money(price * quantity, currency, self.language))
        totals = _models.order_totals(preview)
        money_of = partial(_models.format_money, currency=currency, locale=self.language)
        self.totals.setText(
            "<table>"
            + "".join(
                f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;{money_of(value)}</td></tr>"
                for label, value in (
                    (self.tr("Subtotal"), totals.subtotal),
                    (self.tr("Discounts"), totals.discounts),
                    (self.tr("Shipping"), totals.shipping),
                    (self.tr("Taxes"), totals.taxes),
                    (self.tr("<b>Total</b>"), totals.total),
                    (self.tr("Amount due"), totals.amount_due),
                )
            )
            + "</table>"
        )

    def _typed(self, row: int) -> tuple[int, Decimal]:
        spin = self.table.cellWidget(row, QUANTITY)
        money = self.table.cellWidget(row, PRICE)
        assert isinstance(spin, QSpinBox) and isinstance(money, QDoubleSpinBox)
        return spin.value(), Decimal(str(round(money.value(), money.decimals())))

    def _append_row(
        self,
        line_id: str,
        title: str,
        variant: str | None,
        sku: str | None,
        quantity: int | None,
        price: Decimal | None,
        decimals: int,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((title, variant or "", sku or "")):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, line_id)
            self.table.setItem(row, column, item)
        spin = QSpinBox(self.table)
        spin.setRange(0, 1_000_000)  # 0 is shown so the clerk sees why Save is off
        spin.setValue(int(quantity or 0))
        spin.valueChanged.connect(self.changed)
        money = QDoubleSpinBox(self.table)
        money.setDecimals(decimals)
        money.setRange(-1, 1e12)
        money.setGroupSeparatorShown(True)
        money.setValue(float(price or 0))
        money.valueChanged.connect(self.changed)
        self.table.setCellWidget(row, QUANTITY, spin)
        self.table.setCellWidget(row, PRICE, money)
        total = QTableWidgetItem("")
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, TOTAL, total)
        remove = QPushButton(self.tr("Remove"), self.table)
        remove.clicked.connect(partial(self.remove, line_id))
        self.table.setCellWidget(row, REMOVE, remove)
        for cell in (spin, money, remove):
            cell.setEnabled(not self._read_only)
