"""Sync: push the change queue, pull the server's changes, detect conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

# Imported at once: the function ``decide`` shares its submodule's name, which a later
# import of the submodule would bind over a lazily given name.
from .decide import Decision, Verdict, decide

if TYPE_CHECKING:
    from .backoff import SyncPolicy, retry_delay
    from .engine import SyncEngine, SyncReport
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
    )

# Where each name lives: imported at its first use (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "SyncPolicy": ".backoff",
        "retry_delay": ".backoff",
        "SyncEngine": ".engine",
        "SyncReport": ".engine",
        "AuthRequired": ".events",
        "CacheRebuilt": ".events",
        "ConnectivityChanged": ".events",
        "Event": ".events",
        "OrdersArrived": ".events",
        "OrdersChanged": ".events",
        "QueueChanged": ".events",
        "QueueCounts": ".events",
        "SyncFinished": ".events",
        "SyncPhase": ".events",
        "SyncProgress": ".events",
    },
)

__all__ = [
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
    "retry_delay",
]
