"""The editor's History tab: one timeline, newest first, of this computer's changes and the server's activity."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ... import models as _models
from ... import service as _service
from ..activity_text import activity_text
from ..change_words import change_lines
from ..dates import moment_text


class HistoryPart(QListWidget):
    """A read-only list, newest first, one entry per thing that happened.

    A change made here shows once: as this computer's (in italics, with
    where it stands) until the server's history confirms it, then as the
    server's entry. The list is rebuilt from both whenever either changes.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWordWrap(True)  # long entries wrap: no sideways scrolling
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._history: list[_service.Change] = []
        self._order: _models.Order | None = None
        self._activities: list[_models.Activity] | None = None  # None: not had (yet, or offline)
        self._offline = False
        self._skew: float | None = None

    def load(self, history: list[_service.Change], order: _models.Order | None = None) -> None:
        """This computer's changes of the order (oldest first, sent ones too): the timeline is shown again."""
        self._history = list(history)
        self._order = order
        self._show()

    def set_activities(self, activities: Sequence[_models.Activity], skew: float | None = None) -> None:
        """The server's activities of the order (``skew``: its clock minus this computer's, when known)."""
        self._activities = list(activities)
        self._offline = False
        self._skew = skew
        self._show()

    def set_offline(self) -> None:
        """The server's activities could not be had: this computer's entries, and a word why only those."""
        self._offline = True
        self._show()

    def _show(self) -> None:
        self.clear()
        if self._offline and self._activities is None:
            self._note(self.tr("The server's history is not available offline."))
        payments = self._order.payments if self._order is not None else []
        for entry in _service.order_timeline(self._history, self._activities, skew=self._skew, payments=payments):
            if not entry.from_here:
                self._add_server_entry(entry)
            elif entry.change is not None:
                self._add_own_entry(entry.change, entry)

    def _add_server_entry(self, entry: _service.TimelineEntry) -> None:
        activity = entry.activity
        assert activity is not None
        currency = self._order.currency_code if self._order is not None else "XAF"
        amount = _models.format_money(entry.amount, currency, self.language) if entry.amount is not None else ""
        item = QListWidgetItem(f"{moment_text(entry.at, self.language)} — {activity_text(activity, amount)}")
        details = []
        if entry.made_here and entry.clerk:
            details.append(self.tr("Made on this computer by %s, and now in the server's history.") % entry.clerk)
        elif entry.made_here:
            details.append(self.tr("Made on this computer, and now in the server's history."))
        if activity.server_words:
            # The server's own words stay at hand (they are what its dashboard shows).
            details.append(self.tr("The server's words: %s") % activity.server_words)
        item.setToolTip("\n".join(details))
        self.addItem(item)

    def _add_own_entry(self, change: _service.Change, entry: _service.TimelineEntry) -> None:
        states = {
            _service.ChangeState.PENDING: self.tr("waiting to be sent"),
            _service.ChangeState.SENDING: self.tr("being sent"),
            _service.ChangeState.SENT: self.tr("sent"),
            _service.ChangeState.FAILED: self.tr("refused"),
            _service.ChangeState.CONFLICT: self.tr("in conflict"),
        }
        when = moment_text(entry.at, self.language)
        state = states[change.state]
        for line in change_lines(change, self._order, self.language):
            if entry.clerk:  # who at this desk made it (a shared counter PC: the clerk who had unlocked)
                text = self.tr("%s — on this computer (%s), by %s: %s") % (when, state, entry.clerk, line)
            else:
                text = self.tr("%s — on this computer (%s): %s") % (when, state, line)
            item = QListWidgetItem(text)
            font = QFont(item.font())
            font.setItalic(True)  # not in the server's history (yet)
            item.setFont(font)
            self.addItem(item)

    def _note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a word about the list, not an entry
        self.addItem(item)
