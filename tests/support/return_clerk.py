"""The campaigns' clerk at the returns counter: takes goods back among the other changes, and the end check of it.

The clerk takes a line or two back on an order it works on (a quantity it may
still return, a documented reason), with the refund the desk suggests on one of
the order's payments that can hold it (cash mostly, sometimes another way of
paying, sometimes no money now), approved at once. The end check reads the
demo's write log and bodies, order by order: every return created once and
approved once (never twice after a lost answer), every refund written once
(none when the clerk dropped it); the order's total lowered by what was
returned (``billing.returns_total``), its payments by what went back, its
balance the total less its payments, and what was paid beyond the total and
not handed back a pending credit note.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from genuka_desk.service.return_types import REASONS, RefundChoice, RefundSource, ReturnChoice
from genuka_desk.store import Change, ChangeKind, ChangeState
from tests.support.services import store_of

ZERO = Decimal(0)
RETURN_KINDS = (ChangeKind.RETURN, ChangeKind.RETURN_APPROVE, ChangeKind.REFUND)
# A refund the desk holds because the server's order no longer has the money to give back (a colleague's edit,
# the billing status someone set): the clerk reads why and drops it (the credit note stands).
DROPPED_REFUNDS = ("Not refunded: the payment", "Not refunded: the server shows")
REFUND_WRITES = ("payment_update", "payment_removal")


@dataclass
class ReturnPlan:
    """One return the clerk took: what the server must end up holding, once."""

    key: str  # the desk's return key
    order_id: str
    value: Decimal  # what the desk valued the returned lines at (the order's total falls by it)
    refund: Decimal  # money handed back with it (0: none now)
    method: str | None
    keys: dict[str, str]  # operation kind -> the key sent with its every try
    refund_dropped: str | None = None  # why the clerk dropped its refund (held by the desk)


@dataclass
class ReturnOutcome:
    """What the end check found of the returns."""

    taken: int = 0
    created: int = 0
    approved: int = 0
    refunds: int = 0
    refunds_written: int = 0
    by_method: dict[str, int] = field(default_factory=dict)  # refunds taken, by the way of paying they go back on
    refunds_dropped: int = 0
    interrupted: int = 0  # operations tried, then queued again (a lost answer, a kill): each landed once all the same
    value: Decimal = ZERO  # what the clerk took back, valued as the desk showed it
    refunded: Decimal = ZERO  # money handed back (refunds not dropped)
    notes_pending: int = 0  # credit notes still pending at the end (paid surplus kept by the customer)
    orders_checked: int = 0  # orders whose total, balance and credit notes were checked
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        """The returns' figures, as the campaigns print them."""
        return {
            "returns taken": self.taken,
            "returns created (once each)": self.created,
            "returns approved (once each)": self.approved,
            "refunds taken": self.refunds,
            "refunds written (once each)": self.refunds_written,
            "refunds by way of paying": dict(sorted(self.by_method.items())),
            "refunds held, then dropped": self.refunds_dropped,
            "return operations tried, no answer yet": self.interrupted,
            "value returned (FCFA)": int(self.value),
            "money refunded (FCFA)": int(self.refunded),
            "credit notes pending": self.notes_pending,
            "orders with returns, money checked": self.orders_checked,
        }


@dataclass(frozen=True)
class OrderStart:
    """An order's money before the campaign: its total and balance, what its returns took off, its credit notes."""

    amount: Decimal
    due: Decimal
    returns_total: Decimal
    notes: frozenset[str]


def _number(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else ZERO


def _recorded(body: dict[str, Any]) -> Decimal:
    payments = [p for p in body.get("payments") or [] if isinstance(p, dict) and not p.get("deleted_at")]
    return sum((_number(p.get("amount")) for p in payments if p.get("type", "inbound") == "inbound"), ZERO)


class ReturnClerk:
    """Takes returns with their refunds, drops a refund the desk holds, and checks the server after."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng
        self.plans: dict[str, ReturnPlan] = {}  # by return key
        self.start: dict[str, OrderStart] = {}
        self.interrupted: set[str] = set()  # operations seen queued again after a try (each must land once)

    def note_start(self, server: DemoServer, order_ids: list[str]) -> None:
        """The money of the clerk's orders before it takes anything back."""
        for oid in order_ids:
            body = server.store.get_order(oid)
            notes = frozenset(str(n["id"]) for n in server.store.credit_notes.of_order(oid))
            billing = body.get("billing") or {}
            amount, due = _number(body.get("amount")), _number(body.get("amount_due"))
            self.start[oid] = OrderStart(amount, due, _number(billing.get("returns_total")), notes)

    @staticmethod
    def _drawer_holds(service: OrderService, amount: Decimal) -> bool:
        """Whether cash can go back: the till is not counted here, or it is open and holds ``amount``."""
        till = service.till
        if till.available() is not True:
            return True
        view = till.current()
        return view is not None and view.session.status == "opened" and view.expected >= amount

    def _refund(
        self, service: OrderService, sources: tuple[RefundSource, ...], suggested: Decimal
    ) -> RefundChoice | None:
        """Cash mostly (when the drawer holds it), sometimes another way of paying, sometimes no money now."""
        if suggested <= 0:
            return None
        fits = [s for s in sources if s.amount >= suggested]
        cash = [s for s in fits if s.is_cash and self._drawer_holds(service, suggested)]
        other = [s for s in fits if not s.is_cash]
        fits = cash + other
        draw = self.random.random()
        if draw < 0.15 or not fits:
            return RefundChoice(None, suggested)
        if (draw < 0.8 and cash) or not other:
            return RefundChoice(self.random.choice(cash).payment_id, suggested)
        return RefundChoice(self.random.choice(other).payment_id, suggested)

    def pick(self, service: OrderService, order_ids: list[str]) -> str:
        """One of ``order_ids``, one paid for (money can go back) when one of a few drawn is."""
        drawn = self.random.sample(order_ids, k=min(3, len(order_ids)))
        return next((oid for oid in drawn if service.returns.draft(oid).sources), drawn[0])

    async def act(self, service: OrderService, order_id: str) -> int:
        """Take a line or two back on ``order_id``, refunded as the desk suggests; the operations queued."""
        if order_id not in self.start:
            return 0  # an order whose money before was not noted: nothing to check it against
        if service.returns.scopes.known() is None and not await service.returns.learn_scopes():
            return 0  # who may approve is not known yet (offline): the desk offers no approval, nor money back
        draft = service.returns.draft(order_id)
        lines = [line for line in draft.lines if line.variant_id and line.returnable > 0]
        if draft.why_not or not draft.may_take or not lines:
            return 0
        choices = []
        for line in self.random.sample(lines, k=min(len(lines), self.random.choice((1, 1, 2)))):
            quantity = self.random.randint(1, min(line.returnable, 2))
            choices.append(ReturnChoice(str(line.variant_id), quantity, self.random.choice(REASONS)))
        suggested = service.returns.suggest_refund(order_id, choices)
        refund = self._refund(service, draft.sources, suggested)
        view = await service.returns.take(order_id, choices, refund, approve=True)
        keys = {c.kind.value: c.key for c in store_of(service).returns.operations(view.key)}
        money = refund.amount if refund is not None and refund.payment_id is not None else ZERO
        method = next((s.method for s in draft.sources if refund and s.payment_id == refund.payment_id), None)
        self.plans[view.key] = ReturnPlan(view.key, draft.order_key, view.value, money, method, keys)
        return len(keys)

    async def settle(self, service: OrderService, change: Change) -> bool:
        """A return's operation still queued, settled as a clerk would; whether the clerk dealt with it.

        A refund held because the server's order has no longer the money to give back is dropped (the
        credit note stands); anything else is left to the usual rules (retry a refusal of the moment).
        """
        if change.posted:  # tried, and still queued: its answer was lost, or the program killed after the try
            self.interrupted.add(change.id)
        if change.kind is not ChangeKind.REFUND or change.state is not ChangeState.FAILED:
            return False
        reason = change.last_error or ""
        if not any(reason.startswith(text) for text in DROPPED_REFUNDS):
            return False
        plan = self.plans.get(change.local_id)
        if plan is None:
            raise AssertionError(f"a refund the clerk never took was held: {reason}")
        await service.changes.discard(change.id)
        plan.refund_dropped = reason
        return True

    def refunded(self) -> dict[str, Decimal]:
        """Money handed back, by order (refunds the clerk did not drop)."""
        back: dict[str, Decimal] = {}
        for plan in self.plans.values():
            if plan.refund and plan.refund_dropped is None:
                back[plan.order_id] = back.get(plan.order_id, ZERO) + plan.refund
        return back

    def check(
        self, server: DemoServer, recorded_at_start: dict[str, Decimal], lines_moved: set[str], billing_set: set[str]
    ) -> ReturnOutcome:
        """Every return created and approved once, every refund written once, and each order's money right.

        ``recorded_at_start``: the sum of each order's payments before the campaign (the payments the clerk
        took are checked by :class:`tests.support.clerk.Clerk`). Orders whose lines someone changed
        (``lines_moved``: their total moved by those too) are not held to the total the returns alone leave;
        orders whose payment status someone set (``billing_set``: marked paid, they owe nothing whatever was
        paid) are not held to a balance of the total less the payments.
        """
        writes: list[dict[str, Any]] = server.stats()["writes"]
        outcome = ReturnOutcome(taken=len(self.plans), interrupted=len(self.interrupted))
        by_key: dict[str | None, list[dict[str, Any]]] = {}
        for write in writes:
            by_key.setdefault(write["request_id"], []).append(write)
        mine: set[str] = set()
        for plan in self.plans.values():
            name = f"return {plan.key[-8:]} of {plan.value} on {plan.order_id}"
            outcome.value += plan.value
            made = [w for w in by_key.get(plan.keys.get("return"), []) if w["kind"] == "return_create"]
            approved = [w for w in by_key.get(plan.keys.get("return_approve"), []) if w["kind"] == "return_approve"]
            for what, found in (("created", made), ("approved", approved)):
                if not found:
                    outcome.lost.append(f"{name}: never {what}")
                elif len(found) > 1:
                    outcome.doubled.append(f"{name}: {what} {len(found)} times")
            outcome.created += bool(made)
            outcome.approved += bool(approved)
            if made and approved and made[0]["return_id"] != approved[0]["return_id"]:
                outcome.wrong.append(f"{name}: made {made[0]['return_id']}, approved {approved[0]['return_id']}")
            if made:
                mine.add(str(made[0]["return_id"]))
                held = server.store.returns.extra[str(made[0]["return_id"])].get("value")
                if approved and (held is None or _number(held) != plan.value):
                    outcome.wrong.append(f"{name}: the desk valued it {plan.value}, the server {held}")
            self._check_refund(plan, name, by_key, outcome)
        others = [w for w in writes if w["kind"] == "return_create" and str(w["return_id"]) not in mine]
        if others:
            outcome.doubled.append(f"{len(others)} return(s) made on the server that no return of the clerk's is")
        self._check_orders(server, recorded_at_start, (lines_moved, billing_set), outcome)
        return outcome

    def _check_refund(
        self, plan: ReturnPlan, name: str, by_key: dict[str | None, list[dict[str, Any]]], outcome: ReturnOutcome
    ) -> None:
        if not plan.refund:
            return
        outcome.refunds += 1
        outcome.by_method[str(plan.method)] = outcome.by_method.get(str(plan.method), 0) + 1
        written = [w for w in by_key.get(plan.keys.get("refund"), []) if w["kind"] in REFUND_WRITES]
        if plan.refund_dropped is not None:
            outcome.refunds_dropped += 1
            if written:
                outcome.doubled.append(f"{name}: refund written though the clerk dropped it ({plan.refund_dropped})")
            return
        outcome.refunded += plan.refund
        if not written:
            outcome.lost.append(f"{name}: its refund of {plan.refund} ({plan.method}) never written")
        elif len(written) > 1:
            outcome.doubled.append(f"{name}: its refund of {plan.refund} written {len(written)} times")
        elif any(w["order_id"] != plan.order_id for w in written):
            outcome.wrong.append(f"{name}: its refund written on order {written[0]['order_id']}")
        outcome.refunds_written += bool(written)

    def _check_orders(
        self,
        server: DemoServer,
        recorded_at_start: dict[str, Decimal],
        loose: tuple[set[str], set[str]],
        outcome: ReturnOutcome,
    ) -> None:
        """Order by order: the total lowered by what was returned, the balance and the credit notes following."""
        returned: dict[str, Decimal] = {}
        for plan in self.plans.values():
            returned[plan.order_id] = returned.get(plan.order_id, ZERO) + plan.value
        for oid, value in sorted(returned.items()):
            start = self.start[oid]
            body = server.store.get_order(oid)
            amount, due = _number(body.get("amount")), _number(body.get("amount_due"))
            recorded = _recorded(body)
            taken_off = _number((body.get("billing") or {}).get("returns_total")) - start.returns_total
            if taken_off != value:
                outcome.wrong.append(f"{oid}: returned {value}, its returns_total grew by {taken_off}")
            notes = [n for n in server.store.credit_notes.of_order(oid) if str(n["id"]) not in start.notes]
            owed = sum((_number(n["amount"]) - _number(n["refund_amount"]) for n in notes), ZERO)
            outcome.notes_pending += sum(n["status"] == "pending" for n in notes)
            for note in notes:
                # Settled whole: paid back (refunded), or used up by a raise of the order's lines (cancelled).
                whole = _number(note["refund_amount"]) >= _number(note["amount"])
                settled = note["status"] in ("refunded", "cancelled")
                if settled != whole or _number(note["refund_amount"]) > _number(note["amount"]):
                    outcome.wrong.append(f"{oid}: credit note {note['reference']} {note['status']}: {note}")
            lines_moved, billing_set = oid in loose[0], oid in loose[1]
            # Whatever moved the total, what the customer owes less what is owed back to them (the credit notes
            # still pending) moved as the total less the payments did: no money made or lost between them.
            drift = (due - owed) - (amount - recorded)
            if not billing_set and drift != start.due - (start.amount - recorded_at_start[oid]):
                outcome.wrong.append(f"{oid}: total {amount}, payments {recorded}, owes {due}, credit notes owe {owed}")
            if lines_moved or billing_set:
                continue
            outcome.orders_checked += 1
            if due != max(ZERO, amount - recorded):
                outcome.wrong.append(f"{oid}: total {amount}, payments {recorded}, yet it owes {due}")
            if amount != start.amount - value:
                outcome.wrong.append(f"{oid}: total {start.amount} less {value} returned, the server holds {amount}")
            surplus = max(ZERO, recorded - amount) - max(ZERO, recorded_at_start[oid] - start.amount)
            if owed != surplus:
                outcome.wrong.append(f"{oid}: {surplus} paid beyond its total, its credit notes owe {owed}")
