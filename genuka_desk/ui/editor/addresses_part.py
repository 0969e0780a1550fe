"""The editor's Addresses tab: billing and shipping side by side, and "shipping same as billing"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGridLayout, QGroupBox, QLineEdit, QWidget

from ...models import ADDRESS_FIELDS, ADDRESS_SIDES, Order, Side, address_key, address_values
from .messages import EditorMessages

INVALID_STYLE = "border: 1px solid #c0392b;"  # a field that stops Save


class AddressesPart(QWidget):
    """Every address field of both sides, by edit key (``billing.address.city``...)."""

    changed = Signal()

    def __init__(self, messages: EditorMessages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        grid = QGridLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for column, side in enumerate(ADDRESS_SIDES):
            box = QGroupBox(messages.side_address(side), self)
            form = QFormLayout(box)
            for name in ADDRESS_FIELDS:
                edit = QLineEdit(box)
                edit.textChanged.connect(self.changed)
                self.edits[address_key(side, name)] = edit
                form.addRow(messages.address_label(name), edit)
            grid.addWidget(box, 0, column)
        self.same_address = QCheckBox(self.tr("Shipping same as billing"), self)
        self.same_address.toggled.connect(self._same_address_toggled)
        grid.addWidget(self.same_address, 1, 1)

    def load(self, order: Order) -> None:
        """Show the order's addresses."""
        for key, text in address_values(order).items():
            self.edits[key].setText(text)
        self.same_address.setChecked(False)

    def values(self) -> dict[str, str]:
        """Every field as typed (trimmed), by edit key."""
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        self._read_only = read_only
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        self.same_address.setEnabled(not read_only)

    def mark(self, keys: set[str]) -> None:
        """A red frame on the fields at ``keys`` (those that stop Save)."""
        for key, edit in self.edits.items():
            edit.setStyleSheet(INVALID_STYLE if key in keys else "")

    def _same_address_toggled(self, on: bool) -> None:
        for name in ADDRESS_FIELDS:
            target = self.edits[address_key(Side.SHIPPING, name)]
            if on:
                target.setText(self.edits[address_key(Side.BILLING, name)].text())
            target.setReadOnly(on or self._read_only)
