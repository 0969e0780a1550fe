"""The sale's lines: the local catalogue searched as the clerk types, a scanner's code, a line of one's own.

The stock each product shows is the desk's shop's (the catalogue's figure,
already lowered by the desk's sales not yet on the server). Selling more is
warned of under the lines and never refused: the sale is the clerk's call.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ... import models as _models
from ... import service as _service
from ..parts import MoneyEdit, SearchField

QUANTITY, PRICE, TOTAL, STOCK, REMOVE = 1, 2, 3, 4, 5


class SaleLinesPart(QGroupBox):
    """What the customer takes: ``cart.lines``, kept here as the clerk adds and removes."""

    changed = Signal()
    problem = Signal(str)  # something the clerk typed cannot make a line

    def __init__(self, service: _service.OrderService, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lines"), parent)
        self.service = service
        self.language = language
        self.cart = _models.NewOrder()  # only its lines and currency: the rest of the sale is the other parts'
        # The stock of each product added, as the catalogue knew it (None: not followed).
        self.stock: dict[tuple[str | None, str | None], Decimal | None] = {}
        grid = QGridLayout(self)
        self.search = SearchField(self, self.tr("Product, SKU or barcode… (Enter adds it)"), 130)
        self.results = self.search.results
        self.search.typed.connect(self._find)
        self.search.activated.connect(self._add_found)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Total"), self.tr("In stock"), ""]
        )
        self.table.verticalHeader().setVisible(False)
        # The product's name takes the room the window gives; the figures keep their width.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stock_note = QLabel(self)
        self.stock_note.setStyleSheet("color:#8a5a00")
        self.adhoc_title = QLineEdit(self)
        self.adhoc_title.setPlaceholderText(self.tr("A line of your own: title"))
        self.adhoc_price = MoneyEdit(self, "XAF", language)
        self.adhoc_price.setPlaceholderText(self.tr("price"))
        self.adhoc_price.returnPressed.connect(self.add_adhoc)
        adhoc_button = QPushButton(self.tr("Add"), self)
        adhoc_button.clicked.connect(self.add_adhoc)
        grid.addWidget(self.search, 0, 0, 1, 3)
        grid.addWidget(self.results, 1, 0, 1, 3)
        grid.addWidget(self.table, 2, 0, 1, 3)
        grid.addWidget(self.stock_note, 3, 0, 1, 3)
        grid.addWidget(self.adhoc_title, 4, 0)
        grid.addWidget(self.adhoc_price, 4, 1)
        grid.addWidget(adhoc_button, 4, 2)

    def reset(self) -> None:
        """No lines."""
        self.load([])

    def load(self, lines: list[_models.NewOrderLine], currency: str = "XAF") -> None:
        """Show a sale's lines (a sale being corrected: the stock is looked up again)."""
        self.cart = _models.NewOrder(lines=[line.model_copy() for line in lines], currency=currency)
        self.adhoc_price.currency = currency
        self.stock = {}
        for line in self.cart.lines:
            if line.product_id:
                item = self.service.catalog.item(line.variant_id or line.product_id)
                stock = item.stock if item is not None else None
                # This sale is still queued: the shown stock is already lowered by its own lines.
                key = (line.product_id, line.variant_id)
                mine = sum(o.quantity for o in lines if (o.product_id, o.variant_id) == key)
                self.stock[key] = None if stock is None else stock + mine
        for edit in (self.search, self.adhoc_title, self.adhoc_price):
            edit.clear()
        self.search.show_results([])
        self._show()

    def add_item(self, item: _service.CatalogItem, quantity: int = 1) -> None:
        """Add a catalogue product (the same one again raises its quantity)."""
        self.cart.add(item.as_line(quantity))
        self.stock[(item.product_id, item.variant_id)] = item.stock
        self._show()

    def add_adhoc(self) -> None:
        """A line for something not in the catalogue: a title and a price."""
        price = self.adhoc_price.amount()
        title = self.adhoc_title.text().strip()
        if not title or price is None:
            self.problem.emit(self.tr("A line of your own needs a title and a price."))
            return
        self.cart.add(_models.NewOrderLine(title=title, quantity=1, price=price))
        self.adhoc_title.clear()
        self.adhoc_price.clear()
        self._show()

    def remove_line(self, key: str) -> None:
        """Take a line out of the sale."""
        self.cart.lines = [line for line in self.cart.lines if line.key != key]
        self._show()

    def over_stock(self) -> list[str]:
        """The lines that take more than the stock the catalogue knows."""
        return [
            line.title
            for line in self.cart.lines
            if (stock := self.stock.get((line.product_id, line.variant_id))) is not None and line.quantity > stock
        ]

    def mark(self, rows: set[int]) -> None:
        """Show the lines at ``rows`` (0-based) as those the server refused."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                item.setForeground(Qt.GlobalColor.red if row in rows else Qt.GlobalColor.black)

    def _money(self, amount: Decimal) -> str:
        return _models.format_money(amount, self.cart.currency, self.language)

    def _find(self, text: str) -> None:
        found = self.service.catalog.search(text, limit=12) if text.strip() else []
        self.search.show_results((self._label(item), item) for item in found)

    def _label(self, item: _service.CatalogItem) -> str:
        label = f"{item.label}   {self._money(item.price or Decimal(0))}"
        if item.stock is not None:
            label += "   " + self.tr("stock %s") % f"{item.stock.normalize():f}"
        return label

    def _add_found(self) -> None:
        text = self.search.text().strip()
        exact = self.service.catalog.item(text) if text else None
        # A scanner types a whole code then Enter: that product, whatever the list shows.
        item: _service.CatalogItem | None = exact if exact is not None and text in (exact.sku, exact.barcode) else None
        if item is None:
            self.search.flush()  # typed too fast for the list to follow: it does now
            item = self.search.chosen()
        if item is None:
            return
        self.add_item(item)
        self.search.clear()

    def _show(self) -> None:
        self.table.setRowCount(0)
        for line in self.cart.lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(line.title))
            spin = QSpinBox(self.table)
            spin.setRange(0, 1_000_000)
            spin.setValue(line.quantity)
            spin.valueChanged.connect(partial(self._quantity_changed, line.key))
            self.table.setCellWidget(row, QUANTITY, spin)
            self.table.setItem(row, PRICE, QTableWidgetItem(self._money(line.price)))
            self.table.setItem(row, TOTAL, QTableWidgetItem(self._money(line.total)))
            stock = self.stock.get((line.product_id, line.variant_id))
            self.table.setItem(row, STOCK, QTableWidgetItem("" if stock is None else f"{stock.normalize():f}"))
            remove = QPushButton(self.tr("Remove"), self.table)
            remove.clicked.connect(partial(self.remove_line, line.key))
            self.table.setCellWidget(row, REMOVE, remove)
        self._show_stock()
        self.changed.emit()

    def _quantity_changed(self, key: str, value: int) -> None:
        for row, line in enumerate(self.cart.lines):
            if line.key == key:
                line.quantity = value
                total = self.table.item(row, TOTAL)
                if total is not None:
                    total.setText(self._money(line.total))
        self._show_stock()
        self.changed.emit()

    def _show_stock(self) -> None:
        short = self.over_stock()
        self.stock_note.setText(self.tr("More than the stock: %s") % ", ".join(short) if short else "")
        for row, line in enumerate(self.cart.lines):  # the figure of a line sold beyond stock, in the note's colour
            cell = self.table.item(row, STOCK)
            if cell is not None:
                over = line.title in short
                cell.setForeground(QColor("#8a5a00") if over else self.palette().color(QPalette.ColorRole.Text))
