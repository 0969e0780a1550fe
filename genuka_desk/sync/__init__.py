"""Sync: push the change queue, pull the server's changes, detect conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports
from .events import (
    AuthRequired,
    CacheRebuilt,
    ConnectivityChanged,
    Event,
    OrdersArrived,
    OrdersChanged,
    QueueChanged,
    QueueCounts,
    SyncFinished,
    SyncPhase,
    SyncProgress,
    queue_event,
)
from .keys import COMPANY_KEY, FULL_KEY, GHOSTS_KEY, LOGO_KEY, METHODS_KEY

if TYPE_CHECKING:
    from .backoff import SyncPolicy, retry_delay
    from .decision import Decision, Verdict, decide
    from .engine import SyncEngine, SyncReport

# The rest, imported at its first use: not every start needs them (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Decision": ".decision",
        "Verdict": ".decision",
        "decide": ".decision",
        "SyncPolicy": ".backoff",
        "retry_delay": ".backoff",
        "SyncEngine": ".engine",
        "SyncReport": ".engine",
    },
)

__all__ = [
    "COMPANY_KEY",
    "FULL_KEY",
    "GHOSTS_KEY",
    "LOGO_KEY",
    "METHODS_KEY",
    "AuthRequired",
    "CacheRebuilt",
    "ConnectivityChanged",
    "Decision",
    "Event",
    "OrdersArrived",
    "OrdersChanged",
    "QueueChanged",
    "QueueCounts",
    "SyncEngine",
    "SyncFinished",
    "SyncPhase",
    "SyncPolicy",
    "SyncProgress",
    "SyncReport",
    "Verdict",
    "decide",
    "queue_event",
    "retry_delay",
]
