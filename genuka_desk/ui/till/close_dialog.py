"""Close the till: the drawer counted again, what it should hold, what was counted and the difference, live.

When the count differs from what the till should hold, a reason from the
documented list is required (the notes say more); when they match, none is
asked (a count equal to the expected cash always closes). Once closed, the
dialog says what came of it, following the sync until the server answers
(closed, or waiting for a manager), and offers the Z report.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import service as _service
from ..bridge import ServiceBridge
from .bar import APPROX
from .close_answer import CloseAnswer
from .count_table import CountTable
from .error_line import ErrorLine
from .words import OPENED, TillWords

if TYPE_CHECKING:
    from ...service.till import TillView

_SHORT = "color: #b00020;"
_OVER = "color: #8a5a00;"
_RIGHT = "color: #1b7f3b;"


class CloseTillDialog(QDialog):
    """The closing count, then the outcome; :attr:`view` is the session once closed."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.language = service, bridge, language
        self.words = TillWords(self)
        self._reason_asked = False  # Enter was pressed on a difference without a reason
        self.view: TillView | None = None  # the closed session
        self.current: TillView | None = service.till.current()
        # The Z report asked for from the outcome (the till part opens it; a test may answer instead).
        self.on_report: Callable[[str], object] = lambda key: None
        till = service.till
        currency = self.current.session.currency if self.current else till.currency()
        self.setWindowTitle(self.tr("Close the till"))
        self._layout = layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        self.count_page = count_page = QWidget(self)
        count_layout = QVBoxLayout(count_page)
        count_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr("Count the cash in the drawer: how many of each bill and coin (Tab to go on)."), self)
        intro.setWordWrap(True)
        count_layout.addWidget(intro)
        self.table = CountTable(till.denominations(), currency, language, count_page)
        count_layout.addWidget(self.table)
        figures = QFormLayout()
        self.expected = QLabel(count_page)
        self.counted = QLabel(count_page)
        self.difference = QLabel(count_page)
        figures.addRow(self.tr("The till should hold"), self.expected)
        figures.addRow(self.tr("Counted"), self.counted)
        figures.addRow(self.tr("Difference"), self.difference)
        self.reason = QComboBox(count_page)
        # Short, and every reason wide enough to be read whole (the dialog takes the longest one's width).
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for value, text in self.words.reasons():
            self.reason.addItem(text, value)
        self.reason.currentIndexChanged.connect(self._reason_needed)
        figures.addRow(self.tr("Reason"), self.reason)
        self.notes = QLineEdit(count_page)
        self.notes.setPlaceholderText(self.tr("Optional"))  # the row says "Notes" already
        self.notes.setToolTip(self.tr("Say more when the count differs: what happened, who saw it."))
        self.notes.setMaxLength(1000)
        figures.addRow(self.tr("Notes"), self.notes)
        count_layout.addLayout(figures)
        self._choose = self.tr("The count differs from what the till should hold: choose a reason.")
        self.error = ErrorLine(count_page)
        self.error.keep_room(self._choose)  # the count does not move when it shows
        count_layout.addWidget(self.error)
        self.pages.addWidget(count_page)
        self.answer = CloseAnswer(language, self)
        self.answer.reportAsked.connect(self._report_asked)
        self.pages.addWidget(self.answer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = self.buttons.addButton(self.tr("Close the till"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        last = self.table.last()
        if last is not None:
            QWidget.setTabOrder(last, self.reason)
            QWidget.setTabOrder(self.reason, self.notes)
        self.table.changed.connect(self._figures)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._follow)
        # A cash sale during the count moves what the till should hold; the sync brings the close's answer.
        for signal in (bridge.ordersChanged, bridge.queueChanged, bridge.syncFinished):
            signal.connect(self._soon_follow)
        self._figures()
        if self.current is None or self.current.session.status != OPENED:
            self.show_error(self.tr("The till is not open."))
            self.close_button.setEnabled(False)
        first = self.table.first()
        if first is not None:
            first.setFocus()

    def money(self, amount: Decimal | None) -> str:
        """An amount in the session's currency."""
        return self.table.money(amount)

    def difference_now(self) -> Decimal | None:
        """What was counted less what the till should hold (None: no open session)."""
        return None if self.current is None else self.table.total() - self.current.expected

    def _figures(self) -> None:
        current = self.current
        if current is None:
            for label in (self.expected, self.counted, self.difference):
                label.setText("—")
            self.reason.setEnabled(False)
            return
        expected = self.money(current.expected)
        self.expected.setText(f"{APPROX} {expected}" if current.provisional else expected)
        self.expected.setToolTip(
            self.tr("Not all on the server yet: the desk's own count.") if current.provisional else ""
        )
        self.counted.setText(self.money(self.table.total()))
        difference = self.difference_now() or Decimal(0)
        if difference == 0:
            self.difference.setText(self.tr("None: the count is right"))
            self.difference.setStyleSheet(_RIGHT)
        elif difference > 0:
            self.difference.setText(self.tr("+%s (more than it should hold)") % self.money(difference))
            self.difference.setStyleSheet(_OVER)
        else:
            self.difference.setText(self.tr("−%s (missing)") % self.money(-difference))
            self.difference.setStyleSheet(_SHORT)
        self.reason.setEnabled(difference != 0)
        if difference == 0:
            self.reason.setCurrentIndex(0)
        self._reason_needed()

    def _reason_needed(self, *_: object) -> None:
        """Once asked for, the missing reason is said while the count differs without one, and only then."""
        if not self._reason_asked:
            return
        missing = bool(self.difference_now()) and not self.reason.currentData()
        if missing:
            self.show_error(self._choose)
        elif self.error.shown() == self._choose:
            self.show_error("")

    def show_error(self, text: str) -> None:
        """Why the till was not closed, under the count (in room kept for it: nothing moves)."""
        self.error.say(text)

    def accept(self) -> None:
        """Close the till with the count; the reason is asked first when the count differs."""
        if self.pages.currentWidget() is self.answer:
            super().accept()  # Done
            return
        if not self.close_button.isEnabled():
            return
        from ...service.till import TillError

        difference = self.difference_now()
        reason = self.reason.currentData()
        if difference and not reason:
            self._reason_asked = True
            self.show_error(self._choose)
            self.reason.setFocus()
            return
        try:
            self.view = self.service.till.close(
                self.table.counts(), str(reason) if difference and reason else None, self.notes.text().strip()
            )
        except TillError as exc:
            self.show_error(self.words.refusal(exc, self.bridge.message_of(exc)))
            return
        self.pages.setCurrentWidget(self.answer)
        self.pages.removeWidget(self.count_page)  # the dialog shrinks to the answer
        self.count_page.hide()
        self.answer.show_view(self.view)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button.setText(self.tr("Done"))
        self.answer.report_button.setAutoDefault(False)
        self.close_button.setDefault(True)  # Enter says Done; the Z report is a click or Tab away
        self.close_button.setFocus()
        self._fit_answer()

    def _fit_answer(self) -> None:
        """As tall as the answer needs at the dialog's width: its wrapped lines whole, after each new answer.

        (A window does not grow by itself when a wrapped label gets longer: the server's answer was cut.)
        """
        layout = self._layout
        layout.activate()
        width = max(self.width(), layout.totalMinimumSize().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.resize(width, max(height, layout.totalMinimumSize().height()))

    def _soon_follow(self, *_: object) -> None:
        self._soon.start()

    def _follow(self) -> None:
        """The session read again: what the till should hold while counting, the close's outcome after."""
        if self.service.closed:
            return
        if self.view is not None:
            from ...service.till import TillError

            try:
                self.view = self.service.till.session(self.view.session.local_id)
            except TillError:
                return  # the close was discarded meanwhile
            self.answer.show_view(self.view)
            self._fit_answer()
            return
        now = self.service.till.current()
        if now is not None and self.current is not None and now.session.local_id == self.current.session.local_id:
            self.current = now
            self._figures()

    def _report_asked(self) -> None:
        if self.view is not None:
            self.on_report(self.view.session.local_id)
