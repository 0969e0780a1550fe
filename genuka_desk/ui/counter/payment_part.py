"""How the customer pays: the way and the treasury account (the editor's choice), the amount received."""

from __future__ import annotations

import html
from decimal import Decimal
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ... import models as _models
from ..parts import MoneyEdit, PaymentChoice

OWED_COLOUR = "#8a5a00"  # amber: a sale on credit is allowed, but the clerk must see it


class PaymentPart(QWidget):
    """Paid by, into which account, how much was handed over; the total and the change due."""

    changed = Signal()
    submitted = Signal()  # Enter on the amount received: the clerk is done

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.choice = PaymentChoice(self, follow=True)
        self.choice.changed.connect(self.changed)
        self.method = self.choice.method
        self.account = self.choice.account
        self.received = MoneyEdit(self, "XAF", language)
        # "Amount received", not "Received": in French "Reçu" is also the receipt, and this is a typed figure.
        self.received.setPlaceholderText(self.tr("e.g. 10,000"))
        self.received.setMinimumWidth(self.received.fontMetrics().horizontalAdvance("0" * 12))  # room for 1 000 000
        self.received.textEdited.connect(self.changed)
        self.received.returnPressed.connect(self.submitted)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(QLabel(self.tr("Paid by"), self))
        row.addWidget(self.method)
        row.addWidget(QLabel(self.tr("into"), self))
        row.addWidget(self.account)
        row.addWidget(QLabel(self.tr("Amount received"), self))
        row.addWidget(self.received)
        row.addStretch(1)
        row.addWidget(self.totals)

    def set_methods(self, methods: list[_models.PaymentMethod]) -> None:
        """The company's ways of paying, cash first when the list lacks it."""
        self.choice.fill(methods, blank=False)
        self.choice.add_method(self.tr("Cash"), "cash")
        self.method.setCurrentIndex(0)

    def reset(self) -> None:
        """The next customer: nothing received, paid in cash again.

        A mobile-money sale is picked for that sale only: kept for the next
        customer, a cash sale saved that way would not count in the drawer, and
        the till would come up short at the close.
        """
        self.received.clear()
        cash = self.method.findData("cash")
        if cash >= 0:
            self.method.setCurrentIndex(cash)

    def load(self, sale: _models.NewOrder) -> None:
        """Show a sale's payment (a sale being corrected)."""
        self.received.currency = sale.currency
        self.received.set_amount(sale.tendered if sale.tendered is not None else sale.paid_amount)
        for combo, value in ((self.method, sale.method), (self.account, sale.treasury_account_id)):
            if value and combo.findData(value) < 0:
                combo.addItem(value, value)
            if value:
                combo.setCurrentIndex(combo.findData(value))

    def received_amount(self) -> Decimal | None:
        """The amount handed over (None: nothing typed, or not a number)."""
        return self.received.amount()

    def fill(self, sale: _models.NewOrder) -> list[str]:
        """Write the payment into ``sale`` (what is paid of its total); returns what cannot be read."""
        received = self.received_amount()
        if not self.received.is_blank() and received is None:
            return [self.tr("Amount received: must be a number, 0 or more.")]
        if received:
            sale.paid_amount = min(received, sale.total)  # the rest is the change given back
            # What was handed over, for the receipt (kept on this computer: Genuka has no field for it).
            sale.tendered = received if received > sale.paid_amount else None
            sale.method = self.choice.method_value() or self.method.currentText().strip() or None
            sale.treasury_account_id = self.choice.account_value()
        return []

    def show_totals(self, sale: _models.NewOrder) -> None:
        """The total, and the change due or what is still owed (a sale on credit is said before it is saved)."""
        money = partial(_models.format_money, currency=sale.currency, locale=self.language)
        received = self.received_amount()
        parts = [f"<b>{self.tr('Total')} {money(sale.total)}</b>"]
        unreadable = not self.received.is_blank() and received is None  # the problem line says so
        if received is not None and received > sale.total:
            parts.append(self.tr("Change due %s") % money(received - sale.total))
        elif sale.paid_amount and not sale.amount_due:
            parts.append(html.escape(self.tr("Paid in full")))  # the exact amount: nothing owed, no change
        elif sale.total > 0 and not unreadable:
            if not sale.paid_amount:
                owed = self.tr("Not paid: %s owed") % money(sale.total)
            else:
                owed = self.tr("Still owed %s") % money(sale.amount_due)
            parts.append(f'<span style="color:{OWED_COLOUR}; font-weight:bold">{html.escape(owed)}</span>')
        self.totals.setText(" &nbsp; ".join(parts))
