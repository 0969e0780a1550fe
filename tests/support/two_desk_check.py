"""The two-desk till campaign's check of a round, from the demo's own write log and session list.

One shift, one session: a round in which two counter PCs open the same
cash account's till at once must leave exactly one session opened on the
server (under the key of one PC's opening, never the other's, never
twice), closed exactly once under the key of the close the closing PC
queued, with the count it typed: never two sessions for one shift, never a
close lost, never an opening sent twice under its key.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class RoundPlan:
    """What the two PCs did in one round, as the test saw it."""

    number: int
    open_keys: dict[str, str] = field(default_factory=dict)  # PC -> the key of its opening this round
    winner: str | None = None  # the PC whose opening the server took
    session_id: str | None = None  # the round's session on the server
    closer: str | None = None
    close_key: str | None = None
    counted: Decimal | None = None
    approved: bool = False


def round_problems(plan: RoundPlan, writes: list[dict[str, Any]], sessions: dict[str, dict[str, Any]]) -> list[str]:
    """What went wrong in a round (empty: nothing); ``writes``: the write log's lines of the round only."""
    name = f"round {plan.number}"
    problems: list[str] = []
    opens = [w for w in writes if w["kind"] == "till_open"]
    closes = [w for w in writes if w["kind"] == "till_close"]
    if len(opens) != 1:
        problems.append(f"{name}: {len(opens)} sessions opened on the server for one shift")
    for pc, key in plan.open_keys.items():
        made = sum(1 for w in opens if w["request_id"] == key)
        if pc == plan.winner and made == 0:
            problems.append(f"{name}: {pc}'s opening, taken by the server, is not in its write log")
        elif pc != plan.winner and made:
            problems.append(f"{name}: {pc}'s opening, held, opened a session too")
        if made > 1:
            problems.append(f"{name}: {pc}'s opening written {made} times under its key")
    strangers = [w["request_id"] for w in opens if w["request_id"] not in plan.open_keys.values()]
    if strangers:
        problems.append(f"{name}: sessions opened under keys no PC's opening holds: {strangers}")
    if opens and plan.session_id != opens[0]["session_id"]:
        problems.append(f"{name}: the PCs show session {plan.session_id}, the server opened {opens[0]['session_id']}")
    ours = [w for w in closes if w["request_id"] == plan.close_key]
    if plan.close_key is None or not ours:
        problems.append(f"{name}: the close queued by {plan.closer} never reached the server (lost)")
    elif len(ours) > 1:
        problems.append(f"{name}: the close written {len(ours)} times under its key")
    elif ours[0]["session_id"] != plan.session_id:
        problems.append(f"{name}: the close went to {ours[0]['session_id']}, not the round's {plan.session_id}")
    if len(closes) != len(ours):
        problems.append(f"{name}: {len(closes) - len(ours)} close(s) written that {plan.closer} did not queue")
    approvals = [w for w in writes if w["kind"] == "till_approve"]
    if plan.approved and [w["session_id"] for w in approvals] != [plan.session_id]:
        problems.append(f"{name}: the difference approved {len(approvals)} times, once wanted")
    held = sessions.get(str(plan.session_id))
    if held is None:
        problems.append(f"{name}: the server has no session {plan.session_id}")
    else:
        counted = held.get("balance_counted")
        if held.get("status") != "closed":
            problems.append(f"{name}: session {plan.session_id} is {held.get('status')} at the round's end")
        if counted is None or Decimal(str(counted)) != plan.counted:
            problems.append(f"{name}: counted {plan.counted} at {plan.closer}, the server holds {counted}")
    return problems


def campaign_problems(writes: list[dict[str, Any]], sessions: dict[str, dict[str, Any]], rounds: int) -> list[str]:
    """Across the campaign: one session a round, none left open, no key written twice for one kind."""
    problems: list[str] = []
    if len(sessions) != rounds:
        problems.append(f"{len(sessions)} sessions on the server after {rounds} rounds")
    still = [sid for sid, s in sessions.items() if s.get("status") != "closed"]
    if still:
        problems.append(f"sessions not closed at the end: {still}")
    keyed = Counter((w["kind"], w["request_id"]) for w in writes if w["kind"] in ("till_open", "till_close"))
    twice = [key for key, n in keyed.items() if n > 1]
    if twice:
        problems.append(f"written twice under one key: {twice}")
    return problems
