"""The editor's History tab: what this computer changed, then the server's activity of the order."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from ... import models as _models
from ... import service as _service
from ..activity_text import activity_text
from ..change_words import change_lines


class HistoryPart(QListWidget):
    """A read-only list, newest first: this computer's changes, then the server's activities."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWordWrap(True)  # long entries wrap: no sideways scrolling
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def load(self, history: list[_service.Change], order: _models.Order | None = None) -> None:
        """Show this computer's changes of the order (sent ones too), newest first, a line per thing changed."""
        self.clear()
        states = {
            _service.ChangeState.PENDING: self.tr("waiting to be sent"),
            _service.ChangeState.SENDING: self.tr("being sent"),
            _service.ChangeState.SENT: self.tr("sent"),
            _service.ChangeState.FAILED: self.tr("refused"),
            _service.ChangeState.CONFLICT: self.tr("in conflict"),
        }
        for change in reversed(history):
            when = _models.format_moment(datetime.fromtimestamp(change.created_at).astimezone(), self.language)
            for line in change_lines(change, order, self.language):
                self.addItem(self.tr("%s — on this computer (%s): %s") % (when, states[change.state], line))

    def add_activities(self, activities: list[_models.Activity]) -> None:
        """Add the server's activities of the order (they come later, from the network), one per line."""
        for activity in activities:
            self.addItem(f"{_models.format_moment(activity.created_at, self.language)} — {activity_text(activity)}")

    def add_offline_note(self) -> None:
        """Say the server's activities could not be had."""
        self.addItem(self.tr("The server's history is not available offline."))
