"""The editor's Lines tab: quantities and prices, lines removed and added, and the totals preview."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ...models.edits import discounts_equal, order_discount_names
from ...models.line_discounts import line_off
from ...service.discount_types import Verdict
from ...service.manual_discounts import Asked, CodeRefused, item_of, order_items
from ..discount import CodesShown, DiscountDialog, code_refusal, discount_label

QUANTITY, PRICE, DISCOUNT, TOTAL, REMOVE = 3, 4, 5, 6, 7  # the columns with widgets and figures


@dataclass(frozen=True)
class LineValues:
    """What the clerk did to the lines: changed ones by id, removed ids, new lines."""

    changed: dict[str, _models.LineChange] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    added: list[_models.NewLine] = field(default_factory=list)
    codes: list[dict[str, Any]] | None = None  # the order-level discounts when the clerk changed them


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
        self.discounts: dict[str, list[dict[str, Any]]] = {}  # each line's discounts as the clerk left them
        self.codes: list[dict[str, Any]] = []  # the shop's discounts on the order (by code), as the clerk left them
        # The order-level discount item of a code, judged by the service (raises CodeRefused).
        self.code_judge: Callable[[str, str], dict[str, Any]] | None = None  # (order id, code)
        # The shop's automatic discounts an order (as previewed) qualifies for and does not carry (the service's).
        self.offer_judge: Callable[[_models.Order], list[Verdict]] | None = None
        self._offered: Verdict | None = None
        # Turns the clerk's discount into each line's discounts, the manager's limit judged (the window's service).
        self.judge: (
            Callable[[Sequence[tuple[Decimal, int, Sequence[dict[str, Any]]]], Asked], list[list[dict[str, Any]]]]
            | None
        ) = None
        self._read_only = False
        layout = QVBoxLayout(self)
        titles = [
            self.tr("Product"),
            self.tr("Variant"),
            self.tr("SKU"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("Discount"),
            self.tr("Total"),
            "",
        ]
        self.table = QTableWidget(0, len(titles), self)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(DISCOUNT, 150)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a line…"), self)
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        self.discount_button = QPushButton(self.tr("Discount…"), self)
        self.discount_button.setToolTip(self.tr("A discount on the chosen line or the whole order"))
        self.discount_button.clicked.connect(self.ask_discount)
        row.addWidget(self.discount_button)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Promo code"))
        self.code.returnPressed.connect(self.apply_code)
        self.code_button = QPushButton(self.tr("Apply the code"), self)
        self.code_button.clicked.connect(self.apply_code)
        self.code_note = QLabel(self)
        self.code_note.setWordWrap(True)
        self.codes_shown = CodesShown(self)  # the codes on the order, each with its "×"
        self.codes_shown.removed.connect(self.remove_code)
        self.codes_shown.hide()
        self.offer = QPushButton(self)  # an automatic discount the order qualifies for: one click applies it
        self.offer.setFlat(True)
        self.offer.setStyleSheet("color:#1e7a34; text-align:left")
        self.offer.clicked.connect(self.apply_offer)
        self.offer.hide()
        codes = QVBoxLayout()
        codes.addWidget(self.codes_shown)
        codes.addWidget(self.offer)
        codes.addWidget(self.code_note)
        row.addWidget(self.code)
        row.addWidget(self.code_button)
        row.addLayout(codes, 2)
        row.addStretch(1)
        self.gap_note = QLabel(self)  # the shop's discounts: what Genuka took, when not what the desk expected
        self.gap_note.setWordWrap(True)
        self.gap_note.setStyleSheet("color:#8a5a00")
        self.gap_note.hide()
        row.addWidget(self.gap_note, 1)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.totals)
        layout.addLayout(row)

    def load(self, order: _models.Order) -> None:
        """Show the order's lines; edits, removals and added lines are forgotten."""
        self.order = order
        self.removed, self.added = [], []
        self.discounts = {str(line.id): line.discounts for line in order.lines}
        self.codes = order_items(order)
        self.code.clear()
        self._show_codes()
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
        self.discounts[f"+{line.key}"] = list(line.discounts)
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
            discounts = self.discounts.get(line_id, [])
            if line_id in added:
                update = {"quantity": quantity, "price": price, "discounts": list(discounts)}
                added[line_id] = added[line_id].model_copy(update=update)
                continue
            line = self.order.line(line_id)
            if line is None:
                continue
            change = _models.LineChange(
                quantity=quantity if quantity != (line.quantity or 0) else None,
                price=price if line.price is None or price != line.price else None,
                discounts=None if discounts_equal(discounts, line.discounts) else list(discounts),
            )
            if change.quantity is not None or change.price is not None or change.discounts is not None:
                changed[line_id] = change
        held = order_discount_names(order_items(self.order))
        codes = None if order_discount_names(self.codes) == held else [dict(c) for c in self.codes]
        return LineValues(changed, list(self.removed), list(added.values()), codes)

    def apply_code(self) -> None:
        """The shop's discount of the code typed, judged offline; a refusal said under the lines."""
        code = self.code.text().strip()
        if not code or self.code_judge is None or self.order is None:
            return
        try:
            item = self.code_judge(str(self.order.id), code)
        except CodeRefused as exc:
            self.code_note.setText(code_refusal(code, exc.reason))
            self.code_note.setStyleSheet("color:#b3261e")
            return
        self.codes = [c for c in self.codes if str(c.get("discount_id")) != str(item["discount_id"])] + [item]
        self.code.clear()
        self._show_codes()
        self.changed.emit()

    def apply_offer(self) -> None:
        """Put the automatic discount offered on the order (sent with the rest at Save)."""
        if self._offered is None or self.read_only:
            return
        item = item_of(self._offered)
        self.codes = [c for c in self.codes if str(c.get("discount_id")) != item["discount_id"]] + [item]
        self._show_codes()
        self.changed.emit()

    def remove_code(self, discount_id: str) -> None:
        """Take the shop's discount ``discount_id`` off the order (the clerk's "×"; sent with the rest at Save)."""
        if self.read_only:
            return
        self.codes = [c for c in self.codes if str(c.get("discount_id")) != discount_id]
        self._show_codes()
        self.changed.emit()

    @property
    def read_only(self) -> bool:
        """Whether the lines are locked."""
        return self._read_only

    def _show_codes(self) -> None:
        self.code_note.setStyleSheet("")
        self.code_note.clear()
        money = None
        if self.order is not None:
            money = partial(_models.format_money, currency=self.order.currency_code, locale=self.language)
        self.codes_shown.show_codes(self.codes, money)
        self.codes_shown.set_read_only(self._read_only)

    def _show_offer(self, preview: _models.Order) -> None:
        """The automatic discount ``preview`` qualifies for and does not carry yet: offered in one click."""
        offers = self.offer_judge(preview) if self.offer_judge is not None and not self._read_only else []
        held = {str(c.get("discount_id")) for c in self.codes}
        offers = [v for v in offers if v.offer is not None and v.offer.id not in held]
        self._offered = offers[0] if offers else None
        if self._offered is not None and self._offered.offer is not None:
            money = _models.format_money(self._offered.amount_off, preview.currency_code, self.language)
            title = self._offered.offer.title or self._offered.offer.code
            self.offer.setText(self.tr("Offer: %1 (−%2), click to apply").replace("%1", title).replace("%2", money))
        self.offer.setVisible(self._offered is not None)

    def rebase(self, order: _models.Order) -> None:
        """The order moved on the server while the clerk typed: compare what is typed with ``order`` now."""
        self.order = order

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock quantities, prices, Remove and Add."""
        self._read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.discount_button.setEnabled(not read_only)
        self.code.setEnabled(not read_only)
        self.code_button.setEnabled(not read_only)
        self.codes_shown.set_read_only(read_only)
        if read_only:
            self.offer.hide()
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
            first = self.table.item(row, 0)
            if item is not None and first is not None:
                quantity, price = self._typed(row)
                discounts = self.discounts.get(str(first.data(Qt.ItemDataRole.UserRole)), [])
                off = line_off(price, quantity, discounts)
                item.setText(_models.format_money(price * quantity - off, currency, self.language))
                cell = self.table.item(row, DISCOUNT)
                if cell is not None:
                    cell.setText(discount_label(discounts, off, currency, self.language))
        self._show_offer(preview)
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
                    *([(self.tr("Returns"), -totals.returns)] if totals.returns else []),
                    (self.tr("<b>Total</b>"), totals.total),
                    (self.tr("Amount due"), totals.amount_due),
                )
            )
            + "</table>"
        )

    def show_gap(self, gap: tuple[Decimal, Decimal] | None) -> None:
        """Say what Genuka took off for the shop's discounts when it is not what the desk expected (None: hidden)."""
        if gap is None or self.order is None:
            self.gap_note.hide()
            return
        money = partial(_models.format_money, currency=self.order.currency_code, locale=self.language)
        expected, taken = gap
        text = self.tr("Genuka took %1 off for the discount codes; the desk expected %2. The total is Genuka's.")
        self.gap_note.setText(text.replace("%1", money(taken)).replace("%2", money(expected)))
        self.gap_note.show()

    def row_ids(self) -> list[str]:
        """The line ids in the table's order (``+key`` for a line added here)."""
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def apply_discount(self, asked: Asked) -> None:
        """Lay a discount on the lines as typed (the limit judged by ``judge``); raises :class:`DiscountRefused`."""
        if self.judge is None:
            return
        ids = self.row_ids()
        rows = []
        for n, line_id in enumerate(ids):
            quantity, price = self._typed(n)
            rows.append((price, quantity, self.discounts.get(line_id, [])))
        for line_id, discounts in zip(ids, self.judge(rows, asked), strict=True):
            self.discounts[line_id] = discounts
        self.changed.emit()

    def ask_discount(self) -> None:
        """The discount dialog, on the chosen line (or the whole order)."""
        if self.order is None:
            return
        titles = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            titles.append(item.text() if item is not None else "")
        row = self.table.currentRow()
        dialog = DiscountDialog(
            self,
            lines=titles,
            current=row if row >= 0 else None,
            currency=self.order.currency_code,
            language=self.language,
            judge=self.apply_discount,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
        off = QTableWidgetItem("")
        off.setFlags(off.flags() & ~Qt.ItemFlag.ItemIsEditable)
        off.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, DISCOUNT, off)
        remove = QPushButton(self.tr("Remove"), self.table)
        remove.clicked.connect(partial(self.remove, line_id))
        self.table.setCellWidget(row, REMOVE, remove)
        for cell in (spin, money, remove):
            cell.setEnabled(not self._read_only)
