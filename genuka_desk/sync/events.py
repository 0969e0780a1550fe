"""What the core tells its listeners (the GUI turns these into Qt signals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store import LocalStore


@dataclass(frozen=True)
class OrdersChanged:
    """These orders look different now (pulled, sent, or edited here)."""

    order_ids: tuple[str, ...]
    # A bulk load (pull): the list may want a full refresh rather than per-row updates.
    bulk: bool = False


@dataclass(frozen=True)
class OrdersArrived:
    """Orders this computer had never seen came in (from the web, WhatsApp, a colleague): worth a notice."""

    order_ids: tuple[str, ...]


class SyncPhase(StrEnum):
    """The half of a sync round in progress."""

    PUSH = "push"
    PULL = "pull"


@dataclass(frozen=True)
class QueueCounts:
    """How many changes wait (pending or being sent), were refused, or are in conflict."""

    pending: int = 0
    failed: int = 0
    conflict: int = 0

    @property
    def unsent(self) -> int:
        """Every change the server has not received."""
        return self.pending + self.failed + self.conflict


@dataclass(frozen=True)
class QueueChanged(QueueCounts):
    """The change queue moved: its counts now."""


@dataclass(frozen=True)
class ConnectivityChanged:
    """The server became reachable, or not."""

    online: bool
    reason: str = ""


@dataclass(frozen=True)
class SyncProgress:
    """A step of a sync: ``phase`` is push or pull; ``total`` None when unknown."""

    phase: SyncPhase
    done: int
    total: int | None = None


@dataclass(frozen=True)
class AuthRequired:
    """The server refused the token: sync pauses until a new login."""

    message: str


@dataclass(frozen=True)
class SyncFinished:
    """One sync round ended."""

    sent: int = 0
    pulled: int = 0
    remaining: int = 0
    conflicts: int = 0
    failed: int = 0
    error: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CacheRebuilt:
    """The local copy of the orders was damaged, set aside, and is fetched again (the queue is kept)."""

    moved_to: str = ""


Event = (
    OrdersChanged
    | OrdersArrived
    | QueueChanged
    | ConnectivityChanged
    | SyncProgress
    | AuthRequired
    | SyncFinished
    | CacheRebuilt
)


def queue_event(store: LocalStore) -> QueueChanged:
    """The queue's counts as an event."""
    from ..store import ChangeState

    counts = store.queue.counts()
    return QueueChanged(
        pending=counts[ChangeState.PENDING] + counts[ChangeState.SENDING],
        failed=counts[ChangeState.FAILED],
        conflict=counts[ChangeState.CONFLICT],
    )
