"""A question a manager answers with one line of text, under what it is about (a manager's review).

The system's text question (QInputDialog) keeps its label on one line, so
the facts a manager approves (the till, the clerk, the figures, the
clerk's notes) made it as wide as the longest of them; here they wrap.
One line to answer: Enter answers, Tab reaches the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class TextQuestion(QDialog):
    """``label`` (plain text, its lines kept and wrapped), a line to answer, OK and Cancel."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.label = QLabel(label, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.field = QLineEdit(self)
        self.field.setMaxLength(1000)
        self.label.setBuddy(self.field)
        layout.addWidget(self.field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """Ask ``label`` and wait for the answer (None when cancelled; tests answer without a modal loop)."""
    question = TextQuestion(parent, title, label)
    try:
        return question.field.text() if question.exec() == QDialog.DialogCode.Accepted else None
    finally:
        question.deleteLater()
