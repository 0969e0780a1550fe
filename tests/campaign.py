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
    else Size(orders=120, faults=200, kills=24, seeds=(1,))
)


def report(title: str, figures: dict[str, object]) -> str:
    """One campaign's figures as an aligned block (printed; ``make soak`` shows it)."""
    width = max(len(k) for k in figures)
    lines = [f"== {title} =="] + [f"  {k.ljust(width)}  {v}" for k, v in figures.items()]
    return "\n".join(lines)
