"""Sync: push the change queue, pull the server's changes, detect conflicts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .backoff import SyncPolicy, retry_delay
    from .decision import Decision, Verdict, decide
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
        queue_event,
    )
    from .keys import COMPANY_KEY, FULL_KEY, GHOSTS_KEY, LOGO_KEY, METHODS_KEY

# Where each name lives: imported at its first use (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "COMPANY_KEY": ".keys",
        "LOGO_KEY": ".keys",
        "METHODS_KEY": ".keys",
        "FULL_KEY": ".keys",
        "GHOSTS_KEY": ".keys",
        "queue_event": ".events",
        "Decision": ".decision",
        "Verdict": ".decision",
        "decide": ".decision",
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
