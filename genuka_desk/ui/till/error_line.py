"""A line in red under a count saying why the till was not opened or closed, which can keep room for it.

A dialog's height stays what it was when a line appears in it: the rows
above were squeezed to make room, so the count the clerk is typing moved.
Keeping the room of the message that may come (:meth:`ErrorLine.keep_room`)
leaves everything where it is when it shows; a message taller than the
room (or with none kept) makes the window grow at its foot instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #b00020;"
_TALL = 100_000  # "as tall as it takes" for a measure


class ErrorLine(QLabel):
    """Why something was not done, wrapped; empty and hidden until :meth:`say` (see the module for the room)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(ERROR_STYLE)
        self._room = ""
        self.hide()

    def keep_room(self, text: str) -> None:
        """Take at all times the room ``text`` takes (the line stays in the layout, blank while nothing is said)."""
        self._room = text
        self.setVisible(True)
        self.updateGeometry()

    def say(self, text: str) -> None:
        """Show ``text`` ("" says nothing: the line hides, or stays blank when it keeps room)."""
        self.setText(text)
        self.setVisible(bool(text) or bool(self._room))
        if text:
            self._grow_window()

    def _grow_window(self) -> None:
        """Make the shown window taller by what the line lacks, rather than squeeze the rows above it."""
        window = self.window()
        layout = window.layout()
        if not window.isVisible() or layout is None:
            return  # not shown yet: it takes its size from the layout when it shows
        layout.activate()
        lacking = self.heightForWidth(self.width()) - self.height()
        if lacking > 0:
            window.resize(window.width(), window.height() + lacking)

    def shown(self) -> str:
        """What the clerk reads there now ("" when nothing)."""
        return self.text() if self.isVisible() else ""

    def _room_height(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        box = self.fontMetrics().boundingRect(QRect(0, 0, inner, _TALL), flags, self._room)
        return box.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        """Wrapped, so its height follows its width (a QLabel says so only once it has a text)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as its text, or as the room kept, whichever is taller."""
        own = super().heightForWidth(width) if self.text() else 0
        return max(own, self._room_height(width)) if self._room else own

    def sizeHint(self) -> QSize:
        """Its own hint, widened and heightened to the room kept (about 40 characters a line, like a label)."""
        hint = super().sizeHint()
        if not self._room:
            return hint
        metrics = self.fontMetrics()
        width = max(
            hint.width() if self.text() else 0,
            min(metrics.horizontalAdvance(self._room), 40 * metrics.averageCharWidth()),
        )
        return QSize(width, max(hint.height() if self.text() else 0, self._room_height(width)))
