"""Sync: push the change queue, pull the server's changes, detect conflicts."""

from .backoff import SyncPolicy, retry_delay
from .decide import Decision, Verdict, decide
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
