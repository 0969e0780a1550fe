"""Pick a product (and variant) from the local catalogue to add as a line: as the counter finds them.

Word prefixes with accents aside ("cafe" finds "Café"), each variant its own
row (no "Default Title"), Up and Down move, Enter chooses; a scanner's SKU or
barcode and Enter chooses that product at once. Works offline: the catalogue
is kept at each sync.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from .. import models as _models
from .. import service as _service
from .bridge import ServiceBridge
from .parts import SearchField


class ProductPicker(QDialog):
    """The catalogue searched as the clerk types; :meth:`new_line` is the line chosen."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        currency: str,
        locale: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.currency = currency
        self.language = locale
        self.setWindowTitle(self.tr("Add a line"))
        self.resize(480, 440)
        layout = QVBoxLayout(self)
        self.search = SearchField(self, self.tr("Product, SKU or barcode…"), 10_000)
        self.results = self.search.results
        self.results.setMaximumHeight(16_777_215)  # the list takes the dialog's room
        self.status = QLabel(self)
        self.quantity = QSpinBox(self)
        self.quantity.setRange(1, 1_000_000)
        self.quantity.setPrefix(self.tr("Quantity: "))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.quantity)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.chosen: _service.CatalogItem | None = None
        self.search.typed.connect(self.run_search)
        self.search.activated.connect(self._enter)
        self.results.currentItemChanged.connect(lambda *_: self._allow())
        self.run_search("")
        self.search.setFocus()

    def run_search(self, text: str = "") -> None:
        """The local catalogue's matches (nothing typed: from the top)."""
        found = self.service.catalog.search(text, limit=50)
        self.search.show_results((self._label(item), item) for item in found)
        self.results.setVisible(True)
        if found:
            self.status.setText(self.tr("%n product(s)", "", len(found)))
        elif self.service.catalog.count():
            self.status.setText(self.tr("Nothing in the catalogue matches."))
        else:
            self.status.setText(self.tr("The catalogue is not on this computer yet: it comes with the next sync."))
        self._allow()

    def _label(self, item: _service.CatalogItem) -> str:
        label = f"{item.label}   {_models.format_money(item.price or Decimal(0), self.currency, self.language)}"
        return label + (f"   ({item.sku})" if item.sku else "")

    def _allow(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.search.chosen() is not None)

    def _enter(self) -> None:
        text = self.search.text().strip()
        exact = self.service.catalog.item(text) if text else None
        if exact is not None and text in (exact.sku, exact.barcode):
            self.chosen = exact  # a scanned code: that product
            self.accept()
            return
        self.search.flush()
        if self.search.chosen() is not None:
            self.accept()

    def new_line(self) -> _models.NewLine | None:
        """The line to add, from the chosen product and quantity."""
        item: _service.CatalogItem | None = self.chosen or self.search.chosen()
        if item is None:
            return None
        return _models.NewLine(
            product_id=str(item.product_id),
            variant_id=item.variant_id,
            title=item.title,
            variant_title=item.variant_title or None,
            sku=item.sku or None,
            quantity=self.quantity.value(),
            price=item.price or Decimal(0),
        )
