"""The change queue as the clerk sees it: what waits, what was refused or is in conflict, and what to do with it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from .errors import ChangeNotFound, ServiceError

if TYPE_CHECKING:
    from .core import ServiceCore

log = logging.getLogger(__name__)

MAYBE_CREATED = (
    "This sale may already be on the server (a try got no answer): the next sync checks it. "
    "Discard it after that if it was not created."
)
SALE_FOUND = "This sale is on the server, as {reference}: it was kept, not changed or discarded."


class Changes:
    """The queue: read it, settle a conflict, keep a refusal's accepted part, retry or discard a change."""

    def __init__(self, core: ServiceCore) -> None:
        """The capability over ``core``'s queue."""
        self._core = core

    def queue(self, *, include_sent: bool = False) -> list[_store.Change]:
        """The change queue, oldest first (sent ones too when asked)."""
        if include_sent:
            return self._core.store.queue.changes()
        return self._core.store.queue.changes(states=_store.ACTIVE_STATES)

    def get(self, change_id: str) -> _store.Change:
        """One change by id (or a unique prefix); raises :class:`ChangeNotFound`."""
        found = self._core.store.queue.change(change_id)
        if found is None:
            raise ChangeNotFound(f"No queued change {change_id!r}.")
        return found

    def unsent_count(self) -> int:
        """How many changes have not reached the server (waiting, refused or in conflict)."""
        return self._core.store.queue.unsent_count()

    def counts(self) -> _sync.QueueCounts:
        """How many changes wait, were refused, or are in conflict (as the queue events say)."""
        return _sync.queue_event(self._core.store)

    async def resolve(self, change_id: str, keep: _models.Keep | str) -> _store.Change:
        """Settle a conflict: ``mine`` sends the clerk's values over theirs; ``theirs`` drops the clerk's."""
        change = self.get(change_id)
        if change.state is not _store.ChangeState.CONFLICT:
            raise ServiceError(f"Change {change.id[:8]} is not in conflict (it is {change.state.value}).")
        try:
            keep = _models.Keep(keep)
        except ValueError as exc:
            raise ServiceError("Keep 'mine' or 'theirs'.") from exc
        queue = self._core.store.queue
        result = queue.keep_mine(change.id) if keep is _models.Keep.MINE else queue.discard(change.id)
        log.info("conflict of change %s settled: keep %s", change.id, keep)
        self._core.changed((change.order_id,))
        return result

    def accepted_part(self, change_id: str) -> _models.OrderEdit | None:
        """What a refused change would still send without the part the server named (None: nothing to split)."""
        change = self.get(change_id)
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
            change = self._core.store.queue.narrow(change_id, rest)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("change %s: the refused part dropped, the rest goes out again", change_id)
        self._core.changed((change.order_id,))
        return change

    async def retry(self, change_id: str) -> _store.Change:
        """Send a refused or waiting change again at the next push (now, when online)."""
        change = self.get(change_id)
        try:
            result = self._core.store.queue.retry_now(change.id)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        self._core.changed((change.order_id,))
        return result

    async def discard(self, change_id: str) -> _store.Change:
        """Drop an unsent change; the order shows the server's version again."""
        change = self.get(change_id)
        await self.ensure_not_created(change)
        try:
            result = self._core.store.queue.discard(change.id)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("change %s discarded by the clerk", change.id)
        self._core.changed((change.order_id,))
        return result

    async def ensure_not_created(self, change: _store.Change) -> None:
        """A sale that may be on the server (a try got no answer, or a 500) is looked for before it is undone.

        Discarding a queued creation and correcting it (``service.sales.fix``)
        both ask this first. Returns when it is certainly not there (its
        "posted" mark is cleared); raises :class:`ServiceError` when it is (it
        is then kept as created) or when the server cannot be asked now.
        """
        if change.kind is not _store.ChangeKind.CREATE or not change.posted or change.draft is None:
            return
        import time

        from .. import api as _api
        from ..sync.creations import find_created

        sales = self._core.store.sales
        if change.settle_until > time.time():
            raise ServiceError(MAYBE_CREATED)  # the try may still be under way at the server
        if change.base.get("asked"):
            sales.clear_posted(change.id)  # the server cannot recognise it: the clerk checked and decided
            return
        client = self._core.client
        if not sales.keeps_created_at(client.base_url):
            # A look could not recognise it there: the clerk checks the server first, then decides.
            from ..models.held import UNSURE_SALE

            sales.mark_sale_unsure(change.id, UNSURE_SALE)
            self._core.changed((change.order_id,))
            raise ServiceError(UNSURE_SALE)
        try:
            found = await find_created(client, change.draft)
        except _api.GenukaError as exc:
            raise ServiceError(f"{MAYBE_CREATED} ({exc.message})") from exc
        if found is not None:
            sales.mark_created(change.id, found)
            self._core.changed((change.order_id, str(found.id)))
            raise ServiceError(SALE_FOUND.format(reference=found.reference or ""))
        sales.clear_posted(change.id)
