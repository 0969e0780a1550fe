"""The plain values of the discounts capability: a cart, a shop's offer, a verdict on one.

Frozen dataclasses only (no pydantic at import: the early start must not load
the models). Shared by ``service.discounts``, ``service.discount_rules`` and
the front ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# The reasons a discount does not apply (the UI translates them; ``Verdict.detail`` is English).
REASONS = (
    "unknown",
    "inactive",
    "not_started",
    "ended",
    "minimum_amount",
    "minimum_quantity",
    "used_up",
    "used_by_customer",
    "shop",
    "product",
    "customer",
    "unsupported",
)


@dataclass(frozen=True)
class CartLine:
    """One line of the cart being checked: what, how many, at which unit price."""

    product_id: str | None
    variant_id: str | None
    quantity: int
    unit_price: Decimal
    line_off: Decimal = Decimal(0)  # what the line's own discounts take off it

    @property
    def amount(self) -> Decimal:
        """The line's gross: quantity x unit price."""
        return self.unit_price * self.quantity

    @property
    def net(self) -> Decimal:
        """The line after its own discounts: what an order-level discount is taken from."""
        return max(self.amount - self.line_off, Decimal(0))


@dataclass(frozen=True)
class Cart:
    """The sale or order a discount is checked against: its shop, customer and lines."""

    shop_id: str | None
    customer_id: str | None
    lines: tuple[CartLine, ...]
    # The order being judged (its id, a sale's local id): its own use of a code does not count against it.
    order_ids: frozenset[str] = frozenset()

    @property
    def amount(self) -> Decimal:
        """The sum of quantity x unit price over the lines."""
        return sum((line.amount for line in self.lines), Decimal(0))

    @property
    def quantity(self) -> int:
        """The number of items in the cart."""
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True)
class Offer:
    """A discount the shop defined in Genuka (the local copy of ``/admin/discounts``)."""

    id: str
    code: str
    title: str
    kind: str  # "percentage" | "fixed" | "free_shipping" | "buy_x_get_y"
    value: Decimal
    automatic: bool  # application_strategy == "automatic"


@dataclass(frozen=True)
class Verdict:
    """Whether a discount applies to a cart, why not, and how much it takes off."""

    offer: Offer | None
    ok: bool
    reason: str | None  # None when ok; else one of REASONS
    amount_off: Decimal  # 0 when not ok; free_shipping: 0 here (the shipping fee is the desk's)
    detail: str  # a sentence for logs and the CLI (English); the UI words it from ``reason``
    free_shipping: bool = False  # the offer waives the shipping fee
