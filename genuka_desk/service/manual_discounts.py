"""A clerk's own discount on a line or on the whole order, and the manager's limit on it.

A line discount is the documented ``products[].discounts`` item with
``discount_id: null``. A whole-order discount has no ad-hoc input on the
server (the order-level ``discounts`` takes only ``{discount_id, code}``), so
it is spread over the lines as fixed line discounts, in proportion to each
line's net (:func:`models.line_discounts.spread`). A new manual discount
replaces the clerk's earlier ones where it applies; discounts that name a
Genuka discount (a ``discount_id``) stay.

The limit (:mod:`.discount_limit`) is a percentage a manager sets on this
desk; a discount above it needs a manager. Every sale and edit is judged
against it again when it is queued, on its final lines.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..models import line_discounts as _ld
from .discount_limit import DiscountLimit
from .discount_limit import DiscountRefused as DiscountRefused  # raised here too: its importers find it here
from .discount_types import Cart, CartLine, Verdict
from .errors import ServiceError

if TYPE_CHECKING:
    from .. import models as _models
    from .. import store as _store
    from .core import ServiceCore
    from .discounts import Discounts
    from .orders import Orders

log = logging.getLogger(__name__)


class CodeRefused(ServiceError):
    """A shop's discount that does not apply: ``reason`` is one of ``discount_types.REASONS`` (the UI words it)."""

    def __init__(self, detail: str, reason: str | None) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True)
class Asked:
    """A discount as the clerk asked for it: a percentage or an amount, on one line (0-based) or the whole order."""

    percent: Decimal | None = None
    amount: Decimal | None = None
    line: int | None = None

    def check(self) -> None:
        """Raises :class:`DiscountRefused` when it is not one percentage or one amount, 0 or more (100 % at most)."""
        if (self.percent is None) == (self.amount is None):
            raise DiscountRefused("Give a percentage or an amount.")
        value = self.percent if self.percent is not None else self.amount
        assert value is not None
        if not value.is_finite() or value < 0:
            raise DiscountRefused("A discount is 0 or more.")
        if self.percent is not None and self.percent > 100:
            raise DiscountRefused("A percentage is 100 at most.")


def _kept(discounts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The discounts that name a Genuka discount: a clerk's new manual discount leaves them."""
    return [dict(d) for d in discounts if d.get("discount_id") not in (None, "")]


def lines_with(
    lines: Sequence[tuple[Decimal, int, Sequence[dict[str, Any]]]], asked: Asked
) -> tuple[list[list[dict[str, Any]]], Decimal]:
    """Each line's new discounts for ``asked`` (from (unit price, quantity, discounts)), and the percent it makes.

    The percent is of what the discount applies to: the line's gross for a
    line, the lines' net (before the clerk's own discounts) for the whole order.
    """
    asked.check()
    if asked.line is not None and not 0 <= asked.line < len(lines):
        raise DiscountRefused(f"There is no line {asked.line + 1} (the order has {len(lines)}).")
    out = [list(map(dict, discounts)) for _, _, discounts in lines]
    kind = _ld.PERCENTAGE if asked.percent is not None else _ld.FIXED
    value = asked.percent if asked.percent is not None else asked.amount
    assert value is not None
    if asked.line is not None:
        price, quantity, discounts = lines[asked.line]
        gross = price * quantity
        out[asked.line] = _kept(discounts) + ([_ld.manual(kind, value)] if value else [])
        percent = value if kind == _ld.PERCENTAGE else _ld.percent_of(value, gross)
        return out, percent
    nets = [price * quantity - _ld.line_off(price, quantity, _kept(discounts)) for price, quantity, discounts in lines]
    base = sum(nets, Decimal(0))
    whole = _ld.amount_off(kind, value, base)
    for n, share in enumerate(_ld.spread(nets, whole)):
        out[n] = _kept(lines[n][2]) + ([_ld.manual(_ld.FIXED, share)] if share else [])
    percent = value if kind == _ld.PERCENTAGE else _ld.percent_of(value, base)
    return out, percent


class ManualDiscounts:
    """``service.manual_discounts``: give a discount on a sale or an order, within the manager's limit."""

    def __init__(self, core: ServiceCore, orders: Orders, shop_discounts: Discounts) -> None:
        """The capability over ``core``; an order's discount goes as ``orders`` queues a line edit, and a code is
        judged by ``shop_discounts`` (the local copy of the shop's discounts)."""
        self._core = core
        self._orders = orders
        self._shop = shop_discounts
        self._limit = DiscountLimit(core)

    # -- the limit ----------------------------------------------------------------

    def limit(self) -> Decimal | None:
        """The manager's limit in percent (None: none set)."""
        return self._limit.limit()

    def set_limit(self, percent: Decimal | None) -> None:
        """Set the limit (None: none). Only a manager may; raises :class:`DiscountRefused` otherwise."""
        self._limit.set_limit(percent)

    def note_login(self, user_id: str | None, scopes: Iterable[str]) -> None:
        """A login's answer: whether its user is a manager (kept by user id, for an offline unlock too)."""
        self._limit.note_login(user_id, scopes)

    def is_manager(self) -> bool:
        """Whether the clerk at the desk may give a discount above the limit (a manager by their last login)."""
        return self._limit.is_manager()

    def check(self, percent: Decimal) -> None:
        """Raises :class:`DiscountRefused` (naming the limit) above the limit, unless the clerk is a manager."""
        self._limit.check(percent)

    # -- giving one -----------------------------------------------------------------

    def for_lines(
        self, rows: Sequence[tuple[Decimal, int, Sequence[dict[str, Any]]]], asked: Asked
    ) -> list[list[dict[str, Any]]]:
        """Each line's new discounts (rows: unit price, quantity, discounts as typed), checked against the limit."""
        if not rows:
            raise DiscountRefused("Add a line first.")
        new, percent = lines_with(rows, asked)
        self.check(percent)
        return new

    def edit_for(self, order: _models.Order, asked: Asked) -> _models.OrderEdit:
        """The line edit that gives the discount on ``order`` (checked against the limit)."""
        from .. import models as _models
        from ..models.edits import discounts_equal

        lines = order.lines
        if not lines:
            raise DiscountRefused("This order has no lines.")
        rows = [(line.price or Decimal(0), line.quantity or 0, line.discounts) for line in lines]
        new, percent = lines_with(rows, asked)
        self.check(percent)
        changes = {
            str(line.id): _models.LineChange(discounts=discounts)
            for line, discounts, (_, _, before) in zip(lines, new, rows, strict=True)
            if not discounts_equal(discounts, before)
        }
        return _models.OrderEdit(lines=changes)

    # -- the shop's discounts (codes, automatic ones) -------------------------------------

    def cart_of_sale(self, draft: _models.NewOrder) -> Cart:
        """The cart a sale makes, for the shop's discount rules (its lines at their unit prices)."""
        lines = tuple(
            CartLine(line.product_id, line.variant_id, line.quantity, line.price, line.discount_off)
            for line in draft.lines
        )
        shop = draft.shop_id or self._core.client.shop_id
        return Cart(shop_id=shop, customer_id=draft.customer.id, lines=lines, order_ids=self._sale_ids(draft))

    def _sale_ids(self, draft: _models.NewOrder) -> frozenset[str]:
        """The sale ``draft`` corrects, when it is one still queued: its local id (its own codes' use is not
        counted against it). Known by its lines: a reopened sale keeps their keys, a new one has fresh ones."""
        keys = {line.key for line in draft.lines}
        if not keys:
            return frozenset()
        from .. import store as _store

        queue = self._core.store.queue
        states = (_store.ChangeState.PENDING, _store.ChangeState.SENDING, _store.ChangeState.FAILED)
        return frozenset(
            c.order_id
            for c in queue.changes(states=states, kinds=[_store.ChangeKind.CREATE])
            if c.draft is not None and keys & {line.key for line in c.draft.lines}
        )

    def with_code(self, draft: _models.NewOrder, code: str) -> _models.NewOrder:
        """The sale with the shop's discount of ``code`` (judged offline); raises :class:`CodeRefused` with why not."""
        verdict = self._shop.check_code(code, self.cart_of_sale(draft))
        if not verdict.ok or verdict.offer is None:
            raise CodeRefused(verdict.detail, verdict.reason)
        return self._with(draft, verdict)

    def code_on_order(self, key: str, code: str) -> dict[str, Any]:
        """The order-level discount item of ``code`` on an order (judged offline on its lines); raises CodeRefused."""
        verdict = self._shop.check_code(code, self._shop.cart_of_order(key))
        if not verdict.ok or verdict.offer is None:
            raise CodeRefused(verdict.detail, verdict.reason)
        return item_of(verdict)

    def offered_on(self, order: _models.Order) -> list[Verdict]:
        """The shop's automatic discounts ``order`` (as the editor previews it) qualifies for and does not carry."""
        from .discounts import cart_of

        held = {str(i.get("discount_id")) for i in order_items(order)}
        found = self._shop.automatic(cart_of(order))
        return [v for v in found if v.offer is not None and v.offer.id not in held]

    def automatic(self, draft: _models.NewOrder) -> list[Verdict]:
        """The shop's automatic discounts this sale qualifies for and does not carry yet (largest first)."""
        held = {str(c.get("discount_id")) for c in draft.codes}
        found = self._shop.automatic(self.cart_of_sale(draft))
        return [v for v in found if v.offer is not None and v.offer.id not in held]

    def with_automatic(self, draft: _models.NewOrder, verdict: Verdict) -> _models.NewOrder:
        """The sale with an automatic discount the clerk accepted."""
        return self._with(draft, verdict)

    def repriced(self, draft: _models.NewOrder) -> tuple[_models.NewOrder, list[Verdict]]:
        """The sale's codes judged again on its lines and customer as they are now, and those taken off.

        A code no longer met (the lines fell below its minimum, another
        customer, one who used it up) is taken off; its verdict says why.
        """
        if not draft.codes:
            return draft, []
        cart = self.cart_of_sale(draft)
        kept, dropped = [], []
        for item in draft.codes:
            verdict = self._shop.check_code(str(item.get("code") or ""), cart)
            if verdict.ok:
                kept.append({**item, "amount_off": str(verdict.amount_off)})
            else:
                dropped.append(verdict)
        return draft.model_copy(update={"codes": kept}), dropped

    @staticmethod
    def without(draft: _models.NewOrder, discount_id: str) -> _models.NewOrder:
        """The sale without the shop's discount ``discount_id`` (the clerk took it off)."""
        codes = [c for c in draft.codes if str(c.get("discount_id")) != discount_id]
        return draft.model_copy(update={"codes": codes})

    @staticmethod
    def _with(draft: _models.NewOrder, verdict: Verdict) -> _models.NewOrder:
        item = item_of(verdict)
        codes = [c for c in draft.codes if str(c.get("discount_id")) != item["discount_id"]] + [item]
        return draft.model_copy(update={"codes": codes})

    def code_gap(self, key: str) -> tuple[Decimal, Decimal] | None:
        """What the desk expected the shop's discounts to take off, and what the server took (None: no gap, or unknown).

        From the last order-level discounts sent and the server's
        ``billing.order_discounts_total``; the difference is the clerk's to see, never charged silently.
        """
        order_id = self._core.order_id(key)
        sent = [c for c in self._orders.history_of(order_id) if "discounts" in c.edit.fields]
        if not sent or any(c.active for c in self._orders.changes_of(order_id) if "discounts" in c.edit.fields):
            return None
        items = sent[-1].edit.fields["discounts"] or []
        expected = sum((Decimal(str(i.get("amount_off") or 0)) for i in items if isinstance(i, dict)), Decimal(0))
        order = self._core.order(order_id)
        taken = order.billing.order_discounts_total if order.billing is not None else None
        if taken is None or taken == expected:
            return None
        return expected, taken

    async def give_code(self, key: str, code: str) -> _store.Change:
        """Put the shop's discount of ``code`` on an order (judged offline), beside its others: queued, shown at once.

        Raises :class:`CodeRefused` with why not.
        """
        from .. import models as _models
        from ..models.edits import ORDER_DISCOUNTS

        order = self._core.order(self._core.order_id(key))
        item = self.code_on_order(key, code)
        held = [i for i in order_items(order) if str(i.get("discount_id")) != str(item["discount_id"])]
        change = await self._orders.update(key, _models.OrderEdit(fields={ORDER_DISCOUNTS: [*held, item]}))
        if change is None:
            raise CodeRefused(f"The order already has the discount {code}.", None)
        return change

    async def give(self, key: str, asked: Asked) -> _store.Change | None:
        """Give the discount on an order (by id or reference): queued as its line edit, shown at once."""
        order = self._core.order(self._core.order_id(key))
        edit = self.edit_for(order, asked)
        if edit.is_empty():
            return None
        return await self._orders.update(key, edit)


def item_of(verdict: Verdict) -> dict[str, Any]:
    """The order-level discount item of a shop's discount that applies (its preview ``amount_off`` beside the PUT's
    ``{discount_id, code}``)."""
    offer = verdict.offer
    assert offer is not None
    return {"discount_id": offer.id, "code": offer.code, "title": offer.title, "amount_off": str(verdict.amount_off)}


def order_items(order: _models.Order) -> list[dict[str, Any]]:
    """The order-level discounts an order shows, as the PUT's items ``{discount_id, code}``."""
    out = []
    found = order.extra("discounts")
    for item in found if isinstance(found, list) else []:
        if not isinstance(item, dict):
            continue
        kept = item.get("pivot")
        pivot: dict[str, Any] = kept if isinstance(kept, dict) else {}
        discount_id = item.get("discount_id") or pivot.get("discount_id") or item.get("id")
        out.append(
            {"discount_id": discount_id, "code": item.get("code") or pivot.get("code"), "title": item.get("title")}
        )
    return out
