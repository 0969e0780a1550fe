"""Choose the payment and/or fulfilment status for several orders at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .. import models as _models
from .status_delegate import status_choices


class BulkStatusDialog(QDialog):
    """Two dropdowns, each with "no change"; OK applies to every selected order."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("%n selected order(s)", "", count)))
        self.payment = QComboBox(self)
        self.fulfilment = QComboBox(self)
        for combo, side in ((self.payment, _models.Side.BILLING), (self.fulfilment, _models.Side.SHIPPING)):
            combo.addItem(self.tr("(no change)"), None)
            for value, label in status_choices(side):
                combo.addItem(label, value)
        layout.addRow(self.tr("Payment"), self.payment)
        layout.addRow(self.tr("Fulfilment"), self.fulfilment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def choice(self) -> tuple[str | None, str | None]:
        """(payment, fulfilment): None where the clerk chose no change."""
        return self.payment.currentData(), self.fulfilment.currentData()
