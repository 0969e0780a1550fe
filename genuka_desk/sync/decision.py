"""What to do with a queued change, given the order as the server has it now.

Pure: no I/O, so every case is tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..models import read_values
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
      values kept.

    The values decide, never ``updated_at`` alone: Genuka's timestamps have
    whole-second precision, so a colleague's write in the same second as the
    clerk's read leaves ``updated_at`` equal while a value moved.
    """
    missing = unapplied(fresh, change.edit, known_line_ids(change))
    if not missing:
        return Decision(Verdict.APPLIED)
    current = read_values(fresh, [key for key in missing if not key.startswith("lines.+")])
    theirs = {key: value for key, value in current.items() if not _same_as_seen(key, value, change.base.get(key))}
    if theirs:
        return Decision(Verdict.CONFLICT, theirs=theirs)
    version = fresh.get("updated_at")
    rebased = change.base_updated_at is None or version is None or str(version) != change.base_updated_at
    return Decision(Verdict.WRITE, rebased=rebased)


def _same_as_seen(key: str, now: Any, seen: Any) -> bool:
    if key.endswith("scheduled_at"):
        return same_value(as_day(now), as_day(seen))
    return same_value(now, seen)
