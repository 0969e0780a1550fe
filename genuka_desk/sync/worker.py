"""What push and pull share: the store, the client, the timings and where events go."""

from __future__ import annotations

from collections.abc import Callable

from ..api import GenukaClient
from ..store import LocalStore
from .backoff import SyncPolicy
from .events import Event


class SyncWorker:
    """Base of :class:`~.push.Pusher` and :class:`~.pull.Puller`."""

    def __init__(
        self, store: LocalStore, client: GenukaClient, policy: SyncPolicy, emit: Callable[[Event], None]
    ) -> None:
        self.store = store
        self.client = client
        self.policy = policy
        self.emit = emit
