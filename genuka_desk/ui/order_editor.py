"""The order editor: lines, addresses, billing and shipping, history, conflicts.

Non-modal; one window per order. The form is read into an :class:`OrderEdit`
(only what differs from the order as shown), validated with the models'
rules and previewed with the models' totals; Save hands it to the service.
"""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models import (
    ADDRESS_FIELDS,
    FieldProblem,
    LineChange,
    NewLine,
    Order,
    OrderEdit,
    Side,
    apply_edit,
    currency_decimals,
    format_moment,
    format_money,
    order_totals,
    validate_edit,
)
from ..service import Change, ChangeState, InvalidEdit, OrderService
from .activity_text import activity_text
from .bridge import ServiceBridge
from .day_field import DayField
from .labels import billing_label, document_label, shipping_label
from .order_form import ADDRESS_SIDES, address_key, address_values, field_changes, parse_amount, text_of
from .product_picker import ProductPicker
from .status_delegate import fill_status_combo

INVALID_STYLE = "border: 1px solid #c0392b;"  # the fields that stop Save


class OrderEditor(QWidget):
    """One order, editable (or read-only), in its own window."""

    def __init__(
        self,
        service: OrderService,
        bridge: ServiceBridge,
        order_id: str,
        *,
        locale: str = "fr",
        read_only: bool = False,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.bridge = bridge
        self.order_id = order_id
        self.language = locale
        self.read_only = read_only
        order = service.order_now(order_id)
        if order is None:
            raise KeyError(order_id)
        self.order: Order = order
        self.removed: list[str] = []
        self.added: list[NewLine] = []
        self._loading = False
        self.resize(900, 680)
        self._build()
        self.load(order)
        bridge.ordersChanged.connect(self._orders_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.refresh_from_server()

    # -- layout ----------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.header)
        self.conflict_box = QGroupBox(self.tr("A colleague changed the same fields"), self)
        self.conflict_box.setStyleSheet("QGroupBox{color:#b3261e;font-weight:bold}")
        conflict_layout = QVBoxLayout(self.conflict_box)
        self.conflict_table = QTableWidget(0, 3, self.conflict_box)
        self.conflict_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Mine"), self.tr("Theirs (server)")])
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        conflict_layout.addWidget(self.conflict_table)
        conflict_buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"), self.conflict_box)
        self.take_theirs = QPushButton(self.tr("Take theirs"), self.conflict_box)
        self._conflict_id: str | None = None
        self.keep_mine.clicked.connect(lambda: self._resolve_shown("mine"))
        self.take_theirs.clicked.connect(lambda: self._resolve_shown("theirs"))
        conflict_buttons.addStretch(1)
        conflict_buttons.addWidget(self.keep_mine)
        conflict_buttons.addWidget(self.take_theirs)
        conflict_layout.addLayout(conflict_buttons)
        self.conflict_box.hide()
        root.addWidget(self.conflict_box)
        self.refused = QLabel(self)
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet("color:#b3261e")
        self.refused.hide()
        root.addWidget(self.refused)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_lines(), self.tr("Lines"))
        self.tabs.addTab(self._build_addresses(), self.tr("Addresses"))
        self.tabs.addTab(self._build_billing(), self.tr("Billing and shipping"))
        self.history = QListWidget(self)
        self.tabs.addTab(self.history, self.tr("History"))
        root.addWidget(self.tabs, 1)

        footer = QHBoxLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo edits"), self)
        self.revert_button.clicked.connect(lambda: self.load(self.order))
        footer.addWidget(self.problem, 1)
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        root.addLayout(footer)

    def _build_lines(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        titles = [
            self.tr("Product"),
            self.tr("Variant"),
            self.tr("SKU"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Total"),
            "",
        ]
        self.lines = QTableWidget(0, len(titles), page)
        self.lines.setHorizontalHeaderLabels(titles)
        self.lines.verticalHeader().setVisible(False)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.setColumnWidth(0, 240)
        layout.addWidget(self.lines, 1)
        row = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add a line…"), page)
        self.add_line_button.clicked.connect(self.add_line)
        row.addWidget(self.add_line_button)
        row.addStretch(1)
        self.totals = QLabel(page)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.totals)
        layout.addLayout(row)
        return page

    def _build_addresses(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        self.address_edits: dict[str, QLineEdit] = {}
        for column, side in enumerate(ADDRESS_SIDES):
            box = QGroupBox(self.tr("Billing address") if side == Side.BILLING else self.tr("Shipping address"), page)
            form = QFormLayout(box)
            for name in ADDRESS_FIELDS:
                edit = QLineEdit(box)
                edit.textChanged.connect(self._changed)
                self.address_edits[address_key(side, name)] = edit
                form.addRow(self.address_label(name), edit)
            grid.addWidget(box, 0, column)
        self.same_address = QCheckBox(self.tr("Shipping same as billing"), page)
        self.same_address.toggled.connect(self._same_address_toggled)
        grid.addWidget(self.same_address, 1, 1)
        return page

    def _build_billing(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        billing = QGroupBox(self.tr("Billing"), page)
        form = QFormLayout(billing)
        self.payment_status = QComboBox(billing)
        self.payment_method = QComboBox(billing)
        self.treasury = QComboBox(billing)
        form.addRow(self.tr("Payment status"), self.payment_status)
        form.addRow(self.tr("Payment method"), self.payment_method)
        form.addRow(self.tr("Treasury account"), self.treasury)
        shipping = QGroupBox(self.tr("Shipping"), page)
        form2 = QFormLayout(shipping)
        self.fulfilment_status = QComboBox(shipping)
        self.shipping_mode = QComboBox(shipping)
        self.shipping_mode.addItem(self.tr("Delivery"), "delivery")
        self.shipping_mode.addItem(self.tr("Pickup"), "pickup")
        self.shipping_amount = QLineEdit(shipping)
        self.scheduled = DayField(shipping)
        self.scheduled.changed.connect(self._changed)
        form2.addRow(self.tr("Fulfilment status"), self.fulfilment_status)
        form2.addRow(self.tr("Mode"), self.shipping_mode)
        form2.addRow(self.tr("Shipping amount"), self.shipping_amount)
        form2.addRow(self.tr("Scheduled"), self.scheduled)
        for combo in (
            self.payment_status,
            self.payment_method,
            self.treasury,
            self.fulfilment_status,
            self.shipping_mode,
        ):
            combo.currentIndexChanged.connect(self._changed)
        self.shipping_amount.textChanged.connect(self._changed)
        grid.addWidget(billing, 0, 0)
        grid.addWidget(shipping, 0, 1)
        grid.setRowStretch(1, 1)
        return page

    def problem_text(self, problem: FieldProblem) -> str:
        """One problem in the clerk's language, naming the field it is about."""
        texts = {
            "email_invalid": self.tr("the email address is not valid."),
            "phone_invalid": self.tr("the phone number is not valid (digits, optional +)."),
            "text_too_long": self.tr("the text is too long (500 characters at most)."),
            "date_invalid": self.tr("the date is not valid (for example 2026-11-30 14:00)."),
            "amount_invalid": self.tr("must be a number, 0 or more."),
            "quantity_min": self.tr("the quantity must be at least 1."),
            "quantity_whole": self.tr("the quantity must be a whole number."),
            "quantity_max": self.tr("the quantity is too large."),
            "price_min": self.tr("the price cannot be negative."),
            "price_max": self.tr("the price is too large."),
            "price_number": self.tr("the price must be a number."),
            "lines_empty": self.tr("an order needs at least one line."),
            "order_cancelled": self.tr("this order is cancelled; it cannot be changed."),
            "address_required": self.tr("required (street, city and country make an address)."),
        }
        # French puts a space before the colon: the pattern is translated too.
        pattern = self.tr("{field}: {problem}")
        return pattern.format(field=self.field_label(problem.key), problem=texts.get(problem.code, problem.message))

    def field_label(self, key: str) -> str:
        """What the clerk calls the field at ``key`` (for messages)."""
        if key.startswith(("billing.address.", "shipping.address.")):
            side, name = key.split(".")[0], key.rsplit(".", 1)[-1]
            where = self.tr("Billing address") if side == Side.BILLING else self.tr("Shipping address")
            return f"{where} — {self.address_label(name)}"
        if key.startswith("lines."):
            return self.tr("Line items")
        return {
            "order": self.tr("Order"),
            "shipping.amount": self.tr("Shipping amount"),
            "shipping.scheduled_at": self.tr("Scheduled"),
            "billing.scheduled_at": self.tr("Scheduled"),
        }.get(key, key)

    def _mark_fields(self, keys: set[str]) -> None:
        """A red frame on the fields that stop Save."""
        for key, edit in self.address_edits.items():
            edit.setStyleSheet(INVALID_STYLE if key in keys else "")
        self.shipping_amount.setStyleSheet(INVALID_STYLE if "shipping.amount" in keys else "")
        self.scheduled.setStyleSheet(INVALID_STYLE if "shipping.scheduled_at" in keys else "")

    def address_label(self, name: str) -> str:
        """The label of one address field."""
        return {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "line1": self.tr("Address line 1"),
            "line2": self.tr("Address line 2"),
            "city": self.tr("City"),
            "state": self.tr("Region"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
        }[name]

    # -- loading ---------------------------------------------------------------

    def load(self, order: Order) -> None:
        """Show ``order`` and forget unsaved edits."""
        self._loading = True
        try:
            self.order = order
            self.removed, self.added = [], []
            self._load_lines()
            for key, text in address_values(order).items():
                self.address_edits[key].setText(text)
            self.same_address.setChecked(False)
            body = order.raw_view
            fill_status_combo(self.payment_status, Side.BILLING, order.billing_status.value)
            fill_status_combo(self.fulfilment_status, Side.SHIPPING, order.shipping_status.value)
            self._fill_methods(order)
            mode = order.shipping.mode.value if order.shipping else "delivery"
            self.shipping_mode.setCurrentIndex(max(0, self.shipping_mode.findData(mode)))
            shipping = body.get("shipping") if isinstance(body.get("shipping"), dict) else {}
            self.shipping_amount.setText(text_of((shipping or {}).get("amount")))
            when = order.shipping.scheduled_at if order.shipping else None
            self.scheduled.set_day(when.date() if when is not None else None)
        finally:
            self._loading = False
        self._show_header()
        self._show_changes()
        self._set_read_only()
        self._changed()

    def _fill_methods(self, order: Order) -> None:
        self.payment_method.clear()
        self.treasury.clear()
        current_method = order.billing.method if order.billing else None
        current_account = order.raw_view.get("billing", {}).get("treasury_account_id") if order.billing else None
        methods = order.company.payment_methods if order.company else []
        rows: dict[str, int] = {}  # a method's id and account id -> its row (for orders that name it so)
        for method in methods:
            if method.processor or method.name:
                self.payment_method.addItem(method.name or str(method.processor), method.processor or method.name)
                for alias in (method.id, method.treasury_account_id):
                    if alias:
                        rows.setdefault(alias, self.payment_method.count() - 1)
            if method.treasury_account_id and self.treasury.findData(method.treasury_account_id) < 0:
                self.treasury.addItem(
                    self.tr("Account of %s") % (method.name or method.treasury_account_id), method.treasury_account_id
                )
        if current_method in rows and self.payment_method.findData(current_method) < 0:
            # Some orders name their method by its id or its account's id: show the method's name
            # and keep the value as it is (reopening and saving then changes nothing).
            self.payment_method.setItemData(rows[current_method], current_method)
        for combo, current in ((self.payment_method, current_method), (self.treasury, current_account)):
            if current and combo.findData(current) < 0:
                combo.addItem(str(current), current)
            if not current:
                combo.insertItem(0, "—", None)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)

    def _load_lines(self) -> None:
        lines = self.order.lines
        self.lines.setRowCount(0)
        decimals = currency_decimals(self.order.currency_code)
        for line in lines:
            self._append_line_row(
                str(line.id), line.title, line.variant_title, line.sku, line.quantity, line.price, decimals
            )
        for new in self.added:
            self._append_line_row(
                f"+{new.key}", new.title, new.variant_title, new.sku, new.quantity, new.price, decimals
            )

    def _append_line_row(
        self,
        line_id: str,
        title: str,
        variant: str | None,
        sku: str | None,
        quantity: int | None,
        price: Decimal | None,
        decimals: int,
    ) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for column, text in enumerate((title, variant or "", sku or "")):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, line_id)
            self.lines.setItem(row, column, item)
        spin = QSpinBox(self.lines)
        spin.setRange(0, 1_000_000)  # 0 is shown so the clerk sees why Save is off
        spin.setValue(int(quantity or 0))
        spin.valueChanged.connect(self._changed)
        money = QDoubleSpinBox(self.lines)
        money.setDecimals(decimals)
        money.setRange(-1, 1e12)
        money.setGroupSeparatorShown(True)
        money.setValue(float(price or 0))
        money.valueChanged.connect(self._changed)
        self.lines.setCellWidget(row, 3, spin)
        self.lines.setCellWidget(row, 4, money)
        total = QTableWidgetItem("")
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(row, 5, total)
        remove = QPushButton(self.tr("Remove"), self.lines)
        remove.clicked.connect(partial(self.remove_line, line_id))
        remove.setEnabled(not self.locked)
        self.lines.setCellWidget(row, 6, remove)

    def _show_header(self) -> None:
        order = self.order
        self.setWindowTitle(self.tr("Order %s") % (order.reference or order.id))
        created = format_moment(order.created_at, self.language)
        updated = format_moment(order.updated_at, self.language)
        document = document_label(order.state, order.cancelled)
        mark = f"<span style='color:#b3261e'>{document}</span>" if order.cancelled else document
        self.header.setText(
            f"<b style='font-size:15pt'>{order.reference or ''}</b> &nbsp; {mark} &nbsp; {order.customer_name} &nbsp; "
            f"{order.customer_phone}<br>"
            + self.tr("Created %s · updated %s · source %s · payment %s · fulfilment %s")
            % (
                created,
                updated,
                order.source or "—",
                billing_label(order.billing_status),
                shipping_label(order.shipping_status),
            )
        )

    def _show_changes(self) -> None:
        active = self.service.changes_of(self.order_id)
        conflicts = [c for c in active if c.state is ChangeState.CONFLICT]
        refused = [c for c in active if c.state is ChangeState.FAILED]
        self.conflict_box.setVisible(bool(conflicts))
        if conflicts:
            self._show_conflict(conflicts[0])
        if refused:
            details = "; ".join(
                f"{field}: {' '.join(messages)}" for c in refused for field, messages in c.field_errors.items()
            )
            self.refused.setText(
                self.tr("The server refused a change: %s") % (refused[0].last_error or "")
                + (f" ({details})" if details else "")
                + " "
                + self.tr("Fix the values and save again, or undo it from the order list.")
            )
        self.refused.setVisible(bool(refused))
        self.history.clear()
        for change in reversed(self.service.history_of(self.order_id)):
            when = format_moment(_moment(change.created_at), self.language)
            state = {
                ChangeState.PENDING: self.tr("waiting to be sent"),
                ChangeState.SENDING: self.tr("being sent"),
                ChangeState.SENT: self.tr("sent"),
                ChangeState.FAILED: self.tr("refused"),
                ChangeState.CONFLICT: self.tr("in conflict"),
            }[change.state]
            self.history.addItem(self.tr("%s — on this computer (%s): %s") % (when, state, change.summary()))

    def _show_conflict(self, change: Change) -> None:
        mine = change.edit.intended()
        self.conflict_table.setRowCount(0)
        for key, theirs in change.theirs.items():
            row = self.conflict_table.rowCount()
            self.conflict_table.insertRow(row)
            for column, text in enumerate((key, text_of(mine.get(key)), text_of(theirs))):
                self.conflict_table.setItem(row, column, QTableWidgetItem(text))
        self._conflict_id = change.id

    @property
    def locked(self) -> bool:
        """Nothing may be changed: the clerk may only read, or the order is cancelled."""
        return self.read_only or bool(getattr(self, "order", None) and self.order.cancelled)

    def _set_read_only(self) -> None:
        editable = not self.locked
        for edit in self.address_edits.values():
            edit.setReadOnly(not editable)
        for widget in (
            self.payment_status,
            self.payment_method,
            self.treasury,
            self.fulfilment_status,
            self.shipping_mode,
            self.add_line_button,
            self.same_address,
            self.keep_mine,
            self.take_theirs,
        ):
            widget.setEnabled(editable)
        self.shipping_amount.setReadOnly(not editable)
        self.scheduled.set_read_only(not editable)
        for row in range(self.lines.rowCount()):
            for column in (3, 4):
                cell = self.lines.cellWidget(row, column)
                if cell is not None:
                    cell.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)

    # -- the form as an edit ---------------------------------------------------

    def collect(self) -> tuple[OrderEdit, list[str]]:
        """The edit the form describes, and problems the models cannot see (text that is not a number)."""
        problems: list[str] = []
        self._unparsed: set[str] = set()
        lines: dict[str, LineChange] = {}
        added = {f"+{line.key}": line for line in self.added}
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 0)
            if item is None:
                continue
            line_id = str(item.data(Qt.ItemDataRole.UserRole))
            spin = self.lines.cellWidget(row, 3)
            money = self.lines.cellWidget(row, 4)
            assert isinstance(spin, QSpinBox) and isinstance(money, QDoubleSpinBox)
            quantity = spin.value()
            price = Decimal(str(round(money.value(), money.decimals())))
            if line_id in added:
                added[line_id] = added[line_id].model_copy(update={"quantity": quantity, "price": price})
                continue
            line = self.order.line(line_id)
            if line is None:
                continue
            change = LineChange(
                quantity=quantity if quantity != (line.quantity or 0) else None,
                price=price if line.price is None or price != line.price else None,
            )
            if change.quantity is not None or change.price is not None:
                lines[line_id] = change
        values: dict[str, Any] = {key: edit.text().strip() for key, edit in self.address_edits.items()}
        values["billing.status"] = self.payment_status.currentData()
        values["shipping.status"] = self.fulfilment_status.currentData()
        if self.payment_method.currentData() is not None:
            values["billing.method"] = self.payment_method.currentData()
        if self.treasury.currentData() is not None:
            values["billing.treasury_account_id"] = self.treasury.currentData()
        values["shipping.mode"] = self.shipping_mode.currentData()
        amount_text = self.shipping_amount.text().strip()
        if amount_text:
            amount = parse_amount(amount_text)
            if amount is None:
                problems.append(self.tr("Shipping amount: must be a number, 0 or more."))
                self._unparsed.add("shipping.amount")
            else:
                values["shipping.amount"] = amount
        day = self.scheduled.day()
        held = self.order.shipping.scheduled_at if self.order.shipping else None
        if day != (held.date() if held is not None else None):
            # Only a different day is a change: the clerk picks days, not times.
            values["shipping.scheduled_at"] = day.isoformat() if day is not None else None
        fields = field_changes(self.order, values)
        edit = OrderEdit(fields=fields, lines=lines, removed_lines=list(self.removed), added_lines=list(added.values()))
        return edit, problems

    def _changed(self, *_: Any) -> None:
        if self._loading:
            return
        edit, problems = self.collect()
        found = validate_edit(self.order, edit)
        messages = problems + [self.problem_text(p) for p in found]
        self._mark_fields({p.key for p in found} | self._unparsed)
        preview = Order.from_raw(apply_edit(self.order.raw_view, edit), copy_raw=False) if not messages else self.order
        self._show_totals(preview)
        dirty = not edit.is_empty()
        self.problem.setText(messages[0] if messages else "")
        self.save_button.setEnabled(dirty and not messages and not self.locked)
        self.save_button.setToolTip(messages[0] if messages else "")
        self.setWindowModified(dirty)

    def _show_totals(self, preview: Order) -> None:
        currency = preview.currency_code
        totals = order_totals(preview)
        for row in range(self.lines.rowCount()):
            spin = self.lines.cellWidget(row, 3)
            money = self.lines.cellWidget(row, 4)
            item = self.lines.item(row, 5)
            if isinstance(spin, QSpinBox) and isinstance(money, QDoubleSpinBox) and item is not None:
                total = Decimal(str(money.value())) * spin.value()
                item.setText(format_money(total, currency, self.language))
        money_of = partial(format_money, currency=currency, locale=self.language)
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

    @property
    def dirty(self) -> bool:
        """Whether the form holds edits not saved yet."""
        return not self.collect()[0].is_empty()

    # -- actions ---------------------------------------------------------------

    def _same_address_toggled(self, on: bool) -> None:
        for name in ADDRESS_FIELDS:
            target = self.address_edits[address_key(Side.SHIPPING, name)]
            if on:
                target.setText(self.address_edits[address_key(Side.BILLING, name)].text())
            target.setReadOnly(on or self.locked)

    def remove_line(self, line_id: str) -> None:
        """Take a line out (saved with the rest)."""
        if line_id.startswith("+"):
            self.added = [line for line in self.added if f"+{line.key}" != line_id]
        elif line_id not in self.removed:
            self.removed.append(line_id)
        for row in range(self.lines.rowCount()):
            item = self.lines.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == line_id:
                self.lines.removeRow(row)
                break
        self._changed()

    def add_line(self) -> None:
        """Pick a product from the catalogue and add it as a line."""
        picker = ProductPicker(self.service, self.bridge, self.order.currency_code, self.language, self)
        if picker.exec():
            line = picker.new_line()
            if line is not None:
                self.add_new_line(line)

    def add_new_line(self, line: NewLine) -> None:
        """Add ``line`` to the form."""
        self.added.append(line)
        decimals = currency_decimals(self.order.currency_code)
        self._append_line_row(
            f"+{line.key}", line.title, line.variant_title, line.sku, line.quantity, line.price, decimals
        )
        self._changed()

    def save(self) -> None:
        """Queue the edit through the service (Ctrl+S)."""
        if self.locked or not self.save_button.isEnabled():
            return
        edit, problems = self.collect()
        if problems or edit.is_empty():
            return
        self.save_button.setEnabled(False)
        self.bridge.run(self.service.update_order(self.order_id, edit), self._saved, self._save_failed)

    def _saved(self, change: Change | None) -> None:
        order = self.service.order_now(self.order_id)
        if order is not None:
            self.load(order)

    def _save_failed(self, exc: Exception) -> None:
        if isinstance(exc, InvalidEdit):
            self.problem.setText(exc.problems[0].message if exc.problems else exc.message)
        else:
            self.problem.setText(getattr(exc, "message", None) or self.tr("The change could not be saved."))
        self._changed()

    def _resolve_shown(self, keep: str) -> None:
        if self._conflict_id is not None:
            self.resolve(self._conflict_id, keep)

    def resolve(self, change_id: str, keep: str) -> None:
        """Settle a conflict from the side-by-side view."""
        self.bridge.run(self.service.resolve(change_id, keep), lambda _: self._reload())

    def refresh_from_server(self) -> None:
        """Fetch the order fresh (company lists, activities); offline the cached copy stays."""
        self.bridge.run(self.service.refresh_order(self.order_id), lambda _: None, lambda _: None)
        self.bridge.run(self.service.activities(self.order_id), self._show_activities, self._activities_failed)

    def _show_activities(self, activities: list[Any]) -> None:
        for activity in activities:
            when = format_moment(activity.created_at, self.language)
            self.history.addItem(f"{when} — {activity_text(activity)}")

    def _activities_failed(self, exc: Exception) -> None:
        self.history.addItem(self.tr("The server's history is not available offline."))

    def _orders_changed(self, ids: list[str], bulk: bool) -> None:
        if self.order_id in ids or bulk:
            self._reload()

    def _reload(self) -> None:
        order = self.service.order_now(self.order_id)
        if order is None:
            return
        if self.dirty:
            # Keep the clerk's typing; refresh what is safe to refresh.
            self.order = order
            self._show_header()
            self._show_changes()
            self._changed()
        else:
            self.load(order)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        question = self.tr("Close this order and lose your edits?")
        if not self.read_only and self.dirty and not self.confirm(self.tr("Unsaved edits"), question):
            event.ignore()
            return
        event.accept()


def _moment(timestamp: float) -> Any:
    from datetime import datetime

    return datetime.fromtimestamp(timestamp).astimezone()
