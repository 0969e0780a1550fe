"""Whether a discount applies to a cart, and what it takes off, as the demo judges it.

The reference names the conditions (07-discounts-delivery.md) but not how
they are judged; the demo's readings (ref36 (a)11-14):

- valid: ``active``, not soft-deleted, ``start_date`` <= now <= ``end_date``
  (both ends inclusive; no end: open);
- ``min_cart_amount`` is compared with the lines' subtotal (price x quantity,
  before any discount), ``min_cart_quantity`` with the number of items;
- usage is the number of orders carrying the discount that are neither
  cancelled nor deleted (the order being judged left out); ``usage_limit_global``
  and ``usage_limit_per_customer`` (that customer's orders) are maxima;
- an empty ``shops``, ``products`` or ``customers`` means all; a
  product-limited discount needs a line of one of its products and takes off
  only from those lines;
- percentage: that percent of the eligible lines' net (after their own line
  discounts), rounded to the unit (half up); fixed: its value, capped at that
  net; free shipping: the delivery fee; several order discounts together
  never take off more than the lines' net plus the fee. Buy X get Y is not
  applied by the demo (a 500 on an order, never offered as automatic).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .values import number, parse_time


@dataclass(frozen=True)
class Cart:
    """What a discount is judged against: shop, customer, lines as (product id, quantity, gross, net)."""

    shop_id: str | None
    customer_id: str | None
    lines: tuple[tuple[str | None, int, Decimal, Decimal], ...]
    known_lines: bool = True  # False: only the amount and quantity were sent (no lines to judge products on)
    amount: Decimal | None = None  # given instead of lines
    count: int | None = None

    @property
    def subtotal(self) -> Decimal:
        """The lines' gross, or the amount sent."""
        if self.amount is not None:
            return self.amount
        return sum((gross for _, _, gross, _ in self.lines), Decimal(0))

    @property
    def quantity(self) -> int:
        """The number of items, or the quantity sent."""
        return self.count if self.count is not None else sum(q for _, q, _, _ in self.lines)


def linked(discount: dict[str, Any], relation: str) -> set[str]:
    """The ids of a discount's ``products``, ``customers`` or ``shops`` (empty: all)."""
    return {str(i["id"]) for i in discount.get(relation) or [] if isinstance(i, dict) and i.get("id")}


def in_window(discount: dict[str, Any], now: datetime) -> str | None:
    """Why the discount is not valid now (None: active, live, within its dates)."""
    if discount.get("deleted_at") or not discount.get("active"):
        return "The discount is not active."
    start = parse_time(str(discount.get("start_date") or ""))
    end = parse_time(str(discount.get("end_date") or ""))
    if start is not None and now.timestamp() < start:
        return "The discount has not started yet."
    if end is not None and now.timestamp() > end:
        return "The discount has expired."
    return None


def refusal(discount: dict[str, Any], cart: Cart, now: datetime, used: int, used_by_customer: int) -> str | None:
    """Why ``discount`` does not apply to ``cart`` now (None: it applies); ``used``: orders carrying it."""
    why = in_window(discount, now)
    if why is not None:
        return why
    if discount.get("discount_type") == "buy_x_get_y":
        return "Buy X get Y discounts are not applied by this server."
    minimum = number(discount.get("requirement_value")) or Decimal(0)
    kind = discount.get("requirement_type")
    if kind == "min_cart_amount" and cart.subtotal < minimum:
        return f"The cart amount must be at least {minimum.normalize():f}."
    if kind == "min_cart_quantity" and cart.quantity < minimum:
        return f"The cart must hold at least {minimum.normalize():f} items."
    limit = discount.get("usage_limit_global")
    if isinstance(limit, int) and used >= limit:
        return "The discount has reached its usage limit."
    per_customer = discount.get("usage_limit_per_customer")
    if isinstance(per_customer, int) and cart.customer_id and used_by_customer >= per_customer:
        return "The customer has already used this discount."
    shops = linked(discount, "shops")
    if shops and cart.shop_id not in shops:
        return "The discount does not apply in this shop."
    customers = linked(discount, "customers")
    if customers and cart.customer_id not in customers:
        return "The discount does not apply to this customer."
    products = linked(discount, "products")
    if products and (not cart.known_lines or not any(p in products for p, _, _, _ in cart.lines)):
        return "The discount does not apply to these products."
    return None


def money_off(discount: dict[str, Any], lines: list[tuple[str | None, Decimal]], fee: Decimal) -> Decimal:
    """What one order discount takes off: ``lines`` are (product id, net after line discounts)."""
    products = linked(discount, "products")
    net = sum((n for p, n in lines if not products or p in products), Decimal(0))
    value = number(discount.get("discount_value")) or Decimal(0)
    kind = discount.get("discount_type")
    if kind == "percentage":
        off = (net * value / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    elif kind == "fixed":
        off = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    elif kind == "free_shipping":
        return fee
    else:
        return Decimal(0)
    return max(Decimal(0), min(off, net))
