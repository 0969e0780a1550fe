"""Pick a product (and variant) from the catalogue to add as a line."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..models import NewLine, Product, format_money
from ..service import OrderService
from .bridge import ServiceBridge


class ProductPicker(QDialog):
    """Searches the catalogue on the server as the clerk types; offline it says so."""

    def __init__(
        self, service: OrderService, bridge: ServiceBridge, currency: str, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.currency = currency
        self.language = locale
        self.setWindowTitle(self.tr("Add a line"))
        self.resize(460, 420)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the catalogue…"))
        self.results = QListWidget(self)
        self.status = QLabel(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 1_000_000)
        self.quantity.setPrefix(self.tr("Quantity: "))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        layout.addWidget(self.quantity)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout.addWidget(self.buttons)
        self.results.currentItemChanged.connect(
            lambda item, _: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(item is not None)
        )
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.run_search()

    def run_search(self) -> None:
        """Search the catalogue (the local copy once a sync brought it, else the server)."""
        self.status.setText(self.tr("Searching…"))
        self.bridge.run(self.service.search_products(self.search.text()), self._show, self._failed)

    def _show(self, products: list[Product]) -> None:
        self.results.clear()
        for product in products:
            variants = product.all_variants()
            choices = [(v.id, v.title, v.sku, v.price) for v in variants] or [(None, None, None, product.display_price)]
            for variant_id, variant_title, sku, price in choices:
                label = product.title or ""
                if variant_title:
                    label += f" — {variant_title}"
                label += f"   {format_money(price, self.currency, self.language)}"
                item = QListWidgetItem(label)
                item.setData(
                    Qt.ItemDataRole.UserRole,
                    (product.id, variant_id, product.title, variant_title, sku, price),
                )
                self.results.addItem(item)
        self.status.setText(self.tr("%n product(s)", "", self.results.count()))

    def _failed(self, exc: Exception) -> None:
        message = getattr(exc, "message", "")
        self.status.setText(self.tr("The catalogue needs the server: %s") % message)

    def new_line(self) -> NewLine | None:
        """The line to add, from the chosen product and quantity."""
        item = self.results.currentItem()
        if item is None:
            return None
        product_id, variant_id, title, variant_title, sku, price = item.data(Qt.ItemDataRole.UserRole)
        return NewLine(
            product_id=str(product_id),
            variant_id=None if variant_id is None else str(variant_id),
            title=title or "",
            variant_title=variant_title,
            sku=sku,
            quantity=self.quantity.value(),
            price=Decimal(price or 0),
        )
