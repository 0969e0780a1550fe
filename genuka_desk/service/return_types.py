"""The plain values of the returns capability (service.returns): what the dialog opens with,
what the clerk chooses, and one return as the editor and the receipt show it.

Frozen dataclasses only, so the UI can import them before any pydantic model is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

# The documented reasons of a return line (R/07:1251), in the order the dialog offers them.
REASONS = ("defective", "nonconforming", "delivery", "dissatisfaction")


@dataclass(frozen=True)
class ReturnableLine:
    """One line of the order and how much of it can still come back."""

    index: int  # 1-based line number as the editor shows it (CLI --line N)
    variant_id: str | None  # None: this line cannot be returned (no variant known yet)
    title: str
    unit_price: Decimal  # net of the line's discount, per unit (what one unit refunds)
    sold: int
    returned: int  # already returned (server's + the desk's queued ones, any state but cancelled)
    returnable: int  # sold - returned, >= 0


@dataclass(frozen=True)
class RefundSource:
    """An inbound payment of the order that money can go back on."""

    payment_id: str  # the order's inbound payment (server id, or local key of a queued one)
    method: str  # e.g. "cash"
    method_label: str  # the shop's name for it
    account_id: str | None  # its treasury account
    amount: Decimal  # what is left of it (after earlier refunds)
    is_cash: bool  # goes through the till


@dataclass(frozen=True)
class ReturnDraft:
    """What the return dialog opens with."""

    order_key: str
    order_reference: str
    currency: str
    total: Decimal
    paid: Decimal
    lines: tuple[ReturnableLine, ...]
    sources: tuple[RefundSource, ...]
    may_take: bool  # the clerk's scopes allow returns.create
    may_approve: bool  # returns.approve
    why_not: str | None  # a sentence when nothing can be returned


@dataclass(frozen=True)
class ReturnChoice:
    """One line the clerk takes back."""

    variant_id: str
    quantity: int
    reason: str  # one of REASONS
    comment: str = ""


@dataclass(frozen=True)
class RefundChoice:
    """The money handed back, on which payment; ``payment_id`` None: none now (the credit note stands)."""

    payment_id: str | None
    amount: Decimal


@dataclass(frozen=True)
class ReturnView:
    """One return of the order, as the editor and the receipt show it."""

    key: str  # local key (stable), or the server id for returns made elsewhere
    reference: str | None  # "RET-0001" once the server gave it
    state: str  # "queued" | "waiting_approval" | "confirmed" | "done" | "cancelled" | "held"
    lines: tuple[tuple[str, int, str, Decimal], ...]  # (title, quantity, reason, unit_price)
    value: Decimal  # sum of quantity * unit_price
    refund: RefundChoice | None
    refund_state: str | None  # "queued" | "sent" | "held" | None
    taken_at: datetime
    clerk: str | None
