"""Campaign sizes: reduced in ``make test``, full behind ``make soak`` (``GENUKA_SOAK=1``)."""

from __future__ import annotations

import os
from dataclasses import dataclass

SOAK = os.environ.get("GENUKA_SOAK") == "1"


@dataclass(frozen=True)
class Size:
    """How big a campaign run is."""

    orders: int
    faults: int  # injected server faults, at least
    kills: int  # SIGKILLs of the syncing process, at least
    seeds: tuple[int, ...]


SIZE = (
    Size(orders=400, faults=2_000, kills=60, seeds=(1, 2, 3))
    if SOAK
    else Size(orders=120, faults=150, kills=24, seeds=(1,))
)


# The same campaigns with busy processes burning the CPU beside them (a slow shop PC).
STARVED = (
    Size(orders=200, faults=1_000, kills=30, seeds=(4,)) if SOAK else Size(orders=60, faults=60, kills=8, seeds=(4,))
)

# Rounds of the two-process campaign (two ``genuka-desk sync`` on one profile, on a busy PC).
TWO_PROCESS_ROUNDS = 30 if SOAK else 5


def report(title: str, figures: dict[str, object]) -> str:
    """One campaign's figures as an aligned block (printed; ``make soak`` shows it)."""
    width = max(len(k) for k in figures)
    lines = [f"== {title} =="] + [f"  {k.ljust(width)}  {v}" for k, v in figures.items()]
    return "\n".join(lines)
