"""A customer at a glance: their orders, what they spent and still owe; the phone to copy, a WhatsApp link.

Opened from an order (the editor's "Customer…"), from a sale (the counter's
"Orders and balance…"), or from Orders > Customers… where the clerk finds
a customer by phone or name first. Everything comes from the local copy,
so it works offline.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .. import models as _models
from .. import service as _service
from ..models.phone import phone_text
from .bridge import ServiceBridge
from .dates import day_text
from .labels import billing_label, shipping_label
from .parts import SearchField
from .service_window import ServiceWindow

REFERENCE, DAY, TOTAL, OWED, PAYMENT, FULFILMENT = range(6)


class CustomerWindow(ServiceWindow):
    """One customer's orders and balance; ``open_order`` asks the main window to open one of them."""

    open_order = Signal(str)

    def __init__(self, service: _service.OrderService, bridge: ServiceBridge, *, locale: str = "fr") -> None:
        super().__init__(service, bridge, locale)
        self.customer: _models.Customer | None = None
        self.summary: _service.CustomerOrders | None = None
        self.setWindowTitle(self.tr("Customers"))
        self.resize(820, 560)
        root = QVBoxLayout(self)
        self.search = SearchField(self, self.tr("Find a customer: phone or name…"), 120)
        self.results = self.search.results
        self.search.typed.connect(self._find)
        self.search.activated.connect(self._pick)
        root.addWidget(self.search)
        root.addWidget(self.results)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        contact = QHBoxLayout()
        self.phone_link = QLabel(self)
        self.phone_link.setTextFormat(Qt.TextFormat.RichText)
        self.phone_link.setToolTip(self.tr("Click to copy the number"))
        self.phone_link.linkActivated.connect(lambda _: self.copy_phone())
        self.whatsapp_button = QPushButton(self.tr("WhatsApp"), self)
        self.whatsapp_button.clicked.connect(self.open_whatsapp)
        self.copied = QLabel(self)
        self.copied.setStyleSheet("color:#1e7a34")
        contact.addWidget(self.phone_link)
        contact.addWidget(self.whatsapp_button)
        contact.addWidget(self.copied)
        contact.addStretch(1)
        self.totals = QLabel(self)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        root.addWidget(self.header)
        root.addLayout(contact)
        root.addWidget(self.totals)
        titles = [
            self.tr("Reference"),
            self.tr("Date"),
            self.tr("Total"),
            self.tr("Still owed"),
            self.tr("Payment"),
            self.tr("Fulfilment"),
        ]
        self.orders = QTableWidget(0, len(titles), self)
        self.orders.setHorizontalHeaderLabels(titles)
        self.orders.verticalHeader().setVisible(False)
        self.orders.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.orders.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.orders.horizontalHeader().setStretchLastSection(True)
        self.orders.cellActivated.connect(lambda row, _: self._open_row(row))
        self.orders.cellDoubleClicked.connect(lambda row, _: self._open_row(row))
        root.addWidget(self.orders, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.show_customer(None)

    def show_customer(self, key: str | None) -> None:
        """Show the customer with this id or phone (None: nobody yet, the search is ready)."""
        self.customer = self.service.customers.get(key) if key else None
        self.summary = None
        self.orders.setRowCount(0)
        self.copied.clear()
        if self.customer is None:
            unknown = self.tr("This customer is not known here.")
            self.header.setText(self.tr("Nobody chosen yet.") if not key else unknown)
            self.phone_link.clear()
            self.totals.clear()
            self.whatsapp_button.setEnabled(False)
            self.search.setFocus()
            return
        customer = self.customer
        self.setWindowTitle(self.tr("Customer %s") % (customer.full_name or phone_text(customer.phone)))
        email = f" &nbsp; {customer.email}" if customer.email else ""
        self.header.setText(f"<b style='font-size:14pt'>{customer.full_name or '—'}</b>{email}")
        phone = customer.phone or ""
        self.phone_link.setText(f"<a href='copy'>{phone_text(phone)}</a>" if phone else self.tr("No phone number"))
        self.whatsapp_button.setEnabled(_models.whatsapp_link(phone) is not None)
        self.totals.setText(self.tr("Loading the orders…"))
        wanted = str(customer.id)
        self.bridge.run(self.service.customers.orders_of(wanted), lambda found: self._show_orders(wanted, found))

    def copy_phone(self) -> None:
        """The phone number to the clipboard (to paste into a phone or a message)."""
        if self.customer is not None and self.customer.phone:
            QGuiApplication.clipboard().setText(self.customer.phone)
            self.copied.setText(self.tr("Number copied"))

    def whatsapp_url(self) -> QUrl | None:
        """The chat link for this customer (None: no usable phone)."""
        link = _models.whatsapp_link(self.customer.phone if self.customer else None)
        return None if link is None else QUrl(link)

    def open_whatsapp(self) -> None:
        """Open a WhatsApp chat with the customer in the browser."""
        url = self.whatsapp_url()
        if url is not None:
            self.open_url(url)

    def open_url(self, url: QUrl) -> None:
        """Hand a link to the system's browser (tests replace this)."""
        QDesktopServices.openUrl(url)

    def _money(self, amount: Decimal | None, currency: str = "XAF") -> str:
        return _models.format_money(amount, currency, self.language)

    def _show_orders(self, customer_id: str, found: _service.CustomerOrders) -> None:
        if self.customer is None or str(self.customer.id) != customer_id:
            return  # another customer was chosen meanwhile
        self.summary = found
        currency = found.rows[0].currency if found.rows else "XAF"
        self.totals.setText(
            self.tr("%n order(s)", "", len(found.rows))
            + " &nbsp; "
            + self.tr("Total spent %s") % f"<b>{self._money(found.spent, currency)}</b>"
            + " &nbsp; "
            + self.tr("Balance due %s") % f"<b style='color:#b3261e'>{self._money(found.due, currency)}</b>"
        )
        self.orders.setRowCount(len(found.rows))
        for row, order in enumerate(found.rows):
            cells = {
                REFERENCE: order.reference,
                DAY: day_text(order.created_at, self.language),
                TOTAL: self._money(order.total, order.currency),
                OWED: self._money(found.owed.get(order.id, Decimal(0)), order.currency),
                PAYMENT: billing_label(order.billing_status),
                FULFILMENT: shipping_label(order.shipping_status),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, order.id)
                if column in (TOTAL, OWED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.orders.setItem(row, column, item)
        self.orders.resizeColumnsToContents()

    def _open_row(self, row: int) -> None:
        item = self.orders.item(row, REFERENCE)
        if item is not None:
            self.open_order.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _find(self, text: str) -> None:
        found = self.service.customers.search(text, limit=10) if len(text.strip()) >= 2 else []
        self.search.show_results((f"{row.name}   {phone_text(row.phone)}".strip(), row) for row in found)

    def _pick(self) -> None:
        self.search.flush()
        row: _service.CustomerRow | None = self.search.chosen()
        if row is None:
            return
        self.search.show_results([])
        self.show_customer(row.id)
        self.orders.setFocus()
