"""The campaigns' clerk at the till: opens and closes it among the other changes, and the end check of it.

Never two sessions opened for one opening, never a close lost: every opening
and every close the clerk queued is in the demo's write log exactly once
(under the operation's key), and the server holds one session per opening,
closed with the count the clerk typed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from genuka_desk.demo import DemoServer
from genuka_desk.models.till import Denomination
from genuka_desk.service import OrderService
from genuka_desk.store import ChangeKind
from tests.support.services import store_of


@dataclass
class TillPlan:
    """One opening of the till and its close, as the clerk queued them."""

    local_id: str
    open_key: str
    balance_start: Decimal
    close_key: str | None = None
    counted: Decimal | None = None


@dataclass
class TillOutcome:
    """What the end check found of the till."""

    opened: int = 0
    closed: int = 0
    approved: int = 0
    lost: list[str] = field(default_factory=list)
    doubled: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def counts_for(amount: Decimal, denominations: list[Denomination]) -> dict[str, int]:
    """``amount`` in the fewest bills and coins (largest first): a count that says exactly that much."""
    left = amount
    counts: dict[str, int] = {}
    for denomination in sorted(denominations, key=lambda d: d.value or 0, reverse=True):
        value = denomination.value or Decimal(0)
        if value <= 0 or left < value:
            continue
        counts[str(denomination.id)], left = int(left // value), left % value
    if left:
        raise AssertionError(f"{amount} cannot be counted in these bills and coins")
    return counts


class TillClerk:
    """Opens the till when it is closed, closes it (at what it should hold) when open, and approves a difference."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng
        self.plans: dict[str, TillPlan] = {}  # by local session id
        self.approved = 0

    async def act(self, service: OrderService) -> int:
        """One step at the till (nothing while cash control is unknown or off); the number of operations queued."""
        till = service.till
        if till.available() is not True or not till.denominations() or not till.cash_accounts():
            return 0
        view = till.current()
        if view is None:
            start = Decimal(self.random.choice((0, 5000, 10_000, 25_000)))
            opened = till.open(counts_for(start, till.denominations()))
            key = self._key(service, opened.session.subject, ChangeKind.TILL_OPEN)
            self.plans[opened.session.local_id] = TillPlan(opened.session.local_id, key, start)
            return 1
        if view.session.status == "pending_approval" and view.session.server_id:
            await till.approve(view.session.server_id, "campagne")
            self.approved += 1
            return 0
        if view.session.status != "opened" or view.session.local_id not in self.plans:
            return 0  # closing on its way, or a session this clerk did not open
        counted = view.expected
        reason = None
        if self.random.random() < 0.3 and counted >= 1000:
            counted -= 1000  # a note short: a reason, then a manager's approval
            reason = "change_mistake"
        closed = till.close(counts_for(counted, till.denominations()), reason)
        plan = self.plans[closed.session.local_id]
        plan.close_key, plan.counted = self._key(service, closed.session.subject, ChangeKind.TILL_CLOSE), counted
        return 1

    @staticmethod
    def _key(service: OrderService, subject: str, kind: ChangeKind) -> str:
        (change,) = [c for c in store_of(service).queue.active_changes(subject) if c.kind is kind]
        return change.key

    def check(self, server: DemoServer) -> TillOutcome:
        """Every opening and close written exactly once, one session per opening, closed at the count typed."""
        writes: list[dict[str, Any]] = server.stats()["writes"]
        outcome = TillOutcome(approved=self.approved)
        opens = [w for w in writes if w["kind"] == "till_open"]
        if len(opens) != len(self.plans):
            outcome.doubled.append(f"{len(opens)} sessions opened on the server for {len(self.plans)} openings")
        for plan in self.plans.values():
            name = f"till {plan.local_id[:13]}"
            made = [w for w in opens if w["request_id"] == plan.open_key]
            if not made:
                outcome.lost.append(f"{name}: never opened on the server")
                continue
            if len(made) > 1:
                outcome.doubled.append(f"{name}: opened {len(made)} times")
            outcome.opened += 1
            if plan.close_key is None:
                continue
            closes = [w for w in writes if w["kind"] == "till_close" and w["request_id"] == plan.close_key]
            if not closes:
                outcome.lost.append(f"{name}: its close never reached the server")
            elif len(closes) > 1:
                outcome.doubled.append(f"{name}: closed {len(closes)} times")
            elif closes[0]["session_id"] != made[0]["session_id"]:
                outcome.wrong.append(f"{name}: closed {closes[0]['session_id']}, opened {made[0]['session_id']}")
            else:
                outcome.closed += 1
                held = server.store.state.cash_sessions[str(made[0]["session_id"])].get("balance_counted")
                if held is None or Decimal(str(held)) != plan.counted:
                    outcome.wrong.append(f"{name}: counted {plan.counted}, the server holds {held}")
        return outcome
