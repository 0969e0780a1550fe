"""The Z report of a cash session: what the printed report and the PDF carry, from the server or the local copy.

Online, the cash in and out come from the session's transactions, read
with its copy, summary and audit history (``service.till.report``), and the
expected, counted and difference from the server's copy of the session.
The transactions are told apart as the server types them: the cash sales
(``payment_inbound``), the refunds (``payment_outbound``), and the pay-outs
and pay-ins (``expense``, ``transfer_out``, ``transfer_in``, the
adjustments...), each with its sign, all counted in the expected cash as
the server counts them. Offline, from what was kept of them at the last
reading, plus the cash taken here since (or, never read, this desk's copy:
the opening count, the cash taken here, the count at close); the report
says it is provisional until synced, unless the session was settled when
it was last read. The audit history names who closed, approved or
rejected it, with the manager's note. The payments by method (cash,
Orange Money, MTN MoMo, bank...) come from the cached orders in both cases:
the session's window of time on the orders this desk knows.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .till import STATE_APPROVED, STATE_CLOSED, STATE_REJECTED, session_state
from .till_refunds import refunds_taken

if TYPE_CHECKING:
    from ..models.till import CashTransaction, Denomination, SessionEvent
    from ..store.till import TillSession
    from .core import ServiceCore
    from .till import TillView

log = logging.getLogger(__name__)

SALE, REFUND = "payment_inbound", "payment_outbound"  # the transactions that are the shop's payments
REFERENCE_LENGTH = 8  # the short reference a report shows of a session's id


@dataclass(frozen=True)
class CountLine:
    """One denomination of a count: its label, value, kind (bill or coin), how many, and what they make."""

    label: str
    value: Decimal
    quantity: int
    amount: Decimal
    kind: str = ""  # "bill" or "coin": XAF has a 500 bill and a 500 coin


@dataclass(frozen=True)
class Movement:
    """Cash in or out of the drawer that is not a sale or a refund: an expense, a transfer, an adjustment."""

    kind: str  # the server's transaction type (``expense``, ``transfer_out``, ``transfer_in``, ``adjustment_*``)
    amount: Decimal  # signed: + into the drawer, - out of it
    description: str = ""
    at: datetime | None = None


@dataclass(frozen=True)
class ZReport:
    """A session's report, ready for the receipt printer and the A4 PDF."""

    account: str
    currency: str
    session_id: str  # the server's id, else the local one
    status: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str
    opening: list[CountLine]
    balance_start: Decimal
    closing: list[CountLine]
    counted: Decimal | None
    cash_in: Decimal  # all the cash that came into the till (sales and pay-ins)
    cash_out: Decimal  # all the cash that left it (refunds and pay-outs)
    refunds: Decimal
    by_method: list[tuple[str, Decimal]] = field(default_factory=list)  # payments by method, largest first
    expected: Decimal = Decimal(0)
    difference: Decimal | None = None
    reason: str | None = None
    approved_by: str | None = None
    provisional: bool = True  # not the server's figures yet (offline, or operations waiting)
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    cash_sales: Decimal = Decimal(0)  # the cash payments received (``payment_inbound``)
    movements: list[Movement] = field(default_factory=list)  # pay-outs and pay-ins, oldest first
    state: str = "open"  # service.till.session_state: open, closing, awaiting_approval, approved, closed, rejected
    reference: str = ""  # a short reference of the session (the end of its id), for the small print
    opening_notes: str = ""
    closing_notes: str = ""
    approved_at: datetime | None = None
    rejected_by: str | None = None
    rejected_at: datetime | None = None
    review_note: str = ""  # the manager's note on approving, or the reason for rejecting


def count_lines(counts: dict[str, int], denominations: list[Denomination]) -> list[CountLine]:
    """A count by denomination as lines, largest first, a bill before the coin of its value (unknown: by its id)."""
    by_id = {str(d.id): d for d in denominations}
    lines = []
    for denomination_id, quantity in counts.items():
        known = by_id.get(denomination_id)
        value = (known.value if known is not None else None) or Decimal(0)
        label = (known.label if known is not None else None) or denomination_id
        kind = str((known.type if known is not None else None) or "").lower()
        lines.append(CountLine(str(label), value, quantity, value * quantity, kind))
    return sorted(lines, key=lambda line: (line.value, line.kind == "bill"), reverse=True)


def _moment(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def _decimal(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except ArithmeticError:
        return None


def by_method(payments: list[dict[str, Any]]) -> list[tuple[str, Decimal]]:
    """Payments summed by method, largest first (refunds counted against their method)."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for payment in payments:
        amount = _decimal(payment.get("amount") or 0)
        if amount is None:
            continue
        sign = -1 if str(payment.get("type") or "") in ("outbound", "refund") else 1
        sums[str(payment.get("method") or "?")] += sign * amount
    return sorted(sums.items(), key=lambda item: item[1], reverse=True)


def from_transactions(transactions: list[CashTransaction]) -> tuple[Decimal, Decimal, Decimal]:
    """Cash in, cash out and refunds of a session's transactions (the server's own account of the till)."""
    cash_in = sum((t.signed for t in transactions if t.signed > 0), Decimal(0))
    cash_out = -sum((t.signed for t in transactions if t.signed < 0), Decimal(0))
    refunds = sum((abs(t.signed) for t in transactions if t.type == REFUND), Decimal(0))
    return cash_in, cash_out, refunds


def movements_of(transactions: list[CashTransaction]) -> list[Movement]:
    """The pay-outs and pay-ins among a session's transactions (neither a sale nor a refund), oldest first."""
    return [
        Movement(str(t.type or ""), t.signed, str(t.description or ""), t.created_at)
        for t in transactions
        if t.type not in (SALE, REFUND) and t.signed
    ]


def _last(events: list[SessionEvent], action: str) -> SessionEvent | None:
    found = [e for e in events if e.action == action]
    return found[-1] if found else None


def _said(event: SessionEvent | None, *keys: str) -> str:
    """The first of ``keys`` an event's metadata holds as text (a note, a reason)."""
    metadata = (event.metadata if event is not None else None) or {}
    return next((str(metadata[k]).strip() for k in keys if str(metadata.get(k) or "").strip()), "")


def _name(event: SessionEvent | None) -> str:
    return str((event.user.name if event is not None and event.user is not None else None) or "")


def _person(value: Any) -> str:
    return str(value.get("name") or "") if isinstance(value, dict) else ""


def reference_of(session: TillSession) -> str:
    """A short reference of a session for the small print (the end of the server's id, else of the local one)."""
    return (session.server_id or session.local_id)[-REFERENCE_LENGTH:].upper()


@dataclass(frozen=True)
class _Cash:
    """The cash of a session as the report splits it."""

    sales: Decimal
    refunds: Decimal
    cash_in: Decimal
    cash_out: Decimal
    movements: list[Movement]


def _cash(core: ServiceCore, view: TillView, transactions: list[CashTransaction] | None) -> _Cash:
    session = view.session
    if transactions is None:
        # Never read from the server: what came in is what the till shows (its expected less the opening),
        # the cash handed back here apart.
        back = refunds_taken(core.store, session.account_id, session.opened_at, until=session.closed_at)
        sales = view.cash_in + back
        return _Cash(sales, back, max(sales, Decimal(0)), back + max(-sales, Decimal(0)), [])
    cash_in, cash_out, refunds = from_transactions(transactions)
    sales = sum((t.signed for t in transactions if t.type == SALE), Decimal(0))
    # The cash taken and handed back here that the server had not counted when the transactions were read
    # (none of it is another desk's session's, known from the server's list only).
    extra = back = Decimal(0)
    if not session.from_list:
        since, after, until = session.opened_at, session.details_at, session.closed_at
        extra = core.store.till.cash_taken(session.account_id, since, after, until)
        back = refunds_taken(core.store, session.account_id, since, after, until)
    return _Cash(sales + extra, refunds + back, cash_in + extra, cash_out + back, movements_of(transactions))


def report_of(
    core: ServiceCore,
    view: TillView,
    denominations: list[Denomination],
    details: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None,
    *,
    fresh: bool = False,
) -> ZReport:
    """The report of ``view``'s session from its copy here and ``details`` (its transactions and history as kept).

    ``fresh``: the details and the session's copy were read from the server just now.
    """
    from ..models.till import CashTransaction, SessionEvent

    session: TillSession = view.session
    server = session.server_body or {}
    payments = core.store.till.payments_between(session.opened_at, session.closed_at)
    transactions = None if details is None else [CashTransaction.model_validate(t) for t in details[0]]
    events = [] if details is None else [SessionEvent.model_validate(e) for e in details[1]]
    cash = _cash(core, view, transactions)
    state = session_state(session)
    if fresh:
        provisional = view.provisional
    else:
        # Kept from an earlier reading: the server's word only for a session settled by then.
        settled_then = (
            session.details_at is not None
            and state in (STATE_APPROVED, STATE_CLOSED)
            and (session.closed_at is None or session.details_at >= session.closed_at)
        )
        provisional = view.provisional or not settled_then
    counted = (
        session.balance_counted if session.balance_counted is not None else _decimal(server.get("balance_counted"))
    )
    expected = view.expected
    if server.get("balance_expected") is not None and not provisional:
        expected = _decimal(server["balance_expected"]) or expected
    difference = None if counted is None else counted - expected
    if server.get("difference") is not None and not provisional:
        difference = _decimal(server["difference"])
    approved, rejected, closed = _last(events, "approved"), _last(events, "rejected"), _last(events, "closed")
    metadata = server.get("metadata") if isinstance(server.get("metadata"), dict) else {}
    approved_at = None
    if state == STATE_APPROVED:
        approved_at = _stamp(server.get("approved_at")) or (approved.created_at if approved else None)
    review_note = ""
    if state == STATE_APPROVED:
        review_note = _said(approved, "notes", "note") or session.review_note
    elif state == STATE_REJECTED:
        review_note = _said(rejected, "reason", "notes") or session.review_note
    return ZReport(
        account=session.account_label,
        currency=session.currency,
        session_id=session.server_id or session.local_id,
        status=session.status,
        opened_at=_moment(session.opened_at) or datetime.now(UTC),
        opened_by=session.opened_by or _name(_last(events, "opened")),
        closed_at=_moment(session.closed_at) or _stamp(server.get("closed_at")),
        closed_by=session.closed_by or (_name(closed) if server.get("closed_at") else ""),
        opening=count_lines(session.open_counts, denominations),
        balance_start=session.balance_start,
        closing=count_lines(session.close_counts, denominations),
        counted=counted,
        cash_in=cash.cash_in,
        cash_out=cash.cash_out,
        refunds=cash.refunds,
        by_method=by_method(payments),
        expected=expected,
        difference=difference,
        reason=session.reason or server.get("difference_reason"),
        approved_by=(_person(server.get("approved_by_user")) or _name(approved) or None)
        if state == STATE_APPROVED
        else None,
        provisional=provisional,
        cash_sales=cash.sales,
        movements=cash.movements,
        state=state,
        reference=reference_of(session),
        opening_notes=session.open_notes or str((metadata or {}).get("notes") or ""),
        closing_notes=session.close_notes or (_said(closed, "notes") if server.get("closed_at") else ""),
        approved_at=approved_at,
        rejected_by=(_name(rejected) or None) if state == STATE_REJECTED else None,
        rejected_at=rejected.created_at if state == STATE_REJECTED and rejected is not None else None,
        review_note=review_note,
    )


def _stamp(value: Any) -> datetime | None:
    """A server time (ISO 8601) as an aware datetime (None when there is none or it cannot be read)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
