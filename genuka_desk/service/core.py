"""What every capability of the service shares: the store, the server (made when first needed), the listeners.

``OrderService`` makes one core and hands it to each capability
(``service.orders``, ``service.sales``...): they read and queue through the
same store, reach the server through the same client and sync engine, and
tell the same listeners. Nothing here is asked by the front ends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .. import api as _api
from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from .errors import OrderNotFound

log = logging.getLogger(__name__)


class ServiceCore:
    """The store, the lazily made client and sync engine, and the event listeners of one service."""

    def __init__(
        self,
        store: _store.LocalStore,
        client: _api.GenukaClient | None,
        *,
        policy: _sync.SyncPolicy | None,
        connect: Callable[[], _api.GenukaClient] | None,
    ) -> None:
        """``client``, or ``connect`` to make it when the server is first needed."""
        self.closed = False  # set when the service closes: views still on screen stop reading
        self.store = store
        self.made_client = client
        self.connect = connect
        self.made_engine: _sync.SyncEngine | None = None
        self.policy = policy
        self.language: str | None = None  # asked for before the client was made
        self.listeners: list[Callable[[_sync.Event], None]] = []

    @property
    def client(self) -> _api.GenukaClient:
        """The HTTP client, made (with the token and the language asked for) at its first use."""
        if self.made_client is None:
            assert self.connect is not None
            self.made_client = self.connect()
            if self.language is not None:
                self.made_client.set_language(self.language)
        self.store.files.server_now = self.made_client.server_time  # bodies read in their own second (store.cache)
        return self.made_client

    @property
    def engine(self) -> _sync.SyncEngine:
        """The sync engine, made at its first use."""
        if self.made_engine is None:
            self.made_engine = _sync.SyncEngine(self.store, self.client, policy=self.policy, emit=self.emit)
        return self.made_engine

    def emit(self, event: _sync.Event) -> None:
        """Tell every listener of ``event``."""
        for listener in list(self.listeners):
            try:
                listener(event)
            except Exception:
                # A broken listener must not stop sync or the other listeners.
                log.exception("an event listener failed on %s", type(event).__name__)

    def changed(self, order_ids: tuple[str, ...]) -> None:
        """Something was queued for ``order_ids``: the views hear of it, and sync wakes to send it."""
        self.emit(_sync.OrdersChanged(order_ids))
        self.emit(_sync.queue_event(self.store))
        self.engine.wake()

    def order_id(self, key: str) -> str:
        """An order id from an id or a reference; raises :class:`OrderNotFound`."""
        order_id = self.store.search.find_order_id(key) or self.store.sales.created_id(key.strip())
        if order_id is None:
            raise OrderNotFound(f"No order {key!r} in the local copy (try a sync).")
        return order_id

    def order(self, key: str) -> _models.Order:
        """One order as the clerk sees it (server body plus unsent changes); raises :class:`OrderNotFound`."""
        order = self.store.cache.order(self.order_id(key))
        if order is None:
            raise OrderNotFound(f"No order {key!r} in the local copy (try a sync).")
        return order
