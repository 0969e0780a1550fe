"""The till window's top: the session the till shows now (who opened it, since when, the opening count,
the cash sales, the refunds, the pay-outs and pay-ins the server knows, each with its sign, what the drawer
should hold), or why there is none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ... import models as _models
from ..dates import moment_text
from ..rich_text import unbroken
from .bar import APPROX
from .words import TillWords, signed_money
from .z_words import ZSay

if TYPE_CHECKING:
    from ...service.till import TillView
    from ...service.till_report import ZReport


class CurrentPanel(QGroupBox):
    """The current session's facts (every figure from ``service.till``)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The till now"))
        self.language = language
        self.words = TillWords(self)
        form = QFormLayout(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.account = QLabel(self)
        self.opened = QLabel(self)
        self.opening = QLabel(self)
        self.opening.setWordWrap(True)
        self.cash_in = QLabel(self)  # the cash sales
        self.refunds = QLabel(self)
        self.movements = QLabel(self)  # the pay-outs and pay-ins, one a line
        self.movements.setWordWrap(True)
        self.expected = QLabel(self)
        self.waiting = QLabel(self)
        form.addRow(self.state)
        self._rows = [
            (self.tr("Till"), self.account),
            (self.tr("Opened"), self.opened),
            (self.tr("Opening count"), self.opening),
            (self.tr("Cash sales"), self.cash_in),
            (self.tr("Refunds"), self.refunds),
            (self.tr("Other cash in and out"), self.movements),
            (self.tr("Should hold"), self.expected),
            ("", self.waiting),
        ]
        for label, field in self._rows:
            form.addRow(label, field)
        self.form = form

    def _rows_shown(self, shown: bool) -> None:
        for _, field in self._rows:
            field.setVisible(shown)
            label = self.form.labelForField(field)
            if label is not None:
                label.setVisible(shown)

    def show_none(self, available: bool | None) -> None:
        """No session: the till is closed, or the company has no cash control."""
        if available is False:
            self.state.setText(self.words.no_cash_control())
        elif available is None:
            self.state.setText(self.tr("The till is not known yet: sync once with the server."))
        else:
            self.state.setText(self.tr("The till is closed. Open it to start a shift."))
        self._rows_shown(False)

    def show_view(self, view: TillView, denominations: dict[str, str]) -> None:
        """The session the till shows; ``denominations``: id -> label, to say the opening count."""
        session = view.session
        money = self.money(session.currency)
        self._rows_shown(True)
        self.state.setText(f"<b>{self.words.status(session.status)}</b>")
        self.account.setText(session.account_label)
        since = moment_text(datetime.fromtimestamp(session.opened_at, UTC), self.language)
        self.opened.setText(self.tr("%s, by %s") % (since, session.opened_by) if session.opened_by else since)
        parts = [
            f"{denominations.get(key, key)} × {quantity}" for key, quantity in session.open_counts.items() if quantity
        ]
        total = money(session.balance_start)
        self.opening.setText(f"{total} ({', '.join(parts)})" if parts else total)
        expected = money(view.expected)
        self.expected.setText(f"<b>{APPROX} {expected}</b>" if view.provisional else f"<b>{expected}</b>")
        self.expected.setToolTip(
            self.tr("Not all on the server yet: the desk's own count.") if view.provisional else ""
        )
        self.waiting.setText(self.tr("%n operation(s) of this till not sent yet", "", view.waiting))
        self.waiting.setVisible(view.waiting > 0)
        self.cash_in.setText("…")
        self._only_when(self.refunds, False)
        self._only_when(self.movements, False)

    def _only_when(self, field: QLabel, shown: bool) -> None:
        """A row shown only when it has something to say (no refund, no pay-out: no row)."""
        field.setVisible(shown)
        label = self.form.labelForField(field)
        if label is not None:
            label.setVisible(shown)

    def show_report(self, report: ZReport) -> None:
        """The figures only the report has: the cash sales, the refunds, the pay-outs and pay-ins so far."""
        money = self.money(report.currency)
        self.cash_in.setText(money(report.cash_sales))
        self.refunds.setText(signed_money(-report.refunds, report.currency, self.language))
        self._only_when(self.refunds, bool(report.refunds))
        say = ZSay(self)
        lines = []
        for move in report.movements:
            name = say.move(move.kind) + (f" ({move.description})" if move.description else "")
            lines.append(f"{escape(name)} {unbroken(signed_money(move.amount, report.currency, self.language))}")
        self.movements.setText("<br>".join(lines))
        self._only_when(self.movements, bool(lines))

    def money(self, currency: str) -> Callable[[Decimal | None], str]:
        """Money in ``currency`` as the panel writes it."""
        return partial(_models.format_money, currency=currency, locale=self.language)
