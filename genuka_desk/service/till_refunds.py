"""The cash handed back at this desk (refunds of returns) that the server may not count yet, for the till.

A cash refund is an operation of the queue (``refund``, kept by
``store.returns``); the server counts it once sent, as a ``payment_outbound``
transaction of the session open on the payment's account. Until then the
till's expected cash and its Z report count it from here, with the same
rule as the cash taken here (``store.till.cash_taken``): one waiting
counts; one sent counts only if it was sent after ``after`` (when the
server's figures were last read); one handed back after ``until`` (the
session's close) is the next shift's.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import LocalStore

CASH = "cash"


def is_cash_out_of(intent: dict[str, Any], account_id: str) -> bool:
    """Whether a refund's intent hands cash back out of ``account_id``'s till."""
    cash = bool(intent.get("is_cash")) or str(intent.get("method") or "").strip().lower() == CASH
    account = intent.get("account_id")
    return cash and (not account or str(account) == account_id)


def refunds_taken(
    store: LocalStore, account_id: str, since: float, after: float | None = None, until: float | None = None
) -> Decimal:
    """The cash handed back at this desk out of ``account_id`` from ``since`` to ``until`` the server may not count."""
    from ..store import ChangeKind, ChangeState  # with the till's first figure: not at the start

    total = Decimal(0)
    last = until if until is not None else float("inf")
    for change in store.queue.changes(kinds=(ChangeKind.REFUND,)):
        intent = change.returned or {}
        if not (since <= change.created_at < last) or not is_cash_out_of(intent, account_id):
            continue
        if change.state is ChangeState.SENT and (after is None or (change.sent_at or 0) <= after):
            continue
        try:
            total += Decimal(str(intent.get("amount") or 0))
        except InvalidOperation:
            continue
    return total
