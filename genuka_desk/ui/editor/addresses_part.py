"""The editor's Addresses tab: billing and shipping side by side, and "shipping same as billing"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from ... import models as _models
from ..parts import AddressForm
from .messages import EditorMessages


class AddressesPart(QWidget):
    """Every address field of both sides, by edit key (``billing.address.city``...)."""

    changed = Signal()

    def __init__(self, messages: EditorMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        grid = QGridLayout(self)
        self.forms: dict[_models.Side, AddressForm] = {}
        self.edits: dict[str, QLineEdit] = {}
        for column, side in enumerate(_models.ADDRESS_SIDES):
            form = AddressForm(messages.side_address(side), _models.ADDRESS_FIELDS, messages.address_label, self)
            form.changed.connect(self.changed)
            self.forms[side] = form
            self.edits.update({_models.address_key(side, name): edit for name, edit in form.edits.items()})
            grid.addWidget(form, 0, column)
        self.same_address = QCheckBox(self.tr("Shipping same as billing"), self)
        self.same_address.toggled.connect(self._same_address_toggled)
        grid.addWidget(self.same_address, 1, 1)

    def load(self, order: _models.Order) -> None:
        """Show the order's addresses."""
        for key, text in _models.address_values(order).items():
            self.edits[key].setText(text)
        self.same_address.setChecked(False)

    def values(self) -> dict[str, str]:
        """Every field as typed (trimmed), by edit key."""
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        self._read_only = read_only
        for form in self.forms.values():
            form.set_read_only(read_only)
        self.same_address.setEnabled(not read_only)

    def mark(self, keys: set[str]) -> None:
        """A red frame on the fields at ``keys`` (those that stop Save)."""
        for side, form in self.forms.items():
            form.mark({key.rsplit(".", 1)[-1] for key in keys if key.startswith(f"{side.value}.address.")})

    def _same_address_toggled(self, on: bool) -> None:
        shipping, billing = self.forms[_models.Side.SHIPPING], self.forms[_models.Side.BILLING]
        if on:
            shipping.set_values(billing.values())
        shipping.set_read_only(on or self._read_only)
