"""The desk's one yes/no question, asked by every window before a step with consequences.

Windows call it through this module (``questions.confirm(self, …)``), so the
tests answer it in one place (``monkeypatch.setattr(questions, "confirm", …)``;
tests/ui/conftest.py answers yes unless a test says otherwise).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask ``text`` over ``parent``, Yes or No: True for Yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
