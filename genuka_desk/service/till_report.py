"""The Z report of a cash session: what the printed report and the PDF carry, from the server or the local copy.

Online, the cash in and out come from the session's transactions and the
expected, counted and difference from the server's copy of the session.
Offline (or when the server cannot be read) they come from this desk's
copy: the opening count, the cash taken here, the count at close, and the
report says it is provisional until synced. The payments by way of paying
(cash, Orange Money, MTN MoMo, bank...) come from the cached orders in both
cases: the session's window of time on the orders this desk knows.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models.till import CashTransaction, Denomination
    from ..store.till import TillSession
    from .core import ServiceCore
    from .till import TillView

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CountLine:
    """One denomination of a count: its label, value, how many, and what they make."""

    label: str
    value: Decimal
    quantity: int
    amount: Decimal


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
    cash_in: Decimal  # cash that came into the till (cash payments)
    cash_out: Decimal  # cash that left it (refunds, pay-outs, expenses)
    refunds: Decimal
    by_method: list[tuple[str, Decimal]] = field(default_factory=list)  # payments by way of paying, largest first
    expected: Decimal = Decimal(0)
    difference: Decimal | None = None
    reason: str | None = None
    approved_by: str | None = None
    provisional: bool = True  # not the server's figures yet (offline, or operations waiting)
    made_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def count_lines(counts: dict[str, int], denominations: list[Denomination]) -> list[CountLine]:
    """A count by denomination as lines, largest first (a denomination no longer listed shows by its id)."""
    by_id = {str(d.id): d for d in denominations}
    lines = []
    for denomination_id, quantity in counts.items():
        known = by_id.get(denomination_id)
        value = (known.value if known is not None else None) or Decimal(0)
        label = (known.label if known is not None else None) or denomination_id
        lines.append(CountLine(str(label), value, quantity, value * quantity))
    return sorted(lines, key=lambda line: line.value, reverse=True)


def _moment(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def by_method(payments: list[dict[str, Any]]) -> list[tuple[str, Decimal]]:
    """Payments summed by way of paying, largest first (refunds counted against their way)."""
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for payment in payments:
        try:
            amount = Decimal(str(payment.get("amount") or 0))
        except ArithmeticError:
            continue
        sign = -1 if str(payment.get("type") or "") in ("outbound", "refund") else 1
        sums[str(payment.get("method") or "?")] += sign * amount
    return sorted(sums.items(), key=lambda item: item[1], reverse=True)


def from_transactions(transactions: list[CashTransaction]) -> tuple[Decimal, Decimal, Decimal]:
    """Cash in, cash out and refunds of a session's transactions (the server's own account of the till)."""
    cash_in = sum((t.signed for t in transactions if t.signed > 0), Decimal(0))
    cash_out = -sum((t.signed for t in transactions if t.signed < 0), Decimal(0))
    refunds = sum(
        (abs(t.signed) for t in transactions if t.type == "payment_outbound"),
        Decimal(0),
    )
    return cash_in, cash_out, refunds


def report_of(
    core: ServiceCore,
    view: TillView,
    denominations: list[Denomination],
    transactions: list[CashTransaction] | None,
) -> ZReport:
    """The report of ``view``'s session; ``transactions`` from the server (None: offline, from the local copy)."""
    session: TillSession = view.session
    server = session.server_body or {}
    payments = core.store.till.payments_between(session.opened_at, session.closed_at)
    if transactions is not None:
        cash_in, cash_out, refunds = from_transactions(transactions)
    else:
        cash_in = core.store.till.cash_taken(session.account_id, session.opened_at)
        cash_out = refunds = Decimal(0)
    counted = session.balance_counted
    if counted is None and server.get("balance_counted") is not None:
        counted = Decimal(str(server["balance_counted"]))
    expected = view.expected
    if server.get("balance_expected") is not None and not view.provisional:
        expected = Decimal(str(server["balance_expected"]))
    difference = None if counted is None else counted - expected
    if server.get("difference") is not None and not view.provisional:
        difference = Decimal(str(server["difference"]))
    approver = server.get("approved_by_user")
    return ZReport(
        account=session.account_label,
        currency=session.currency,
        session_id=session.server_id or session.local_id,
        status=session.status,
        opened_at=_moment(session.opened_at) or datetime.now(UTC),
        opened_by=session.opened_by,
        closed_at=_moment(session.closed_at),
        closed_by=session.closed_by,
        opening=count_lines(session.open_counts, denominations),
        balance_start=session.balance_start,
        closing=count_lines(session.close_counts, denominations),
        counted=counted,
        cash_in=cash_in,
        cash_out=cash_out,
        refunds=refunds,
        by_method=by_method(payments),
        expected=expected,
        difference=difference,
        reason=session.reason or server.get("difference_reason"),
        approved_by=str(approver.get("name")) if isinstance(approver, dict) and approver.get("name") else None,
        provisional=view.provisional or transactions is None,
    )
