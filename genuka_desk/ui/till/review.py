"""A manager's review of a count that differs: approve it (the session closes) or reject the closure (the till
opens again for a recount, with the reason the clerk reads).

Only offered to a login that may do it (:class:`ReviewStrip` is hidden
otherwise). The desk keeps only whether a login may change orders (its
scopes are read once, at login: ``Session.read_only``); the manager's own
permission (``treasury_accounts.*`` on Genuka) is judged by the server,
whose refusal is said in clear words. A review needs the server: offline,
the clerk is told so before anything is tried. The question says what is
approved or rejected first: the till, the clerk, what it should have held,
what was counted, the difference and the clerk's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ... import models as _models
from ... import service as _service
from ..bridge import ServiceBridge
from .history_table import difference_of
from .text_question import ask_text
from .words import TillWords, signed_money

AskText = Callable[[QWidget, str, str], "str | None"]
"""Asks the manager for a text: (parent, title, label) -> the text, None when cancelled."""


class ReviewStrip(QFrame):
    """Approve or reject the session waiting for a manager; ``reviewed`` once the server answered."""

    reviewed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge = service, bridge
        # The money's language: the till window's when not given (it makes the strip without saying it).
        self.language: str = language or getattr(parent, "language", None) or "en"
        self.words = TillWords(self)
        self.key: str | None = None
        self.ask: AskText = ask_text
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.approve_button = QPushButton(self.tr("Approve the count…"), self)
        self.reject_button = QPushButton(self.tr("Reject: count again…"), self)
        self.approve_button.clicked.connect(self.approve_asked)
        self.reject_button.clicked.connect(self.reject_asked)
        layout.addWidget(self.approve_button)
        layout.addWidget(self.reject_button)
        self.hide()

    def show_session(self, key: str | None, text: str = "") -> None:
        """Offer the review of the session ``key`` (None: nothing to review, the strip hides)."""
        self.key = key
        self.text.setText(text)
        self.setVisible(key is not None)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.approve_button.setEnabled(not busy)
        self.reject_button.setEnabled(not busy)

    def _offline(self) -> bool:
        if self.service.online is False:
            self.failed.emit(self.words.needs_server())
            return True
        return False

    def approve_asked(self) -> None:
        """Approve…: the manager's notes (optional), then the server."""
        if self.key is None or self._offline():
            return
        question = self.tr("Approve this count? The till closes with this difference.")
        notes = self.ask(self, self.tr("Approve the count"), self.question(question, self.tr("Your notes (optional):")))
        if notes is not None:
            self.approve(notes)

    def reject_asked(self) -> None:
        """Reject…: why (required: the clerk reads it before counting again), then the server."""
        if self.key is None or self._offline():
            return
        question = self.tr("Reject this count? The till opens again and the clerk counts again.")
        reason = self.ask(
            self,
            self.tr("Reject the count"),
            self.question(question, self.tr("Why? The clerk reads it before counting again:")),
        )
        if reason is None:
            return
        if not reason.strip():
            self.failed.emit(self.tr("Say why the count is rejected: the clerk reads it before counting again."))
            return
        self.reject(reason)

    def question(self, question: str, prompt: str) -> str:
        """``question``, the facts of the session under review, then ``prompt`` (what to type)."""
        return "\n\n".join(part for part in (question, "\n".join(self.facts()), prompt) if part)

    def facts(self) -> list[str]:
        """What is approved or rejected, one line each: till, clerk, figures in the shop's money, reason, notes."""
        from ...service.till import TillError

        try:
            view = self.service.till.session(self.key)
        except TillError:
            return []  # gone meanwhile: the server says so when asked
        session = view.session
        server = session.server_body or {}
        counted = session.balance_counted
        if counted is None and server.get("balance_counted") is not None:
            counted = Decimal(str(server["balance_counted"]))

        def money(amount: Decimal | None) -> str:
            return _models.format_money(amount, session.currency, self.language)

        lines = [
            self.tr("Till: %s") % session.account_label,
            self.tr("Clerk: %s") % (session.closed_by or session.opened_by or self.tr("not recorded")),
            self.tr("It should have held: %s") % money(view.expected),
            self.tr("Counted: %s") % money(counted),
            self.tr("Difference: %s") % signed_money(difference_of(view), session.currency, self.language),
            self.tr("Reason given: %s") % (self.words.reason(session.reason) or "—"),
        ]
        if session.close_notes:
            lines.append(self.tr("The clerk's notes: %s") % session.close_notes)
        return lines

    def approve(self, notes: str = "") -> None:
        """Approve the session's difference now."""
        if self.key is not None and not self._offline():
            self._busy(True)
            self.bridge.run(self.service.till.approve(self.key, notes), self._done, self._failed)

    def reject(self, reason: str) -> None:
        """Reject the session's closure now (the till opens again for a recount)."""
        if self.key is not None and not self._offline():
            self._busy(True)
            self.bridge.run(self.service.till.reject(self.key, reason), self._done, self._failed)

    def _done(self, _view: object) -> None:
        self._busy(False)
        self.reviewed.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, _service.GenukaError) and exc.status is None:
            self.failed.emit(self.words.needs_server())
            return
        self.failed.emit(self.words.refusal(exc, self.bridge.message_of(exc)))
