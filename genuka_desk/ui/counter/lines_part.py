"""The sale's lines: the local catalogue searched as the clerk types, a scanner's code, a line of one's own.

The stock each product shows is the desk's shop's (the catalogue's figure,
already lowered by the desk's sales not yet on the server). Selling more is
warned of under the lines and never refused: the sale is the clerk's call.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

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
from ...service.discount_types import Verdict
from ...service.manual_discounts import Asked, CodeRefused
from ..discount import CodesShown, DiscountDialog, code_refusal, discount_label
from ..parts import MoneyEdit, SearchField

QUANTITY, PRICE, DISCOUNT, TOTAL, STOCK, REMOVE = 1, 2, 3, 4, 5, 6


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
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Total"),
                self.tr("In stock"),
                "",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        # The product's name takes the room the window gives; the figures keep their width.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((QUANTITY, 70), (PRICE, 95), (DISCOUNT, 120), (TOTAL, 95), (STOCK, 60), (REMOVE, 80)):
            self.table.setColumnWidth(column, width)
        self.stock_note = QLabel(self)
        self.stock_note.setStyleSheet("color:#8a5a00")
        self.discount_note = QLabel(self)  # the lines' discounts, with the gross they come off
        self.discount_note.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.adhoc_title = QLineEdit(self)
        self.adhoc_title.setPlaceholderText(self.tr("A line of your own: title"))
        self.adhoc_price = MoneyEdit(self, "XAF", language)
        self.adhoc_price.setPlaceholderText(self.tr("price"))
        self.adhoc_price.returnPressed.connect(self.add_adhoc)
        adhoc_button = QPushButton(self.tr("Add"), self)
        adhoc_button.clicked.connect(self.add_adhoc)
        self.discount_button = QPushButton(self.tr("Discount…"), self)
        self.discount_button.setToolTip(self.tr("A discount on the chosen line or the whole sale"))
        self.discount_button.clicked.connect(self.ask_discount)
        grid.addWidget(self.search, 0, 0, 1, 4)
        grid.addWidget(self.results, 1, 0, 1, 4)
        grid.addWidget(self.table, 2, 0, 1, 4)
        grid.addWidget(self.stock_note, 3, 0, 1, 4)
        grid.addWidget(self.discount_note, 5, 0, 1, 4)
        grid.addWidget(self.adhoc_title, 4, 0)
        grid.addWidget(self.adhoc_price, 4, 1)
        grid.addWidget(adhoc_button, 4, 2)
        grid.addWidget(self.discount_button, 4, 3)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Promo code"))
        self.code.returnPressed.connect(self.apply_code)
        code_button = QPushButton(self.tr("Apply the code"), self)
        code_button.clicked.connect(self.apply_code)
        self.offer = QPushButton(self)  # an automatic discount the sale qualifies for: one click applies it
        self.offer.setFlat(True)
        self.offer.setStyleSheet("color:#1e7a34; text-align:left")
        self.offer.clicked.connect(self.apply_offer)
        self.offer.hide()
        self._offered: Verdict | None = None
        self.codes_shown = CodesShown(self)  # the codes on the sale, each with its "×"
        self.codes_shown.removed.connect(self.remove_code)
        self.codes_shown.hide()
        self.code_note = QLabel(self)  # a code taken off by the desk (another customer, a minimum no longer met)
        self.code_note.setWordWrap(True)
        self.code_note.setStyleSheet("color:#8a5a00")
        grid.addWidget(self.code, 6, 0)
        grid.addWidget(code_button, 6, 1)
        grid.addWidget(self.offer, 6, 2, 1, 2)
        grid.addWidget(self.codes_shown, 7, 0, 1, 4)
        grid.addWidget(self.code_note, 8, 0, 1, 4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def reset(self) -> None:
        """No lines."""
        self.load([])

    def load(
        self, lines: list[_models.NewOrderLine], currency: str = "XAF", codes: list[dict[str, Any]] | None = None
    ) -> None:
        """Show a sale's lines and its shop's discounts (a sale being corrected: the stock is looked up again)."""
        self.cart = _models.NewOrder(
            lines=[line.model_copy() for line in lines], currency=currency, codes=[dict(c) for c in codes or []]
        )
        self.code_note.clear()
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

    def set_customer(self, customer_id: str | None) -> None:
        """The sale's customer changed: its codes and the automatic offer are judged again for them."""
        if customer_id == self.cart.customer.id:
            return
        self.cart.customer = _models.NewCustomer(id=customer_id)  # only the id: the rules judge by it
        self._show_discounts()
        self.changed.emit()

    def remove_code(self, discount_id: str) -> None:
        """Take the shop's discount ``discount_id`` off the sale (the clerk's "×")."""
        self.cart = self.service.manual_discounts.without(self.cart, discount_id)
        self.code_note.clear()
        self._show_discounts()
        self.changed.emit()

    def remove_line(self, key: str) -> None:
        """Take a line out of the sale."""
        self.cart.lines = [line for line in self.cart.lines if line.key != key]
        self._show()

    def apply_discount(self, asked: Asked) -> None:
        """Lay a discount on the sale's lines (the limit judged by the service); raises :class:`DiscountRefused`."""
        rows = [(line.price, line.quantity, line.discounts) for line in self.cart.lines]
        for line, discounts in zip(self.cart.lines, self.service.manual_discounts.for_lines(rows, asked), strict=True):
            line.discounts = discounts
        # Only the figures change: written in place (the table's widgets are not built again).
        for row, line in enumerate(self.cart.lines):
            for column, text in ((DISCOUNT, self._discount(line)), (TOTAL, self._money(line.net))):
                cell = self.table.item(row, column)
                if cell is not None and cell.text() != text:
                    cell.setText(text)
        self._show_discounts()
        self.changed.emit()

    def apply_code(self) -> None:
        """The shop's discount of the code typed, judged offline; a refusal said in a sentence."""
        code = self.code.text().strip()
        if not code:
            return
        try:
            self.cart = self.service.manual_discounts.with_code(self.cart, code)
        except CodeRefused as exc:
            self.problem.emit(self.code_refusal(code, exc.reason))
            return
        self.code.clear()
        self.code_note.clear()
        self._show_discounts()
        self.changed.emit()

    def apply_offer(self) -> None:
        """Apply the automatic discount offered."""
        if self._offered is not None:
            self.cart = self.service.manual_discounts.with_automatic(self.cart, self._offered)
            self._show_discounts()
            self.changed.emit()

    def code_refusal(self, code: str, reason: str | None) -> str:
        """Why the shop's discount does not apply, in the clerk's words."""
        return code_refusal(code, reason)

    def ask_discount(self) -> None:
        """The discount dialog, on the chosen line (or the whole sale)."""
        row = self.table.currentRow()
        dialog = DiscountDialog(
            self,
            lines=[line.title for line in self.cart.lines],
            current=row if row >= 0 else None,
            currency=self.cart.currency,
            language=self.language,
            judge=self.apply_discount,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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

    def _discount(self, line: _models.NewOrderLine) -> str:
        return discount_label(line.discounts, line.discount_off, self.cart.currency, self.language)

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
            self.table.setItem(row, DISCOUNT, QTableWidgetItem(self._discount(line)))
            self.table.setItem(row, TOTAL, QTableWidgetItem(self._money(line.net)))
            stock = self.stock.get((line.product_id, line.variant_id))
            self.table.setItem(row, STOCK, QTableWidgetItem("" if stock is None else f"{stock.normalize():f}"))
            remove = QPushButton(self.tr("Remove"), self.table)
            remove.clicked.connect(partial(self.remove_line, line.key))
            self.table.setCellWidget(row, REMOVE, remove)
        self._show_stock()
        self._show_discounts()
        self.changed.emit()

    def _quantity_changed(self, key: str, value: int) -> None:
        for row, line in enumerate(self.cart.lines):
            if line.key == key:
                line.quantity = value
                total = self.table.item(row, TOTAL)
                if total is not None:
                    total.setText(self._money(line.net))
                off = self.table.item(row, DISCOUNT)
                if off is not None:
                    off.setText(self._discount(line))
        self._show_stock()
        self._show_discounts()
        self.changed.emit()

    def _show_discounts(self) -> None:
        if self.cart.codes:  # judged again on the lines and the customer as they are now
            judged, dropped = self.service.manual_discounts.repriced(self.cart)
            self.cart.codes = judged.codes
            if dropped:  # never silently: the clerk is told which code went, and why
                said = " ".join(
                    self.tr("%1 It is taken off the sale.").replace(
                        "%1", code_refusal(v.offer.code if v.offer else "", v.reason)
                    )
                    for v in dropped
                )
                self.code_note.setText(said)
        offers = self.service.manual_discounts.automatic(self.cart) if self.cart.lines else []
        self._offered = offers[0] if offers else None
        if self._offered is not None and self._offered.offer is not None:
            title = self._offered.offer.title or self._offered.offer.code
            self.offer.setText(
                self.tr("Offer: %1 (−%2), click to apply")
                .replace("%1", title)
                .replace("%2", self._money(self._offered.amount_off))
            )
        self.offer.setVisible(self._offered is not None)
        self.codes_shown.show_codes(self.cart.codes)  # each with its "×" (the amounts are in the note above)
        off = self.cart.discounts
        text = self.tr("Subtotal %1 · discounts −%2").replace("%1", self._money(self.cart.subtotal))
        codes = ", ".join(
            f"{c.get('code')} −{self._money(Decimal(str(c.get('amount_off') or 0)))}" for c in self.cart.codes
        )
        self.discount_note.setText(
            (text.replace("%2", self._money(off)) + (f" ({codes})" if codes else "")) if off else ""
        )

    def _show_stock(self) -> None:
        short = self.over_stock()
        self.stock_note.setText(self.tr("More than the stock: %s") % ", ".join(short) if short else "")
        for row, line in enumerate(self.cart.lines):  # the figure of a line sold beyond stock, in the note's colour
            cell = self.table.item(row, STOCK)
            if cell is not None:
                over = line.title in short
                cell.setForeground(QColor("#8a5a00") if over else self.palette().color(QPalette.ColorRole.Text))
