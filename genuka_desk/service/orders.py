"""OrderService: the one door the GUI and the CLI use.

Plain asyncio, no Qt. Reads come from the local cache, so they work
offline; every change is validated, queued durably with its optimistic
overlay, and sent by the sync engine when the server can be reached.
Listeners get events (order changed, queue changed, online/offline, sync
progress, login needed); the GUI re-emits them as Qt signals.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import api as _api
from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from ..models.coerce import WAT
from ..models.owed import order_owes, partly_paid_problems
from .errors import ChangeNotFound, InvalidEdit, OrderNotFound, ServiceError

if TYPE_CHECKING:
    import asyncio

    from .doctor import DoctorReport
    from .export import CsvWords
    from .paper import PaperFacts
    from .profile import Profile

log = logging.getLogger(__name__)

UNCHANGEABLE = (
    "The server sent something unexpected for this order (its data is nested too deeply): "
    "it can be read here but not changed. Change it in the Genuka dashboard."
)
NOT_CREATED_YET = "This sale is not on the server yet: it has no history there."
LINES_NOT_CREATED_YET = "This sale is not on the server yet: its lines can be changed once it is (sync, then edit it)."
MAYBE_CREATED = (
    "This sale may already be on the server (a try got no answer): the next sync checks it. "
    "Discard it after that if it was not created."
)
SALE_FOUND = "This sale is on the server, as {reference}: it was kept, not changed or discarded."


@dataclass(frozen=True)
class CustomerOrders:
    """A customer's orders, what they paid of them and what they really owe (``models.owed``)."""

    rows: list[_store.OrderRow]
    spent: Decimal
    due: Decimal
    owed: dict[str, Decimal] = field(default_factory=dict)  # what is still owed on each order, by id


# The sync's own modules (the engine, the write models, the sender's lock), loaded with the first sync.
ENGINE_MODULES = ("genuka_desk.sync.engine",)


def load_modules(names: Iterable[str]) -> None:
    """Import ``names`` (in a worker thread: what they cost does not hold the event loop's thread)."""
    for name in names:
        importlib.import_module(name)


@dataclass(frozen=True)
class OrderList:
    """One window of the order list and how many orders match in all."""

    rows: list[_store.OrderRow]
    total: int


class OrderService:
    """Orders from the cache, changes through the queue, sync in the background."""

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
        self.closed = False  # set by close(): views still on screen stop reading
        self._store = store
        self._made_client = client
        self._connect = connect
        self._made_engine: _sync.SyncEngine | None = None
        self._machinery_loaded = False
        self._policy = policy
        self._language: str | None = None  # asked for before the client was made
        self._listeners: list[Callable[[_sync.Event], None]] = []
        self._task: asyncio.Task[None] | None = None
        self._methods: tuple[str, list[_models.PaymentMethod]] = ("", [])  # the kept list's text, parsed once

    @property
    def _client(self) -> _api.GenukaClient:
        if self._made_client is None:
            assert self._connect is not None
            self._made_client = self._connect()
            if self._language is not None:
                self._made_client.set_language(self._language)
        self._store.files.server_now = self._made_client.server_time  # bodies read in their own second (store.cache)
        return self._made_client

    @property
    def _engine(self) -> _sync.SyncEngine:
        if self._made_engine is None:
            self._made_engine = _sync.SyncEngine(self._store, self._client, policy=self._policy, emit=self._emit)
        return self._made_engine

    # -- events --------------------------------------------------------------

    def subscribe(self, listener: Callable[[_sync.Event], None]) -> Callable[[], None]:
        """Call ``listener`` with every event; returns a function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: _sync.Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:
                # A broken listener must not stop sync or the other listeners.
                log.exception("an event listener failed on %s", type(event).__name__)

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
        if self._machinery_loaded or self._made_engine is not None:
            return
        import asyncio  # loaded with the loop, not before the list is painted

        await asyncio.to_thread(load_modules, (*_api.FIRST_REQUEST_MODULES, *ENGINE_MODULES))
        self._machinery_loaded = True

    async def _background(self) -> None:
        await self._machinery()
        # The daily full check comes before the first sync, not beside it: a rebuild
        # under a running pull would leave a cursor over a half-filled cache.
        if self._store.files.cache_check_due():
            await self.check_cache()
        await self._engine.run_forever()

    async def check_cache(self) -> bool:
        """Check the whole cache file off the loop; a damaged one is set aside and fetched again.

        True when it was sound. The change queue is a separate file and is
        never touched: its changes are laid again on the orders as they come.
        """
        import asyncio  # loaded with the loop, not before the list is painted

        if await asyncio.to_thread(self._store.files.cache_is_sound):
            return True
        log.error("the full check found the order cache damaged; rebuilding it from the server")
        self._store.files.rebuild_cache()
        self._emit(_sync.CacheRebuilt(str(self._store.files.cache_moved_to or "")))
        self._emit(_sync.OrdersChanged((), bulk=True))
        self._emit(_sync.queue_event(self._store))
        self._engine.wake()
        return False

    @property
    def cache_rebuilt(self) -> bool:
        """Whether the local copy of the orders was damaged and is being fetched again."""
        return self._store.files.cache_rebuilt

    @property
    def cache_moved_to(self) -> Path | None:
        """Where a damaged local copy was set aside (None: it was not)."""
        return self._store.files.cache_moved_to

    def set_pull_interval(self, seconds: float) -> None:
        """How often to look for colleagues' changes and new orders while online (the clerk's preference)."""
        if self._made_engine is None:
            base = self._policy or _sync.SyncPolicy()
            self._policy = replace(base, pull_interval=max(10.0, float(seconds)))  # the engine starts with it
            return
        engine = self._made_engine
        engine.policy = replace(engine.policy, pull_interval=max(10.0, float(seconds)))

    def set_language(self, language: str) -> None:
        """The language the server answers in (its messages reach the clerk)."""
        if self._made_client is None:
            self._language = language  # the client is made with it
        else:
            self._made_client.set_language(language)

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
        if self._task is not None or self._made_client is not None:
            raise RuntimeError("this service went online: close it with close()")
        self.closed = True
        self._store.close()

    async def close(self) -> None:
        """Stop syncing, close the connection pool and the database."""
        self.closed = True
        await self.stop()
        if self._made_client is not None:
            await self._made_client.aclose()
        self._store.close()

    @property
    def online(self) -> bool | None:
        """Whether the server was reachable at the last try (None: not tried yet)."""
        return None if self._made_engine is None else self._made_engine.online

    # -- login ---------------------------------------------------------------

    async def login(self, email: str, password: str) -> _models.LoginResult:
        """Log in; the client uses the new token at once and sync resumes."""
        result = await self._client.login(email, password)
        self._engine.resume_auth()
        return result

    async def companies(self) -> list[_models.CompanyChoice]:
        """The companies the logged-in user belongs to (needs the server)."""
        return await self._client.list_companies()

    async def switch_company(self, company_id: str) -> _models.LoginResult:
        """Serve another of the user's companies: the server revokes the old token and gives a new one.

        The local copy and the queue belong to one company: the caller opens
        that company's own profile folder with the new token.
        """
        return await self._client.switch_company(company_id)

    async def log_out_server(self) -> bool:
        """Revoke the token on the server when it can be reached; False when it could not be (it then
        expires on its own; the desk forgets it either way)."""
        if self._engine.online is False or not self._client.has_token:
            return False
        try:
            await self._client.logout()
        except _api.GenukaError as exc:
            log.info("the server did not confirm the logout: %s", exc.message)
            return False
        return True

    # -- reading -------------------------------------------------------------

    async def list_orders(self, query: _store.ListQuery | None = None) -> OrderList:
        """Orders from the cache: filters, search, sort, window, and the total count."""
        import asyncio  # loaded with the loop, not before the list is painted

        query = query or _store.ListQuery()
        rows, total = await asyncio.to_thread(
            lambda: (self._store.search.list_rows(query), self._store.search.count_rows(query))
        )
        return OrderList(rows=rows, total=total)

    def rows(self, query: _store.ListQuery) -> list[_store.OrderRow]:
        """One window of the list, read now (a few ms from the cache): for table models that page lazily."""
        return self._store.search.list_rows(query)

    def count(self, query: _store.ListQuery) -> int:
        """How many cached orders match ``query``, counted now."""
        return self._store.search.count_rows(query)

    def ghost_orders_shown(self) -> bool:
        """True when the clerk asked for anonymous ("ghost") orders too."""
        return self._store.cache.get_meta(_sync.GHOSTS_KEY) == "1"

    def show_ghost_orders(self, shown: bool) -> None:
        """Include anonymous ("ghost") orders in the pulls, or not; the next pull re-reads every order."""
        if shown == self.ghost_orders_shown():
            return
        self._store.cache.set_meta(_sync.GHOSTS_KEY, "1" if shown else None)
        self._store.cache.set_meta(_sync.FULL_KEY, None)
        self._engine.wake()

    def row(self, order_id: str) -> _store.OrderRow | None:
        """The list row of one order, read now."""
        return self._store.search.row(order_id)

    def order_now(self, order_id: str) -> _models.Order | None:
        """One order as the clerk sees it, read now (None when not cached)."""
        return self._store.cache.order(order_id)

    async def activities(self, order_id: str) -> list[_models.Activity]:
        """The server's history of one order, newest first (raises when offline)."""
        if _models.is_local_id(order_id):
            raise ServiceError(NOT_CREATED_YET)
        page = await self._client.list_activities(order_id, per_page=50)
        return list(page.items)

    def server_clock_skew(self) -> float | None:
        """The server's clock minus this computer's, in seconds, at its last answer (None: not known)."""
        if self._made_client is None:
            return None
        from ..api.capabilities import clock_skew

        return clock_skew(self._made_client.server_clock)

    def search_catalog(self, text: str, limit: int = 20) -> list[_store.CatalogItem]:
        """Sellable variants whose words start with the typed ones ("cafe" finds "Café"); a whole SKU first."""
        return self._store.catalog.search_catalog(text, limit)

    def catalog_count(self) -> int:
        """How many sellable variants the local catalogue holds (0: not synced yet)."""
        return self._store.catalog.catalog_count()

    def catalog_item(self, key: str) -> _store.CatalogItem | None:
        """A variant by SKU, barcode, id or exact title."""
        return self._store.catalog.catalog_item(key)

    def search_customers(self, text: str, limit: int = 20) -> list[_store.CustomerRow]:
        """Customers by name or email word prefixes, or by a phone however typed (nothing typed: all, by name)."""
        return self._store.catalog.search_customers(text, limit)

    def customer_count(self) -> int:
        """How many customers the local copy holds."""
        return self._store.catalog.customer_count()

    def customer_by_phone(self, phone: str) -> _store.CustomerRow | None:
        """The known customer with this phone number (any of its usual forms)."""
        return self._store.catalog.customer_by_phone(phone)

    async def customer_orders(self, customer_id: str) -> CustomerOrders:
        """A customer's orders from the local copy, newest first, with what they paid and still owe."""
        customer = self.customer(customer_id)
        if customer is None:
            return CustomerOrders([], Decimal(0), Decimal(0))
        digits = _models.phone_digits(customer.phone)[-9:]
        found = await self.list_orders(_store.ListQuery(search=digits or customer.full_name, limit=None))
        rows, spent, due, owed_by = [], Decimal(0), Decimal(0), {}
        for row in found.rows:
            order = self._store.cache.order(row.id)
            if order is None:
                continue
            same = (order.customer is not None and str(order.customer.id) == str(customer.id)) or (
                digits and _models.phone_digits(order.customer_phone).endswith(digits)
            )
            if not same:
                continue
            rows.append(row)
            owed_by[row.id] = owed = order_owes(order)  # 0 when nothing is to be collected (models.owed)
            due += owed
            if not order.cancelled:
                spent += max((order.amount or Decimal(0)) - order.balance, Decimal(0))
        return CustomerOrders(rows, spent, due, owed_by)

    async def known_addresses(self, customer_id: str) -> list[dict[str, str]]:
        """Where a customer had things delivered: their own addresses, then their orders' (newest first).

        Each is ``line1``, ``city``, ``country``... as text, once each (the
        same street and city are one address). A sale sends the one chosen
        inline: an order's address row belongs to that order.
        """
        customer = self.customer(customer_id)
        if customer is None:
            return []
        found: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()

        def keep(address: Any) -> None:
            if not isinstance(address, dict):
                return
            fields = {
                k: str(v).strip() for k, v in address.items() if k in _models.ADDRESS_FIELDS and v not in (None, "")
            }
            key = (fields.get("line1", "").casefold(), fields.get("city", "").casefold())
            if fields.get("line1") and key not in seen:
                seen.add(key)
                found.append(fields)

        body = self._store.catalog.customer_body(str(customer.id)) or {}
        keep(body.get("default_address"))
        for address in body.get("addresses") or []:
            keep(address)
        for row in (await self.customer_orders(str(customer.id))).rows:
            order = self._store.cache.order(row.id)
            if order is not None and order.shipping_address is not None:
                keep(order.shipping_address.model_dump(mode="json"))
        return found

    def payment_methods(self) -> list[_models.PaymentMethod]:
        """The company's ways of taking payment (offline too): as the last sync kept them, else as orders carry them."""
        kept = self._store.cache.get_meta(_sync.METHODS_KEY)
        if kept:
            if self._methods[0] != kept:
                try:
                    items = json.loads(kept)
                except ValueError:
                    items = []
                methods = [_models.PaymentMethod.model_validate(i) for i in items if isinstance(i, dict)]
                self._methods = (kept, methods)
            return list(self._methods[1])
        for row in self._store.search.list_rows(_store.ListQuery(limit=40)):
            order = self._store.cache.order(row.id)
            if order is not None and order.company is not None and order.company.payment_methods:
                return list(order.company.payment_methods)
        return []

    def customer(self, key: str) -> _models.Customer | None:
        """A known customer by id or phone."""
        body = self._store.catalog.customer_body(key)
        if body is None:
            row = self._store.catalog.customer_by_phone(key)
            body = self._store.catalog.customer_body(row.id) if row is not None else None
        return None if body is None else _models.Customer.model_validate(body)

    def find_order(self, key: str) -> str | None:
        """The order whose id or whole reference is ``key`` (a scanned order barcode), else None."""
        return self._store.search.find_order_id(key) or self._store.sales.created_id(key.strip())

    def resolve_order_id(self, key: str) -> str:
        """An order id from an id or a reference; raises :class:`OrderNotFound`."""
        order_id = self._store.search.find_order_id(key) or self._store.sales.created_id(key.strip())
        if order_id is None:
            raise OrderNotFound(f"No order {key!r} in the local copy (try a sync).")
        return order_id

    async def get_order(self, key: str) -> _models.Order:
        """One order as the clerk sees it (server body plus unsent changes)."""
        order = self._store.cache.order(self.resolve_order_id(key))
        if order is None:
            raise OrderNotFound(f"No order {key!r} in the local copy (try a sync).")
        return order

    async def refresh_order(self, key: str) -> _models.Order:
        """Fetch one order fresh from the server into the cache (offline: the cached one)."""
        try:
            order_id = self.resolve_order_id(key)
        except OrderNotFound:
            order_id = key
        if _models.is_local_id(order_id):
            return await self.get_order(order_id)  # a sale not created yet: the local copy is all there is
        try:
            fresh = await self._client.get_order(order_id)
        except _api.NotFoundError as exc:
            raise OrderNotFound(f"No order {key!r} on the server.") from exc
        except _api.GenukaError as exc:
            log.info("could not refresh order %s: %s", key, exc.message)
            return await self.get_order(order_id)
        changed = self._store.cache.save_server_orders([fresh])
        if changed:
            self._emit(_sync.OrdersChanged(tuple(changed)))
        return await self.get_order(str(fresh.id))

    def changes_of(self, order_id: str) -> list[_store.Change]:
        """The unsent changes of one order, oldest first."""
        return self._store.queue.active_changes(order_id)

    def history_of(self, order_id: str) -> list[_store.Change]:
        """Every change this computer made to one order (sent ones too), oldest first."""
        return self._store.queue.changes(order_id=order_id)

    def queue(self, *, include_sent: bool = False) -> list[_store.Change]:
        """The change queue, oldest first (sent ones too when asked)."""
        if include_sent:
            return self._store.queue.changes()
        return self._store.queue.changes(states=_store.ACTIVE_STATES)

    def change(self, change_id: str) -> _store.Change:
        """One change by id (or a unique prefix); raises :class:`ChangeNotFound`."""
        found = self._store.queue.change(change_id)
        if found is None:
            raise ChangeNotFound(f"No queued change {change_id!r}.")
        return found

    # -- changing ------------------------------------------------------------

    async def update_order(self, key: str, edit: _models.OrderEdit) -> _store.Change | None:
        """Validate an edit, queue it with its overlay, and wake sync. None when nothing changes.

        A refused change of this order still waiting for the clerk is amended
        instead (that is how the clerk fixes it and retries).
        """
        order_id = self.resolve_order_id(key)
        current = await self.get_order(order_id)
        local = _models.is_local_id(order_id)
        if local:
            sale, edit = self._fold_into_sale(order_id, edit)
            if edit.is_empty():
                return sale
            current = await self.get_order(order_id)
        if (
            not local
            and not edit.is_status_only()
            and self._engine.online is not False
            and self._store.cache.needs_detail(order_id)
        ):
            # Known only from the list (no addresses, maybe no lines): read it in full first,
            # so the change is judged against what the server holds, not against a gap.
            current = await self.refresh_order(order_id)
        if _models.too_deep(current.raw_view):
            raise ServiceError(UNCHANGEABLE)
        problems = _models.validate_edit(current, edit) + partly_paid_problems(current, edit)
        if problems:
            raise InvalidEdit(problems)
        edit = edit.without_noops(current.raw_view)
        if edit.is_empty():
            return None
        active = self._store.queue.active_changes(order_id)
        last = active[-1] if active else None
        if (
            last is not None
            and last.state is _store.ChangeState.FAILED
            and last.kind is not _store.ChangeKind.BULK_STATUS
        ):
            change = self._store.queue.amend(last.id, edit)
        else:
            kind = _store.ChangeKind.STATUS if edit.is_status_only() else _store.ChangeKind.UPDATE
            change = self._store.queue.enqueue(order_id, kind, edit)
        touched = ", ".join(edit.touched())
        log.info("queued change %s for order %s: %s", change.id, change.order_ref or order_id, touched)
        self._changed((order_id,))
        return change

    def _fold_into_sale(self, order_id: str, edit: _models.OrderEdit) -> tuple[_store.Change, _models.OrderEdit]:
        """An edit of a sale not created yet: its draft takes what it can (lines, address, mode...).

        Returns the sale's change and what is left for a change of its own
        (statuses, the shipping amount). Lines of a sale that may already be
        on the server cannot be edited: they have no server ids yet.
        """
        sale = next((c for c in self._store.queue.active_changes(order_id) if c.kind is _store.ChangeKind.CREATE), None)
        if sale is None or sale.draft is None:
            raise OrderNotFound("This sale is no longer on this computer (it was discarded).")
        open_sale = not sale.posted and sale.state in (_store.ChangeState.PENDING, _store.ChangeState.FAILED)
        if not open_sale:
            if edit.lines or edit.removed_lines or edit.added_lines:
                raise ServiceError(LINES_NOT_CREATED_YET)
            return sale, edit
        draft, rest = _models.fold_edit(sale.draft, edit)
        if draft != sale.draft:
            problems = _models.validate_new_order(draft)
            if problems:
                raise InvalidEdit(problems)
            sale = self._store.sales.replace_new_order(sale.id, draft)
            log.info("sale %s changed before it was sent", sale.order_ref)
            self._changed((order_id,))
        return sale, rest

    async def create_order(self, draft: _models.NewOrder) -> _store.Change:
        """Take a sale: checked, kept at once under a temporary reference, and queued to be created.

        The phone number is kept in its normal form. A shipping amount follows
        the creation as a change of its own (it is not a create input). Raises
        :class:`InvalidEdit` when the sale cannot be queued; nothing is kept then.
        """
        draft = self._known_customer(checked_sale(self._with_account(draft)))
        if not draft.shop_id and self._client.shop_id:
            draft = draft.model_copy(update={"shop_id": self._client.shop_id})  # the desk's shop, as the profile says
        change = self._store.sales.enqueue_new_order(draft)  # with its shipping amount and its payment, at once
        log.info("took sale %s (%d line(s)); queued for creation", change.order_ref, len(draft.lines))
        self._changed((change.order_id,))
        return change

    def _known_customer(self, draft: _models.NewOrder) -> _models.NewOrder:
        """A sale typed for a new customer whose phone is a known customer's: theirs, named by id (record untouched)."""
        if draft.customer.id or not draft.customer.phone:
            return draft
        known = self._store.catalog.customer_by_phone(draft.customer.phone)
        if known is None:
            return draft
        log.info("the sale's phone is a known customer's: sold to them by id")
        return draft.model_copy(update={"customer": draft.customer.model_copy(update={"id": known.id})})

    def _with_account(self, draft: _models.NewOrder) -> _models.NewOrder:
        """A paid sale with the treasury account of its way of paying (a payment needs one)."""
        if not draft.paid_amount or draft.treasury_account_id or not draft.method:
            return draft
        return draft.model_copy(update={"treasury_account_id": self.account_of(draft.method)})

    async def record_payment(
        self,
        key: str,
        amount: Decimal,
        method: str,
        treasury_account_id: str | None = None,
        *,
        paid_on: date | None = None,
        tendered: Decimal | None = None,
        clerk: str | None = None,
    ) -> _store.Change:
        """Take a payment on an order: checked, shown at once (the balance falls), queued, sent once.

        The treasury account defaults to the one of the way of paying (the
        company's payment methods). Raises :class:`InvalidEdit` (nothing
        queued) when the amount is not more than 0 or more than the balance,
        or no way or account is known.
        """
        order_id = self.resolve_order_id(key)
        order = await self.get_order(order_id)
        if order.cancelled:
            raise ServiceError("This order is cancelled: it takes no payment.")
        account = treasury_account_id or self.account_of(method) or ""
        payment = _models.NewPayment(
            amount=amount,
            method=method.strip(),
            treasury_account_id=account,
            paid_on=paid_on or date.today(),
            tendered=tendered,
            clerk=clerk,
        )
        problems = _models.validate_payment(order.raw_view, payment)
        if problems:
            raise InvalidEdit(problems)
        change = self._store.payments.enqueue_payment(order_id, payment)
        log.info("queued a payment of %s (%s) for order %s", amount, payment.method, change.order_ref or order_id)
        self._changed((order_id,))
        return change

    async def delete_payment(self, key: str, payment_id: str) -> _store.Change:
        """Undo a payment (a clerk's mistake): one still queued is dropped, one on the server is deleted there."""
        order_id = self.resolve_order_id(key)
        waiting = next(
            (c for c in self._store.queue.active_changes(order_id) if c.payment and c.payment.local_id == payment_id),
            None,
        )
        if waiting is not None:
            return await self.discard(waiting.id)
        order = await self.get_order(order_id)
        if all(p.id != payment_id for p in order.payments):
            raise ServiceError("This payment is not on the order.")
        change = self._store.payments.enqueue_payment_removal(order_id, payment_id)
        log.info("queued the deletion of payment %s of order %s", payment_id, change.order_ref or order_id)
        self._changed((order_id,))
        return change

    def account_of(self, method: str) -> str | None:
        """The treasury account of a way of paying (by its processor or name), from the cached methods."""
        return _models.method_account(self.payment_methods(), method)

    def figures(self, now: datetime | None = None) -> _store.Figures:
        """The manager's figures from the local copy (instant, offline): today, this week, by status and channel.

        Days start at midnight in the shop's time (Douala's, as every time the
        desk shows); the week starts on Monday.
        """
        moment = (now or datetime.now(UTC)).astimezone(WAT)
        today = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        week = today - timedelta(days=today.weekday())
        days = [
            (str((week + timedelta(days=n)).date()), week + timedelta(days=n), week + timedelta(days=n + 1))
            for n in range(7)
        ]
        return self._store.figures.figures(today, week, days)

    def paper(self, key: str, clerk: str = "") -> PaperFacts:
        """What the printed documents of an order carry, from the local copy (works offline)."""
        order_id = self.resolve_order_id(key)
        order = self._store.cache.order(order_id)
        if order is None:
            raise OrderNotFound(f"No order {key} on this computer.")
        from .paper import paper_facts  # the documents' code loads with the first one printed

        return paper_facts(self._store, order, self.payment_methods(), clerk)

    def shop_country(self) -> str | None:
        """The shop's country as an ISO code (``CM``), from the company profile kept at the last sync.

        ``GET /admin/company`` gives ``address.country`` (19-company-settings.md: ``"CM"``); a
        country's name is read too. None before the first sync, or when the profile names none.
        """
        try:
            profile = json.loads(self._store.cache.get_meta(_sync.COMPANY_KEY) or "{}")
        except ValueError:
            return None
        address = profile.get("address") if isinstance(profile, dict) else None
        country = address.get("country") if isinstance(address, dict) else None
        return _models.country_code(country) if isinstance(country, str) else None

    def server_invoice_url(self, key: str) -> str | None:
        """The server's own invoice of the order (``GET /invoices/{orderId}/invoice``, a public route)."""
        order_id = self.resolve_order_id(key)
        return None if _models.is_local_id(order_id) else f"{self._client.base_url}/2023-11/invoices/{order_id}/invoice"

    def sale_of(self, key: str) -> _store.Change | None:
        """The creation of a sale not created on the server yet (None: it is there, or never was a sale here)."""
        order_id = self.resolve_order_id(key)
        if not _models.is_local_id(order_id):
            return None
        return next((c for c in self._store.queue.active_changes(order_id) if c.kind is _store.ChangeKind.CREATE), None)

    async def fix_sale(self, change_id: str, draft: _models.NewOrder) -> _store.Change:
        """The clerk corrected a refused (or unsent) sale: the new draft replaces it and goes out again.

        The temporary reference and the creation second stay. Raises
        :class:`InvalidEdit` when the draft is not a valid sale, and
        :class:`ServiceError` when the sale may already be on the server.
        """
        change = self.change(change_id)
        if change.kind is not _store.ChangeKind.CREATE:
            raise ServiceError("This change is not a sale.")
        draft = self._known_customer(checked_sale(self._with_account(draft)))
        await self._not_created(change)
        try:
            fixed = self._store.sales.replace_new_order(change.id, draft)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("sale %s corrected by the clerk; it goes out again", fixed.order_ref)
        self._changed((fixed.order_id,))
        return fixed

    async def set_status(
        self, key: str, *, shipping: str | None = None, billing: str | None = None
    ) -> _store.Change | None:
        """Queue a fulfilment and/or payment status change (None when already so)."""
        return await self.update_order(key, status_edit(shipping, billing))

    async def bulk_set_status(
        self, keys: Iterable[str], *, shipping: str | None = None, billing: str | None = None
    ) -> list[_store.Change]:
        """Queue one status change over many orders; sent with the bulk endpoint."""
        edit = status_edit(shipping, billing)
        import uuid

        group = str(uuid.uuid4())
        changes: list[_store.Change] = []
        wanted: list[tuple[str, _models.OrderEdit]] = []
        ids = [self.resolve_order_id(key) for key in keys]
        for order_id in dict.fromkeys(ids):
            order = self._store.cache.order(order_id)
            if order is None:
                continue
            if _models.too_deep(order.raw_view):
                raise ServiceError(UNCHANGEABLE)
            own = edit.without_noops(order.raw_view)
            if own.is_empty() or order.cancelled:
                continue  # already so, or cancelled (never written to)
            refused = partly_paid_problems(order, own)
            if refused:
                raise InvalidEdit(refused)  # nothing queued yet
            wanted.append((order_id, own))
        for order_id, own in wanted:
            changes.append(self._store.queue.enqueue(order_id, _store.ChangeKind.BULK_STATUS, own, group_id=group))
        if changes:
            log.info("queued a bulk status change over %d orders (group %s)", len(changes), group)
            self._changed(tuple(c.order_id for c in changes))
        return changes

    def _changed(self, order_ids: tuple[str, ...]) -> None:
        self._emit(_sync.OrdersChanged(order_ids))
        self._emit(_sync.queue_event(self._store))
        self._engine.wake()

    async def sync(self, *, full: bool = False, pull: bool = True) -> _sync.SyncReport:
        """Sync now: push every waiting change, then pull (``full`` re-reads every order)."""
        await self._machinery()
        return await self._engine.sync(full=full, pull=pull, force=True)

    @property
    def last_sync(self) -> datetime | None:
        """When a sync last ended without error (None: not in this session)."""
        return None if self._made_engine is None else self._made_engine.last_success

    async def resolve(self, change_id: str, keep: _models.Keep | str) -> _store.Change:
        """Settle a conflict: ``mine`` sends the clerk's values over theirs; ``theirs`` drops the clerk's."""
        change = self.change(change_id)
        if change.state is not _store.ChangeState.CONFLICT:
            raise ServiceError(f"Change {change.id[:8]} is not in conflict (it is {change.state.value}).")
        try:
            keep = _models.Keep(keep)
        except ValueError as exc:
            raise ServiceError("Keep 'mine' or 'theirs'.") from exc
        result = (
            self._store.queue.keep_mine(change.id)
            if keep is _models.Keep.MINE
            else self._store.queue.discard(change.id)
        )
        log.info("conflict of change %s settled: keep %s", change.id, keep)
        self._changed((change.order_id,))
        return result

    def accepted_part(self, change_id: str) -> _models.OrderEdit | None:
        """What a refused change would still send without the part the server named (None: nothing to split)."""
        change = self.change(change_id)
        if (
            change.state is not _store.ChangeState.FAILED
            or not change.field_errors
            or change.kind
            in (
                _store.ChangeKind.CREATE,
                _store.ChangeKind.PAYMENT,
                _store.ChangeKind.PAYMENT_REMOVAL,
            )
        ):
            return None
        rest = change.edit.without(change.field_errors)
        return None if rest == change.edit or rest.is_empty() else rest

    async def keep_accepted(self, change_id: str) -> _store.Change:
        """Send the rest of a refused change (an address) without its refused part (a removed line)."""
        rest = self.accepted_part(change_id)
        if rest is None:
            raise ServiceError("The server's refusal covers the whole change: fix it or undo it.")
        try:
            change = self._store.queue.narrow(change_id, rest)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("change %s: the refused part dropped, the rest goes out again", change_id)
        self._changed((change.order_id,))
        return change

    async def retry(self, change_id: str) -> _store.Change:
        """Send a refused or waiting change again at the next push (now, when online)."""
        change = self.change(change_id)
        try:
            result = self._store.queue.retry_now(change.id)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        self._changed((change.order_id,))
        return result

    async def discard(self, change_id: str) -> _store.Change:
        """Drop an unsent change; the order shows the server's version again."""
        change = self.change(change_id)
        await self._not_created(change)
        try:
            result = self._store.queue.discard(change.id)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("change %s discarded by the clerk", change.id)
        self._changed((change.order_id,))
        return result

    async def _not_created(self, change: _store.Change) -> None:
        """A sale that may be on the server (a try got no answer, or a 500) is looked for before it is undone.

        Returns when it is certainly not there (its "posted" mark is cleared);
        raises :class:`ServiceError` when it is (it is then kept as created) or
        when the server cannot be asked now.
        """
        if change.kind is not _store.ChangeKind.CREATE or not change.posted or change.draft is None:
            return
        import time

        from .. import api as _api
        from ..sync.creations import find_created

        if change.settle_until > time.time():
            raise ServiceError(MAYBE_CREATED)  # the try may still be under way at the server
        if change.base.get("asked"):
            self._store.sales.clear_posted(change.id)  # the server cannot recognise it: the clerk checked and decided
            return
        if not self._store.sales.keeps_created_at(self._client.base_url):
            # A look could not recognise it there: the clerk checks the server first, then decides.
            from ..models.held import UNSURE_SALE

            self._store.sales.mark_sale_unsure(change.id, UNSURE_SALE)
            self._changed((change.order_id,))
            raise ServiceError(UNSURE_SALE)
        try:
            found = await find_created(self._client, change.draft)
        except _api.GenukaError as exc:
            raise ServiceError(f"{MAYBE_CREATED} ({exc.message})") from exc
        if found is not None:
            self._store.sales.mark_created(change.id, found)
            self._changed((change.order_id, str(found.id)))
            raise ServiceError(SALE_FOUND.format(reference=found.reference or ""))
        self._store.sales.clear_posted(change.id)

    def unsent_count(self) -> int:
        """How many changes have not reached the server (waiting, refused or in conflict)."""
        return self._store.queue.unsent_count()

    def order_count(self) -> int:
        """How many orders the local copy holds."""
        return self._store.cache.order_count()

    async def export_csv(self, query: _store.ListQuery, path: Path, words: CsvWords) -> int:
        """Write every order matching ``query`` (not only a window of it) to ``path`` as CSV, off the loop.

        Returns how many orders were written; an unwritable file raises :class:`OSError`.
        """
        import asyncio  # loaded with the loop, not before the list is painted

        whole = replace(query, offset=0, limit=None)
        from .export import write_orders_csv

        return await asyncio.to_thread(lambda: write_orders_csv(self._store.search.list_rows(whole), path, words))

    def queue_counts(self) -> _sync.QueueCounts:
        """How many changes wait, were refused, or are in conflict (as the queue events say)."""
        return _sync.queue_event(self._store)

    async def diagnose(self, profile: Profile, *, logged_in: bool) -> DoctorReport:
        """``doctor`` and Help > Diagnostics: the server looked at (nothing written), the files checked."""
        from .doctor import diagnose

        return await diagnose(self._store, self._client, profile, logged_in=logged_in)


def checked_sale(draft: _models.NewOrder) -> _models.NewOrder:
    """The sale with its phone in the normal form; raises :class:`InvalidEdit` when it is not a valid sale."""
    phone = _models.normal_phone(draft.customer.phone) if draft.customer.phone else None
    if phone is not None:
        draft = draft.model_copy(update={"customer": draft.customer.model_copy(update={"phone": phone})})
    problems = _models.validate_new_order(draft)
    if problems:
        raise InvalidEdit(problems)
    return draft


def status_edit(shipping: str | None, billing: str | None) -> _models.OrderEdit:
    """The edit that sets the given statuses (validated like any edit)."""
    if shipping is None and billing is None:
        raise ServiceError("Give a shipping status, a billing status, or both.")
    fields: dict[str, Any] = {}
    for key, value, enum in (
        (_models.STATUS_KEYS[0], shipping, _models.ShippingStatus),
        (_models.STATUS_KEYS[1], billing, _models.BillingStatus),
    ):
        if value is None:
            continue
        parsed = enum.parse(value)
        if parsed.value == "unknown":
            allowed = ", ".join(s.value for s in enum.settable())
            raise InvalidEdit(
                [_models.FieldProblem(key, "status_unknown", f"Unknown status {value!r}; one of: {allowed}.")]
            )
        fields[key] = parsed.value
    return _models.OrderEdit(fields=fields)
