"""Sales and payments through Mobile Sync's ``sync/push``, the documented idempotency key (19-company-settings.md).

``POST /admin/sync/push`` takes operations with an ``idempotency_key``
("Unique key to deduplicate retries"): a retry with the same key is applied
at most once, so a sale or a payment whose answer was lost is sent again with
its key instead of being looked for. The key is the operation's (``Change.key``),
made once when the clerk took the sale or the payment and kept in the queue.

The payload of each entity type is thinly documented (the example order
carries ``customer_id``, ``amount``, ``shop_id``). So a shape is trusted on a
server only once the server took it and the order read back matches what
the clerk took (lines, customer, amounts for a sale; the payment on the order
for a payment). A server that refuses the shape, or makes something else of
it, is not sent it again: the classic endpoints, always the fallback, take
over. A sale made wrong is put right at once with the classic update (its
lines and customer as taken); if even that does not match, the clerk is told.

Whether the server has ``sync/push`` is the kept look of
``store.capabilities`` (the one ``doctor`` shows), made once without writing
when none is kept. Per entity type, whether its shape is trusted or refused
is kept in the queue's file (``store.sales.server_flag``). A try that went through
``sync/push`` is only ever tried again through it, with its key, whatever was
learnt since: the key is what keeps it from being made twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..api import GenukaClient, GenukaError, RouteNotFoundError, ValidationError
from ..api.capabilities import has_sync_push
from ..models import NewOrder, NewPayment, Order, is_our_payment
from ..models.capabilities import ServerCapabilities
from ..models.held import MADE_WRONG
from ..store import Change, LocalStore
from ..store.capabilities import keep_capabilities, kept_capabilities

log = logging.getLogger(__name__)

SHAPE = "sync_shape."  # + entity type: "trusted" / "refused"


class ShapeRefused(Exception):
    """The server did not apply the operation (a 422, or ``success: false``): nothing was made; go the classic way."""


class Mismatch(Exception):
    """The server made something other than what the clerk took, and it could not be put right."""

    def __init__(self, order: Order | None, message: str) -> None:
        super().__init__(message)
        self.order = order
        self.message = message


def _lines(order: Order) -> Counter[tuple[int, Decimal]]:
    return Counter((int(line.quantity or 0), Decimal(line.price or 0).normalize()) for line in order.lines)


def sale_mismatch(order: Order, draft: NewOrder) -> str | None:
    """What differs between the server's ``order`` and the sale ``draft`` (None: it is the sale)."""
    mine = Counter((line.quantity, line.price.normalize()) for line in draft.lines)
    if _lines(order) != mine:
        return "lines"
    customer = draft.customer
    theirs = order.customer
    if customer.id and (theirs is None or str(theirs.id) != customer.id):
        return "customer"
    return None  # a total of the server's own (taxes, discounts) is its pricing, as on the classic endpoint


class MobilePush:
    """Sends a sale or a payment through ``sync/push`` where the server has it and its shape is trusted."""

    def __init__(self, client: GenukaClient, store: LocalStore) -> None:
        self.client = client
        self.store = store

    def _flag(self, name: str) -> str | None:
        return self.store.sales.server_flag(self.client.base_url, name)

    def _set(self, name: str, value: str) -> None:
        self.store.sales.set_server_flag(self.client.base_url, name, value)

    async def usable(self, entity: str) -> bool:
        """Whether new ``entity`` creations go through ``sync/push``: the server has it, its shape is not refused."""
        return self._flag(SHAPE + entity) != "refused" and await self.has_push()

    async def has_push(self) -> bool:
        """Whether the server has ``sync/push`` (the kept look; looked at once, without writing, when none is kept)."""
        kept = kept_capabilities(self.store.cache, self.client.base_url)
        if kept is not None and kept.sync_push is not None:
            return kept.sync_push
        try:
            has = await has_sync_push(self.client)
        except GenukaError as exc:
            log.info("whether the server has sync/push is not known yet (%s)", exc.message)
            return False  # the classic way this time; looked at again next time
        self._keep(has)
        log.info("the server %s sync/push", "has" if has else "has no")
        return has

    def _keep(self, has: bool) -> None:
        keep_capabilities(
            self.store.cache, self.client.base_url, ServerCapabilities(sync_push=has, checked_at=datetime.now(UTC))
        )

    async def _push(self, change: Change, entity: str, local_id: str, payload: dict[str, Any]) -> str | None:
        """One create operation, with the operation's key (made once, kept across tries); the id of what it made."""
        operation = {
            "idempotency_key": change.key,
            "entity_type": entity,
            "operation": "create",
            "local_id": local_id,
            "payload": payload,
        }
        try:
            (result,) = await self.client.sync_push([operation], request_id=change.key)
        except RouteNotFoundError as exc:
            self._keep(False)  # gone from this server: nothing was applied at an address that is not there
            raise ShapeRefused(exc.message) from exc
        except ValidationError as exc:
            # The whole request refused (422): nothing applied, and this shape is not for this server.
            self._refuse(entity, exc.message)
            raise ShapeRefused(exc.message) from exc
        if not result["success"]:
            self._refuse(entity, result["error"] or "no reason given")
            raise ShapeRefused(result["error"] or "")
        return result["server_id"]

    def _refuse(self, entity: str, why: str) -> None:
        if self._flag(SHAPE + entity) == "trusted":
            # Taken as sent before: this refusal is about this one (a business rule), not the shape.
            log.info("the server did not apply a %s through sync/push (%s); this one goes classic", entity, why)
            return
        log.warning("the server did not apply a %s through sync/push (%s); the classic endpoint from now", entity, why)
        self._set(SHAPE + entity, "refused")

    async def create_sale(self, change: Change) -> Order:
        """Make the sale through ``sync/push``: the server's order, read back and matching the sale.

        Raises :class:`ShapeRefused` (nothing made), :class:`Mismatch` (made,
        wrong, not put right) or a :class:`GenukaError` (maybe made: the
        retry sends the same key).
        """
        draft = change.draft
        assert draft is not None
        payload = draft.create_body()
        if draft.customer.id:
            payload["customer_id"] = draft.customer.id  # the documented example's way of naming the customer
        server_id = await self._push(change, "order", change.local_id or change.order_id, payload)
        if server_id is None:
            raise Mismatch(None, "The server made the sale through Mobile Sync without saying which order it is.")
        order = await self.client.get_order(server_id)
        differs = sale_mismatch(order, draft)
        if differs is None:
            self._trust("order")
            return order
        log.warning("sale %s made through sync/push differs in its %s; put right", change.order_ref, differs)
        self._set(SHAPE + "order", "refused")
        body: dict[str, Any] = {"products": payload["products"], "customer": payload["customer"]}
        fixed = await self.client.update_order(server_id, body, request_id=change.key)
        if sale_mismatch(fixed, draft) is not None:
            raise Mismatch(fixed, MADE_WRONG.format(reference=fixed.reference or server_id, what=differs))
        return fixed

    async def pay(self, change: Change, payment: NewPayment, known: set[str]) -> Order:
        """Record the payment through ``sync/push``; the order read back, showing it.

        Raises :class:`ShapeRefused` (nothing recorded), :class:`Mismatch`
        (accepted, not on the order) or a :class:`GenukaError` (maybe recorded).
        """
        payload = {"order_id": change.order_id, **payment.body()}
        await self._push(change, "payment", change.local_id or payment.local_id, payload)
        order = await self.client.get_order(change.order_id)
        if not any(is_our_payment(p, payment, known) for p in order.payments):
            self._set(SHAPE + "payment", "refused")
            raise Mismatch(order, "")
        self._trust("payment")
        return order

    def _trust(self, entity: str) -> None:
        if self._flag(SHAPE + entity) != "trusted":
            log.info("the server took a %s through sync/push as sent: trusted", entity)
            self._set(SHAPE + entity, "trusted")
