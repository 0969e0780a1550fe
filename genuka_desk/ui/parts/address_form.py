"""One postal address as a form: a line edit per field, by field name."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

INVALID_STYLE = "border: 1px solid #c0392b;"  # a field that stops Save


class AddressForm(QGroupBox):
    """The fields ``names`` of an address (``line1``, ``city``...), labelled by ``label_of``."""

    changed = Signal()

    def __init__(
        self, title: str, names: Iterable[str], label_of: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name in names:
            edit = QLineEdit(self)
            edit.textChanged.connect(self.changed)
            self.edits[name] = edit
            self.form.addRow(label_of(name), edit)

    def values(self) -> dict[str, str]:
        """Every field as typed (trimmed), by name."""
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def set_values(self, values: Mapping[str, str]) -> None:
        """Fill the fields from ``values`` (a field not named there is emptied)."""
        for name, edit in self.edits.items():
            edit.setText(str(values.get(name) or ""))

    def set_read_only(self, read_only: bool) -> None:
        """Lock or unlock every field."""
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def mark(self, names: set[str]) -> None:
        """A red frame on the fields ``names`` (those that stop Save)."""
        for name, edit in self.edits.items():
            edit.setStyleSheet(INVALID_STYLE if name in names else "")
