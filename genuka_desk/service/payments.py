"""Payments: the company's ways of paying, and a payment taken on an order or undone."""

from __future__ import annotations

import json
import logging
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from .errors import InvalidEdit, ServiceError

if TYPE_CHECKING:
    from .changes import Changes
    from .core import ServiceCore

log = logging.getLogger(__name__)


class Payments:
    """Take a payment, undo one, and know the ways of paying (offline too)."""

    def __init__(self, core: ServiceCore, changes: Changes) -> None:
        """The capability over ``core``; a payment still queued is undone as ``changes`` discards it."""
        self._core = core
        self._changes = changes
        self._methods: tuple[str, list[_models.PaymentMethod]] = ("", [])  # the kept list's text, parsed once

    def methods(self) -> list[_models.PaymentMethod]:
        """The company's ways of taking payment (offline too): as the last sync kept them, else as orders carry them."""
        store = self._core.store
        kept = store.cache.get_meta(_sync.METHODS_KEY)
        if kept:
            if self._methods[0] != kept:
                try:
                    items = json.loads(kept)
                except ValueError:
                    items = []
                methods = [_models.PaymentMethod.model_validate(i) for i in items if isinstance(i, dict)]
                self._methods = (kept, methods)
            return list(self._methods[1])
        for row in store.search.list_rows(_store.ListQuery(limit=40)):
            order = store.cache.order(row.id)
            if order is not None and order.company is not None and order.company.payment_methods:
                return list(order.company.payment_methods)
        return []

    def account_of(self, method: str) -> str | None:
        """The treasury account of a way of paying (by its processor or name), from the cached methods."""
        return _models.method_account(self.methods(), method)

    async def record(
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
        order_id = self._core.order_id(key)
        order = self._core.order(order_id)
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
        change = self._core.store.payments.enqueue_payment(order_id, payment)
        log.info("queued a payment of %s (%s) for order %s", amount, payment.method, change.order_ref or order_id)
        self._core.changed((order_id,))
        return change

    async def delete(self, key: str, payment_id: str) -> _store.Change:
        """Undo a payment (a clerk's mistake): one still queued is dropped, one on the server is deleted there."""
        order_id = self._core.order_id(key)
        store = self._core.store
        waiting = next(
            (c for c in store.queue.active_changes(order_id) if c.payment and c.payment.local_id == payment_id),
            None,
        )
        if waiting is not None:
            return await self._changes.discard(waiting.id)
        order = self._core.order(order_id)
        if all(p.id != payment_id for p in order.payments):
            raise ServiceError("This payment is not on the order.")
        change = store.payments.enqueue_payment_removal(order_id, payment_id)
        log.info("queued the deletion of payment %s of order %s", payment_id, change.order_ref or order_id)
        self._core.changed((order_id,))
        return change
