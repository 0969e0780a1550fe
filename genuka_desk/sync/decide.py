"""What to do with a queued change, given the order as the server has it now.

Pure: no I/O, so every case is tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..models import read_values, values_equal
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


def same(a: Any, b: Any) -> bool:
    """Equal as values, looking inside line snapshots (``{"quantity", "price"}``)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, dict) or isinstance(b, dict):
        return False
    return values_equal(a, b)


def decide(change: Change, fresh: dict[str, Any]) -> Decision:
    """Compare ``change`` with ``fresh`` (the server's body now).

    * every touched key already holds its intended value: APPLIED (an earlier
      try landed though its answer was lost, or a colleague did the same);
    * the server's ``updated_at`` is still the one the clerk edited: WRITE;
    * otherwise, for each key not yet at its intended value: if the server's
      value still equals what the clerk saw (``base``), only other fields
      moved and the change is rebased (WRITE); if it differs, a colleague
      changed that very field: CONFLICT, with their values kept.
    """
    intended = change.edit.intended()
    current = read_values(fresh, list(intended))
    missing = [key for key, value in intended.items() if not same(current[key], value)]
    if not missing:
        return Decision(Verdict.APPLIED)
    version = fresh.get("updated_at")
    if change.base_updated_at is not None and version is not None and str(version) == change.base_updated_at:
        return Decision(Verdict.WRITE)
    theirs = {key: current[key] for key in missing if not same(current[key], change.base.get(key))}
    if theirs:
        return Decision(Verdict.CONFLICT, theirs=theirs)
    return Decision(Verdict.WRITE, rebased=True)
