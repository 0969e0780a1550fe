"""The Z report on the receipt roll: a till session from its opening count to its close.

Its input is :class:`ZFacts`, a small frozen record of what the report
says; the till's service (``service.till``) fills it from the server's
summary and transactions, or from the local copy offline (then marked
provisional until synced). The words come from the front end (:class:`ZWords`).

The roll says, in order: the till and its session (when, who, where it
stands: approved by whom and when, awaiting approval, rejected), the
opening count (a bill told from the coin of the same value), the cash
sales, the refunds, the pay-outs and pay-ins each with its sign, the
payments by method, what the drawer should hold, the closing count, the
difference and its reason, the clerk's and the manager's notes, and a short
reference of the session in the small print.
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
    """One denomination of a count: a bill or a coin, and how many."""

    value: Decimal  # 10000 (a 10 000 FCFA bill)
    quantity: int
    label: str = ""  # as Genuka names it ("Billet 10 000"); the value is written when empty
    kind: str = ""  # "bill" or "coin" (XAF has a 500 bill and a 500 coin); "" when not known


@dataclass(frozen=True)
class ZWay:
    """What one way of paying brought in during the session."""

    name: str  # as the clerk says it ("Espèces", "Orange Money")
    amount: Decimal
    count: int = 0  # how many payments


@dataclass(frozen=True)
class ZMove:
    """A pay-out or a pay-in the server knows: an expense, a transfer, an adjustment."""

    kind: str  # the server's transaction type (``expense``, ``transfer_out``, ``transfer_in``, ``adjustment_*``)
    amount: Decimal  # signed: + into the drawer, - out of it
    description: str = ""


@dataclass(frozen=True)
class ZFacts:
    """Everything a Z report says of one till session."""

    session: str  # a short reference of the session (the end of its id), for the small print
    till: str  # the till's treasury account ("Caisse principale")
    currency: str
    opened_at: datetime | None
    closed_at: datetime | None  # None: still open (an interim report)
    opened_by: str
    closed_by: str
    opening: tuple[ZCount, ...]  # the opening count by denomination
    opening_total: Decimal
    cash_sales: Decimal
    ways: tuple[ZWay, ...]  # payments by method (cash, Orange Money, MTN MoMo, bank...)
    refunds: Decimal
    expected: Decimal  # the cash that should be in the drawer
    counted: Decimal | None  # None before the close's count
    difference: Decimal | None  # counted - expected
    reason: str = ""  # the difference's reason, as the server names it (``rounding``)
    closing: tuple[ZCount, ...] = ()  # the closing count by denomination
    provisional: bool = False  # from the local copy, not synced yet
    movements: tuple[ZMove, ...] = ()  # the pay-outs and pay-ins, oldest first
    state: str = ""  # open, closing, awaiting_approval, approved, closed, rejected (service.till.session_state)
    reviewed_by: str = ""  # the manager who approved the difference, or rejected the count
    reviewed_at: datetime | None = None
    review_note: str = ""  # the manager's note on approving, or the reason for rejecting
    opening_notes: str = ""
    closing_notes: str = ""


@dataclass(frozen=True)
class ZWords:
    """The Z report's words, in the clerk's language; ``reasons`` names the server's reasons."""

    language: str = "en"
    dates: str = "en_CM"
    pair: str = "%s: %s"  # a label and its text (French spaces its colon)
    title: str = "Z report"
    provisional: str = "Provisional: not synced with Genuka yet"
    till: str = "Till"
    reference: str = "Ref. %s"
    opened: str = "Opened"
    closed: str = "Closed"
    still_open: str = "Still open"
    opened_by: str = "Opened by"
    closed_by: str = "Closed by"
    status: str = "Status"
    opening_count: str = "Opening count"
    opening_total: str = "Opening cash"
    opening_notes: str = "Opening notes"
    cash_sales: str = "Cash sales"
    by_way: str = "Payments by method"
    refunds: str = "Refunds"
    movements: str = "Other cash in and out"
    expected: str = "Expected cash"
    counted: str = "Counted cash"
    closing_count: str = "Closing count"
    difference: str = "Difference"
    reason: str = "Reason"
    closing_notes: str = "Closing notes"
    approved_by: str = "Approved by %s"  # the manager
    rejected_by: str = "Rejected by %s"
    on: str = "on %s"  # when the manager did it
    approval_note: str = "Manager's note"
    rejection_note: str = "Why it was rejected"
    other_move: str = "Other cash movement"
    reasons: dict[str, str] = field(default_factory=dict)
    states: dict[str, str] = field(  # open, approved, rejected... as the clerk says them
        default_factory=lambda: {
            "open": "Open",
            "closing": "Closed here, not sent yet",
            "awaiting_approval": "Closed, awaiting approval",
            "approved": "Closed and approved",
            "closed": "Closed",
            "rejected": "Rejected: recount",
        }
    )
    kinds: dict[str, str] = field(default_factory=lambda: {"bill": "bill", "coin": "coin"})
    moves: dict[str, str] = field(  # the server's transaction types, as the clerk says them
        default_factory=lambda: {
            "transfer_in": "Transfer in",
            "adjustment_positive": "Adjustment (+)",
            "expense": "Expense",
            "transfer_out": "Transfer out",
            "adjustment_negative": "Adjustment (-)",
        }
    )


def signed(amount: Decimal, money: Callable[[Decimal | None], str]) -> str:
    """An amount with its sign, as the roll's code page writes it (``+5 000 FCFA``, ``-700 FCFA``)."""
    return ("+" if amount > 0 else "-" if amount < 0 else "") + money(abs(amount))


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
    _session(ticket, facts, words)
    _count(ticket, words.opening_count, facts.opening, money, words)
    ticket.pair(words.opening_total, money(facts.opening_total), bold=True)
    _note(ticket, words, words.opening_notes, facts.opening_notes)
    ticket.rule()
    ticket.pair(words.cash_sales, money(facts.cash_sales))
    ticket.pair(words.refunds, signed(-facts.refunds, money))
    if facts.movements:
        ticket.line(words.movements, bold=True)
        for move in facts.movements:
            name = words.moves.get(move.kind, words.other_move)
            label = words.pair % (name, move.description) if move.description else name
            ticket.pair(f"  {label}", signed(move.amount, money))
    if facts.ways:
        ticket.line(words.by_way, bold=True)
        for way in facts.ways:
            label = f"  {way.name}" + (f" ({way.count})" if way.count else "")
            ticket.pair(label, money(way.amount))
    ticket.rule()
    ticket.pair(words.expected, money(facts.expected), bold=True)
    if facts.closing:
        _count(ticket, words.closing_count, facts.closing, money, words)
    if facts.counted is not None:
        ticket.pair(words.counted, money(facts.counted), bold=True)
    if facts.difference is not None:
        ticket.pair(words.difference, signed(facts.difference, money), bold=True)
    if facts.reason and facts.reason != "none":
        ticket.pair(words.reason, words.reasons.get(facts.reason, facts.reason))
    _note(ticket, words, words.closing_notes, facts.closing_notes)
    if facts.review_note:
        title = words.rejection_note if facts.state == "rejected" else words.approval_note
        _note(ticket, words, title, facts.review_note)
    if facts.session:
        ticket.rule()
        ticket.line(words.reference % facts.session, align="center")
    ticket.cut()
    return ticket.output


def _session(ticket: Ticket, facts: ZFacts, words: ZWords) -> None:
    """Which till, when, who, and where the session stands (approved by whom and when, rejected...)."""
    ticket.pair(words.till, facts.till)
    ticket.pair(words.opened, _models.format_moment(facts.opened_at, words.dates))
    ticket.pair(words.opened_by, facts.opened_by)
    closed = _models.format_moment(facts.closed_at, words.dates) if facts.closed_at else words.still_open
    ticket.pair(words.closed, closed)
    if facts.closed_by:
        ticket.pair(words.closed_by, facts.closed_by)
    reviewed = ""
    if facts.reviewed_by and facts.state in ("approved", "rejected"):
        reviewed = (words.approved_by if facts.state == "approved" else words.rejected_by) % facts.reviewed_by
        if facts.reviewed_at is not None:
            reviewed += " " + words.on % _models.format_moment(facts.reviewed_at, words.dates)
    state = words.states.get(facts.state, "")
    if facts.state == "approved" and reviewed:
        ticket.line(reviewed, bold=True)  # "Approved by Paul on ...": the state and who, in one line
        return
    if state:
        ticket.pair(words.status, state, bold=True)
    if reviewed:
        ticket.line(reviewed)


def _note(ticket: Ticket, words: ZWords, title: str, text: str) -> None:
    """A note (the clerk's, the manager's) after its title, wrapped to the roll."""
    if text.strip():
        ticket.line(words.pair % (title, " ".join(text.split())))


def print_z_report(target: PrinterTarget, facts: ZFacts, words: ZWords, timeout: float = SEND_TIMEOUT) -> None:
    """The Z report on the receipt printer of ``target``, on its roll (raises :class:`.PrinterError`)."""
    send(target, z_report_bytes(facts, words, target.width), timeout)


def _count(
    ticket: Ticket,
    title: str,
    counts: tuple[ZCount, ...],
    money: Callable[[Decimal | None], str],
    words: ZWords,
) -> None:
    """A count by denomination: each bill or coin (said which), how many, and what they make."""
    if not counts:
        return
    ticket.line(title, bold=True)
    for count in counts:
        name = count.label or money(count.value)
        kind = words.kinds.get(count.kind, "")
        if kind:
            name = f"{name} ({kind})"
        ticket.pair(f"  {name} × {count.quantity}", money(count.value * count.quantity))
