"""The editor's Payments tab: each payment (day, amount, way, account, who), what is paid and still owed.

A payment status at odds with the balance (paid yet owing...) is said above
the payments, with what to do.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import models as _models
from ...models.owed import order_mismatch, order_owes
from ..dates import day_text
from ..labels import account_label, method_label
from ..order_cells import MONEY_RED, mismatch_text

DAY, AMOUNT, WAY, ACCOUNT, WHO, STATE = range(6)


class PaymentsPart(QWidget):
    """The order's payments; ``take_requested`` and ``delete_requested`` ask the window to act."""

    take_requested = Signal()
    delete_requested = Signal(str)  # the payment's id

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.order: _models.Order | None = None
        layout = QVBoxLayout(self)
        self.money_problem = QLabel(self)  # a payment status at odds with the balance: what to do
        self.money_problem.setWordWrap(True)
        self.money_problem.setStyleSheet(f"color:{MONEY_RED}")
        self.money_problem.hide()
        layout.addWidget(self.money_problem)
        titles = [self.tr("Date"), self.tr("Amount"), self.tr("Paid by"), self.tr("Into"), self.tr("By"), ""]
        self.table = QTableWidget(0, len(titles), self)
        self.table.setHorizontalHeaderLabels(titles)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Take a payment…"), self)
        self.take_button.clicked.connect(self.take_requested)
        self.delete_button = QPushButton(self.tr("Delete the payment…"), self)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.take_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.totals)
        layout.addLayout(row)
        self._read_only = False

    def load(
        self,
        order: _models.Order,
        methods: list[_models.PaymentMethod],
        clerks: dict[str, str],
        *,
        waiting: bool = False,
    ) -> None:
        """Show the order's payments; ``methods`` name the ways and accounts, ``clerks`` the users by id.

        ``waiting``: the order has changes not on the server yet (see ``models.owed.payment_mismatch``).
        """
        self.order = order
        ways = {str(m.processor or m.name): method_label(m.processor, m.name) for m in methods if m.processor or m.name}
        ways.setdefault(_models.CASH_PROCESSOR, method_label(_models.CASH_PROCESSOR))
        accounts = {str(m.treasury_account_id): account_label(m) for m in methods if m.treasury_account_id}
        money = self._money
        self.table.setRowCount(len(order.payments))
        for row, payment in enumerate(order.payments):
            when = payment.paid_at or payment.created_at
            cells = {
                DAY: day_text(when, self.language) if when else "—",
                AMOUNT: money(payment.amount),
                WAY: ways.get(payment.method or "", payment.method or "—"),
                ACCOUNT: accounts.get(payment.treasury_account_id or "", payment.treasury_account_id or "—"),
                WHO: clerks.get(payment.user_id or "", "") if payment.user_id else "",
                STATE: self.tr("waiting to be sent") if payment.queued else "",
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, payment.id)
                if column == AMOUNT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if payment.queued:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        total = order.amount or Decimal(0)
        self.totals.setText(
            self.tr("Paid %s · <b>balance due %s</b>") % (money(total - order.balance), money(order_owes(order)))
        )
        self.take_button.setEnabled(not self._read_only and order.balance > 0 and not order.cancelled)
        problem = order_mismatch(order, waiting=waiting)
        if problem is not None:
            self.money_problem.setText(mismatch_text(problem, money(order.balance)))
        self.money_problem.setVisible(problem is not None)
        self._selection_changed()

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock taking and deleting payments."""
        self._read_only = read_only
        if self.order is not None:
            self.take_button.setEnabled(not read_only and self.order.balance > 0 and not self.order.cancelled)
        self._selection_changed()

    def selected_payment(self) -> str | None:
        """The id of the payment the clerk selected."""
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _money(self, amount: Decimal | None) -> str:
        return _models.format_money(amount, self.order.currency_code if self.order else "XAF", self.language)

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(not self._read_only and self.selected_payment() is not None)

    def _delete_clicked(self) -> None:
        chosen = self.selected_payment()
        if chosen:
            self.delete_requested.emit(chosen)
