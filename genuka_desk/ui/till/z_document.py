"""The Z report's layout: rich text laid out by :class:`QTextDocument`, on A4 or the receipt roll.

It carries the session (till, who opened and closed it, when), the opening
count, the cash in and out, the payments by way of paying, the refunds,
what the till should hold, the closing count, the difference and its
reason, and who approved it; a report made from the local copy says in
bold that it is provisional until synced. Every figure is the service's
(:class:`service.till_report.ZReport`); the page and the PDF are the
documents' own (``ui/paper/output.py``).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from ... import models as _models
from ..dates import moment_text
from ..labels import method_label
from .words import TillWords, signed_money

if TYPE_CHECKING:
    from ...service.till_report import CountLine, ZReport

_PROVISIONAL = "color:#b00020"


class ZWriter(QObject):
    """The rich text of one Z report in the clerk's language (a QObject for ``tr``)."""

    def __init__(self, report: ZReport, language: str, *, narrow: bool) -> None:
        super().__init__()
        self.report = report
        self.language = language
        self.narrow = narrow
        self.words = TillWords(self)

    def money(self, amount: Decimal | None) -> str:
        return escape(_models.format_money(amount, self.report.currency, self.language))

    def signed(self, amount: Decimal | None) -> str:
        """A difference with its sign (+ more than expected, − missing)."""
        return escape(signed_money(amount, self.report.currency, self.language))

    def rows(self, pairs: list[tuple[str, str, bool]]) -> str:
        """Label and value rows (bold ones for the totals)."""
        out = []
        for label, value, bold in pairs:
            start, end = ("<b>", "</b>") if bold else ("", "")
            out.append(f"<tr><td>{start}{escape(label)}{end}</td><td align='right'>{start}{value}{end}</td></tr>")
        return f"<table width='100%' cellpadding='{1 if self.narrow else 3}'>{''.join(out)}</table>"

    def count(self, title: str, lines: list[CountLine], total: Decimal | None) -> str:
        """A count by denomination: each bill or coin, how many, and what they make; then the total."""
        if not lines:
            return ""
        rows = "".join(
            f"<tr><td>{self.money(line.value) if line.value else escape(line.label)}</td>"
            f"<td align='right'>× {line.quantity}</td>"
            f"<td align='right'>{self.money(line.amount)}</td></tr>"
            for line in lines
            if line.quantity
        )
        total_word = escape(self.tr("Total"))
        rows += f"<tr><td colspan='2'><b>{total_word}</b></td><td align='right'><b>{self.money(total)}</b></td></tr>"
        pad = 1 if self.narrow else 3
        border = "" if self.narrow else " border='0.5' cellspacing='0'"
        return f"<p><b>{escape(title)}</b></p><table width='100%' cellpadding='{pad}'{border}>{rows}</table>"

    def head(self) -> str:
        report = self.report
        title = f"<p align='center' style='font-size:{'12' if self.narrow else '18'}pt'><b>"
        title += escape(self.tr("Z report")) + "</b></p>"
        if report.provisional:
            title += (
                f"<p align='center' style='{_PROVISIONAL}'><b>"
                + escape(self.tr("PROVISIONAL: made from this computer's copy, not synced with Genuka yet."))
                + "</b></p>"
            )
        closed = moment_text(report.closed_at, self.language) if report.closed_at is not None else self.tr("still open")
        facts = [
            (self.tr("Till"), escape(report.account), False),
            (self.tr("Session"), escape(report.session_id), False),
            (self.tr("Status"), escape(self.words.status(report.status)), False),
            (self.tr("Opened"), escape(moment_text(report.opened_at, self.language)), False),
            (self.tr("Opened by"), escape(report.opened_by or "—"), False),
            (self.tr("Closed"), escape(closed), False),
        ]
        if report.closed_by:
            facts.append((self.tr("Closed by"), escape(report.closed_by), False))
        return title + self.rows(facts)

    def money_in_and_out(self) -> str:
        report = self.report
        pairs = [
            (self.tr("Opening cash"), self.money(report.balance_start), True),
            (self.tr("Cash in (cash payments)"), self.money(report.cash_in), False),
            (self.tr("Cash out (refunds, pay-outs, expenses)"), self.money(report.cash_out), False),
            (self.tr("of which refunds"), self.money(report.refunds), False),
        ]
        ways = ""
        if report.by_method:
            title = escape(self.tr("Payments by way of paying"))
            ways = f"<p><b>{title}</b></p>" + self.rows(
                [(method_label(None, method), self.money(amount), False) for method, amount in report.by_method]
            )
        return self.rows(pairs) + ways

    def closing(self) -> str:
        report = self.report
        pairs = [(self.tr("The till should hold"), self.money(report.expected), True)]
        if report.counted is not None:
            pairs.append((self.tr("Counted"), self.money(report.counted), True))
        if report.difference is not None:
            pairs.append((self.tr("Difference"), self.signed(report.difference), True))
        reason = self.words.reason(report.reason)
        if reason:
            pairs.append((self.tr("Reason"), escape(reason), False))
        if report.approved_by:
            pairs.append((self.tr("Approved by"), escape(report.approved_by), False))
        return self.count(self.tr("Closing count"), report.closing, report.counted) + self.rows(pairs)

    def body(self) -> str:
        """The whole report."""
        report = self.report
        made = escape(self.tr("Made on %s") % moment_text(report.made_at, self.language))
        opening = self.count(self.tr("Opening count"), report.opening, report.balance_start)
        return (
            f"{self.head()}<hr>{opening}<hr>"
            f"{self.money_in_and_out()}<hr>{self.closing()}"
            f"<p align='center'><small>{made}</small></p>"
        )


def build_z_document(report: ZReport, language: str, width: int = 0) -> QTextDocument:
    """The Z report as a document, for the roll ``width`` mm wide (58 or 80), or A4 (0)."""
    narrow = width > 0
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setPointSizeF(7.5 if 0 < width < 70 else 8.5 if narrow else 10.0)
    document.setDefaultFont(font)
    document.setHtml(f"<html><body>{ZWriter(report, language, narrow=narrow).body()}</body></html>")
    return document
