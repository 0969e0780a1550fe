"""A return receipt's layout, A4 or the roll: rich text laid out by :class:`QTextDocument`, like the sale's.

The same words as the receipt printer's (:mod:`.return_words`), the shop's
head as the sale's documents draw it (:class:`.document.DocumentWriter`).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtGui import QImage, QTextDocument

from ... import models as _models
from ...service.paper import PaperFacts, PaperKind
from ...service.return_paper import ReturnPaperFacts
from ...service.thermal.return_receipt import ReturnReceiptWords
from ..rich_text import unbroken
from .document import LOGO_URL, QR_URL, DocumentWriter, qr_image


class ReturnWriter:
    """The rich text of one return receipt, in the words given."""

    def __init__(self, facts: ReturnPaperFacts, words: ReturnReceiptWords, head: DocumentWriter) -> None:
        self.facts = facts
        self.words = words
        self.head = head

    def money(self, amount: Decimal) -> str:
        return unbroken(_models.format_money(amount, self.facts.currency, self.words.language))

    def heading(self) -> str:
        facts, words = self.facts, self.words
        moment = _models.format_moment(facts.taken_at, words.dates)
        return (
            f"<b>{escape(words.title_of(facts))}</b>"
            f"<br>{escape(words.pair % (words.order, facts.order_reference))}"
            + (f"<br>{escape(moment)}" if moment else "")
        )

    def money_rows(self, label_cell: str, value_cell: str) -> str:
        facts, words = self.facts, self.words
        rows = [(words.value, self.money(facts.value), True)]
        if not facts.credit_note:
            refunded = self.money(facts.refund)
            if facts.refund_state == "queued":
                refunded += f" <i>({escape(words.not_sent)})</i>"
            rows.append((words.refund, refunded, True))
        rows.append((words.how, escape(words.way_of(facts)), False))
        out = []
        for label, value, bold in rows:
            start, end = ("<b>", "</b>") if bold else ("", "")
            out.append(f"<tr>{label_cell}{start}{escape(label)}{end}</td>{value_cell}{start}{value}{end}</td></tr>")
        return "".join(out)

    def footer(self, centred: bool) -> str:
        words = self.words
        parts = [escape(words.served_by % self.facts.clerk)] if self.facts.clerk else []
        parts.append(escape(words.keep))
        return f"<p{' align=center' if centred else ''}>" + "<br>".join(parts) + "</p>"

    def sheet(self) -> str:
        """The A4 page: the shop and the heading side by side, the lines as a table, the money under it."""
        words = self.words
        head = (
            "<table width='100%'><tr>"
            f"<td width='60%' valign='top'>{self.head.shop(centred=False)}</td>"
            f"<td width='40%' valign='top' align='right'><span style='font-size:14pt'>{self.heading()}</span></td>"
            "</tr></table>"
        )
        header = "".join(f"<th align='left' bgcolor='#eeeeee'>{escape(title)}</th>" for title in ("#", words.lines))
        header += "".join(f"<th align='right' bgcolor='#eeeeee'>{escape(title)}</th>" for title in words.columns)
        rows = "".join(
            f"<tr><td>{n}</td><td>{escape(line.title)}<br><small>{escape(words.reasons.get(line.reason, line.reason))}"
            f"</small></td><td align='right'>{line.quantity}</td><td align='right'>{self.money(line.unit)}</td>"
            f"<td align='right'>{self.money(line.total)}</td></tr>"
            for n, line in enumerate(self.facts.lines, start=1)
        )
        table = f"<table width='100%' cellpadding='4' cellspacing='0' border='0.5'><tr>{header}</tr>{rows}</table>"
        money = self.money_rows("<td align='right'>", "<td align='right' width='35%'>")
        return f"{head}<hr>{table}<table width='100%' cellpadding='3'>{money}</table>{self.footer(False)}"

    def roll(self) -> str:
        """The roll: centred head, a line each, the money, a QR code."""
        words = self.words
        lines = "".join(
            f"<tr><td colspan='2'>{escape(line.title)}</td></tr>"
            f"<tr><td colspan='2'><small>&nbsp;&nbsp;{escape(words.reasons.get(line.reason, line.reason))}</small>"
            f"</td></tr><tr><td>&nbsp;&nbsp;{line.quantity} × {self.money(line.unit)}</td>"
            f"<td align='right'>{self.money(line.total)}</td></tr>"
            for line in self.facts.lines
        )
        money = self.money_rows("<td>", "<td align='right'>")
        return (
            f"{self.head.shop(centred=True)}<hr><div align='center'>{self.heading()}</div><hr>"
            f"<p><b>{escape(words.lines)}</b></p><table width='100%' cellpadding='1'>{lines}</table><hr>"
            f"<table width='100%' cellpadding='1'>{money}</table>"
            f"<div align='center'><img src='{QR_URL.toString()}' width='96' height='96'><br>"
            f"{escape(self.facts.qr)}</div>{self.footer(True)}"
        )


def _head_facts(facts: ReturnPaperFacts) -> PaperFacts:
    """The sale documents' facts, for their shop head only (the rest is the return's)."""
    return PaperFacts(
        order_id="",
        reference=facts.order_reference,
        temporary=False,
        created_at=facts.taken_at,
        shop=facts.shop,
        customer="",
        customer_phone="",
        delivery=[],
        pickup=False,
        scheduled=None,
        lines=[],
        totals=_models.Totals(*(Decimal(0),) * 7),
        payments=[],
        currency=facts.currency,
        clerk=facts.clerk,
        qr=facts.qr,
    )


def build_return_document(
    facts: ReturnPaperFacts, words: ReturnReceiptWords, kind: PaperKind, *, width_mm: float = 190.0
) -> QTextDocument:
    """The return receipt laid out: ``kind`` INVOICE for the A4 page, RECEIPT for the roll (``width_mm`` of text)."""
    head = DocumentWriter(_head_facts(facts), kind, words.language)
    writer = ReturnWriter(facts, words, head)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    roll = kind is PaperKind.RECEIPT
    font.setPointSizeF((7.5 if width_mm < 50 else 9.0) if roll else 10.0)
    document.setDefaultFont(font)
    if facts.shop.logo:
        logo = QImage.fromData(facts.shop.logo)
        if not logo.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, LOGO_URL, logo)
    if roll:
        document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, qr_image(facts.qr))
    document.setHtml(f"<html><body>{writer.roll() if roll else writer.sheet()}</body></html>")
    return document
