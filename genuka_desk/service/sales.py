"""Sales taken at the desk: kept at once under a temporary reference, queued to be created on the server."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .. import models as _models
from .. import store as _store
from .discount_limit import DiscountLimit, sale_lines
from .errors import InvalidEdit, OrderNotFound, ServiceError

if TYPE_CHECKING:
    from .changes import Changes
    from .core import ServiceCore
    from .payments import Payments

log = logging.getLogger(__name__)

LINES_NOT_CREATED_YET = "This sale is not on the server yet: its lines can be changed once it is (sync, then edit it)."


class Sales:
    """Take a sale, correct a refused one, and fold an edit into one not created yet."""

    def __init__(self, core: ServiceCore, changes: Changes, payments: Payments) -> None:
        """The capability over ``core``; a correction is checked as ``changes`` checks a discard,
        and a paid sale takes its account from ``payments``' ways of paying."""
        self._core = core
        self._changes = changes
        self._payments = payments
        self._limit = DiscountLimit(core)  # the clerk's own discounts judged again on the lines as saved

    async def create(self, draft: _models.NewOrder) -> _store.Change:
        """Take a sale: checked, kept at once under a temporary reference, and queued to be created.

        The phone number is kept in its normal form. A shipping amount follows
        the creation as a change of its own (it is not a create input). Raises
        :class:`InvalidEdit` when the sale cannot be queued, and :class:`DiscountRefused`
        when a line's own discounts are above the manager's limit; nothing is kept then.
        """
        draft = self._known_customer(checked_sale(self._with_account(draft)))
        self._limit.check_lines(sale_lines(draft))
        if not draft.shop_id and self._core.client.shop_id:  # the desk's shop, as the profile says
            draft = draft.model_copy(update={"shop_id": self._core.client.shop_id})
        change = self._core.store.sales.enqueue_new_order(draft)  # with its shipping amount and its payment, at once
        log.info("took sale %s (%d line(s)); queued for creation", change.order_ref, len(draft.lines))
        self._core.changed((change.order_id,))
        return change

    async def fix(self, change_id: str, draft: _models.NewOrder) -> _store.Change:
        """The clerk corrected a refused (or unsent) sale: the new draft replaces it and goes out again.

        The temporary reference and the creation second stay. Raises
        :class:`InvalidEdit` when the draft is not a valid sale, and
        :class:`ServiceError` when the sale may already be on the server (:class:`DiscountRefused`
        above the manager's limit: a line's own discounts beyond what it had before).
        """
        change = self._changes.get(change_id)
        if change.kind is not _store.ChangeKind.CREATE:
            raise ServiceError("This change is not a sale.")
        draft = self._known_customer(checked_sale(self._with_account(draft)))
        self._limit.check_lines(sale_lines(draft), sale_lines(change.draft) if change.draft is not None else None)
        await self._changes.ensure_not_created(change)
        try:
            fixed = self._core.store.sales.replace_new_order(change.id, draft)
        except ValueError as exc:
            raise ServiceError(str(exc)) from exc
        log.info("sale %s corrected by the clerk; it goes out again", fixed.order_ref)
        self._core.changed((fixed.order_id,))
        return fixed

    def creation(self, key: str) -> _store.Change | None:
        """The creation of a sale not created on the server yet (None: it is there, or never was a sale here)."""
        order_id = self._core.order_id(key)
        if not _models.is_local_id(order_id):
            return None
        queue = self._core.store.queue
        return next((c for c in queue.active_changes(order_id) if c.kind is _store.ChangeKind.CREATE), None)

    def fold(self, order_id: str, edit: _models.OrderEdit) -> tuple[_store.Change, _models.OrderEdit]:
        """An edit of a sale not created yet: its draft takes what it can (lines, address, mode...).

        Returns the sale's change and what is left for a change of its own
        (statuses, the shipping amount). Lines of a sale that may already be
        on the server cannot be edited: they have no server ids yet.
        """
        store = self._core.store
        sale = next((c for c in store.queue.active_changes(order_id) if c.kind is _store.ChangeKind.CREATE), None)
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
            self._limit.check_lines(sale_lines(draft), sale_lines(sale.draft))
            sale = store.sales.replace_new_order(sale.id, draft)
            log.info("sale %s changed before it was sent", sale.order_ref)
            self._core.changed((order_id,))
        return sale, rest

    def _known_customer(self, draft: _models.NewOrder) -> _models.NewOrder:
        """A sale typed for a new customer whose phone is a known customer's: theirs, named by id (record untouched)."""
        if draft.customer.id or not draft.customer.phone:
            return draft
        known = self._core.store.catalog.customer_by_phone(draft.customer.phone)
        if known is None:
            return draft
        log.info("the sale's phone is a known customer's: sold to them by id")
        return draft.model_copy(update={"customer": draft.customer.model_copy(update={"id": known.id})})

    def _with_account(self, draft: _models.NewOrder) -> _models.NewOrder:
        """A paid sale with the treasury account of its way of paying (a payment needs one)."""
        if not draft.paid_amount or draft.treasury_account_id or not draft.method:
            return draft
        return draft.model_copy(update={"treasury_account_id": self._payments.account_of(draft.method)})


def checked_sale(draft: _models.NewOrder) -> _models.NewOrder:
    """The sale with its phone in the normal form; raises :class:`InvalidEdit` when it is not a valid sale."""
    phone = _models.normal_phone(draft.customer.phone) if draft.customer.phone else None
    if phone is not None:
        draft = draft.model_copy(update={"customer": draft.customer.model_copy(update={"phone": phone})})
    problems = _models.validate_new_order(draft)
    if problems:
        raise InvalidEdit(problems)
    return draft
