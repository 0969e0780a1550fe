"""A receipt's bytes, from the facts the PDF receipt prints (``service.paper.PaperFacts``).

The same content as the PDF (``ui/paper/document.py``): the shop (logo,
name, address, phone, tax numbers), the reference and time (a sale not on
the server yet marked so), the customer and delivery, the lines, the
totals, the payments with the cash handed over and the change, a QR code
of the reference, the clerk and the thanks; then the paper is cut.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial

from ... import models as _models
from ..paper import PaperFacts, PaperPayment
from .send import SEND_TIMEOUT, send
from .shop_lines import shop_head, signed_foot
from .target import PrinterTarget
from .ticket import Ticket
from .words import ReceiptWords


def receipt_bytes(facts: PaperFacts, words: ReceiptWords, width: int = 80, *, logo: bool = True) -> bytes:
    """The receipt of ``facts`` for a roll ``width`` mm wide (58 or 80), cut at its end."""
    ticket = Ticket(width)
    _head(ticket, facts, words, logo)
    _customer(ticket, facts, words)
    ticket.rule()
    money = _money(facts, words)
    for line in facts.lines:
        ticket.line(line.title)
        if line.detail:
            ticket.line(line.detail, indent="  ")
        ticket.pair(f"  {line.quantity} × {money(line.unit)}", money(line.total))
        if line.discount:
            ticket.pair(f"  {words.discount}", "-" + money(line.discount))
    ticket.rule()
    for label, value, bold in _totals(facts, words):
        ticket.pair(label, value, bold=bold)
    _payments(ticket, facts, words)
    signed_foot(ticket, facts.qr, facts.reference, facts.clerk, words.thanks, words)
    return ticket.output


def _money(facts: PaperFacts, words: ReceiptWords) -> Callable[[Decimal | None], str]:
    """Money as the documents write it (Babel, in the clerk's language)."""
    return partial(_models.format_money, currency=facts.currency, locale=words.language)


def _way(payment: PaperPayment, words: ReceiptWords) -> str:
    """A way of paying as the clerk says it: cash in their language, others by Genuka's name."""
    key = payment.processor.strip().lower()
    if key == _models.CASH_PROCESSOR or (not key and payment.method.strip().lower() == _models.CASH_PROCESSOR):
        return words.cash
    return payment.method.strip() or payment.processor.strip()


def _head(ticket: Ticket, facts: PaperFacts, words: ReceiptWords, logo: bool) -> None:
    shop_head(ticket, facts.shop, words, logo=logo)
    ticket.line(f"{words.receipt} {facts.reference}", align="center", bold=True)
    moment = _models.format_moment(facts.created_at, words.dates)
    if moment:
        ticket.line(moment, align="center")
    if facts.temporary:
        ticket.line(words.temporary, align="center")


def _customer(ticket: Ticket, facts: PaperFacts, words: ReceiptWords) -> None:
    ticket.line(words.pair % (words.customer, facts.customer or "—"))
    if facts.customer_phone:
        ticket.line(facts.customer_phone)
    if facts.delivery:
        ticket.line(words.deliver_to, bold=True)
        for text in facts.delivery:
            ticket.line(text)
    elif facts.pickup:
        ticket.line(words.picked_up)
    if facts.scheduled is not None and not facts.pickup:
        ticket.line(words.delivery_day % _models.format_day(facts.scheduled, words.dates))


def _totals(facts: PaperFacts, words: ReceiptWords) -> list[tuple[str, str, bool]]:
    """The totals as the PDF shows them: the total and the balance in bold."""
    money, figures = _money(facts, words), facts.totals
    rows = [(words.subtotal, money(figures.subtotal), False)]
    if figures.discounts:
        label = words.discount + (f" ({', '.join(facts.discount_names)})" if facts.discount_names else "")
        rows.append((label, "-" + money(figures.discounts), False))
    if figures.shipping:
        rows.append((words.shipping, money(figures.shipping), False))
    if figures.taxes:
        rows.append((words.taxes, money(figures.taxes), False))
    rows.append((words.total, money(figures.total), True))
    rows.append((words.paid, money(figures.paid), False))
    rows.append((words.balance, money(figures.amount_due), True))
    return rows


def _payments(ticket: Ticket, facts: PaperFacts, words: ReceiptWords) -> None:
    if not facts.payments:
        return
    money = _money(facts, words)
    ticket.rule()
    ticket.line(words.payments, bold=True)
    for p in facts.payments:
        way = _way(p, words)
        day = _models.format_day(p.day, words.dates) if p.day else ""
        label = " · ".join(part for part in (day, way) if part)
        if p.queued:
            label += f" ({words.not_sent})"
        ticket.pair(label, money(p.amount))
        if p.tendered is not None and p.change is not None:
            # The cash handed over and the change: the desk's own note (Genuka keeps neither).
            ticket.pair(f"  {words.cash_given}", money(p.tendered))
            ticket.pair(f"  {words.change_given}", money(p.change))


def print_receipt(target: PrinterTarget, facts: PaperFacts, words: ReceiptWords, timeout: float = SEND_TIMEOUT) -> None:
    """The receipt of ``facts`` on the printer of ``target``, on its roll (raises :class:`.PrinterError`)."""
    send(target, receipt_bytes(facts, words, target.width), timeout)
