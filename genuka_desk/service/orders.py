"""Orders: the list and one order from the local copy (offline too), and their edits through the queue."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import api as _api
from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from ..models.owed import partly_paid_problems
from .discount_limit import DiscountLimit, edited_lines
from .errors import InvalidEdit, OrderNotFound, ServiceError

if TYPE_CHECKING:
    from .core import ServiceCore
    from .export import CsvWords
    from .sales import Sales

log = logging.getLogger(__name__)

UNCHANGEABLE = (
    "The server sent something unexpected for this order (its data is nested too deeply): "
    "it can be read here but not changed. Change it in the Genuka dashboard."
)
NOT_CREATED_YET = "This sale is not on the server yet: it has no history there."


@dataclass(frozen=True)
class OrderList:
    """One window of the order list and how many orders match in all."""

    rows: list[_store.OrderRow]
    total: int


class Orders:
    """Read the list and one order, fetch one fresh, and queue an order's edits and status changes."""

    def __init__(self, core: ServiceCore, sales: Sales) -> None:
        """The capability over ``core``; an edit of a sale not created yet goes into it through ``sales``."""
        self._core = core
        self._sales = sales
        self._limit = DiscountLimit(core)  # the clerk's own discounts judged on the lines as edited

    # -- the list ----------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once the service is closed (a list outliving its session stops reading)."""
        return self._core.closed

    async def listing(self, query: _store.ListQuery | None = None) -> OrderList:
        """Orders from the cache: filters, search, sort, window, and the total count (off the loop)."""
        import asyncio  # loaded with the loop, not before the list is painted

        query = query or _store.ListQuery()
        rows, total = await asyncio.to_thread(lambda: (self.rows(query), self.count(query)))
        return OrderList(rows=rows, total=total)

    def rows(self, query: _store.ListQuery) -> list[_store.OrderRow]:
        """One window of the list, read now (a few ms from the cache): for table models that page lazily."""
        sale = self._created_sale(query)
        if sale is not None:
            end = None if query.limit is None else query.offset + query.limit
            return sale[query.offset : end]
        return self._core.store.search.list_rows(query)

    def count(self, query: _store.ListQuery) -> int:
        """How many cached orders match ``query``, counted now."""
        sale = self._created_sale(query)
        return len(sale) if sale is not None else self._core.store.search.count_rows(query)

    def _created_sale(self, query: _store.ListQuery) -> list[_store.OrderRow] | None:
        """A search for a sale's temporary reference (``DESK-0007``, on its receipt) once the server created it:
        that order, if the other filters keep it (None: another search).

        The server's body, which the search words are read from, no longer names the desk's reference.
        """
        key = query.search.strip().upper()
        if not key or not key.startswith(_models.LOCAL_REFERENCE_PREFIX):  # (no search: the models stay unloaded)
            return None
        order_id = self._core.store.sales.created_id(key)
        if order_id is None:
            return None  # not created yet: its own row holds the reference
        search = self._core.store.search
        row = search.row(order_id)
        if row is None:
            return []
        # The other filters, over the few orders its reference's words find.
        near = replace(query, search=row.reference or order_id, offset=0, limit=None)
        return [r for r in search.list_rows(near) if r.id == order_id]

    def count_all(self) -> int:
        """How many orders the local copy holds."""
        return self._core.store.cache.order_count()

    def row(self, order_id: str) -> _store.OrderRow | None:
        """The list row of one order, read now."""
        return self._core.store.search.row(order_id)

    def ghosts_shown(self) -> bool:
        """True when the clerk asked for anonymous ("ghost") orders too."""
        return self._core.store.cache.get_meta(_sync.GHOSTS_KEY) == "1"

    def show_ghosts(self, shown: bool) -> None:
        """Include anonymous ("ghost") orders in the pulls, or not; the next pull re-reads every order."""
        if shown == self.ghosts_shown():
            return
        self._core.store.cache.set_meta(_sync.GHOSTS_KEY, "1" if shown else None)
        self._core.store.cache.set_meta(_sync.FULL_KEY, None)
        self._core.engine.wake()

    async def export_csv(self, query: _store.ListQuery, path: Path, words: CsvWords) -> int:
        """Write every order matching ``query`` (not only a window of it) to ``path`` as CSV, off the loop.

        Returns how many orders were written; an unwritable file raises :class:`OSError`.
        """
        import asyncio  # loaded with the loop, not before the list is painted

        whole = replace(query, offset=0, limit=None)
        from .export import write_orders_csv

        search = self._core.store.search
        return await asyncio.to_thread(lambda: write_orders_csv(search.list_rows(whole), path, words))

    # -- one order ---------------------------------------------------------------------------

    def find(self, key: str) -> str | None:
        """The order whose id or whole reference is ``key`` (a scanned order barcode), else None."""
        store = self._core.store
        return store.search.find_order_id(key) or store.sales.created_id(key.strip())

    def cached(self, order_id: str) -> _models.Order | None:
        """One order as the clerk sees it, read now (None when not cached)."""
        return self._core.store.cache.order(order_id)

    async def get(self, key: str) -> _models.Order:
        """One order as the clerk sees it (server body plus unsent changes)."""
        return self._core.order(key)

    async def refresh(self, key: str) -> _models.Order:
        """Fetch one order fresh from the server into the cache (offline: the cached one)."""
        try:
            order_id = self._core.order_id(key)
        except OrderNotFound:
            order_id = key
        if _models.is_local_id(order_id):
            return self._core.order(order_id)  # a sale not created yet: the local copy is all there is
        try:
            fresh = await self._core.client.get_order(order_id)
        except _api.NotFoundError as exc:
            raise OrderNotFound(f"No order {key!r} on the server.") from exc
        except _api.GenukaError as exc:
            log.info("could not refresh order %s: %s", key, exc.message)
            return self._core.order(order_id)
        changed = self._core.store.cache.save_server_orders([fresh])
        if changed:
            self._core.emit(_sync.OrdersChanged(tuple(changed)))
        return self._core.order(str(fresh.id))

    async def activities(self, order_id: str) -> list[_models.Activity]:
        """The server's history of one order, newest first (raises when offline)."""
        if _models.is_local_id(order_id):
            raise ServiceError(NOT_CREATED_YET)
        page = await self._core.client.list_activities(order_id, per_page=50)
        return list(page.items)

    def clock_skew(self) -> float | None:
        """The server's clock minus this computer's, in seconds, at its last answer (None: not known).

        The history's times are shown on this computer's clock with it.
        """
        if self._core.made_client is None:
            return None
        from ..api.capabilities import clock_skew

        return clock_skew(self._core.made_client.server_clock)

    def changes_of(self, order_id: str) -> list[_store.Change]:
        """The unsent changes of one order, oldest first."""
        return self._core.store.queue.active_changes(order_id)

    def history_of(self, order_id: str) -> list[_store.Change]:
        """Every change this computer made to one order (sent ones too), oldest first."""
        return self._core.store.queue.changes(order_id=order_id)

    # -- changing ----------------------------------------------------------------------------

    async def update(self, key: str, edit: _models.OrderEdit) -> _store.Change | None:
        """Validate an edit, queue it with its overlay, and wake sync. None when nothing changes.

        A refused change of this order still waiting for the clerk is amended
        instead (that is how the clerk fixes it and retries).
        """
        order_id = self._core.order_id(key)
        current = self._core.order(order_id)
        local = _models.is_local_id(order_id)
        if local:
            sale, edit = self._sales.fold(order_id, edit)
            if edit.is_empty():
                return sale
            current = self._core.order(order_id)
        store = self._core.store
        if (
            not local
            and not edit.is_status_only()
            and self._core.engine.online is not False
            and store.cache.needs_detail(order_id)
        ):
            # Known only from the list (no addresses, maybe no lines): read it in full first,
            # so the change is judged against what the server holds, not against a gap.
            current = await self.refresh(order_id)
        if _models.too_deep(current.raw_view):
            raise ServiceError(UNCHANGEABLE)
        problems = _models.validate_edit(current, edit) + partly_paid_problems(current, edit)
        if problems:
            raise InvalidEdit(problems)
        edit = edit.without_noops(current.raw_view)
        if edit.is_empty():
            return None
        if edit.lines or edit.added_lines:  # a quantity dropped under a fixed discount raises its share too
            before, after = edited_lines(current, edit)
            self._limit.check_lines(after, before)
        active = store.queue.active_changes(order_id)
        last = active[-1] if active else None
        if (
            last is not None
            and last.state is _store.ChangeState.FAILED
            and last.kind is not _store.ChangeKind.BULK_STATUS
        ):
            change = store.queue.amend(last.id, edit)
        else:
            kind = _store.ChangeKind.STATUS if edit.is_status_only() else _store.ChangeKind.UPDATE
            change = store.queue.enqueue(order_id, kind, edit)
        touched = ", ".join(edit.touched())
        log.info("queued change %s for order %s: %s", change.id, change.order_ref or order_id, touched)
        self._core.changed((order_id,))
        return change

    async def set_status(
        self, key: str, *, shipping: str | None = None, billing: str | None = None
    ) -> _store.Change | None:
        """Queue a fulfilment and/or payment status change (None when already so)."""
        return await self.update(key, status_edit(shipping, billing))

    async def bulk_set_status(
        self, keys: Iterable[str], *, shipping: str | None = None, billing: str | None = None
    ) -> list[_store.Change]:
        """Queue one status change over many orders; sent with the bulk endpoint."""
        edit = status_edit(shipping, billing)
        import uuid

        group = str(uuid.uuid4())
        store = self._core.store
        wanted: list[tuple[str, _models.OrderEdit]] = []
        ids = [self._core.order_id(key) for key in keys]
        for order_id in dict.fromkeys(ids):
            order = store.cache.order(order_id)
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
        bulk = _store.ChangeKind.BULK_STATUS
        changes = [store.queue.enqueue(order_id, bulk, own, group_id=group) for order_id, own in wanted]
        if changes:
            log.info("queued a bulk status change over %d orders (group %s)", len(changes), group)
            self._core.changed(tuple(c.order_id for c in changes))
        return changes


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
