"""How long a change waits before its next try: exponential, capped, jittered."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, replace

# Seconds a write may stay in flight at the server (see SyncPolicy.in_flight_limit).
IN_FLIGHT_ENV = "GENUKA_DESK_IN_FLIGHT_SECONDS"


@dataclass(frozen=True)
class SyncPolicy:
    """Timings of sync. Tests shrink them; the defaults suit a shop's flaky line."""

    retry_base: float = 2.0  # first wait after a failed try, seconds
    retry_cap: float = 300.0  # never wait longer than this between tries
    retry_after_cap: float = 900.0  # a server's Retry-After is honoured up to this
    pull_margin: float = 120.0  # pull from the last seen updated_at minus this (clock skew)
    pull_concurrency: int = 4
    per_page: int = 100
    get_concurrency: int = 6  # fresh reads before a bulk write
    details_per_sync: int = 60  # orders fetched in full after a pull (the rest at the next one)
    probe_interval: float = 20.0  # offline: how often to look for the server
    pull_interval: float = 60.0  # online: how often to pull colleagues' changes
    keep_sent_days: float = 30.0
    # A request that got no answer (timeout, reset, crash) may still be applied by the
    # server until its own time limit runs out (PHP's max_execution_time, the gateway's
    # timeout: 60 s at the most in common setups) after our client gave up (20 s).
    # Only after that is the order read again to decide whether to send once more.
    in_flight_limit: float = 120.0
    # Tries that got a server error, a garbled answer or no answer before the change is
    # marked failed with the last message (the clerk retries it). Being offline
    # (nothing reaches the server) never counts.
    max_attempts: int = 8

    def from_environment(self) -> SyncPolicy:
        """This policy with ``GENUKA_DESK_IN_FLIGHT_SECONDS`` applied (a server with a longer limit)."""
        text = os.environ.get(IN_FLIGHT_ENV, "").strip()
        try:
            seconds = float(text) if text else None
        except ValueError:
            seconds = None
        if seconds is None or not 0 <= seconds <= 3600:
            return self
        return replace(self, in_flight_limit=seconds)


def retry_delay(attempts: int, policy: SyncPolicy, *, retry_after: float | None = None) -> float:
    """Seconds to wait after the ``attempts``-th failed try (``retry_after`` wins when given)."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), policy.retry_after_cap) + random.uniform(0, policy.retry_base / 4)
    ceiling = min(policy.retry_cap, policy.retry_base * 2 ** max(0, attempts - 1))
    # "Equal jitter": at least half the ceiling, so retries spread without collapsing to zero.
    return ceiling / 2 + random.uniform(0, ceiling / 2)
