"""The till's operations take their turn with the cash they count.

A queued close and the cash payments of its shift are different subjects in
the queue, so nothing orders them by itself: a sale whose creation got no
answer waits its settle window with its payment behind it, and the close
would go first. The session would then close on the server without that
cash, counted in the next shift or in none (the odoo#108694 trap). So a
close waits while a payment into its account, or a cash refund out of it
(a return's money handed back from the drawer), taken before it, is still
on its way; a payment taken after an opening waits while that opening is on
its way (sent first, it would land in no session); and the next shift's
opening waits for the last one's close (sent first, it would find that
session open and be held). Only operations that
can still go hold others: one refused and waiting for the clerk (or stuck
behind one) holds nothing, so money is never kept waiting on a question. Nor
does a refund whose return's approval awaits a manager: its cash has not left
the drawer, and the manager may come after the close (:func:`awaiting_manager`).
"""

from __future__ import annotations

from ..models.return_held import AWAITING_MANAGER
from ..store import Change, ChangeKind, ChangeState, LocalStore

ON_ITS_WAY = (ChangeState.PENDING, ChangeState.SENDING)
WAITS_FOR_CLERK = (ChangeState.FAILED, ChangeState.CONFLICT)


def waiting_turn(store: LocalStore, due: list[Change]) -> set[str]:
    """The ids among ``due`` that must let another operation go first."""
    closes = [c for c in due if c.kind is ChangeKind.TILL_CLOSE]
    openings_due = [c for c in due if c.kind is ChangeKind.TILL_OPEN]
    payments = [c for c in due if c.kind is ChangeKind.PAYMENT and c.payment is not None]
    if not closes and not payments and not openings_due:
        return set()
    held: set[str] = set()
    if openings_due:  # the next shift after the last one's close (sent first, it would find that one open)
        closing = [
            (c, _account(store, c)) for c in store.queue.changes(states=ON_ITS_WAY, kinds=[ChangeKind.TILL_CLOSE])
        ]
        for opening in openings_due:
            account = _account(store, opening)
            if any(a == account and c.created_at <= opening.created_at for c, a in closing):
                held.add(opening.id)
    if payments:
        on_way = store.queue.changes(states=ON_ITS_WAY, kinds=[ChangeKind.TILL_OPEN])
        openings = [(o, _account(store, o)) for o in on_way]
        for payment in payments:
            account = payment.payment.treasury_account_id if payment.payment else None
            if any(a == account and o.created_at <= payment.created_at for o, a in openings):
                held.add(payment.id)
    if closes:
        waiting = awaiting_manager(store)
        cash = [
            c
            for c in store.queue.changes(states=ON_ITS_WAY, kinds=[ChangeKind.PAYMENT, ChangeKind.REFUND])
            if not (c.kind is ChangeKind.REFUND and c.local_id in waiting)
        ]
        stuck = {c.order_id for c in store.queue.changes(states=WAITS_FOR_CLERK)}
        for close in closes:
            account = _account(store, close)
            if any(
                _cash_account(p) == account and p.created_at <= close.created_at and p.order_id not in stuck
                for p in cash
            ):
                held.add(close.id)
    return held


def awaiting_manager(store: LocalStore) -> set[str]:
    """The returns (by key) whose approval awaits a manager (the clerk's was refused): no money goes back yet."""
    approvals = store.queue.changes(states=ON_ITS_WAY, kinds=[ChangeKind.RETURN_APPROVE])
    return {c.local_id for c in approvals if c.last_error == AWAITING_MANAGER}


def _cash_account(change: Change) -> str | None:
    """The till account a payment goes into, or a cash refund comes out of (None: neither)."""
    if change.payment is not None:
        return change.payment.treasury_account_id
    intent = change.returned or {}
    cash = bool(intent.get("is_cash")) or str(intent.get("method") or "").strip().lower() == "cash"
    return str(intent.get("account_id") or "") or None if cash else None


def _account(store: LocalStore, change: Change) -> str | None:
    account = (change.till or {}).get("account_id")
    if account:
        return str(account)
    session = store.till.session(change.local_id)
    return None if session is None else session.account_id
