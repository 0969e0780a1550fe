"""A shop's discount (07-discounts-delivery.md "Discounts", R/07:96-125), read leniently.

Unknown keys are kept; a missing or odd value is None. ``products``,
``customers`` and ``shops`` come back as ``[{id}]`` (an empty list: every
one, ref36 (a)12). The public automatic route answers only a subset of the
fields (``id``, ``code``, ``title``, the type and value, the buy/get
figures): the rest is then None.
"""

from __future__ import annotations

from .base import GenukaModel, NestedList
from .loose import LooseBool, LooseDatetime, LooseDecimal, LooseInt, LooseList, LooseStr


class Linked(GenukaModel):
    """A product, customer or shop a discount is limited to (``{id}``)."""

    id: LooseStr = None


class Discount(GenukaModel):
    """One discount: what it takes off, when, for whom, how often."""

    id: LooseStr = None
    company_id: LooseStr = None
    code: LooseStr = None
    title: LooseStr = None
    description: LooseStr = None
    discount_type: LooseStr = None  # fixed | percentage | free_shipping | buy_x_get_y
    discount_value: LooseDecimal = None  # money (fixed) or a percent
    buy_quantity: LooseInt = None
    get_quantity: LooseInt = None
    get_reward_type: LooseStr = None  # free | percentage | fixed
    get_reward_value: LooseDecimal = None
    buy_variants: LooseList = []
    get_variants: LooseList = []
    requirement_type: LooseStr = None  # none | min_cart_amount | min_cart_quantity
    requirement_value: LooseDecimal = None
    usage_limit_global: LooseInt = None
    usage_limit_per_customer: LooseInt = None
    start_date: LooseDatetime = None
    end_date: LooseDatetime = None
    active: LooseBool = None
    application_strategy: LooseStr = None  # automatic | manual
    customers: NestedList[Linked] = []
    products: NestedList[Linked] = []
    shops: NestedList[Linked] = []
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None
    deleted_at: LooseDatetime = None

    @property
    def automatic(self) -> bool:
        """Applied by itself (``application_strategy: automatic``) rather than by its code."""
        return self.application_strategy == "automatic"

    def ids(self, relation: str) -> tuple[str, ...]:
        """The ids of ``products``, ``customers`` or ``shops`` (empty: all)."""
        return tuple(str(item.id) for item in getattr(self, relation) if item.id)
