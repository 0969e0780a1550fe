"""A strip over the till window when the sync held one of its operations for the clerk's decision.

An opening held because the server shows this till open already offers to
take over that session (``service.till.take_over``) or to discard the
opening; a close held (the session closed elsewhere, or never opened there)
offers to discard it. The reason is said in the clerk's words.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import service as _service
from ..held_words import HeldWords
from .held import is_opening


class HeldStrip(QFrame):
    """What is held and the clerk's choices; ``takeOverAsked`` or ``discardAsked`` (with the operation's id)."""

    takeOverAsked = Signal()
    discardAsked = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.change_id = ""
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("HeldStrip { background: #fff4e0; }")
        layout = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.take_over_button = QPushButton(self.tr("Take over that session"), self)
        self.take_over_button.setToolTip(
            self.tr("Go on with the session open on the server; this desk's opening count is dropped")
        )
        self.discard_button = QPushButton(self.tr("Discard my opening"), self)
        self.take_over_button.clicked.connect(self.takeOverAsked)
        self.discard_button.clicked.connect(lambda: self.discardAsked.emit(self.change_id))
        row.addWidget(self.take_over_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def show_change(self, change: _service.Change | None, currency: str) -> None:
        """Show what ``change`` waits for (None: nothing is held, the strip hides)."""
        if change is None:
            self.change_id = ""
            self.hide()
            return
        self.change_id = change.id
        opening = is_opening(change)
        said = HeldWords(self).text(change.last_error, currency, self.language)
        self.text.setText(said or change.last_error or "")
        self.take_over_button.setVisible(opening)
        self.discard_button.setText(self.tr("Discard my opening") if opening else self.tr("Discard this close"))
        self.show()
