"""What came of a close: closed, waiting for a manager, or still on its way to the server; the Z report offered.

It says the session as ``service.till`` knows it now and is told again
when the sync brings the server's answer (the close dialog follows the
service's events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import models as _models
from ..rich_text import unbroken
from .history_table import difference_of
from .part import WINDOW_SHORTCUT
from .words import CLOSED, CLOSING, OPENED, PENDING, TillWords, signed_money

if TYPE_CHECKING:
    from ...service.till import TillView


class CloseAnswer(QWidget):
    """The outcome of a close; ``reportAsked`` when the clerk wants the Z report."""

    reportAsked = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.words = TillWords(self)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Z report: print or save as PDF…"), self)
        self.report_button.clicked.connect(self.reportAsked)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_view(self, view: TillView) -> None:
        """Say where the closed session stands now."""
        session = view.session
        money = _models.format_money(session.balance_counted, session.currency, self.language)
        if session.status == CLOSING:
            headline = self.tr("Till closed with %s counted.") % money
            detail = self.tr("The close is sent to Genuka as soon as the connection allows; its answer shows here.")
        elif session.status == PENDING:
            headline = self.tr("Waiting for a manager's approval.")
            difference = signed_money(difference_of(view), session.currency, self.language)
            detail = self.tr("The count differs by %s from what the till should hold.") % (difference,)
            # Where: the manager may be the clerk at the desk now, and this dialog only says it waits.
            where = QCoreApplication.translate("TillPart", "Till and Z reports…").rstrip("…")
            shortcut = QKeySequence(WINDOW_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            detail += "\n" + self.tr("A manager approves or rejects it in %s (%s).") % (where, shortcut)
        elif session.status == OPENED:
            headline = self.tr("The till is open again: a manager rejected the count.")
            detail = self.tr("Count the drawer again, then close the till.")
        elif session.status == CLOSED:
            headline = self.tr("Till closed: Genuka has the count (%s).") % money
            detail = ""
        else:
            headline, detail = self.words.status(session.status), ""
        reason = self.words.reason(session.reason)
        if reason and session.status != OPENED:
            detail = (detail + "\n" if detail else "") + self.tr("Reason given: %s") % reason
        self.headline.setText(f"<b>{unbroken(headline)}</b>")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
