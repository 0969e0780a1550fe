"""OrderService: the one door the GUI and the CLI use, its capabilities and its one lifecycle.

Plain asyncio, no Qt. Reads come from the local cache, so they work
offline; every change is validated, queued durably with its optimistic
overlay, and sent by the sync engine when the server can be reached.
Listeners get events (order changed, queue changed, online/offline, sync
progress, login needed); the GUI re-emits them as Qt signals.

The front ends ask the capability they need: ``service.orders`` (the list,
one order, its edits), ``service.sales``, ``service.payments``,
``service.customers``, ``service.catalog``, ``service.changes`` (the queue
as the clerk sees it), ``service.account`` (the server's login and
companies, the clerk at the desk), ``service.shop`` (country, figures,
papers), ``service.till`` (the cash register's sessions), ``service.credit_book`` (who owes money) and
``service.discounts`` (the shop's discounts); ``service.returns`` takes goods back and hands money back.
The service itself starts, syncs and closes: one lifecycle for all of them.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import api as _api
from .. import store as _store
from .. import sync as _sync
from .account import Account
from .catalog import Catalog
from .changes import Changes
from .core import ServiceCore
from .credit_book import CreditBook
from .customers import Customers
from .discounts import Discounts
from .manual_discounts import ManualDiscounts
from .orders import Orders
from .payments import Payments
from .returns import Returns
from .sales import Sales
from .send import Sending
from .shop import Shop
from .till import Till

if TYPE_CHECKING:
    import asyncio

    from .doctor import DoctorReport
    from .profile import Profile

log = logging.getLogger(__name__)

# The sync's own modules (the engine, the write models, the sender's lock), loaded with the first sync.
ENGINE_MODULES = ("genuka_desk.sync.engine",)


def load_modules(names: Iterable[str]) -> None:
    """Import ``names`` (in a worker thread: what they cost does not hold the event loop's thread)."""
    for name in names:
        importlib.import_module(name)


class OrderService:
    """Orders from the cache, changes through the queue, sync in the background: one capability per job."""

    def __init__(
        self,
        store: _store.LocalStore,
        client: _api.GenukaClient | None = None,
        *,
        policy: _sync.SyncPolicy | None = None,
        connect: Callable[[], _api.GenukaClient] | None = None,
    ) -> None:
        """``client``, or ``connect`` to make it when the server is first needed.

        With ``connect``, opening the service reads only the local files: the
        list is painted from them before the HTTP client, the token and the
        sync engine are loaded (they come with the first sync or request).
        """
        if client is None and connect is None:
            raise ValueError("give the client, or how to make it")
        self._core = core = ServiceCore(store, client, policy=policy, connect=connect)
        self._machinery_loaded = False
        self._task: asyncio.Task[None] | None = None
        self.changes = Changes(core)
        self.payments = Payments(core, self.changes)
        self.sales = Sales(core, self.changes, self.payments)
        self.orders = Orders(core, self.sales)
        self.customers = Customers(core, self.orders)
        self.catalog = Catalog(core)
        self.shop = Shop(core, self.payments)
        self.account = Account(core)
        self.till = Till(core, self.payments)
        self.send = Sending(core, self.shop)  # to the customer: Genuka's e-mail (notify), the WhatsApp link
        self.credit_book = CreditBook(core)
        self.discounts = Discounts(core)  # the shop's discounts: codes, automatic ones (offline rules)
        # A clerk's own discount, the manager's limit, and the shop's discounts laid on a sale.
        self.manual_discounts = ManualDiscounts(core, self.orders, self.discounts)
        self.returns = Returns(core, self.payments, self.till)  # goods back, their approval, the money back

    @property
    def closed(self) -> bool:
        """True once :meth:`close` (or :meth:`close_files`) ran: views still on screen stop reading."""
        return self._core.closed

    # -- events --------------------------------------------------------------

    def subscribe(self, listener: Callable[[_sync.Event], None]) -> Callable[[], None]:
        """Call ``listener`` with every event; returns a function that stops it."""
        listeners = self._core.listeners
        listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                listeners.remove(listener)

        return unsubscribe

    # -- background sync -----------------------------------------------------

    def start(self) -> None:
        """Run sync in the background (the GUI); the CLI calls :meth:`sync` instead."""
        import asyncio  # loaded with the loop, not before the list is painted

        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._background())

    async def _machinery(self) -> None:
        """The engine's and the HTTP stack's modules, loaded once in a worker thread before the first sync.

        They cost ~100 ms of imports (the write models' pydantic schemas, anyio
        for httpcore's first connection); on the loop's thread, which is the
        GUI's, the list would freeze that long at the start. A step that needs
        them sooner imports them itself (waiting for a module the worker is
        loading): nothing depends on this having run.
        """
        if self._machinery_loaded or self._core.made_engine is not None:
            return
        import asyncio  # loaded with the loop, not before the list is painted

        await asyncio.to_thread(load_modules, (*_api.FIRST_REQUEST_MODULES, *ENGINE_MODULES))
        self._machinery_loaded = True

    async def _background(self) -> None:
        await self._machinery()
        # The daily full check comes before the first sync, not beside it: a rebuild
        # under a running pull would leave a cursor over a half-filled cache.
        if self._core.store.files.cache_check_due():
            await self.check_cache()
        await self._core.engine.run_forever()

    async def check_cache(self) -> bool:
        """Check the whole cache file off the loop; a damaged one is set aside and fetched again.

        True when it was sound. The change queue is a separate file and is
        never touched: its changes are laid again on the orders as they come.
        """
        import asyncio  # loaded with the loop, not before the list is painted

        core = self._core
        if await asyncio.to_thread(core.store.files.cache_is_sound):
            return True
        log.error("the full check found the order cache damaged; rebuilding it from the server")
        core.store.files.rebuild_cache()
        core.emit(_sync.CacheRebuilt(str(core.store.files.cache_moved_to or "")))
        core.emit(_sync.OrdersChanged((), bulk=True))
        core.emit(_sync.queue_event(core.store))
        core.engine.wake()
        return False

    @property
    def cache_rebuilt(self) -> bool:
        """Whether the local copy of the orders was damaged and is being fetched again."""
        return self._core.store.files.cache_rebuilt

    @property
    def cache_moved_to(self) -> Path | None:
        """Where a damaged local copy was set aside (None: it was not)."""
        return self._core.store.files.cache_moved_to

    def set_pull_interval(self, seconds: float) -> None:
        """How often to look for colleagues' changes and new orders while online (the clerk's preference)."""
        core = self._core
        if core.made_engine is None:
            base = core.policy or _sync.SyncPolicy()
            core.policy = replace(base, pull_interval=max(10.0, float(seconds)))  # the engine starts with it
            return
        engine = core.made_engine
        engine.policy = replace(engine.policy, pull_interval=max(10.0, float(seconds)))

    def set_language(self, language: str) -> None:
        """The language the server answers in (its messages reach the clerk)."""
        if self._core.made_client is None:
            self._core.language = language  # the client is made with it
        else:
            self._core.made_client.set_language(language)

    async def sync(self, *, full: bool = False, pull: bool = True) -> _sync.SyncReport:
        """Sync now: push every waiting change, then pull (``full`` re-reads every order)."""
        await self._machinery()
        return await self._core.engine.sync(full=full, pull=pull, force=True)

    @property
    def last_sync(self) -> datetime | None:
        """When a sync last ended without error (None: not in this session)."""
        engine = self._core.made_engine
        return None if engine is None else engine.last_success

    @property
    def online(self) -> bool | None:
        """Whether the server was reachable at the last try (None: not tried yet)."""
        engine = self._core.made_engine
        return None if engine is None else engine.online

    async def diagnose(self, profile: Profile, *, logged_in: bool) -> DoctorReport:
        """``doctor`` and Help > Diagnostics: the server looked at (nothing written), the files checked."""
        from .doctor import diagnose

        return await diagnose(self._core.store, self._core.client, profile, logged_in=logged_in)

    # -- closing -------------------------------------------------------------

    async def stop(self) -> None:
        """Stop the background sync (what is queued stays queued)."""
        import asyncio  # loaded with the loop, not before the list is painted

        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def close_files(self) -> None:
        """Close the database of a service that never reached the server (no sync, no client made)."""
        if self._task is not None or self._core.made_client is not None:
            raise RuntimeError("this service went online: close it with close()")
        self._core.closed = True
        self._core.store.close()

    async def close(self) -> None:
        """Stop syncing, close the connection pool and the database."""
        self._core.closed = True
        await self.stop()
        await self.returns.scopes.stop()
        if self._core.made_client is not None:
            await self._core.made_client.aclose()
        self._core.store.close()
