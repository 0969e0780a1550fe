"""An amount typed by the clerk, with its currency beside it (``1500  FCFA``)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...models import currency_symbol


def with_currency(edit: QLineEdit, currency: str, language: str) -> QWidget:
    """``edit`` in a row with the currency's symbol after it (the edit stays the caller's to read)."""
    row = QWidget(edit.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    edit.setParent(row)
    layout.addWidget(edit, 1)
    symbol = QLabel(currency_symbol(currency, language), row)
    symbol.setObjectName("currency")
    layout.addWidget(symbol)
    return row
