"""Pickup, or delivery to an address (the customer's known ones offered) on a calendar day, and the source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from ... import models as _models
from ..day_field import DayField
from ..editor.messages import EditorMessages
from ..labels import source_label
from ..parts import INVALID_STYLE, AddressForm, MoneyEdit, with_currency

ADDRESS_NAMES = ("line1", "line2", "city", "country")
DEFAULT_COUNTRY = "CM"  # shown in the clerk's language ("Cameroun"), sent by its English name


class DeliveryPart(QGroupBox):
    """How the customer gets the goods, and where the sale came from."""

    changed = Signal()

    def __init__(self, messages: EditorMessages, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Delivery"), parent)
        self.language = language
        form = QFormLayout(self)
        self.pickup = QRadioButton(self.tr("Pickup"), self)
        self.delivery = QRadioButton(self.tr("Delivery"), self)
        modes = QButtonGroup(self)
        modes.addButton(self.pickup)
        modes.addButton(self.delivery)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.pickup)
        mode_row.addWidget(self.delivery)
        form.addRow(self.tr("Mode"), mode_row)
        self.known = QComboBox(self)
        self.known.activated.connect(self._known_chosen)
        form.addRow(self.tr("Known addresses"), self.known)
        self.address = AddressForm(self.tr("Address"), ADDRESS_NAMES, messages.address_label, self)
        self.address.setFlat(True)
        form.addRow(self.address)
        self.day = DayField(self)
        self.shipping_amount = MoneyEdit(self, "XAF", language)
        form.addRow(self.tr("Delivery day"), self.day)
        form.addRow(self.tr("Shipping amount"), with_currency(self.shipping_amount))
        self.source = QComboBox(self)
        for source in _models.SOURCES:
            self.source.addItem(source_label(source), source)
        form.addRow(self.tr("Source"), self.source)
        self.pickup.toggled.connect(self._mode_changed)
        for edit in (*self.address.edits.values(), self.shipping_amount):
            edit.textEdited.connect(self.changed)
        self.day.changed.connect(self.changed)
        self.source.currentIndexChanged.connect(self.changed)

    def reset(self) -> None:
        """Pickup, no address; the source stays (a shop sells from one place all day)."""
        self._show_address({})
        self.shipping_amount.clear()
        self.day.set_day(None)
        self.set_known([])
        self.pickup.setChecked(True)
        self.mark(set())
        self._mode_changed()

    def load(self, sale: _models.NewOrder) -> None:
        """Show a sale's delivery (a sale being corrected)."""
        self.reset()
        self.source.setCurrentIndex(max(0, self.source.findData(sale.source)))
        if sale.mode == "delivery":
            self.delivery.setChecked(True)
            self._show_address(sale.address)
            self.day.set_day(sale.scheduled_at)
            self.shipping_amount.set_amount(sale.shipping_amount)
        self._mode_changed()

    def set_known(self, addresses: list[dict[str, str]]) -> None:
        """Offer the customer's known addresses; the newest fills the form unless one is typed already."""
        self.known.clear()
        for address in addresses:
            label = ", ".join(address[name] for name in ("line1", "city") if address.get(name))
            self.known.addItem(label, address)
        if addresses:
            self.known.addItem(self.tr("Another address"), None)
            if not self.address.edits["line1"].text().strip():
                self._known_chosen(0)
            else:
                self.known.setCurrentIndex(self.known.count() - 1)
        self.known.setEnabled(bool(addresses) and self.delivery.isChecked())

    def fill(self, sale: _models.NewOrder) -> list[str]:
        """Write the delivery into ``sale``; returns what cannot be read (an amount that is not a number)."""
        sale.source = str(self.source.currentData() or "POS")
        sale.mode = "delivery" if self.delivery.isChecked() else "pickup"
        if sale.mode != "delivery":
            return []
        sale.address = {name: value for name, value in self.address.values().items() if value}
        if sale.address.get("country"):
            sale.address["country"] = sent_country(sale.address["country"])
        sale.scheduled_at = self.day.day()
        sale.shipping_amount = self.shipping_amount.amount()
        if not self.shipping_amount.is_blank() and sale.shipping_amount is None:
            return [self.tr("Shipping amount: must be a number, 0 or more.")]
        return []

    def mark(self, names: set[str]) -> None:
        """A red frame on the address fields ``names`` (and ``shipping_amount``)."""
        self.address.mark(names)
        self.shipping_amount.setStyleSheet(INVALID_STYLE if "shipping_amount" in names else "")

    def _known_chosen(self, row: int) -> None:
        self.known.setCurrentIndex(row)
        address = self.known.itemData(row)
        self._show_address(address if isinstance(address, dict) else {})  # "Another address": an empty form
        self.changed.emit()

    def _show_address(self, address: dict[str, str]) -> None:
        """Fill the address form, its country named in the clerk's language (Cameroon when none)."""
        country = address.get("country") or DEFAULT_COUNTRY
        code = _models.country_code(country)
        shown = _models.country_name(code, self.language) if code else country
        self.address.set_values({**address, "country": shown})

    def _mode_changed(self, *_: Any) -> None:
        delivery = self.delivery.isChecked()
        for widget in (self.address, self.day, self.shipping_amount):
            widget.setEnabled(delivery)
        self.known.setEnabled(delivery and self.known.count() > 0)
        self.changed.emit()


def sent_country(typed: str) -> str:
    """The country as the create body's address carries it: its English name, whatever it was typed in.

    06-orders-sales.md writes ``"country": "Cameroon"``; a name no country has goes as typed.
    """
    code = _models.country_code(typed)
    return _models.country_name(code, "en") if code else typed
