"""The order and its parts: lines, billing, shipping, deliveries, invoices.

An :class:`Order` keeps the exact JSON it was parsed from (:attr:`Order.raw`).
The model is for reading; what goes back to the server is built from ``raw``
by :mod:`genuka_desk.models.edits`, so nothing the client does not understand
is ever lost or reformatted.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import PrivateAttr

from .address import Address
from .base import GenukaModel, Nested, NestedList
from .company import Company, Customer, Shop, TreasuryAccount, User
from .enums import BillingStatus, ShippingMode, ShippingStatus, is_cancelled
from .loose import (
    BillingStatusField,
    LooseBool,
    LooseDatetime,
    LooseDecimal,
    LooseDict,
    LooseInt,
    LooseList,
    LooseStr,
    OrderStateField,
    ShippingModeField,
    ShippingStatusField,
)
from .payment import Payment, balance_of, payments_of
from .product import Product


class OrderLine(GenukaModel):
    """One line of an order (``order_products[]``); ``price`` is the unit price."""

    id: LooseStr = None
    order_id: LooseStr = None
    product_id: LooseStr = None
    variant_id: LooseStr = None
    service_id: LooseStr = None
    price: LooseDecimal = None
    quantity: LooseInt = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    def _meta(self, key: str) -> str | None:
        value = (self.metadata or {}).get(key)
        return value if isinstance(value, str) and value.strip() else None

    @property
    def title(self) -> str:
        """The item title the server recorded for this line."""
        return self._meta("item_title") or self._meta("product_title") or ""

    @property
    def variant_title(self) -> str | None:
        """The variant's title, unless it is the meaningless default."""
        title = self._meta("variant_title")
        return None if title in (None, "Default Title") else title

    @property
    def sku(self) -> str | None:
        """The variant's SKU, when the server recorded one."""
        return self._meta("variant_sku")

    @property
    def line_total(self) -> Decimal:
        """Unit price times quantity (0 where either is missing)."""
        return (self.price or Decimal(0)) * (self.quantity or 0)

    @property
    def discounts(self) -> list[dict[str, Any]]:
        """The line's discounts as the server shows them (``discount_type``/``discount_value``...); [] when none."""
        found = self.extra("discounts")
        return [d for d in found if isinstance(d, dict)] if isinstance(found, list) else []

    @property
    def discount_off(self) -> Decimal:
        """What the line's discounts take off its total (the desk's preview of the server's rule)."""
        from .line_discounts import line_off

        return line_off(self.price, self.quantity, self.discounts)


class Billing(GenukaModel):
    """Payment side of an order: status, method, treasury account, totals."""

    status: BillingStatusField = BillingStatus.UNKNOWN
    method: LooseStr = None
    treasury_account_id: LooseStr = None
    treasury_account_label: LooseStr = None
    treasury_account: Nested[TreasuryAccount] = None
    address_id: LooseStr = None
    address: Nested[Address] = None
    scheduled_at: LooseDatetime = None
    amount: LooseDecimal = None
    discount: LooseDecimal = None
    line_discounts_total: LooseDecimal = None
    order_discounts_total: LooseDecimal = None
    shipping: LooseDecimal = None
    subtotal: LooseDecimal = None
    out_of_tax_total: LooseDecimal = None
    sum_positive_taxes: LooseDecimal = None
    sum_negative_taxes: LooseDecimal = None
    net_to_pay: LooseDecimal = None
    total: LooseDecimal = None
    # What approved returns took off the bill (the demo's reading of "recalculates order billing", R/07:1666).
    returns_total: LooseDecimal = None


class Shipping(GenukaModel):
    """Fulfilment side of an order: status, mode, address, fee, date."""

    status: ShippingStatusField = ShippingStatus.UNKNOWN
    mode: ShippingModeField = ShippingMode.UNKNOWN
    address_id: LooseStr = None
    address: Nested[Address] = None
    amount: LooseDecimal = None
    scheduled_at: LooseDatetime = None


class Delivery(GenukaModel):
    """A delivery made for the order."""

    id: LooseStr = None
    order_id: LooseStr = None
    address_id: LooseStr = None
    status: LooseStr = None
    mode: LooseStr = None
    tracking_number: LooseStr = None
    tracking_url: LooseStr = None
    scheduled_at: LooseDatetime = None
    starts_at: LooseDatetime = None
    ends_at: LooseDatetime = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None


class Invoice(GenukaModel):
    """An invoice (or deposit) issued for the order; its status says ``cancelled``."""

    id: LooseStr = None
    reference: LooseStr = None
    amount: LooseDecimal = None
    currency_code: LooseStr = None
    is_deposit: LooseBool = None
    is_final: LooseBool = None
    status: LooseStr = None
    created_at: LooseDatetime = None


class OrderFacts:
    """What the app reads off an order (lines, statuses, names), shared by
    :class:`Order`."""

    if TYPE_CHECKING:
        order_products: list[OrderLine]
        products: list[Product]
        addresses: list[Address]
        customer: Customer | None
        billing: Billing | None
        shipping: Shipping | None
        currency: str | None
        company: Company | None

    @property
    def lines(self) -> list[OrderLine]:
        """The order's lines: ``order_products``, or rebuilt from ``products[].pivot``."""
        if self.order_products:
            return self.order_products
        lines = []
        for product in self.products:
            pivot = product.pivot
            if pivot is None:
                continue
            meta = dict(pivot.metadata or {})
            meta.setdefault("item_title", product.title)
            lines.append(
                OrderLine(
                    id=pivot.id,
                    order_id=pivot.order_id,
                    product_id=pivot.product_id or product.id,
                    variant_id=pivot.variant_id,
                    price=product.price if product.price is not None else pivot.price,
                    quantity=product.quantity if product.quantity is not None else pivot.quantity,
                    metadata=meta,
                    discounts=pivot.extra(
                        "discounts"
                    ),  # the line's own (a product's discounts[] may be the catalogue's)
                )
            )
        return lines

    @property
    def shipping_status(self) -> ShippingStatus:
        """Fulfilment status (UNKNOWN when missing or new)."""
        return self.shipping.status if self.shipping else ShippingStatus.UNKNOWN

    @property
    def billing_status(self) -> BillingStatus:
        """Payment status (UNKNOWN when missing or new)."""
        return self.billing.status if self.billing else BillingStatus.UNKNOWN

    @property
    def billing_address(self) -> Address | None:
        """The billing address, from billing or from the addresses list."""
        if self.billing and self.billing.address:
            return self.billing.address
        return next((a for a in self.addresses if a.is_billing), None)

    @property
    def shipping_address(self) -> Address | None:
        """The shipping address, from shipping or from the addresses list."""
        if self.shipping and self.shipping.address:
            return self.shipping.address
        return next((a for a in self.addresses if a.is_shipping), None)

    @property
    def customer_name(self) -> str:
        """Who the order is for: the customer, else the billing or shipping name."""
        if self.customer and self.customer.full_name:
            return self.customer.full_name
        for address in (self.billing_address, self.shipping_address):
            if address and address.full_name:
                return address.full_name
        return ""

    @property
    def customer_phone(self) -> str:
        """A phone number for the customer, from wherever the body has one."""
        candidates = [self.customer.phone if self.customer else None]
        candidates += [a.phone for a in (self.billing_address, self.shipping_address) if a]
        return next((p for p in candidates if p), "")

    @property
    def currency_code(self) -> str:
        """The order's currency (XAF when the body does not say)."""
        if self.currency:
            return self.currency
        if self.company and self.company.currency_code:
            return self.company.currency_code
        return "XAF"

    @property
    def item_count(self) -> int:
        """Total quantity over all lines."""
        return sum(line.quantity or 0 for line in self.lines)

    def line(self, line_id: str) -> OrderLine | None:
        """The line with this id, if any."""
        return next((line for line in self.lines if line.id == line_id), None)


class Order(OrderFacts, GenukaModel):
    """A Genuka order, read leniently, with the server's JSON kept in :attr:`raw`."""

    id: LooseStr = None
    reference: LooseStr = None
    status: LooseStr = None
    state: OrderStateField = 0  # type: ignore[assignment]
    source: LooseStr = None
    revenue_type: LooseStr = None
    currency: LooseStr = None
    amount: LooseDecimal = None
    amount_due: LooseDecimal = None
    customer_id: LooseStr = None
    customer: Nested[Customer] = None
    billing: Nested[Billing] = None
    shipping: Nested[Shipping] = None
    order_products: NestedList[OrderLine] = []
    products: NestedList[Product] = []
    addresses: NestedList[Address] = []
    deliveries: NestedList[Delivery] = []
    delivery: Nested[Delivery] = None
    invoices: NestedList[Invoice] = []
    invoices_count: LooseInt = None
    company: Nested[Company] = None
    shop: Nested[Shop] = None
    user: Nested[User] = None
    company_id: LooseStr = None
    shop_id: LooseStr = None
    user_id: LooseStr = None
    custom_fields: LooseList = []
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None
    due_at: LooseDatetime = None
    expires_at: LooseDatetime = None
    deleted_at: LooseDatetime = None

    _raw: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def payments(self) -> list[Payment]:
        """The payments that stand (queued ones included, marked), oldest first."""
        return payments_of(self._raw)

    @property
    def balance(self) -> Decimal:
        """What is still owed."""
        return balance_of(self._raw)

    @property
    def cancelled(self) -> bool:
        """Cancelled on the server: soft-deleted, or moved to the cancelled status (it had invoices)."""
        return is_cancelled(self.deleted_at, self.status)

    @classmethod
    def from_raw(cls, raw: dict[str, Any], *, copy_raw: bool = True) -> Order:
        """Parse a server body, keeping it for faithful writes.

        ``copy_raw=False`` keeps ``raw`` itself (no deep copy): for fresh
        bodies nobody else holds, such as a just-decoded page.
        """
        order = cls.model_validate(raw)
        order._raw = copy.deepcopy(raw) if copy_raw else raw
        return order

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the JSON this order was parsed from (safe to change)."""
        return copy.deepcopy(self._raw)

    @property
    def raw_view(self) -> dict[str, Any]:
        """The JSON this order was parsed from, not copied: read it, never change it."""
        return self._raw

    @property
    def raw_updated_at(self) -> Any:
        """``updated_at`` exactly as the server wrote it (the write guard compares it)."""
        return self._raw.get("updated_at")
