"""A sale taken at the desk: the draft of a new order, its ``POST /admin/orders`` body and its local copy.

The draft is what the clerk filled in (customer, lines, pickup or delivery,
payment). :meth:`NewOrder.create_body` is the documented create body, with
only what the clerk gave; :meth:`NewOrder.local_body` is the order as the
desk shows it until the server has created it (a temporary reference,
``DESK-0007``). The creation time is set by the desk, to the whole second,
and sent as ``created_at``: with the customer it is how the desk recognises
its own order on the server after a try whose answer was lost.

Money taken with the sale is not a create input: the reference runs payment
processing on create only when the billing status is already ``paid``, and
stores ``billing.amount`` without recording a payment. So the create body
carries no billing at all, and the money is a payment of its own
(:meth:`NewOrder.payment`), queued behind the creation and sent once the
order exists, under the payment's exactly-once rules.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field

from .coerce import WAT
from .edits import CLIENT_LINE_KEY, LineChange, OrderEdit
from .line_discounts import line_off
from .payment import NewPayment

LOCAL_ID_PREFIX = "local-"
LOCAL_REFERENCE_PREFIX = "DESK-"


def is_local_id(order_id: str) -> bool:
    """Whether ``order_id`` names an order the server has not created yet."""
    return order_id.startswith(LOCAL_ID_PREFIX)


def new_local_id() -> str:
    """An id for an order taken here, until the server gives its own."""
    return f"{LOCAL_ID_PREFIX}{uuid.uuid4().hex}"


def local_reference(number: int) -> str:
    """The temporary reference of the desk's ``number``-th new order (``DESK-0007``)."""
    return f"{LOCAL_REFERENCE_PREFIX}{number:04d}"


def api_moment(moment: datetime) -> str:
    """A moment as the API writes it, to the whole second in UTC (``2026-12-01T08:30:05.000000Z``)."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


class NewCustomer(BaseModel):
    """The customer of a new order: an existing one (``id``) or one the server creates (by phone)."""

    id: str | None = None
    first_name: str = ""
    last_name: str = ""
    phone: str | None = None  # the normal form (models.phone.normal_phone)
    email: str | None = None

    @property
    def name(self) -> str:
        """First and last name, as one."""
        return " ".join(p for p in (self.first_name.strip(), self.last_name.strip()) if p)

    def body(self) -> dict[str, Any]:
        """The documented ``customer`` object of the create body.

        A known customer goes as ``{"id"}`` alone: with an id the server
        "updates if found", so any other key sent would rewrite their record.
        A new customer carries what the clerk typed.
        """
        if self.id:
            return {"id": self.id}
        out: dict[str, Any] = {}
        for key in ("id", "first_name", "last_name", "phone", "email"):
            value = getattr(self, key)
            if value not in (None, ""):
                out[key] = value
        return out


class NewOrderLine(BaseModel):
    """One line of a new order: a catalogue product (and variant) or an ad-hoc title and price."""

    key: str = Field(default_factory=lambda: uuid.uuid4().hex)
    product_id: str | None = None
    variant_id: str | None = None
    title: str
    variant_title: str | None = None
    sku: str | None = None
    quantity: int
    price: Decimal
    # The clerk's line discounts, in the documented input shape (models.line_discounts); not a create
    # input: they follow the creation as a line edit of their own.
    discounts: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def total(self) -> Decimal:
        """Price times quantity."""
        return self.price * self.quantity

    @property
    def discount_off(self) -> Decimal:
        """What the line's discounts take off (the desk's preview of the server's rule)."""
        return line_off(self.price, self.quantity, self.discounts)

    @property
    def net(self) -> Decimal:
        """The line's total less its discounts."""
        return self.total - self.discount_off


class NewOrder(BaseModel):
    """What the clerk filled in for a sale."""

    customer: NewCustomer = Field(default_factory=NewCustomer)
    lines: list[NewOrderLine] = Field(default_factory=list)
    source: str = "POS"
    currency: str = "XAF"
    mode: str = "pickup"  # or "delivery"
    address: dict[str, str] = Field(default_factory=dict)  # line1, city, country... (delivery)
    address_id: str | None = None  # one of the customer's known addresses instead
    scheduled_at: date | None = None
    shipping_amount: Decimal | None = None  # set after creation (not a create input): a follow-up change
    paid_amount: Decimal | None = None  # paid now: a payment recorded once the order exists (see payment())
    method: str | None = None
    treasury_account_id: str | None = None
    tendered: Decimal | None = None  # cash handed over (the receipt shows the change given back)
    clerk: str | None = None  # who took the sale, for the receipt
    payment_key: str = Field(default_factory=lambda: uuid.uuid4().hex)  # the sale's payment's identity
    created_at: datetime | None = None  # set by the desk when the sale is queued
    shop_id: str | None = None
    # The shop's discounts by code (or automatic ones): {discount_id, code, title, amount_off: the desk's preview}.
    # Not a create input: sent as the order-level ``discounts: [{discount_id, code}]`` of the PUT behind it.
    codes: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def subtotal(self) -> Decimal:
        """The lines' total."""
        return sum((line.total for line in self.lines), Decimal(0))

    @property
    def discounts(self) -> Decimal:
        """What the lines' discounts and the shop's discounts (the desk's preview) take off."""
        lines = sum((line.discount_off for line in self.lines), Decimal(0))
        return lines + sum((Decimal(str(c.get("amount_off") or 0)) for c in self.codes), Decimal(0))

    @property
    def total(self) -> Decimal:
        """What the customer owes: the lines less their discounts, and the shipping amount."""
        return self.subtotal - self.discounts + (self.shipping_amount or Decimal(0))

    def discount_edit(self) -> OrderEdit | None:
        """The sale's line discounts as the line edit that follows its creation (None: no discount).

        Lines are named ``+<key>`` until the server has created them.
        """
        lines = {f"+{line.key}": LineChange(discounts=line.discounts) for line in self.lines if line.discounts}
        fields = {"discounts": [dict(c) for c in self.codes]} if self.codes else {}
        return OrderEdit(lines=lines, fields=fields) if lines or fields else None

    @property
    def amount_due(self) -> Decimal:
        """What remains to pay after the payment taken now."""
        return max(Decimal(0), self.total - (self.paid_amount or Decimal(0)))

    @property
    def is_untouched(self) -> bool:
        """Nothing filled in yet: nobody, no line, nothing paid, a pickup (a new sale as it opens)."""
        who = self.customer
        named = bool(who.id or who.name or who.phone or who.email)
        return not named and not self.lines and not self.paid_amount and self.mode == "pickup"

    def add(self, line: NewOrderLine) -> NewOrderLine:
        """Add a line; the same product (and variant) at the same price raises its quantity instead."""
        for held in self.lines:
            same = held.product_id is not None and (held.product_id, held.variant_id) == (
                line.product_id,
                line.variant_id,
            )
            if same and held.price == line.price:
                held.quantity += line.quantity
                return held
        self.lines.append(line)
        return line

    def create_body(self) -> dict[str, Any]:
        """The documented ``POST /admin/orders`` body: only what the clerk gave."""
        products = []
        for line in self.lines:
            item: dict[str, Any] = {"title": line.title, "price": _number(line.price), "quantity": line.quantity}
            if line.product_id:
                item["product_id"] = line.product_id
            if line.variant_id:
                item["variant_id"] = line.variant_id
            products.append(item)
        body: dict[str, Any] = {
            "source": self.source,
            "currency": self.currency,
            "customer": self.customer.body(),
            "products": products,
        }
        shipping: dict[str, Any] = {"mode": self.mode}
        if self.mode == "delivery":
            if self.address_id:
                shipping["address_id"] = self.address_id
            elif self.address:
                shipping["address"] = {k: v for k, v in self.address.items() if v}
        if self.scheduled_at is not None:
            shipping["scheduled_at"] = self.scheduled_at.isoformat()
        body["shipping"] = shipping
        # No billing: the money taken is a payment of its own (see the module's docstring).
        if self.created_at is not None:
            body["created_at"] = api_moment(self.created_at)
        if self.shop_id:
            body["shop_id"] = self.shop_id
        return body

    def payment(self) -> NewPayment | None:
        """The money taken with the sale, as the payment recorded once the order exists (None: nothing paid).

        Its key is made once with the sale, so the payment keeps one identity across tries.
        """
        if not self.paid_amount or self.paid_amount <= 0:
            return None
        return NewPayment(
            key=f"sale-{self.payment_key}",
            amount=self.paid_amount,
            method=self.method or "",
            treasury_account_id=self.treasury_account_id or "",
            paid_on=(self.created_at or datetime.now(UTC)).astimezone(WAT).date(),
            tendered=self.tendered,
            clerk=self.clerk,
        )

    def local_body(self, order_id: str, reference: str) -> dict[str, Any]:
        """The order as the desk shows it until the server has created it (an order body, lines and all).

        Unpaid, as the server creates it: the money taken is laid on it by the sale's queued payment.
        """
        when = api_moment(self.created_at or datetime.now(UTC))
        paid = Decimal(0)
        status = "pending"
        products, rows = [], []
        for line in self.lines:
            pivot = {"id": f"+{line.key}", "quantity": line.quantity, "price": _number(line.price)}
            products.append(
                {
                    "id": line.product_id or f"+{line.key}",
                    "title": line.title,
                    "price": _number(line.price),
                    "pivot": {**pivot, "variant_id": line.variant_id, "product_id": line.product_id},
                }
            )
            rows.append(
                {
                    **pivot,
                    "product_id": line.product_id,
                    "variant_id": line.variant_id,
                    "metadata": {
                        "product_title": line.title,
                        "variant_title": line.variant_title,
                        "variant_sku": line.sku,
                        CLIENT_LINE_KEY: line.key,  # so the line edit behind the creation finds it (+<key>)
                    },
                    "discounts": [],  # the sale's discounts are laid by the line edit that follows its creation
                }
            )
        # Shown with every field the desk knows (the create body names a known customer by id alone).
        known = self.customer.model_dump(include={"id", "first_name", "last_name", "phone", "email"})
        customer = {key: value for key, value in known.items() if value not in (None, "")}
        address = dict(self.address) if self.mode == "delivery" and self.address else None
        return {
            "id": order_id,
            "reference": reference,
            "source": self.source,
            "currency": self.currency,
            "state": 3,  # a sales order
            "status": "pending",
            # What the server holds right after the creation: the shipping amount is not a create
            # input, it follows as a change of its own (laid on this body until it is sent).
            "amount": _number(self.subtotal),
            "amount_due": _number(max(Decimal(0), self.subtotal - paid)),
            "customer": customer or None,
            "billing": {
                "status": status,
                "amount": _number(paid),
                "total": _number(self.subtotal),
            },
            "shipping": {
                "mode": self.mode,
                "status": "pending",
                "amount": 0,
                "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
                "address": address,
            },
            "products": products,
            "order_products": rows,
            "created_at": when,
            "updated_at": when,
            "deleted_at": None,
            "metadata": {},
        }


def _number(value: Decimal) -> int | float:
    """A money value as JSON writes it (whole amounts without decimals)."""
    return int(value) if value == value.to_integral_value() else float(value)


class CreateBodyError(ValueError):
    """A create body that cannot be read as a sale; the message says where."""


def draft_from_create_body(body: Any) -> NewOrder:
    """A sale from a body in the documented ``POST /admin/orders`` shape (a file a manager wrote).

    Unknown keys are refused rather than dropped, so nothing the writer meant is silently lost.
    """
    if not isinstance(body, dict):
        raise CreateBodyError("The file must hold one order object.")
    allowed = {"source", "currency", "customer", "products", "shipping", "billing", "created_at", "shop_id"}
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise CreateBodyError(f"Unknown key(s) for a new order: {', '.join(unknown)}.")
    customer = body.get("customer")
    if not isinstance(customer, dict):
        raise CreateBodyError("customer: an object is required (first_name, last_name, phone...).")
    products = body.get("products")
    if not isinstance(products, list) or not products:
        raise CreateBodyError("products: a list of at least one line is required.")
    lines = []
    for n, item in enumerate(products, start=1):
        if not isinstance(item, dict):
            raise CreateBodyError(f"products.{n}: a line must be an object.")
        try:
            price = Decimal(str(item.get("price")))
            quantity = item.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, int) or not price.is_finite():
                raise ValueError
        except (ArithmeticError, ValueError) as exc:
            raise CreateBodyError(f"products.{n}: price must be a number and quantity a whole number.") from exc
        lines.append(
            NewOrderLine(
                product_id=_text(item.get("product_id")),
                variant_id=_text(item.get("variant_id")),
                title=str(item.get("title") or ""),
                quantity=quantity,
                price=price,
            )
        )
    shipping = body.get("shipping") or {}
    billing = body.get("billing") or {}
    if not isinstance(shipping, dict) or not isinstance(billing, dict):
        raise CreateBodyError("shipping and billing must be objects.")
    address = shipping.get("address") or {}
    when = shipping.get("scheduled_at")
    created = body.get("created_at")
    try:
        scheduled = date.fromisoformat(when) if when else None
        created_at = datetime.fromisoformat(str(created).replace("Z", "+00:00")) if created else None
        paid = Decimal(str(billing["amount"])) if billing.get("amount") is not None else None
    except (ValueError, ArithmeticError) as exc:
        raise CreateBodyError("A date (Y-m-d) or an amount cannot be read.") from exc
    return NewOrder(
        customer=NewCustomer(
            id=_text(customer.get("id")),
            first_name=str(customer.get("first_name") or ""),
            last_name=str(customer.get("last_name") or ""),
            phone=_text(customer.get("phone")),
            email=_text(customer.get("email")),
        ),
        lines=lines,
        source=str(body.get("source") or "POS"),
        currency=str(body.get("currency") or "XAF"),
        mode=str(shipping.get("mode") or ("delivery" if address else "pickup")),
        address={str(k): str(v) for k, v in address.items() if v is not None} if isinstance(address, dict) else {},
        address_id=_text(shipping.get("address_id")),
        scheduled_at=scheduled,
        paid_amount=paid,
        method=_text(billing.get("method")),
        treasury_account_id=_text(billing.get("treasury_account_id")),
        created_at=created_at.astimezone(UTC) if created_at else None,
        shop_id=_text(body.get("shop_id")),
    )


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


# Edit keys a sale not yet sent takes into its draft (the rest follow its creation as changes).
_DRAFT_FIELDS = {
    "shipping.mode": "mode",
    "shipping.scheduled_at": "scheduled_at",
    "billing.method": "method",
    "billing.treasury_account_id": "treasury_account_id",
}


def fold_edit(draft: NewOrder, edit: OrderEdit) -> tuple[NewOrder, OrderEdit]:
    """An edit of a sale not sent yet: what its draft takes (lines, address, mode...) and what is left.

    Lines are named ``+<key>`` in the local copy; statuses and the shipping
    amount are left to follow the creation as changes of their own.
    """
    folded = draft.model_copy(deep=True)
    rest: dict[str, Any] = {}
    for key, value in edit.fields.items():
        if key.startswith("shipping.address."):
            folded.address = {**folded.address, key.rsplit(".", 1)[-1]: "" if value is None else str(value)}
        elif key == "shipping.scheduled_at":
            folded.scheduled_at = date.fromisoformat(str(value)[:10]) if value else None
        elif key in _DRAFT_FIELDS:
            setattr(folded, _DRAFT_FIELDS[key], value)
        else:
            rest[key] = value
    removed = set(edit.removed_lines)
    kept = []
    for line in folded.lines:
        line_id = f"+{line.key}"
        if line_id in removed:
            continue
        change = edit.lines.get(line_id)
        if change is not None:
            if change.quantity is not None:
                line.quantity = change.quantity
            if change.price is not None:
                line.price = change.price
            if change.discounts is not None:
                line.discounts = list(change.discounts)
        kept.append(line)
    folded.lines = kept
    # An editor's new line (models.edits.NewLine) has the fields of a sale's line.
    folded.lines += [NewOrderLine.model_validate(added.model_dump()) for added in edit.added_lines]
    return folded, OrderEdit(fields=rest)
