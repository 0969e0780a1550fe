"""The new-order window: a sale at the counter, with the keyboard only.

The customer is found as the clerk types a phone number or a name (the
local customer list), or typed in as a new one. Products are found in the
local catalogue as the clerk types; Enter adds the highlighted one, and a
scanner's SKU or barcode followed by Enter adds that product at once (the
same product again raises its quantity). Pickup or delivery, the amount
received (cash: the change due is shown), then Save (Ctrl+S): the sale is
kept at once, offline too, and the window is ready for the next customer.
The rules (what a valid sale is, totals, the phone's normal form) are the
models' and the service's; this window only gathers and shows.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import (
    SOURCES,
    FieldProblem,
    NewCustomer,
    NewOrder,
    NewOrderLine,
    format_money,
    normal_phone,
    parse_amount,
    validate_new_order,
)
from ..service import CatalogItem, Change, CustomerRow, InvalidEdit, OrderService
from .bridge import ServiceBridge
from .day_field import DayField

QUANTITY, PRICE, TOTAL, REMOVE = 1, 2, 3, 4


class _ListKeys(QLineEdit):
    """A search field that hands Up/Down to its result list (the keyboard never leaves the field)."""

    def __init__(self, results: QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = results

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step is not None and self.results.count():
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)


class NewOrderWindow(QWidget):
    """One sale after another; ``saved`` gives each kept sale's temporary reference."""

    saved = Signal(str)

    def __init__(self, service: OrderService, bridge: ServiceBridge, *, locale: str = "fr") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.bridge = bridge
        self.language = locale
        self.customer_id: str | None = None
        self.cart = NewOrder()
        # The stock of each product added, as the catalogue knew it (None: not followed).
        self._stock: dict[tuple[str | None, str | None], Decimal | None] = {}
        self.setWindowTitle(self.tr("New order"))
        self.resize(980, 720)
        self._build()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.reset()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        root.addLayout(top)

        who = QGroupBox(self.tr("Customer"), self)
        who_layout = QVBoxLayout(who)
        self.customer_results = QListWidget(who)
        self.customer_results.setMaximumHeight(110)
        self.customer_search = _ListKeys(self.customer_results, who)
        self.customer_search.setPlaceholderText(self.tr("Phone or name…"))
        self.customer_search.textChanged.connect(self._find_customers)
        self.customer_search.returnPressed.connect(self._pick_customer)
        self.customer_results.itemActivated.connect(lambda _: self._pick_customer())
        self.customer_label = QLabel(who)
        new_form = QFormLayout()
        self.first_name = QLineEdit(who)
        self.last_name = QLineEdit(who)
        self.phone = QLineEdit(who)
        self.phone.setPlaceholderText("6 99 12 34 56")
        new_form.addRow(self.tr("First name"), self.first_name)
        new_form.addRow(self.tr("Last name"), self.last_name)
        new_form.addRow(self.tr("Phone"), self.phone)
        for edit in (self.first_name, self.last_name, self.phone):
            edit.textEdited.connect(self._typed_customer)
        who_layout.addWidget(self.customer_search)
        who_layout.addWidget(self.customer_results)
        who_layout.addWidget(self.customer_label)
        who_layout.addLayout(new_form)
        top.addWidget(who, 1)

        where = QGroupBox(self.tr("Delivery"), self)
        where_form = QFormLayout(where)
        self.pickup = QRadioButton(self.tr("Pickup"), where)
        self.delivery = QRadioButton(self.tr("Delivery"), where)
        modes = QButtonGroup(where)
        modes.addButton(self.pickup)
        modes.addButton(self.delivery)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.pickup)
        mode_row.addWidget(self.delivery)
        where_form.addRow(self.tr("Mode"), mode_row)
        self.line1 = QLineEdit(where)
        self.city = QLineEdit(where)
        self.country = QLineEdit(where)
        self.day = DayField(where)
        self.shipping_amount = QLineEdit(where)
        where_form.addRow(self.tr("Address"), self.line1)
        where_form.addRow(self.tr("City"), self.city)
        where_form.addRow(self.tr("Country"), self.country)
        where_form.addRow(self.tr("Delivery day"), self.day)
        where_form.addRow(self.tr("Shipping amount"), self.shipping_amount)
        self.source = QComboBox(where)
        for source in SOURCES:
            self.source.addItem(source if len(source) <= 3 else source.title(), source)
        where_form.addRow(self.tr("Source"), self.source)
        self.pickup.toggled.connect(self._mode_changed)
        for edit in (self.line1, self.city, self.country, self.shipping_amount):
            edit.textEdited.connect(self._refresh)
        self.day.changed.connect(self._refresh)
        top.addWidget(where, 1)

        goods = QGroupBox(self.tr("Lines"), self)
        goods_layout = QGridLayout(goods)
        self.product_results = QListWidget(goods)
        self.product_results.setMaximumHeight(130)
        self.product_search = _ListKeys(self.product_results, goods)
        self.product_search.setPlaceholderText(self.tr("Product, SKU or barcode… (Enter adds it)"))
        self.product_search.textChanged.connect(self._find_products)
        self.product_search.returnPressed.connect(self._add_found)
        self.product_results.itemActivated.connect(lambda _: self._add_found())
        self.lines = QTableWidget(0, 5, goods)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Total"), ""]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setColumnWidth(0, 330)
        self.stock_note = QLabel(goods)
        self.stock_note.setStyleSheet("color:#8a5a00")
        self.adhoc_title = QLineEdit(goods)
        self.adhoc_title.setPlaceholderText(self.tr("A line of your own: title"))
        self.adhoc_price = QLineEdit(goods)
        self.adhoc_price.setPlaceholderText(self.tr("price"))
        self.adhoc_price.returnPressed.connect(self.add_adhoc)
        adhoc_button = QPushButton(self.tr("Add"), goods)
        adhoc_button.clicked.connect(self.add_adhoc)
        goods_layout.addWidget(self.product_search, 0, 0, 1, 3)
        goods_layout.addWidget(self.product_results, 1, 0, 1, 3)
        goods_layout.addWidget(self.lines, 2, 0, 1, 3)
        goods_layout.addWidget(self.stock_note, 3, 0, 1, 3)
        goods_layout.addWidget(self.adhoc_title, 4, 0)
        goods_layout.addWidget(self.adhoc_price, 4, 1)
        goods_layout.addWidget(adhoc_button, 4, 2)
        root.addWidget(goods, 1)

        pay = QHBoxLayout()
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.received = QLineEdit(self)
        self.received.setPlaceholderText(self.tr("amount received"))
        self.received.textEdited.connect(self._refresh)
        self.received.returnPressed.connect(self.save)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        pay.addWidget(QLabel(self.tr("Paid by"), self))
        pay.addWidget(self.method)
        pay.addWidget(QLabel(self.tr("Received"), self))
        pay.addWidget(self.received)
        pay.addStretch(1)
        pay.addWidget(self.totals)
        root.addLayout(pay)

        footer = QHBoxLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        self.done_label = QLabel(self)
        self.done_label.setStyleSheet("color:#1e7a34")
        self.save_button = QPushButton(self.tr("Save the sale"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.done_label)
        footer.addWidget(self.save_button)
        root.addLayout(footer)

    # -- the form --------------------------------------------------------------

    def reset(self) -> None:
        """An empty sale for the next customer (the source and the way of paying stay)."""
        self.customer_id = None
        self.cart = NewOrder()
        self._stock = {}
        for edit in (
            self.customer_search,
            self.first_name,
            self.last_name,
            self.phone,
            self.line1,
            self.city,
            self.shipping_amount,
            self.product_search,
            self.adhoc_title,
            self.adhoc_price,
            self.received,
        ):
            edit.clear()
        self.country.setText("Cameroon")
        self.customer_label.clear()
        self.customer_results.clear()
        self.product_results.clear()
        self.day.set_day(None)
        self.pickup.setChecked(True)
        self._mode_changed()
        if self.method.count() == 0:
            self._fill_methods()
        self._show_lines()
        self.customer_search.setFocus()

    def _fill_methods(self) -> None:
        seen: list[str] = []
        for method in self.service.payment_methods():
            value = method.processor or method.name
            if value and value not in seen:
                seen.append(value)
                self.method.addItem(method.name or value, value)
        if "cash" not in seen:
            self.method.insertItem(0, self.tr("Cash"), "cash")
        self.method.setCurrentIndex(0)

    def _mode_changed(self, *_: Any) -> None:
        delivery = self.delivery.isChecked()
        for widget in (self.line1, self.city, self.country, self.day, self.shipping_amount):
            widget.setEnabled(delivery)
        self._refresh()

    def _find_customers(self, text: str) -> None:
        self.customer_results.clear()
        if len(text.strip()) < 2:
            return
        for row in self.service.search_customers(text, limit=8):
            item = QListWidgetItem(f"{row.name}   {row.phone}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.customer_results.addItem(item)
        if self.customer_results.count():
            self.customer_results.setCurrentRow(0)

    def _pick_customer(self) -> None:
        item = self.customer_results.currentItem()
        if item is None:
            # Nobody known: what was typed starts a new customer (a number is a phone, else a name).
            text = self.customer_search.text().strip()
            if normal_phone(text):
                self.phone.setText(text)
            elif text:
                first, _, last = text.partition(" ")
                self.first_name.setText(first)
                self.last_name.setText(last)
            self._typed_customer()
            self.product_search.setFocus()
            return
        row: CustomerRow = item.data(Qt.ItemDataRole.UserRole)
        self.choose_customer(row)

    def choose_customer(self, row: CustomerRow) -> None:
        """This known customer buys."""
        self.customer_id = row.id
        first, _, last = row.name.partition(" ")
        self.first_name.setText(first)
        self.last_name.setText(last)
        self.phone.setText(row.phone)
        self.customer_label.setText(self.tr("Known customer: %s") % f"{row.name} {row.phone}")
        self.customer_results.clear()
        self.product_search.setFocus()
        self._refresh()

    def _typed_customer(self, *_: Any) -> None:
        self.customer_id = None  # edited by hand: a new customer (the server matches a known phone)
        self.customer_label.setText(self.tr("New customer"))
        self._refresh()

    def _find_products(self, text: str) -> None:
        self.product_results.clear()
        if not text.strip():
            return
        for item in self.service.search_catalog(text, limit=12):
            self.product_results.addItem(self._product_item(item))
        if self.product_results.count():
            self.product_results.setCurrentRow(0)

    def _product_item(self, item: CatalogItem) -> QListWidgetItem:
        label = f"{item.label}   {format_money(item.price, self.cart.currency, self.language)}"
        if item.stock is not None:
            label += "   " + self.tr("stock %s") % item.stock.normalize()
        shown = QListWidgetItem(label)
        shown.setData(Qt.ItemDataRole.UserRole, item)
        return shown

    def _add_found(self) -> None:
        text = self.product_search.text().strip()
        exact = self.service.catalog_item(text) if text else None
        chosen = self.product_results.currentItem()
        # A scanner types a whole code then Enter: that product, whatever the list shows.
        item: CatalogItem | None = exact if exact is not None and text in (exact.sku, exact.barcode) else None
        if item is None and chosen is not None:
            item = chosen.data(Qt.ItemDataRole.UserRole)
        if item is None:
            return
        self.add_item(item)
        self.product_search.clear()

    def add_item(self, item: CatalogItem, quantity: int = 1) -> None:
        """Add a catalogue product (the same one again raises its quantity)."""
        self.cart.add(item.as_line(quantity))
        self._stock[(item.product_id, item.variant_id)] = item.stock
        self._show_lines()

    def add_adhoc(self) -> None:
        """A line for something not in the catalogue: a title and a price."""
        price = parse_amount(self.adhoc_price.text())
        title = self.adhoc_title.text().strip()
        if not title or price is None:
            self.problem.setText(self.tr("A line of your own needs a title and a price."))
            return
        self.cart.add(NewOrderLine(title=title, quantity=1, price=price))
        self.adhoc_title.clear()
        self.adhoc_price.clear()
        self._show_lines()

    def _show_lines(self) -> None:
        self.lines.setRowCount(0)
        for line in self.cart.lines:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            self.lines.setItem(row, 0, QTableWidgetItem(line.title))
            spin = QSpinBox(self.lines)
            spin.setRange(0, 1_000_000)
            spin.setValue(line.quantity)
            spin.valueChanged.connect(partial(self._quantity_changed, line.key))
            self.lines.setCellWidget(row, QUANTITY, spin)
            self.lines.setItem(
                row, PRICE, QTableWidgetItem(format_money(line.price, self.cart.currency, self.language))
            )
            self.lines.setItem(
                row, TOTAL, QTableWidgetItem(format_money(line.total, self.cart.currency, self.language))
            )
            remove = QPushButton(self.tr("Remove"), self.lines)
            remove.clicked.connect(partial(self.remove_line, line.key))
            self.lines.setCellWidget(row, REMOVE, remove)
        self._refresh()

    def _quantity_changed(self, key: str, value: int) -> None:
        for line in self.cart.lines:
            if line.key == key:
                line.quantity = value
        for row, line in enumerate(self.cart.lines):
            total = self.lines.item(row, TOTAL)
            if total is not None:
                total.setText(format_money(line.total, self.cart.currency, self.language))
        self._refresh()

    def remove_line(self, key: str) -> None:
        """Take a line out of the sale."""
        self.cart.lines = [line for line in self.cart.lines if line.key != key]
        self._show_lines()

    def draft(self) -> tuple[NewOrder, list[str]]:
        """The sale the window describes, and what cannot be read (an amount that is not a number)."""
        unreadable: list[str] = []
        sale = self.cart.model_copy(deep=True)
        sale.customer = NewCustomer(
            id=self.customer_id,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            phone=normal_phone(self.phone.text()) or (self.phone.text().strip() or None),
        )
        sale.source = str(self.source.currentData() or "POS")
        sale.mode = "delivery" if self.delivery.isChecked() else "pickup"
        if sale.mode == "delivery":
            sale.address = {"line1": self.line1.text().strip(), "city": self.city.text().strip()}
            sale.address["country"] = self.country.text().strip()
            sale.scheduled_at = self.day.day()
            amount_text = self.shipping_amount.text().strip()
            sale.shipping_amount = parse_amount(amount_text) if amount_text else None
            if amount_text and sale.shipping_amount is None:
                unreadable.append(self.tr("Shipping amount: must be a number, 0 or more."))
        received_text = self.received.text().strip()
        received = parse_amount(received_text) if received_text else None
        if received_text and received is None:
            unreadable.append(self.tr("Received: must be a number, 0 or more."))
        if received:
            sale.paid_amount = min(received, sale.total)  # the rest is the change given back
            sale.method = str(self.method.currentData() or self.method.currentText().strip() or "") or None
        return sale, unreadable

    def problem_text(self, problem: FieldProblem) -> str:
        """What stops the sale, in the clerk's words."""
        texts = {
            "customer_required": self.tr("Choose a customer, or give a name or a phone number."),
            "phone_invalid": self.tr("The phone number is not valid."),
            "email_invalid": self.tr("The email address is not valid."),
            "lines_empty": self.tr("Add at least one product."),
            "quantity_min": self.tr("A quantity must be at least 1 (remove the line instead)."),
            "title_required": self.tr("A line needs a title."),
            "address_required": self.tr("A delivery needs a street, a city and a country."),
            "method_required": self.tr("Choose how the customer paid."),
        }
        return texts.get(problem.code, problem.message)

    def _refresh(self, *_: Any) -> None:
        sale, unreadable = self.draft()
        messages = unreadable + [self.problem_text(p) for p in validate_new_order(sale)]
        self.problem.setText(messages[0] if messages else "")
        self.save_button.setEnabled(not messages)
        self.save_button.setToolTip(messages[0] if messages else "")
        money = partial(format_money, currency=sale.currency, locale=self.language)
        received = parse_amount(self.received.text()) if self.received.text().strip() else None
        parts = [f"<b>{self.tr('Total')} {money(sale.total)}</b>"]
        if received is not None and received > sale.total:
            parts.append(self.tr("Change due %s") % money(received - sale.total))
        elif received is not None and received < sale.total:
            parts.append(self.tr("Still owed %s") % money(sale.total - received))
        self.totals.setText(" &nbsp; ".join(parts))
        short = [
            line.title
            for line in sale.lines
            if (stock := self._stock.get((line.product_id, line.variant_id))) is not None and line.quantity > stock
        ]
        self.stock_note.setText(self.tr("More than the stock: %s") % ", ".join(short) if short else "")

    # -- saving ---------------------------------------------------------------

    def save(self) -> None:
        """Keep the sale (Ctrl+S); it is sent when the server can be reached."""
        if not self.save_button.isEnabled():
            return
        sale, unreadable = self.draft()
        if unreadable:
            return
        self.save_button.setEnabled(False)
        self.bridge.run(self.service.create_order(sale), self._saved, self._save_failed)

    def _saved(self, change: Change) -> None:
        self.done_label.setText(self.tr("Sale %s kept. Next customer.") % change.order_ref)
        self.saved.emit(change.order_ref)
        self.reset()

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, InvalidEdit) and exc.problems:
            self.problem.setText(self.problem_text(exc.problems[0]))
        else:
            self.problem.setText(self.bridge.message_of(exc, self.tr("The sale could not be kept.")))
        self.save_button.setEnabled(True)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        question = self.tr("Close and lose this sale?")
        if self.cart.lines and not self.confirm(self.tr("Sale not saved"), question):
            event.ignore()
            return
        event.accept()
