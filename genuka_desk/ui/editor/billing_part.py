"""The editor's Billing and shipping tab: payment status, method and account; fulfilment, mode, fee and day.

"Partly paid" picked on an order with nothing paid asks for the payment
instead (``payment_asked``): the payment makes it partly paid. A payment
status at odds with the balance is said in a line under the billing fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QWidget

from ... import models as _models
from ...models.coerce import to_decimal
from ...models.owed import has_paid_something, order_mismatch
from ..day_field import DayField
from ..order_cells import MONEY_RED, mismatch_text
from ..parts import INVALID_STYLE, MoneyEdit, PaymentChoice, with_currency
from ..status_delegate import fill_status_combo

AMOUNT_KEY = "shipping.amount"
DAY_KEY = "shipping.scheduled_at"


@dataclass(frozen=True)
class BillingValues:
    """The tab's values by edit key, and the keys whose text could not be read (not a number)."""

    fields: dict[str, Any] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)


class BillingPart(QWidget):
    """Billing and shipping of one order."""

    changed = Signal()
    payment_asked = Signal()  # "Partly paid" picked with nothing paid: take the payment instead

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order: _models.Order | None = None
        grid = QGridLayout(self)
        billing = QGroupBox(self.tr("Billing"), self)
        form = QFormLayout(billing)
        self.payment_status = QComboBox(billing)
        self.payment = PaymentChoice(billing)
        self.payment_method = self.payment.method
        self.treasury = self.payment.account
        form.addRow(self.tr("Payment status"), self.payment_status)
        form.addRow(self.tr("Payment method"), self.payment_method)
        form.addRow(self.tr("Treasury account"), self.treasury)
        self.money_problem = QLabel(billing)  # a payment status at odds with the balance: what to do
        self.money_problem.setWordWrap(True)
        self.money_problem.setStyleSheet(f"color:{MONEY_RED}")
        self.money_problem.hide()
        form.addRow(self.money_problem)
        shipping = QGroupBox(self.tr("Shipping"), self)
        form2 = QFormLayout(shipping)
        self.fulfilment_status = QComboBox(shipping)
        self.shipping_mode = QComboBox(shipping)
        self.shipping_mode.addItem(self.tr("Delivery"), "delivery")
        self.shipping_mode.addItem(self.tr("Pickup"), "pickup")
        self.shipping_amount = MoneyEdit(shipping, "XAF", language)
        self.scheduled = DayField(shipping)
        self.scheduled.changed.connect(self.changed)
        form2.addRow(self.tr("Fulfilment status"), self.fulfilment_status)
        form2.addRow(self.tr("Mode"), self.shipping_mode)
        self.shipping_row = with_currency(self.shipping_amount)  # the symbol follows the order
        form2.addRow(self.tr("Shipping amount"), self.shipping_row)
        form2.addRow(self.tr("Scheduled"), self.scheduled)
        for combo in (self.payment_status, self.fulfilment_status, self.shipping_mode):
            combo.currentIndexChanged.connect(self.changed)
        self.payment_status.activated.connect(self._status_picked)
        self.payment.changed.connect(self.changed)
        self.shipping_amount.textChanged.connect(self.changed)
        grid.addWidget(billing, 0, 0)
        grid.addWidget(shipping, 0, 1)
        grid.setRowStretch(1, 1)

    def _status_picked(self, _: int = 0) -> None:
        """The clerk picked a payment status: "Partly paid" with nothing paid asks for the payment instead."""
        order = self.order
        if order is None or self.payment_status.currentData() != _models.BillingStatus.PARTIALLY_PAID.value:
            return
        if order.cancelled or has_paid_something(order):
            return  # a payment stands: the status alone is true
        self.payment_status.setCurrentIndex(max(0, self.payment_status.findData(order.billing_status.value)))
        self.payment_asked.emit()

    def show_money_problem(self, order: _models.Order, *, waiting: bool = False) -> None:
        """Say what to do when the payment status disagrees with the balance (``waiting``: unsent changes)."""
        problem = order_mismatch(order, waiting=waiting)
        if problem is not None:
            balance = _models.format_money(order.balance, order.currency_code, self.shipping_amount.language)
            self.money_problem.setText(mismatch_text(problem, balance))
        self.money_problem.setVisible(problem is not None)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.payment_status, self.payment_method, self.treasury, self.fulfilment_status, self.shipping_mode)

    def load(self, order: _models.Order) -> None:
        """Show the order's billing and shipping."""
        self.order = order
        fill_status_combo(self.payment_status, _models.Side.BILLING, order.billing_status.value)
        fill_status_combo(self.fulfilment_status, _models.Side.SHIPPING, order.shipping_status.value)
        methods = order.company.payment_methods if order.company else []
        account = _models.held_value(order, "billing.treasury_account_id") if order.billing else None
        self.payment.fill(methods, order.billing.method if order.billing else None, _models.text_of(account) or None)
        mode = order.shipping.mode.value if order.shipping else "delivery"
        self.shipping_mode.setCurrentIndex(max(0, self.shipping_mode.findData(mode)))
        self.shipping_amount.currency = order.currency_code
        held = _models.held_value(order, AMOUNT_KEY)
        amount = to_decimal(held)
        if amount is None:
            self.shipping_amount.setText(_models.text_of(held))  # not a number: shown as the server has it
        else:
            self.shipping_amount.set_amount(amount)
        symbol = self.shipping_row.findChild(QLabel, "currency")
        if isinstance(symbol, QLabel):
            symbol.setText(_models.currency_symbol(order.currency_code, self.shipping_amount.language))
        when = order.shipping.scheduled_at if order.shipping else None
        self.scheduled.set_day(when.date() if when is not None else None)

    def values(self) -> BillingValues:
        """The tab's values by edit key; the day only when the clerk picked another one."""
        assert self.order is not None
        fields: dict[str, Any] = {
            "billing.status": self.payment_status.currentData(),
            "shipping.status": self.fulfilment_status.currentData(),
            "shipping.mode": self.shipping_mode.currentData(),
        }
        if self.payment_method.currentData() is not None:
            fields["billing.method"] = self.payment_method.currentData()
        if self.treasury.currentData() is not None:
            fields["billing.treasury_account_id"] = self.treasury.currentData()
        unreadable: set[str] = set()
        if not self.shipping_amount.is_blank():
            amount = self.shipping_amount.amount()
            if amount is None:
                unreadable.add(AMOUNT_KEY)
            else:
                fields[AMOUNT_KEY] = amount
        day = self.scheduled.day()
        held = self.order.shipping.scheduled_at if self.order.shipping else None
        if day != (held.date() if held is not None else None):
            # Only a different day is a change: the clerk picks days, not times.
            fields[DAY_KEY] = day.isoformat() if day is not None else None
        return BillingValues(fields, unreadable)

    def rebase(self, order: _models.Order) -> None:
        """The order moved on the server while the clerk typed: compare what is typed with ``order`` now."""
        self.order = order

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        for combo in self._combos():
            combo.setEnabled(not read_only)
        self.shipping_amount.setReadOnly(read_only)
        self.scheduled.set_read_only(read_only)

    def mark(self, keys: set[str]) -> None:
        """A red frame on the fields at ``keys`` (those that stop Save)."""
        self.shipping_amount.setStyleSheet(INVALID_STYLE if AMOUNT_KEY in keys else "")
        self.scheduled.setStyleSheet(INVALID_STYLE if DAY_KEY in keys else "")
