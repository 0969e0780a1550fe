"""The till window: the session the till shows now, what the sync holds for the clerk, a manager's review,
and the till's history (every desk's sessions and the web's, from the server's list) with their Z reports.

It reads ``service.till`` again after each burst of the service's events
(a sale, a sync, the queue), and asks the current session's report (the
cash sales, refunds, pay-outs and pay-ins so far) at most once at a time.
On opening it asks the server's list of sessions once; offline, the
history kept shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from ... import service as _service
from ..bridge import ServiceBridge
from ..service_window import ServiceWindow
from .count_table import denomination_name
from .current_panel import CurrentPanel
from .held import held_change
from .held_strip import HeldStrip
from .history_table import HistoryTable, difference_of
from .review import ReviewStrip
from .words import PENDING, TillWords, signed_money
from .z_words import ZSay

if TYPE_CHECKING:
    from ...service.till import TillView
    from ...service.till_report import ZReport

_ERROR = "color: #b00020;"


class TillWindow(ServiceWindow):
    """The till and its history; ``reportAsked`` with a session's local id for its Z report."""

    reportAsked = Signal(str)

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        locale: str,
        *,
        actions: list[QAction],
        may_review: bool,
    ) -> None:
        super().__init__(service, bridge, locale)
        self.may_review = may_review
        self.words = TillWords(self)
        self.setWindowTitle(self.tr("Till and Z reports"))
        self.fit_on_screen(1120, 640)  # every column of the history at once on a 1366 x 768 counter PC
        layout = QVBoxLayout(self)
        self.held = HeldStrip(locale, self)
        self.held.takeOverAsked.connect(self.take_over)
        self.held.discardAsked.connect(self.discard)
        layout.addWidget(self.held)
        self.current = CurrentPanel(locale, self)
        layout.addWidget(self.current)
        row = QHBoxLayout()
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        self.current_report = QToolButton(self)
        self.current_report.setText(self.tr("Z report of this session…"))
        self.current_report.clicked.connect(self._current_report)
        row.addWidget(self.current_report)
        row.addStretch(1)
        layout.addLayout(row)
        self.review = ReviewStrip(service, bridge, self)
        self.review.reviewed.connect(self.soon)
        self.review.failed.connect(self.show_message)
        layout.addWidget(self.review)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR)
        self.message.hide()
        layout.addWidget(self.message)
        history_title = self.tr("Till history")
        layout.addWidget(QLabel(f"<b>{history_title}</b>", self))
        self.history = HistoryTable(locale, self)
        self.history.reportAsked.connect(self.reportAsked)
        self.history.itemSelectionChanged.connect(self._offer_review)
        layout.addWidget(self.history, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._view: TillView | None = None
        self._reporting = False
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        bridge.ordersChanged.connect(self.soon)
        bridge.queueChanged.connect(self.soon)
        bridge.syncFinished.connect(self.soon)
        self.refresh()
        self._read_history()

    def _read_history(self) -> None:
        """The server's list of sessions, once (offline or refused: the history kept here shows)."""
        if self.service.till.available() and self.service.online is not False:
            self.bridge.run(self.service.till.history(), lambda _added: self.soon(), lambda _exc: None)

    def soon(self, *_: object) -> None:
        """Read the till again once the current burst of events is over."""
        self._soon.start()

    def refresh(self) -> None:
        """Everything from ``service.till`` again."""
        if self.service.closed:
            return
        till = self.service.till
        view = till.current()
        self._view = view
        if view is None:
            self.current.show_none(till.available())
            self.held.show_change(None, till.currency())
        else:
            currency = view.session.currency
            kinds = ZSay(self).kinds()  # XAF has a 500 bill and a 500 coin: the count says which
            labels = {}
            for d in till.denominations():
                kind = kinds.get((d.type or "").lower())
                name = denomination_name(d, currency, self.language)
                labels[str(d.id)] = f"{name} ({kind})" if kind else name
            self.current.show_view(view, labels)
            self.held.show_change(held_change(self.service, view), view.session.currency)
            self._ask_report(view.session.local_id)
        self.current_report.setEnabled(view is not None)
        self.history.fill(till.sessions())
        self._offer_review()

    def _ask_report(self, key: str) -> None:
        if self._reporting:
            return
        self._reporting = True
        self.bridge.run(self.service.till.report(key), self._report_made, self._report_failed)

    def _report_made(self, report: ZReport) -> None:
        self._reporting = False
        view = self._view
        if view is not None and report.session_id in (view.session.local_id, view.session.server_id):
            self.current.show_report(report)

    def _report_failed(self, _exc: Exception) -> None:
        self._reporting = False  # the panel keeps "…": the Z report says why when asked

    def _offer_review(self) -> None:
        """Approve / Reject for the session waiting for a manager: the current one, or the one selected."""
        if not self.may_review:
            self.review.show_session(None)
            return
        key, view = None, None
        if self.history.selected_status() == PENDING:
            key = self.history.selected_key()
            view = next((v for v in self.service.till.sessions() if v.session.local_id == key), None)
        elif self._view is not None and self._view.session.status == PENDING:
            key, view = self._view.session.local_id, self._view
        if key is None or view is None:
            self.review.show_session(None)
            return
        session = view.session
        money = signed_money(difference_of(view), session.currency, self.language)
        text = self.tr("Waiting for a manager: the count of %s (%s) differs by %s. Reason given: %s.") % (
            session.account_label,
            session.opened_by or "—",
            money,
            self.words.reason(session.reason) or "—",
        )
        self.review.show_session(key, text)

    def show_message(self, text: str) -> None:
        """A refusal or a failure, above the history (never a trace)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _current_report(self) -> None:
        if self._view is not None:
            self.reportAsked.emit(self._view.session.local_id)

    def take_over(self) -> None:
        """Go on with the session open on the server instead of this desk's held opening (needs the server)."""
        self.show_message("")
        self.bridge.run(self.service.till.take_over(), lambda _view: self.soon(), self._failed)

    def discard(self, change_id: str) -> None:
        """Drop the held operation (an opening: the session goes with it; a close: the till is open again)."""
        if change_id:
            self.show_message("")
            self.bridge.run(self.service.changes.discard(change_id), lambda _change: self.soon(), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.show_message(self.words.refusal(exc, self.bridge.message_of(exc)))
        self.soon()
