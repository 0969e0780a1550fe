"""Take a payment on an order: how much, which way, into which account; cash shows the change due.

The amount starts at the balance (a partial payment is normal: type less);
asked by "Partly paid" picked in the list, it starts empty and says that the
payment is what makes the order partly paid.
Record stays off, with the reason, until the models' checks pass (more than
0, not more than the balance, a way and an account; the cash handed over
covers the amount). The payment is shown on the order at once and queued.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import models as _models
from .. import service as _service
from .bridge import ServiceBridge
from .day_field import DayEdit
from .parts import MoneyEdit, PaymentChoice, with_currency


class PaymentDialog(QDialog):
    """One payment for one order; :meth:`payment` is what the clerk entered, once accepted."""

    def __init__(
        self,
        service: _service.OrderService,
        order: _models.Order,
        *,
        locale: str = "fr",
        amount: Decimal | None = None,
        partly: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.order = order
        self.language = locale
        self.setWindowTitle(self.tr("Take a payment — %s") % (order.reference or order.id))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        money = self._money
        self.summary.setText(
            self.tr("Total %s · paid %s · <b>balance due %s</b>")
            % (money(order.amount), money((order.amount or Decimal(0)) - order.balance), money(order.balance))
        )
        layout.addWidget(self.summary)
        self.why = QLabel(self)  # "Partly paid" picked: what the payment does
        self.why.setWordWrap(True)
        if partly:
            self.why.setText(
                self.tr("How much has the customer paid? Once this payment is recorded, the order is partly paid.")
            )
        self.why.setVisible(partly)
        layout.addWidget(self.why)
        form = QFormLayout()
        self.amount = MoneyEdit(self, order.currency_code, locale)
        self.amount.set_amount(amount if amount is not None else None if partly else order.balance)
        self.choice = PaymentChoice(self, follow=True)
        self.choice.fill(service.payments.methods(), blank=False)
        self.choice.add_method(self.tr("Cash"), "cash")
        self.choice.method.setCurrentIndex(max(0, self.choice.method.findData("cash")))
        self.tendered = MoneyEdit(self, order.currency_code, locale)
        self.tendered.setPlaceholderText(self.tr("cash handed over (optional)"))
        self.day = DayEdit(self)  # the month spelled in English, typed as read (as every day field here)
        self.day.setDate(QDate.currentDate())
        self.change_due = QLabel(self)
        form.addRow(self.tr("Amount"), with_currency(self.amount))
        form.addRow(self.tr("Paid by"), self.choice.method)
        form.addRow(self.tr("Into"), self.choice.account)
        form.addRow(self.tr("Cash handed over"), with_currency(self.tendered))
        form.addRow(self.tr("Change due"), self.change_due)
        form.addRow(self.tr("Date"), self.day)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Record the payment"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.amount, self.tendered):
            edit.textChanged.connect(self._refresh)
        self.choice.changed.connect(self._refresh)
        self.amount.selectAll()
        self.amount.setFocus()
        self._refresh()

    def _money(self, amount: Decimal | None) -> str:
        return _models.format_money(amount, self.order.currency_code, self.language)

    def payment(self) -> tuple[_models.NewPayment | None, list[str]]:
        """What the clerk entered (None when an amount cannot be read), and why it cannot be recorded."""
        amount = self.amount.amount()
        if amount is None:
            return None, [self.tr("The amount must be a number, more than 0.")]
        tendered = self.tendered.amount()
        if not self.tendered.is_blank() and tendered is None:
            return None, [self.tr("The cash handed over must be a number.")]
        picked = self.day.date()
        payment = _models.NewPayment(
            amount=amount,
            method=self.choice.method_value() or "",
            treasury_account_id=self.choice.account_value() or "",
            paid_on=date(picked.year(), picked.month(), picked.day()),
            tendered=tendered,
        )
        return payment, [self.problem_text(p) for p in _models.validate_payment(self.order.raw_view, payment)]

    def problem_text(self, problem: _models.FieldProblem) -> str:
        """What stops the payment, in the clerk's words."""
        texts = {
            "amount_min": self.tr("The amount must be more than 0."),
            "amount_over_balance": self.tr("The amount is more than the balance due (%s).")
            % self._money(self.order.balance),
            "method_required": self.tr("Choose how the customer paid."),
            "account_required": self.tr("Choose the account the money goes into."),
            "tendered_short": self.tr("The cash handed over is less than the amount."),
        }
        return texts.get(problem.code, problem.message)

    def _refresh(self, *_: object) -> None:
        payment, problems = self.payment()
        self.problem.setText(problems[0] if problems else "")
        self.ok.setEnabled(not problems)
        self.ok.setToolTip(problems[0] if problems else "")
        due = payment.tendered - payment.amount if payment and payment.tendered is not None else None
        self.change_due.setText(self._money(due) if due is not None and due >= 0 else "—")

    def _accept(self) -> None:
        if self.ok.isEnabled():
            self.accept()

    def record(
        self, bridge: ServiceBridge, on_done: Callable[[_service.Change], None], on_error: Callable[[Exception], None]
    ) -> None:
        """Hand the accepted payment to the service (queued, shown on the order at once)."""
        payment, problems = self.payment()
        if payment is None or problems:
            return
        work = self.service.payments.record(
            str(self.order.id),
            payment.amount,
            payment.method,
            payment.treasury_account_id,
            paid_on=payment.paid_on,
            tendered=payment.tendered,
        )
        bridge.run(work, on_done, on_error)
