"""Products, their variants, and the order-line pivot that links them to an order."""

from __future__ import annotations

from .base import GenukaModel, Nested, NestedList
from .loose import LooseBool, LooseDatetime, LooseDecimal, LooseDict, LooseInt, LooseList, LooseStr


class Variant(GenukaModel):
    """One sellable variant of a product (size, colour...)."""

    id: LooseStr = None
    product_id: LooseStr = None
    title: LooseStr = None
    base_title: LooseStr = None
    sku: LooseStr = None
    barcode: LooseStr = None
    price: LooseDecimal = None
    compare_at_price: LooseDecimal = None
    taxable: LooseBool = None
    follow_stock: LooseBool = None
    min_order_quantity: LooseInt = None
    estimated_quantity: LooseDecimal = None
    position: LooseInt = None
    options: LooseList = []
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None


class Pivot(GenukaModel):
    """The order line as seen from a product in ``order.products[]``."""

    id: LooseStr = None
    order_id: LooseStr = None
    product_id: LooseStr = None
    variant_id: LooseStr = None
    service_id: LooseStr = None
    price: LooseDecimal = None
    quantity: LooseInt = None
    metadata: LooseDict = None
    variant: Nested[Variant] = None


class Product(GenukaModel):
    """A catalogue product; inside an order it carries the line as ``pivot``."""

    id: LooseStr = None
    title: LooseStr = None
    handle: LooseStr = None
    type: LooseStr = None
    vendor: LooseStr = None
    content: LooseStr = None
    is_shippable: LooseBool = None
    is_taxable: LooseBool = None
    published: LooseBool = None
    has_variants: LooseBool = None
    min_price: LooseDecimal = None
    # On an order's products[] entry (the update input form): the line's unit price and quantity.
    price: LooseDecimal = None
    quantity: LooseInt = None
    first_variant: Nested[Variant] = None
    variants: NestedList[Variant] = []
    pivot: Nested[Pivot] = None
    medias: LooseList = []
    tags: LooseList = []
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    def all_variants(self) -> list[Variant]:
        """Variants if listed, else the first variant alone, else none."""
        if self.variants:
            return self.variants
        return [self.first_variant] if self.first_variant else []

    @property
    def display_price(self) -> LooseDecimal:
        """The price a picker shows: the first variant's, or min_price."""
        for variant in self.all_variants():
            if variant.price is not None:
                return variant.price
        return self.min_price if self.min_price is not None else self.price
