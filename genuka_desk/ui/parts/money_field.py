"""An amount typed by the clerk: read the way people here write it, shown grouped, its currency beside it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ... import models as _models


class MoneyEdit(QLineEdit):
    """A line edit for money in ``currency``: ``12.500``, ``12,500`` and ``12 500`` all read 12 500 francs.

    Once the clerk leaves it, a readable amount is shown grouped (``12 500``),
    so what will be sent is what the clerk sees; an unreadable one stays as
    typed, for the form to mark.
    """

    def __init__(self, parent: QWidget | None = None, currency: str = "XAF", language: str = "fr") -> None:
        super().__init__(parent)
        self.currency, self.language = currency, language
        self.editingFinished.connect(self._tidy)

    def amount(self) -> Decimal | None:
        """The amount typed; None when the box is empty or holds no number."""
        return _models.parse_amount(self.text(), self.currency, self.language)

    def is_blank(self) -> bool:
        """Whether nothing was typed (an empty box is not an unreadable one)."""
        return not self.text().strip()

    def set_amount(self, amount: Decimal | None) -> None:
        """Show ``amount`` grouped (empty for None)."""
        self.setText(_models.amount_text(amount, self.currency, self.language))

    def _tidy(self) -> None:
        amount = self.amount()
        if amount is not None and not self.isReadOnly():
            shown = _models.amount_text(amount, self.currency, self.language)
            if shown != self.text():
                self.setText(shown)


def with_currency(edit: MoneyEdit, currency: str | None = None) -> QWidget:
    """``edit`` in a row with the currency's symbol after it (the edit stays the caller's to read)."""
    if currency is not None:
        edit.currency = currency
    row = QWidget(edit.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    edit.setParent(row)
    layout.addWidget(edit, 1)
    symbol = QLabel(_models.currency_symbol(edit.currency, edit.language), row)
    symbol.setObjectName("currency")
    layout.addWidget(symbol)
    return row
