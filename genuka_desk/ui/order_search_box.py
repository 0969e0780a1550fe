"""The list's search box, for a busy counter: Esc clears, Down goes into the results, a scanned reference opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class OrderSearchBox(QLineEdit):
    """``to_results`` asks the window to move into the list; ``submitted`` gives the text Enter was pressed on."""

    to_results = Signal()
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(lambda: self.submitted.emit(self.text().strip()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key == Qt.Key.Key_Down:
            self.to_results.emit()
            return
        super().keyPressEvent(event)
