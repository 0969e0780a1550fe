"""The shop's discounts on a sale or an order, each with a small "×" that takes it off.

Shared by the sale window and the editor: the codes (and the automatic offer
taken) are shown as "MOINS2000 −2 000 F ×"; the "×" asks the owner to take
that discount off (``removed`` gives its ``discount_id``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class CodesShown(QWidget):
    """The order-level discounts as small chips; ``removed`` names the ``discount_id`` the clerk took off."""

    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(4)
        self._read_only = False
        self.buttons: dict[str, QToolButton] = {}  # the "×" of each discount, by id

    def show_codes(self, items: Sequence[dict[str, Any]], money: Callable[[Decimal], str] | None = None) -> None:
        """Show ``items`` (``{discount_id, code, title, amount_off}``); ``money``: the amount off shown beside."""
        while self._row.count():
            taken = self._row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:  # gone now, not at the next turn of the loop: never two rows of chips
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = {}
        for item in items:
            code = str(item.get("code") or item.get("title") or "")
            off = item.get("amount_off")
            text = code
            if money is not None and off not in (None, ""):
                text += f" −{money(Decimal(str(off)))}"
            label = QLabel(text, self)
            label.setToolTip(str(item.get("title") or code))
            label.setStyleSheet("color:#1e7a34")
            button = QToolButton(self)
            button.setText("×")
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Remove the code %1").replace("%1", code))
            button.setAccessibleName(button.toolTip())
            button.clicked.connect(partial(self.removed.emit, str(item.get("discount_id"))))
            button.setVisible(not self._read_only)
            self.buttons[str(item.get("discount_id"))] = button
            self._row.addWidget(label)
            self._row.addWidget(button)
            label.show()  # a child added to a widget already shown stays hidden unless told
        self._row.addStretch(1)
        self.setVisible(bool(items))
        self._row.activate()  # laid out now: a grab or a test reads the chips where they will be

    def set_read_only(self, read_only: bool) -> None:
        """Hide the "×" (the codes stay shown)."""
        self._read_only = read_only
        for button in self.buttons.values():
            button.setVisible(not read_only)
