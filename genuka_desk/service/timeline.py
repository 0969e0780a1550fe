"""One history of an order: this computer's changes and the server's activities, merged, newest first.

The desk keeps every change it made to an order; the server logs its own
entry for each write it applied. Shown side by side, each change would
appear twice. Here a change the server confirmed (sent, and found in the
server's log) shows once, as the server's entry (who and when, by the
server), marked as made here; a change not confirmed yet stays as this
computer's, with where it stands.

A sent change is found in the log by what it changed (a field and its new
value, a payment added or deleted, the order created) in an entry logged
while it was sent: at or after the moment the clerk made it, by the time the
server answered, give or take the clocks' difference. Of several entries
that fit, the nearest one wins; an entry confirms at most one change.

A payment's entry says how much: the amount of the payment taken here that
it confirms, else of the order's payment the server made (or deleted) in
the same moment, by the server's own clock.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .. import models as _models
from .. import store as _store
from ..models.coerce import to_decimal

# How far the server's clock may be from this computer's beyond the difference measured on its last
# answer (the rounding of its whole-second timestamps and Date header, a clock corrected since)...
KNOWN_SKEW_SLACK = 120.0
# ...and when that difference is not known (no answer read yet): the nearest entry still wins.
UNKNOWN_SKEW_SLACK = 30 * 60.0
# A sent change without the moment it was sent (older rows): how long after its making it may have gone.
UNKNOWN_SEND_SPAN = 24 * 3600.0
# How far apart the server may stamp a payment and its log entry (one write; whole seconds, a slow request).
PAYMENT_ENTRY_SPAN = 5.0
_PAYMENT_KINDS = (_models.ActivityKind.PAYMENT_ADDED, _models.ActivityKind.PAYMENT_DELETED)

_LINE_QUANTITY = re.compile(r"lines\.[^.]+\.quantity")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class TimelineEntry:
    """One entry of an order's history.

    ``activity`` is the server's entry; None while only this computer knows
    the change (it is then ``change``, with its state). A server's entry has
    ``change`` when this computer made it (confirmed). ``at`` is when it
    happened: by the server's clock for its entries, this computer's for its
    own (None: the server gave no time).
    """

    at: datetime | None
    activity: _models.Activity | None = None
    change: _store.Change | None = None
    amount: Decimal | None = None  # a payment's entry: how much it added or deleted (None: not known)

    @property
    def from_here(self) -> bool:
        """Only this computer knows it so far: not sent, refused, in conflict, or not in the server's log."""
        return self.activity is None

    @property
    def made_here(self) -> bool:
        """Made on this computer (confirmed by the server or not)."""
        return self.change is not None

    @property
    def clerk(self) -> str:
        """Who at this desk made it ("" when not made here, or queued before clerks were recorded)."""
        return self.change.clerk_name if self.change is not None else ""


@dataclass(frozen=True)
class _Fact:
    """One thing a change did, as the server's log would show it.

    ``what``: ``field`` (``key`` set to ``value``), ``added`` (a new line of
    ``value`` units), ``removed`` (the line ``key``), ``event`` (``key`` an
    :class:`ActivityKind`: a payment added, the order created).
    """

    what: str
    key: str
    value: Any = None


def order_timeline(
    changes: Sequence[_store.Change],
    activities: Sequence[_models.Activity] | None,
    *,
    skew: float | None = None,
    payments: Sequence[_models.Payment] = (),
) -> list[TimelineEntry]:
    """This computer's changes of an order and the server's activities as one history, newest first.

    ``changes`` oldest first (as the service lists them); ``activities`` as
    the server lists them (newest first), or None when they could not be had
    (offline, not asked yet): then only this computer's entries. ``skew`` is
    the server's clock minus this computer's, in seconds, when known. Entries
    of the same moment keep their lists' order, this computer's first.
    ``payments``: the order's, which tell a payment entry's amount.
    """
    found = list(activities or [])
    amounts = _payment_amounts(found, payments)
    confirmed, left = _match(changes, found, skew, amounts)
    offset = skew or 0.0
    ranked: list[tuple[float, TimelineEntry]] = []
    for index in reversed(range(len(changes))):
        change = changes[index]
        mine = [a for a, c in confirmed.items() if c == index]
        rest = change if not mine else _only(change, left[index]) if left[index] else None
        if rest is not None:
            ranked.append((change.created_at + offset, TimelineEntry(_moment(change.created_at), change=rest)))
    for position, activity in enumerate(found):
        made = confirmed.get(position)
        by_here = changes[made] if made is not None else None
        taken = by_here.payment if by_here is not None else None
        amount = taken.amount if taken is not None else amounts.get(position)
        entry = TimelineEntry(activity.created_at, activity, by_here, amount)
        ranked.append((_seconds(activity) if activity.created_at else -math.inf, entry))
    ranked.sort(key=lambda pair: -pair[0])  # stable: ties keep the order above
    return [entry for _, entry in ranked]


def _match(
    changes: Sequence[_store.Change],
    activities: list[_models.Activity],
    skew: float | None,
    amounts: dict[int, Decimal],
) -> tuple[dict[int, int], dict[int, list[_Fact]]]:
    """Which activity confirms which sent change (activity index -> change index), and each change's facts left.

    ``amounts``: the payment entries' amounts, when known (a payment taken here is not another's entry).
    """
    slack = UNKNOWN_SKEW_SLACK if skew is None else KNOWN_SKEW_SLACK
    offset = skew or 0.0
    left = {index: _facts(change) for index, change in enumerate(changes)}
    pairs: list[tuple[float, float, int, int]] = []
    for ci, change in enumerate(changes):
        if change.state is not _store.ChangeState.SENT or not left[ci]:
            continue
        start = change.created_at + offset
        sent = change.sent_at if change.sent_at else change.created_at + UNKNOWN_SEND_SPAN
        end = max(sent + offset, start)
        for ai, activity in enumerate(activities):
            if activity.created_at is None:
                continue
            moment = _seconds(activity)
            fits = any(_shows(activity, f, amounts.get(ai)) for f in left[ci])
            if not start - slack <= moment <= end + slack or not fits:
                continue
            # Inside the sending's span is best; then the nearest to the answer (two identical changes in a row).
            outside = max(start - moment, moment - end, 0.0)
            pairs.append((outside, abs(moment - (sent + offset)), ci, ai))
    pairs.sort()
    confirmed: dict[int, int] = {}
    for _, _, ci, ai in pairs:
        if ai in confirmed:
            continue  # an entry confirms one change, never two
        shown = [f for f in left[ci] if _shows(activities[ai], f, amounts.get(ai))]
        if shown:  # (else the change's facts were all shown by nearer entries)
            confirmed[ai] = ci
            left[ci] = [f for f in left[ci] if f not in shown]
    return confirmed, left


def _payment_amounts(activities: Sequence[_models.Activity], payments: Sequence[_models.Payment]) -> dict[int, Decimal]:
    """The amount of each payment entry (activity index -> amount), from the order's payment stamped with it.

    An added payment by when it was made, a deleted one by when it was
    deleted, by the same person when both say who; the nearest within
    :data:`PAYMENT_ENTRY_SPAN` wins, and a payment tells one entry only.
    """
    pairs: list[tuple[float, int, int]] = []
    for ai, activity in enumerate(activities):
        if activity.kind not in _PAYMENT_KINDS or activity.created_at is None:
            continue
        added = activity.kind is _models.ActivityKind.PAYMENT_ADDED
        for pi, payment in enumerate(payments):
            stamp = payment.created_at if added else payment.deleted_at
            if stamp is None or payment.amount is None or payment.queued:
                continue
            who, by = _causer(activity), payment.user_id
            if who and by and who != by:
                continue  # another person's payment in the same moment
            apart = abs(stamp.timestamp() - _seconds(activity))
            if apart <= PAYMENT_ENTRY_SPAN:
                pairs.append((apart, ai, pi))
    amounts: dict[int, Decimal] = {}
    used: set[int] = set()
    for _, ai, pi in sorted(pairs):
        if ai in amounts or pi in used:
            continue
        amount = payments[pi].amount
        if amount is not None:
            amounts[ai] = amount
            used.add(pi)
    return amounts


def _causer(activity: _models.Activity) -> str:
    """The id of who made the entry (the documented ``causer_id``, else its user's), or ""."""
    kept = getattr(activity, "causer_id", None)  # (a key the model keeps without naming it)
    if isinstance(kept, str | int) and str(kept):
        return str(kept)
    who = activity.user or activity.causer
    return str(who.id) if who is not None and who.id else ""


def _facts(change: _store.Change) -> list[_Fact]:
    """What a change did, one fact per thing the server's log may show."""
    if change.draft is not None:
        return [_Fact("event", _models.ActivityKind.CREATED)]
    if change.payment is not None:
        return [_Fact("event", _models.ActivityKind.PAYMENT_ADDED, change.payment.amount)]
    if change.removal is not None:
        return [_Fact("event", _models.ActivityKind.PAYMENT_DELETED)]
    edit = change.edit
    facts = [_Fact("field", key, value) for key, value in edit.fields.items()]
    for line_id, line in edit.lines.items():
        if line.quantity is not None:
            facts.append(_Fact("field", f"lines.{line_id}.quantity", line.quantity))
        if line.price is not None:
            facts.append(_Fact("field", f"lines.{line_id}.price", line.price))
    facts += [_Fact("removed", f"lines.{line_id}") for line_id in edit.removed_lines]
    facts += [_Fact("added", f"lines.+{line.key}", line.quantity) for line in edit.added_lines]
    return facts


def _shows(activity: _models.Activity, fact: _Fact, amount: Decimal | None = None) -> bool:
    """Whether the server's entry shows this fact (``amount``: the entry's payment's, when known)."""
    if fact.what == "event":
        return activity.kind == fact.key and (fact.value is None or amount is None or amount == fact.value)
    for change in activity.changes():
        if fact.what == "field" and change.field == fact.key and _same(fact.value, change.new):
            return True
        if fact.what == "removed" and change.field.startswith(fact.key + ".") and _same(None, change.new):
            return True
        if (
            fact.what == "added"
            and _LINE_QUANTITY.fullmatch(change.field)
            and _same(None, change.old)
            and _same(fact.value, change.new)
        ):
            return True
    return False


def _same(mine: Any, theirs: Any) -> bool:
    """The desk's value and the server's logged one: numbers by value, words whatever their case, days by the day."""
    if mine is None or mine == "" or theirs is None or theirs == "":
        return (mine is None or mine == "") and (theirs is None or theirs == "")
    a, b = to_decimal(mine), to_decimal(theirs)
    if a is not None and b is not None:
        return a == b
    x, y = _models.text_of(mine).strip().casefold(), _models.text_of(theirs).strip().casefold()
    # A day the server keeps with its time (``2025-10-10 00:00:00``).
    return x == y or (_DAY.fullmatch(x) is not None and y.startswith(x))


def _only(change: _store.Change, facts: list[_Fact]) -> _store.Change:
    """The change less what the server's log showed of it: the part still only this computer's to tell."""
    keys = {f.key for f in facts}
    edit = change.edit
    lines = {
        line_id: _models.LineChange(
            quantity=line.quantity if f"lines.{line_id}.quantity" in keys else None,
            price=line.price if f"lines.{line_id}.price" in keys else None,
        )
        for line_id, line in edit.lines.items()
        if {f"lines.{line_id}.quantity", f"lines.{line_id}.price"} & keys
    }
    rest = _models.OrderEdit(
        fields={k: v for k, v in edit.fields.items() if k in keys},
        lines=lines,
        removed_lines=[i for i in edit.removed_lines if f"lines.{i}" in keys],
        added_lines=[a for a in edit.added_lines if f"lines.+{a.key}" in keys],
    )
    return replace(change, edit=rest)


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def _seconds(activity: _models.Activity) -> float:
    assert activity.created_at is not None
    return activity.created_at.timestamp()
