"""The cash register (08-payments-pos.md, "Cash Register Sessions", "Cash Denominations"): read leniently, keys kept.

A session is opened on a cash treasury account with a count by denomination,
gathers the cash that lands in it (its transactions), and is closed with a
count: the server computes the difference and says whether a manager must
approve it (``pending_approval``), who then approves it (``closed``) or
rejects the closure (``opened`` again, for a recount).
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from .base import GenukaModel, Nested
from .loose import LooseBool, LooseDatetime, LooseDecimal, LooseDict, LooseInt, LooseStr

DISABLED_MESSAGE = "Cash control is disabled for this company."  # the documented 403


class SessionStatus(StrEnum):
    """Where a session stands (``GET .../enums``, ``statuses``)."""

    OPENED = "opened"
    PENDING_APPROVAL = "pending_approval"
    CLOSED = "closed"
    REJECTED = "rejected"


class DifferenceReason(StrEnum):
    """Why the count differs from what was expected (``difference_reasons``; the close's ``difference_reason``)."""

    NONE = "none"
    ROUNDING = "rounding"
    CHANGE_MISTAKE = "change_mistake"
    LOST_RECEIPT = "lost_receipt"
    SYSTEM_ERROR = "system_error"
    FOUND_CASH = "found_cash"
    SUSPECTED_THEFT = "suspected_theft"
    OTHER = "other"


class Denomination(GenukaModel):
    """A bill or a coin of a currency (``GET /admin/cash-denominations``)."""

    id: LooseStr = None
    currency_code: LooseStr = None
    type: LooseStr = None  # "bill" or "coin"
    value: LooseDecimal = None
    label: LooseStr = None
    sort_order: LooseInt = None
    is_active: LooseBool = None


class SessionPerson(GenukaModel):
    """Who opened a session, or approved its difference (``user``, ``approved_by_user``)."""

    id: LooseStr = None
    name: LooseStr = None


class SessionAccount(GenukaModel):
    """The treasury account a session counts (``treasury_account``)."""

    id: LooseStr = None
    label: LooseStr = None
    type: LooseStr = None


class CashSession(GenukaModel):
    """One cash register session (``CashRegisterSessionResource``)."""

    id: LooseStr = None
    treasury_account_id: LooseStr = None
    treasury_account: Nested[SessionAccount] = None
    user_id: LooseStr = None
    user: Nested[SessionPerson] = None
    shop_id: LooseStr = None
    currency_code: LooseStr = None
    status: LooseStr = None
    balance_start: LooseDecimal = None
    balance_expected: LooseDecimal = None
    balance_counted: LooseDecimal = None
    difference: LooseDecimal = None
    difference_percentage: LooseDecimal = None
    difference_reason: LooseStr = None
    difference_status: LooseStr = None
    approved_by: LooseStr = None
    approved_by_user: Nested[SessionPerson] = None
    approved_at: LooseDatetime = None
    opened_at: LooseDatetime = None
    closed_at: LooseDatetime = None
    metadata: LooseDict = None
    is_opened: LooseBool = None
    is_closed: LooseBool = None
    is_pending_approval: LooseBool = None
    has_difference: LooseBool = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    @property
    def state(self) -> SessionStatus | None:
        """The status, when it is one the reference lists (None: unknown to this version)."""
        try:
            return SessionStatus(self.status or "")
        except ValueError:
            return None

    @property
    def open(self) -> bool:
        """Whether cash can still land in it (status ``opened``)."""
        return self.state is SessionStatus.OPENED

    def desk_key(self) -> str | None:
        """The key the desk put in the metadata when it opened this session (None: opened elsewhere)."""
        value = (self.metadata or {}).get("desk_key")
        return None if value in (None, "") else str(value)


def sent_body(session: CashSession) -> dict[str, Any]:
    """The session as the server sent it: the keys it left out stay out (a partial answer keeps what was known)."""
    return session.model_dump(mode="json", exclude_unset=True)


class SessionSummary(GenukaModel):
    """A session's computed summary (``summary`` of the show and close answers)."""

    total_inbound: LooseDecimal = None
    total_outbound: LooseDecimal = None
    net: LooseDecimal = None
    requires_approval: LooseBool = None


class CloseAnswer(GenukaModel):
    """The answer to a close: the session as it now stands, its summary, and whether a manager must approve."""

    message: LooseStr = None
    session: Nested[CashSession] = None
    summary: Nested[SessionSummary] = None
    alert: LooseStr = None
    requires_approval: LooseBool = None


class CashTransaction(GenukaModel):
    """Cash in or out of a session (a payment, an adjustment, an expense, a transfer)."""

    id: LooseStr = None
    cash_register_session_id: LooseStr = None
    payment_id: LooseStr = None
    type: LooseStr = None
    description: LooseStr = None
    amount: LooseDecimal = None
    signed_amount: LooseDecimal = None
    reference: LooseStr = None
    metadata: LooseDict = None
    is_inbound: LooseBool = None
    is_outbound: LooseBool = None
    created_at: LooseDatetime = None

    @property
    def signed(self) -> Decimal:
        """The amount with its direction (in: positive), from ``signed_amount`` or the type."""
        if self.signed_amount is not None:
            return self.signed_amount
        amount = self.amount or Decimal(0)
        return -amount if self.is_outbound else amount


class SessionEvent(GenukaModel):
    """An entry of a session's audit history (opened, closed, approved, rejected, adjusted)."""

    id: LooseStr = None
    action: LooseStr = None
    user_id: LooseStr = None
    user: Nested[SessionPerson] = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None


def count_total(counts: dict[str, int], denominations: dict[str, Denomination]) -> Decimal:
    """The money a count by denomination holds (``denomination id -> quantity``); unknown ids raise KeyError."""
    total = Decimal(0)
    for denomination_id, quantity in counts.items():
        value = denominations[denomination_id].value or Decimal(0)
        total += value * quantity
    return total


def count_details(counts: dict[str, int]) -> list[dict[str, Any]]:
    """A count as the reference's ``cash_count_details`` (what is counted; zero lines left out)."""
    return [{"denomination_id": d, "quantity": q} for d, q in counts.items() if q > 0]
