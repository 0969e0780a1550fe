"""A search field that steers its result list (the keyboard never leaves the field)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget


class SearchField(QLineEdit):
    """A field and its result list (``results``, for the caller to lay out below it).

    Up and Down move the highlighted result; Enter, or a click on a result,
    emits ``activated``. The rest is typing.
    """

    activated = Signal()

    def __init__(self, parent: QWidget, placeholder: str, list_height: int) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.results = QListWidget(parent)
        self.results.setMaximumHeight(list_height)
        self.results.hide()  # shown while it holds results: the form below keeps the room otherwise
        self.returnPressed.connect(self.activated)
        self.results.itemActivated.connect(lambda _: self.activated.emit())

    def show_results(self, found: Iterable[tuple[str, Any]]) -> None:
        """List ``(text, value)`` pairs, the first highlighted; the list hides when there are none."""
        self.results.clear()
        for text, value in found:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(self.results.count() > 0)

    def chosen(self) -> Any:
        """The highlighted result's value (None: nothing listed)."""
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step is not None and self.results.count():
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)
