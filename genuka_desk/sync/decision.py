"""What to do with a queued change, given the order as the server has it now.

Pure: no I/O, so every case is tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..models import read_values
from ..models.edits import ORDER_DISCOUNTS, discounts_equal, order_discount_names
from ..models.write_body import LINE_IDS_KEY, as_day, same_value, unapplied
from ..store import Change


class Verdict(StrEnum):
    """The three outcomes of comparing a change with the server."""

    APPLIED = "applied"  # the server already holds every intended value: never send twice
    WRITE = "write"  # send it (on the fresh body: a colleague's other changes are kept)
    CONFLICT = "conflict"  # a colleague changed the same field: the clerk chooses


@dataclass(frozen=True)
class Decision:
    """A verdict and, for a conflict, the server's values of the contested keys."""

    verdict: Verdict
    theirs: dict[str, Any] = field(default_factory=dict)
    rebased: bool = False
    # A conflict only because an unanswered try may have landed and been undone since.
    unsure: bool = False


def known_line_ids(change: Change) -> list[str] | None:
    """The order's line ids when the clerk added lines (to recognise an add the server made)."""
    ids = change.base.get(LINE_IDS_KEY)
    return [str(i) for i in ids] if isinstance(ids, list) else None


def decide(change: Change, fresh: dict[str, Any]) -> Decision:
    """Compare ``change`` with ``fresh`` (the server's body now).

    * every touched key already holds its intended value: APPLIED (an earlier
      try landed though its answer was lost, or a colleague did the same);
    * otherwise, for each key not yet at its intended value: if the server's
      value still equals what the clerk saw (``base``), only other fields
      moved and the change is written on the fresh body (WRITE); if it
      differs, a colleague changed that very field: CONFLICT, with their
      values kept;
    * but when an earlier try got no answer (``posted``) and the order was
      written since that try read it (``updated_at`` moved from ``tried_on``),
      a value back at what the clerk saw may be that try, landed and then
      undone by a colleague (A-B-A): sending again would write the change a
      second time, so it is a CONFLICT the clerk settles (``unsure``).

    The values decide, never ``updated_at`` alone: Genuka's timestamps have
    whole-second precision, so a colleague's write in the same second as the
    clerk's read leaves ``updated_at`` equal while a value moved. The one
    case values and seconds cannot tell: an unanswered try landing and being
    undone within the very second of the write before it.
    """
    missing = unapplied(fresh, change.edit, known_line_ids(change))
    if not missing:
        return Decision(Verdict.APPLIED)
    current = read_values(fresh, [key for key in missing if not key.startswith("lines.+")])
    theirs = {key: value for key, value in current.items() if not _same_as_seen(key, value, change.base.get(key))}
    if theirs:
        return Decision(Verdict.CONFLICT, theirs=theirs)
    if change.posted and moved_since_try(change, fresh):
        return Decision(Verdict.CONFLICT, theirs={key: current.get(key) for key in missing}, unsure=True)
    version = fresh.get("updated_at")
    rebased = change.base_updated_at is None or version is None or str(version) != change.base_updated_at
    return Decision(Verdict.WRITE, rebased=rebased)


def moved_since_try(change: Change, fresh: dict[str, Any]) -> bool:
    """Whether the server wrote the order after the last try read it (unknown counts as moved).

    Whole seconds: a write within the second of the one before it is not seen.
    """
    version = fresh.get("updated_at")
    return change.tried_on is None or version is None or str(version) != change.tried_on


def _same_as_seen(key: str, now: Any, seen: Any) -> bool:
    if key.endswith("scheduled_at"):
        return same_value(as_day(now), as_day(seen))
    if key == ORDER_DISCOUNTS:
        return order_discount_names(now) == order_discount_names(seen)
    if key.startswith("lines.") and key.endswith(".discounts"):
        return discounts_equal(now, seen)  # [] and none shown alike; either spelling of the keys
    return same_value(now, seen)
