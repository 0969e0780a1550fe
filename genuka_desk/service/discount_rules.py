"""Whether a discount applies to a cart, judged offline: pure functions of (discount, cart, when, usage).

The reference names the conditions (07-discounts-delivery.md) but not how
they are judged; these are the desk's readings, the same as the demo's
(ref36 (a)11-14):

- ``active`` and not deleted; ``start_date`` <= when <= ``end_date``, both
  ends inclusive (no end: open);
- ``min_cart_amount`` against the cart's amount (quantity x unit price),
  ``min_cart_quantity`` against its number of items;
- usage: the orders carrying the discount, cancelled ones left out
  (:class:`Usage`); ``usage_limit_global`` and ``usage_limit_per_customer``
  are maxima (the per-customer one is not judged for a sale without a
  customer: nobody to count);
- an empty ``shops``, ``products`` or ``customers`` means all; a
  product-limited discount needs a line of one of its products and takes
  off only from those lines;
- percentage: that percent of the eligible lines after their own discounts,
  rounded to the unit (half up); fixed: its value capped at them (the
  minimum amount is judged on the lines before any discount); free shipping: nothing
  off here (``free_shipping`` flagged: the fee is the desk's);
- buy X get Y, only when simple: one variant to buy and one to get (the
  same or not), each ``quantity`` the discount's ``buy_quantity`` and
  ``get_quantity`` (the variants' own quantities win when given). Same
  variant: every ``X + Y`` items, ``Y`` are rewarded; two variants: for
  every ``X`` bought, ``Y`` of the other (as many as the cart holds). The
  reward per item: free (its unit price), a percentage of it, or a fixed
  amount capped at it. Anything else is ``unsupported``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from ..models.discount import Discount
from .discount_types import Cart, CartLine, Offer, Verdict

ZERO = Decimal(0)
KINDS = ("percentage", "fixed", "free_shipping", "buy_x_get_y")


@dataclass(frozen=True)
class Usage:
    """How many orders carry the discount (not cancelled), and how many of them are the cart's customer's."""

    total: int = 0
    by_customer: int = 0


def offer_of(discount: Discount) -> Offer:
    """The plain offer of a discount (what the front ends show)."""
    kind = discount.discount_type or ""
    return Offer(
        id=str(discount.id or ""),
        code=discount.code or "",
        title=discount.title or discount.code or "",
        kind=kind if kind in KINDS else kind or "unknown",
        value=discount.discount_value or ZERO,
        automatic=discount.automatic,
    )


def unit(amount: Decimal) -> Decimal:
    """Money rounded to the unit, half up (the shop's currency has no cents)."""
    return amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def refused(offer: Offer | None, reason: str, detail: str) -> Verdict:
    """A verdict that the discount does not apply."""
    return Verdict(offer=offer, ok=False, reason=reason, amount_off=ZERO, detail=detail)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def window(discount: Discount, when: datetime) -> tuple[str, str] | None:
    """Why the discount is not valid at ``when`` (reason, detail), None when it is."""
    when = _aware(when)
    if not discount.active or discount.deleted_at is not None:
        return "inactive", "The discount is switched off."
    if discount.start_date is not None and when < _aware(discount.start_date):
        return "not_started", f"The discount starts on {discount.start_date:%Y-%m-%d}."
    if discount.end_date is not None and when > _aware(discount.end_date):
        return "ended", f"The discount ended on {discount.end_date:%Y-%m-%d}."
    return None


def conditions(discount: Discount, cart: Cart, usage: Usage) -> tuple[str, str] | None:
    """Why the cart does not meet the discount's minimum, limits or restrictions; None when it does."""
    minimum = discount.requirement_value or ZERO
    if discount.requirement_type == "min_cart_amount" and cart.amount < minimum:
        return "minimum_amount", f"The cart must reach {minimum.normalize():f}."
    if discount.requirement_type == "min_cart_quantity" and cart.quantity < minimum:
        return "minimum_quantity", f"The cart must hold at least {minimum.normalize():f} items."
    limit = discount.usage_limit_global
    if limit is not None and usage.total >= limit:
        return "used_up", f"The discount was already used {usage.total} times (limit {limit})."
    per_customer = discount.usage_limit_per_customer
    if per_customer is not None and cart.customer_id and usage.by_customer >= per_customer:
        return "used_by_customer", "This customer has already used the discount."
    shops = discount.ids("shops")
    if shops and cart.shop_id not in shops:
        return "shop", "The discount does not apply in this shop."
    customers = discount.ids("customers")
    if customers and cart.customer_id not in customers:
        return "customer", "The discount does not apply to this customer."
    products = discount.ids("products")
    if products and not any(line.product_id in products for line in cart.lines):
        return "product", "The discount does not apply to the products in the cart."
    return None


def eligible(discount: Discount, cart: Cart) -> tuple[CartLine, ...]:
    """The lines a discount takes off from: all, or its products' only."""
    products = discount.ids("products")
    return tuple(line for line in cart.lines if not products or line.product_id in products)


def judge(discount: Discount, cart: Cart, when: datetime, usage: Usage) -> Verdict:
    """Whether ``discount`` applies to ``cart`` at ``when``, why not, and what it takes off."""
    offer = offer_of(discount)
    why = window(discount, when) or conditions(discount, cart, usage)
    if why is not None:
        return refused(offer, *why)
    lines = eligible(discount, cart)
    base = sum((line.net for line in lines), ZERO)  # after the lines' own discounts, as the server takes it
    value = discount.discount_value or ZERO
    if offer.kind == "percentage":
        off = min(unit(base * value / 100), base)
    elif offer.kind == "fixed":
        off = min(unit(value), base)
    elif offer.kind == "free_shipping":
        return Verdict(offer, True, None, ZERO, "Free shipping: the delivery fee is waived.", free_shipping=True)
    elif offer.kind == "buy_x_get_y":
        found = buy_get_off(discount, cart)
        if isinstance(found, tuple):
            return refused(offer, *found)
        off = found
    else:
        return refused(offer, "unsupported", f"The desk cannot apply a {offer.kind!r} discount.")
    return Verdict(offer, True, None, max(off, ZERO), f"{offer.code}: {max(off, ZERO).normalize():f} off.")


def _variant_rule(rule: object, default: int | None) -> tuple[str, int] | None:
    if not isinstance(rule, dict) or not rule.get("variant_id"):
        return None
    try:
        quantity = int(rule.get("quantity") or default or 0)
    except (TypeError, ValueError):
        return None
    return (str(rule["variant_id"]), quantity) if quantity > 0 else None


def buy_get_off(discount: Discount, cart: Cart) -> Decimal | tuple[str, str]:
    """What a simple buy X get Y takes off the cart, or (reason, detail) when it is not simple or not met."""
    unsupported = ("unsupported", "Only a simple buy X get Y (one variant to buy, one to get) is applied offline.")
    if len(discount.buy_variants) != 1 or len(discount.get_variants) != 1:
        return unsupported
    buy = _variant_rule(discount.buy_variants[0], discount.buy_quantity)
    get = _variant_rule(discount.get_variants[0], discount.get_quantity)
    if buy is None or get is None or discount.get_reward_type not in ("free", "percentage", "fixed"):
        return unsupported
    held = {v: sum(line.quantity for line in cart.lines if line.variant_id == v) for v in (buy[0], get[0])}
    price = next((line.unit_price for line in cart.lines if line.variant_id == get[0]), ZERO)
    if buy[0] == get[0]:
        rewarded = held[buy[0]] // (buy[1] + get[1]) * get[1]
    else:
        rewarded = min(held[buy[0]] // buy[1] * get[1], held[get[0]])
    if rewarded <= 0:
        return "product", f"Buy {buy[1]} to get {get[1]}: the cart does not hold enough."
    value = discount.get_reward_value or ZERO
    each = {"free": price, "percentage": price * value / 100, "fixed": min(value, price)}[discount.get_reward_type]
    return unit(each * rewarded)


def unknown(code: str) -> Verdict:
    """The verdict on a code no discount has."""
    return refused(None, "unknown", f"No discount has the code {code!r}.")
