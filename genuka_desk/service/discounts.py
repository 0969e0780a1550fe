"""The shop's discounts at the desk: check a code, find the automatic ones, list the offers, confirm online.

Offline first: the rules of :mod:`.discount_rules` run on the local copy of
``/admin/discounts`` (``store.discounts``, pulled with the catalogue), with the
usage counted from the local orders carrying each discount (and the desk's
queued changes naming it). ``confirm`` asks the server's public code lookup
when it can (the freshest copy, kept locally), then judges it by the same
rules; offline or on any refusal, it falls back to :meth:`Discounts.check_code`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .discount_types import Cart, CartLine, Offer, Verdict

if TYPE_CHECKING:
    # The rules load the pydantic models: at the first check, not before the list is painted.
    from .. import models as _models
    from ..models.discount import Discount
    from .core import ServiceCore

log = logging.getLogger(__name__)


def _discount(body: dict[str, Any]) -> Discount:
    from ..models.discount import Discount

    return Discount.model_validate(body)


class Discounts:
    """``service.discounts``: the shop's discounts, judged against a cart (offline, and online when it can)."""

    def __init__(self, core: ServiceCore) -> None:
        """The capability over ``core``."""
        self._core = core

    def _judge(self, discount: Discount, cart: Cart, when: datetime | None) -> Verdict:
        from .discount_rules import Usage, judge

        total, mine = self._core.store.discounts.usage(str(discount.id or ""), cart.customer_id, cart.order_ids)
        return judge(discount, cart, when or datetime.now(UTC), Usage(total, mine))

    def check_code(self, code: str, cart: Cart, *, when: datetime | None = None) -> Verdict:
        """Whether the discount with ``code`` (case-sensitive) applies to ``cart``, from the local copy."""
        from .discount_rules import unknown

        body = self._core.store.discounts.by_code(code.strip())
        if body is None:
            return unknown(code.strip())
        return self._judge(_discount(body), cart, when)

    def automatic(self, cart: Cart, *, when: datetime | None = None) -> list[Verdict]:
        """The automatic discounts that apply to ``cart`` (ok ones only), the largest first."""
        found = [self._judge(_discount(b), cart, when) for b in self._core.store.discounts.bodies(automatic_only=True)]
        return sorted((v for v in found if v.ok), key=lambda v: -v.amount_off)

    def offers(self, *, valid_only: bool = True) -> list[Offer]:
        """The shop's discounts in the local copy (``valid_only``: active and within their dates now), by code."""
        return [offer for offer, _ in self.described(valid_only=valid_only)]

    def described(self, *, valid_only: bool = True) -> list[tuple[Offer, dict[str, Any]]]:
        """Each offer with what a list shows of it: validity, dates, minimum, limits (the CLI's ``discounts list``)."""
        from .discount_rules import offer_of, window

        now = datetime.now(UTC)
        found = []
        for body in self._core.store.discounts.bodies():
            discount = _discount(body)
            closed = window(discount, now)
            if valid_only and closed is not None:
                continue
            facts = {
                "valid": closed is None,
                "why_not": closed[0] if closed else None,
                "start_date": body.get("start_date"),
                "end_date": body.get("end_date"),
                "requirement_type": discount.requirement_type,
                "requirement_value": discount.requirement_value,
                "usage_limit_global": discount.usage_limit_global,
                "usage_limit_per_customer": discount.usage_limit_per_customer,
                "used": self._core.store.discounts.usage(str(discount.id or ""))[0],
                "products": list(discount.ids("products")),
                "shops": list(discount.ids("shops")),
                "customers": list(discount.ids("customers")),
            }
            found.append((offer_of(discount), facts))
        return found

    def cart_of_order(self, key: str) -> Cart:
        """The cart an order makes (its shop, customer, lines), from the local copy; raises ``OrderNotFound``."""
        return cart_of(self._core.order(key))

    async def confirm(self, code: str, cart: Cart) -> Verdict:
        """``check_code`` on the server's copy (public ``GET /discounts?code=``), or the local one offline.

        The server's answer is kept in the local copy (it is the freshest); its
        404 means no discount has that code. The lookup promises no validity
        check (ref36 (a)11): the same rules judge it, with the local usage.
        """
        from ..api import GenukaError
        from ..api.discounts import by_code
        from .discount_rules import unknown

        code = code.strip()
        try:
            found = await by_code(self._core.client, code)
        except GenukaError as exc:
            log.info("the discount code was checked offline: %s", exc.message)
            return self.check_code(code, cart)
        if found is None:
            return unknown(code)
        self._core.store.discounts.save([found.model_dump(mode="json")])
        return self._judge(found, cart, None)


def cart_of(order: _models.Order) -> Cart:
    """The cart ``order`` makes: its shop, customer and lines (an edit's preview too)."""
    lines = tuple(
        CartLine(line.product_id, line.variant_id, int(line.quantity or 0), line.price or Decimal(0), line.discount_off)
        for line in order.lines
    )
    customer = (order.customer.id if order.customer is not None else None) or order.customer_id
    return Cart(shop_id=order.shop_id, customer_id=customer, lines=lines, order_ids=frozenset({str(order.id)}))
