"""Status changes the server follows with more than a new status (06-orders-sales.md, "Update order status")."""

from __future__ import annotations

from enum import Enum

from .enums import BillingStatus, Side


class SideEffect(Enum):
    """What the server does beyond setting the status; the clerk is asked first."""

    CREDIT_NOTE = "credit_note"  # payment back to pending: a credit note reverses what was paid
    PAYMENT_CANCELLED = "payment_cancelled"  # cannot be undone from the desk


def status_side_effect(side: Side, value: str, current: str = "") -> SideEffect | None:
    """The side effect of setting ``side`` ("billing" or "shipping") to ``value`` from ``current``."""
    if side != Side.BILLING:
        return None
    if value == BillingStatus.PENDING.value and current != value:
        return SideEffect.CREDIT_NOTE
    if value == BillingStatus.CANCELED.value:
        return SideEffect.PAYMENT_CANCELLED
    return None
