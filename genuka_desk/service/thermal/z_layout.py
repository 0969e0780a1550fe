"""The Z report on the receipt roll: a till session from its opening count to its close.

Its input is :class:`ZFacts`, a small frozen record of what the report
says; the till's service (``service.till``) fills it from the server's
summary and transactions, or from the local copy offline (then marked
provisional until synced). The words come from the front end (:class:`ZWords`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import partial

from ... import models as _models
from .send import SEND_TIMEOUT, send
from .target import PrinterTarget
from .ticket import Ticket


@dataclass(frozen=True)
class ZCount:
    """One denomination of a count: a note or a coin, and how many."""

    value: Decimal  # 10000 (a 10 000 FCFA note)
    quantity: int
    label: str = ""  # as Genuka names it ("Billet 10 000"); the value is written when empty


@dataclass(frozen=True)
class ZWay:
    """What one way of paying brought in during the session."""

    name: str  # as the clerk says it ("Espèces", "Orange Money")
    amount: Decimal
    count: int = 0  # how many payments


@dataclass(frozen=True)
class ZFacts:
    """Everything a Z report says of one till session."""

    session: str  # the session as the desk names it (the server's id, or the local one offline)
    till: str  # the till's treasury account ("Caisse principale")
    currency: str
    opened_at: datetime | None
    closed_at: datetime | None  # None: still open (an interim report)
    opened_by: str
    closed_by: str
    opening: tuple[ZCount, ...]  # the opening count by denomination
    opening_total: Decimal
    cash_sales: Decimal
    ways: tuple[ZWay, ...]  # payments by way of paying (cash, Orange Money, MTN MoMo, bank...)
    refunds: Decimal
    expected: Decimal  # the cash that should be in the drawer
    counted: Decimal | None  # None before the close's count
    difference: Decimal | None  # counted - expected
    reason: str = ""  # the difference's reason, as the server names it (``rounding``)
    closing: tuple[ZCount, ...] = ()  # the closing count by denomination
    provisional: bool = False  # from the local copy, not synced yet
    payouts: Decimal = Decimal(0)  # other cash taken out: pay-outs and expenses the server knows


@dataclass(frozen=True)
class ZWords:
    """The Z report's words, in the clerk's language; ``reasons`` names the server's reasons."""

    language: str = "en"
    dates: str = "en_CM"
    title: str = "Z report"
    provisional: str = "Provisional: not synced with Genuka yet"
    till: str = "Till"
    session: str = "Session"
    opened: str = "Opened"
    closed: str = "Closed"
    still_open: str = "Still open"
    opened_by: str = "Opened by"
    closed_by: str = "Closed by"
    opening_count: str = "Opening count"
    opening_total: str = "Opening cash"
    cash_sales: str = "Cash sales"
    by_way: str = "Payments by way of paying"
    refunds: str = "Refunds"
    payouts: str = "Pay-outs and expenses"
    expected: str = "Expected cash"
    counted: str = "Counted cash"
    closing_count: str = "Closing count"
    difference: str = "Difference"
    reason: str = "Reason"
    reasons: dict[str, str] = field(default_factory=dict)


def z_report_bytes(facts: ZFacts, words: ZWords, width: int = 80) -> bytes:
    """The Z report of ``facts`` for a roll ``width`` mm wide, cut at its end."""
    ticket = Ticket(width)
    money: Callable[[Decimal | None], str] = partial(
        _models.format_money, currency=facts.currency, locale=words.language
    )
    ticket.line(words.title, align="center", bold=True, tall=True)
    if facts.provisional:
        ticket.line(words.provisional, align="center", bold=True)
    ticket.rule()
    ticket.pair(words.till, facts.till)
    ticket.pair(words.session, facts.session)
    ticket.pair(words.opened, _models.format_moment(facts.opened_at, words.dates))
    ticket.pair(words.opened_by, facts.opened_by)
    closed = _models.format_moment(facts.closed_at, words.dates) if facts.closed_at else words.still_open
    ticket.pair(words.closed, closed)
    if facts.closed_by:
        ticket.pair(words.closed_by, facts.closed_by)
    _count(ticket, words.opening_count, facts.opening, money)
    ticket.pair(words.opening_total, money(facts.opening_total), bold=True)
    ticket.rule()
    ticket.pair(words.cash_sales, money(facts.cash_sales))
    if facts.ways:
        ticket.line(words.by_way, bold=True)
        for way in facts.ways:
            label = f"  {way.name}" + (f" ({way.count})" if way.count else "")
            ticket.pair(label, money(way.amount))
    ticket.pair(words.refunds, "-" + money(facts.refunds) if facts.refunds else money(facts.refunds))
    if facts.payouts:
        ticket.pair(words.payouts, "-" + money(facts.payouts))
    ticket.rule()
    ticket.pair(words.expected, money(facts.expected), bold=True)
    if facts.closing:
        _count(ticket, words.closing_count, facts.closing, money)
    if facts.counted is not None:
        ticket.pair(words.counted, money(facts.counted), bold=True)
    if facts.difference is not None:
        sign = "+" if facts.difference > 0 else ""
        ticket.pair(words.difference, sign + money(facts.difference), bold=True)
    if facts.reason:
        ticket.pair(words.reason, words.reasons.get(facts.reason, facts.reason))
    ticket.cut()
    return ticket.output


def print_z_report(target: PrinterTarget, facts: ZFacts, words: ZWords, timeout: float = SEND_TIMEOUT) -> None:
    """The Z report on the receipt printer of ``target``, on its roll (raises :class:`.PrinterError`)."""
    send(target, z_report_bytes(facts, words, target.width), timeout)


def _count(ticket: Ticket, title: str, counts: tuple[ZCount, ...], money: Callable[[Decimal | None], str]) -> None:
    """A count by denomination: each note or coin, how many, and what they make."""
    if not counts:
        return
    ticket.line(title, bold=True)
    for count in counts:
        name = count.label or money(count.value)
        ticket.pair(f"  {name} × {count.quantity}", money(count.value * count.quantity))
