"""The Z report's layout: rich text laid out by :class:`QTextDocument`, on A4 or the receipt roll.

It carries the till once, the session's span of time, who opened and
closed it and where it stands (approved by whom and when, awaiting
approval, closed, rejected for a recount); the opening count (a bill told
from the coin of the same value) and the clerk's notes; the cash sales,
the refunds, the pay-outs and pay-ins the server knows (each with its
sign), the payments by method; what the till should hold, the closing
count, the difference, its reason and the notes; the manager's note. A
report made from the local copy says in bold that it is provisional until
synced; the session's short reference is in the small print. Every figure
is the service's (:class:`service.till_report.ZReport`); the page and the
PDF are the documents' own (``ui/paper/output.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from ... import models as _models
from ..dates import moment_text
from ..labels import way_label
from ..rich_text import unbroken
from .words import TillWords, signed_money
from .z_words import APPROVED, REJECTED, ZSay

if TYPE_CHECKING:
    from ...service.till_report import CountLine, ZReport

_PROVISIONAL = "color:#b00020"


class ZWriter(QObject):
    """The rich text of one Z report in the clerk's language (a QObject for ``tr``)."""

    def __init__(self, report: ZReport, language: str, *, narrow: bool, ways: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.report = report
        self.language = language
        self.narrow = narrow
        self.ways = ways  # the shop's names of its ways of paying (labels.way_names)
        self.words = TillWords(self)
        self.say = ZSay(self)

    def money(self, amount: Decimal | None) -> str:
        return unbroken(_models.format_money(amount, self.report.currency, self.language))

    def signed(self, amount: Decimal | None) -> str:
        """An amount with its sign (+ into the drawer or more than expected, − out of it or missing)."""
        return unbroken(signed_money(amount, self.report.currency, self.language))

    def rows(self, pairs: list[tuple[str, str, bool]]) -> str:
        """Label and value rows (bold ones for the totals); a label is plain text, a value ready HTML."""
        out = []
        for label, value, bold in pairs:
            start, end = ("<b>", "</b>") if bold else ("", "")
            out.append(f"<tr><td>{start}{escape(label)}{end}</td><td align='right'>{start}{value}{end}</td></tr>")
        return f"<table width='100%' cellpadding='{1 if self.narrow else 3}'>{''.join(out)}</table>"

    def section(self, title: str) -> str:
        return f"<p><b>{escape(title)}</b></p>"

    def count(self, title: str, lines: list[CountLine], total: Decimal | None) -> str:
        """A count by denomination: each bill or coin (said which), how many, and what they make; then the total."""
        if not lines:
            return ""
        kinds = self.say.kinds()
        rows = "".join(
            f"<tr><td>{self.money(line.value) if line.value else escape(line.label)}</td>"
            f"<td>{escape(kinds.get(line.kind, ''))}</td>"
            f"<td align='right'>× {line.quantity}</td>"
            f"<td align='right'>{self.money(line.amount)}</td></tr>"
            for line in lines
            if line.quantity
        )
        total_word = escape(self.tr("Total"))
        rows += f"<tr><td colspan='3'><b>{total_word}</b></td><td align='right'><b>{self.money(total)}</b></td></tr>"
        pad = 1 if self.narrow else 3
        border = "" if self.narrow else " border='0.5' cellspacing='0'"
        return self.section(title) + f"<table width='100%' cellpadding='{pad}'{border}>{rows}</table>"

    def note(self, title: str, text: str) -> str:
        """A note (the clerk's, the manager's) under its title; nothing when there is none."""
        if not text.strip():
            return ""
        return f"<p><b>{escape(title)}</b><br>{escape(' '.join(text.split()))}</p>"

    def state(self) -> str:
        """Where the session stands: "Approved by X on ..." when a manager approved it, else its state."""
        report = self.report
        if report.state == APPROVED and report.approved_by:
            return self.say.reviewed(APPROVED, report.approved_by, report.approved_at, self.language)
        return self.say.state(report.state)

    def head(self) -> str:
        report = self.report
        big, bigger = ("10", "12") if self.narrow else ("14", "18")
        name = escape(self.tr("Z report"))
        title = f"<p align='center' style='font-size:{bigger}pt'><b>{name}</b></p>"
        if report.provisional:
            title += (
                f"<p align='center' style='{_PROVISIONAL}'><b>"
                + escape(self.tr("PROVISIONAL: made from this computer's copy, not synced with Genuka yet."))
                + "</b></p>"
            )
        title += f"<p align='center' style='font-size:{big}pt'><b>{escape(report.account)}</b><br>"
        title += escape(self.say.span(report.opened_at, report.closed_at, self.language)) + "</p>"
        facts = [(self.tr("Opened by"), escape(report.opened_by or "—"), False)]
        if report.closed_by:
            facts.append((self.tr("Closed by"), escape(report.closed_by), False))
        facts.append((self.tr("Status"), escape(self.state()), True))
        rejected = self.say.reviewed(REJECTED, report.rejected_by, report.rejected_at, self.language)
        if report.state == REJECTED and rejected:
            facts.append(("", escape(rejected), False))
        return title + self.rows(facts)

    def money_in_and_out(self) -> str:
        report = self.report
        pairs = [
            (self.tr("Opening cash"), self.money(report.balance_start), True),
            (self.tr("Cash sales"), self.money(report.cash_sales), False),
            (self.tr("Refunds"), self.signed(-report.refunds), False),
        ]
        out = self.rows(pairs)
        if report.movements:
            out += self.section(self.tr("Other cash in and out")) + self.rows(
                [
                    (
                        f"{self.say.move(m.kind)}: {m.description}" if m.description else self.say.move(m.kind),
                        self.signed(m.amount),
                        False,
                    )
                    for m in report.movements
                ]
            )
        if report.by_method:
            out += self.section(self.tr("Payments by method")) + self.rows(
                [(way_label(method, self.ways), self.money(amount), False) for method, amount in report.by_method]
            )
        return out

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
        review = self.tr("Why it was rejected") if report.state == REJECTED else self.tr("Manager's note")
        return (
            self.count(self.tr("Closing count"), report.closing, report.counted)
            + self.rows(pairs)
            + self.note(self.tr("Closing notes"), report.closing_notes)
            + self.note(review, report.review_note)
        )

    def body(self) -> str:
        """The whole report."""
        report = self.report
        made = escape(self.tr("Made on %s") % moment_text(report.made_at, self.language))
        reference = escape(self.tr("Ref. %s") % report.reference) if report.reference else ""
        small = f"{reference} · {made}" if reference else made
        opening = self.count(self.tr("Opening count"), report.opening, report.balance_start)
        opening += self.note(self.tr("Opening notes"), report.opening_notes)
        return (
            f"{self.head()}<hr>{opening}<hr>"
            f"{self.money_in_and_out()}<hr>{self.closing()}"
            f"<p align='center'><small>{small}</small></p>"
        )


def build_z_document(
    report: ZReport, language: str, width: int = 0, ways: Mapping[str, str] | None = None
) -> QTextDocument:
    """The Z report as a document, for the roll ``width`` mm wide (58 or 80), or A4 (0); ``ways`` names the ways
    of paying as the shop does (:func:`..labels.way_names`)."""
    narrow = width > 0
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setPointSizeF(7.5 if 0 < width < 70 else 8.5 if narrow else 10.0)
    document.setDefaultFont(font)
    document.setHtml(f"<html><body>{ZWriter(report, language, narrow=narrow, ways=ways).body()}</body></html>")
    return document
