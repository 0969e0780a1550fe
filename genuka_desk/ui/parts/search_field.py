"""A search field that steers its result list (the keyboard never leaves the field)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

# Keys closer than this come from a barcode scanner (or a paste), not from fingers.
BURST_GAP = 0.03


class SearchField(QLineEdit):
    """A field and its result list (``results``, for the caller to lay out below it).

    Up and Down move the highlighted result; Enter, or a click on a result,
    emits ``activated``. ``typed`` gives the text to search: at once for keys
    at a person's pace, once a burst pauses for a scanner's (a scanner
    types a whole code in a few milliseconds and ends with Enter; searching
    at each of its keys would only delay the line it adds).
    """

    activated = Signal()
    typed = Signal(str)

    def __init__(self, parent: QWidget, placeholder: str, list_height: int) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.results = QListWidget(parent)
        self.results.setMaximumHeight(list_height)
        self.results.hide()  # shown while it holds results: the form below keeps the room otherwise
        self.returnPressed.connect(self.activated)
        self.results.itemActivated.connect(lambda _: self.activated.emit())
        self._last_key = 0.0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(int(BURST_GAP * 1000))
        self._pause.timeout.connect(lambda: self.typed.emit(self.text()))
        self.textChanged.connect(self._text_changed)

    @property
    def pending(self) -> bool:
        """Whether a burst's search waits for its pause."""
        return self._pause.isActive()

    def flush(self) -> None:
        """Search now for what a burst typed, if its pause has not come yet."""
        if self._pause.isActive():
            self._pause.stop()
            self.typed.emit(self.text())

    def _text_changed(self, text: str) -> None:
        now = time.monotonic()
        burst = bool(text) and now - self._last_key < BURST_GAP
        self._last_key = now if text else 0.0  # an emptied field starts afresh
        if burst:
            self._pause.start()  # again: the burst goes on
            return
        self._pause.stop()
        self.typed.emit(text)

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
        if step is not None:
            self.flush()
        if step is not None and self.results.count():
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)
