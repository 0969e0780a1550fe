"""A return receipt's bytes, from the facts the PDF return receipt prints (``service.return_paper``).

Laid out like the sale's receipt (:mod:`.receipt`): the shop, "Return
RET-0001" (or "queued" while it has no reference), the order's reference,
the lines back with their reason, their value, the money handed back and
how (cash out of the till, a way of paying, or the credit note), a QR code,
the clerk and the moment; then the paper is cut. The words come from the
front end, in the clerk's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from ... import models as _models
from ..return_paper import ReturnPaperFacts
from .send import SEND_TIMEOUT, send
from .shop_lines import shop_head, signed_foot
from .target import PrinterTarget
from .ticket import Ticket


@dataclass(frozen=True)
class ReturnReceiptWords:
    """A return receipt's words; a ``%s`` stands for the value put in its place."""

    language: str = "en"
    dates: str = "en_CM"
    pair: str = "%s: %s"
    title: str = "Return %s"
    queued: str = "Return (queued: its reference comes after the sync)"
    order: str = "Order"
    lines: str = "Goods returned"
    columns: tuple[str, str, str] = ("Qty", "Unit price", "Amount")  # the A4 page's table
    value: str = "Value returned"
    refund: str = "Refunded"
    how: str = "How"
    cash: str = "Cash (out of the till)"
    credit_note: str = "No money now: credit note"
    not_sent: str = "not sent yet"
    served_by: str = "Served by %s"
    keep: str = "Keep this receipt."
    reasons: dict[str, str] = field(default_factory=dict)
    tax_names: dict[str, str] = field(
        default_factory=lambda: {"rccm": "Trade register (RCCM)", "fiscal_id": "Tax number (NIU)"}
    )

    def title_of(self, facts: ReturnPaperFacts) -> str:
        """The receipt's heading: the return's reference, or queued."""
        return self.title % facts.reference if facts.reference else self.queued

    def way_of(self, facts: ReturnPaperFacts) -> str:
        """How the money goes back, as the clerk says it."""
        if facts.credit_note:
            return self.credit_note
        if facts.cash:
            return self.cash
        return facts.refund_way or facts.refund_processor


def return_receipt_bytes(facts: ReturnPaperFacts, words: ReturnReceiptWords, width: int = 80) -> bytes:
    """The return receipt of ``facts`` for a roll ``width`` mm wide (58 or 80), cut at its end."""
    ticket = Ticket(width)
    money = partial(_models.format_money, currency=facts.currency, locale=words.language)
    shop_head(ticket, facts.shop, words)
    ticket.line(words.title_of(facts), align="center", bold=True)
    ticket.line(words.pair % (words.order, facts.order_reference), align="center")
    moment = _models.format_moment(facts.taken_at, words.dates)
    if moment:
        ticket.line(moment, align="center")
    ticket.rule()
    ticket.line(words.lines, bold=True)
    for line in facts.lines:
        ticket.line(line.title)
        ticket.line(words.reasons.get(line.reason, line.reason), indent="  ")
        ticket.pair(f"  {line.quantity} × {money(line.unit)}", money(line.total))
    ticket.rule()
    ticket.pair(words.value, money(facts.value), bold=True)
    if not facts.credit_note:
        refunded = money(facts.refund)
        if facts.refund_state == "queued":
            refunded += f" ({words.not_sent})"
        ticket.pair(words.refund, refunded, bold=True)
    ticket.line(words.pair % (words.how, words.way_of(facts)))
    signed_foot(ticket, facts.qr, facts.qr, facts.clerk, words.keep, words)
    return ticket.output


def print_return_receipt(
    target: PrinterTarget, facts: ReturnPaperFacts, words: ReturnReceiptWords, timeout: float = SEND_TIMEOUT
) -> None:
    """The return receipt of ``facts`` on the printer of ``target`` (raises :class:`.PrinterError`)."""
    send(target, return_receipt_bytes(facts, words, target.width), timeout)
