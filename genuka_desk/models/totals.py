"""The local totals preview: a pure function of lines, shipping, discounts, taxes.

The server recomputes the real amounts when a change reaches it; this preview
shows the clerk what to expect while editing (and while offline).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .coerce import to_decimal
from .order import Order

ZERO = Decimal(0)


@dataclass(frozen=True)
class Totals:
    """An order's money figures. ``amount_due`` never goes below zero."""

    subtotal: Decimal
    discounts: Decimal
    shipping: Decimal
    taxes: Decimal
    total: Decimal
    paid: Decimal
    amount_due: Decimal
    returns: Decimal = ZERO  # what approved returns took off the bill (billing.returns_total)


def compute_totals(
    lines: Iterable[tuple[Decimal | None, int | None]],
    *,
    shipping: Decimal | None = None,
    discounts: Decimal | None = None,
    taxes: Decimal | None = None,
    paid: Decimal | None = None,
    returns: Decimal | None = None,
) -> Totals:
    """Totals from (unit price, quantity) pairs: ``price`` is the unit price; ``returns`` comes off the total."""
    subtotal = sum(((price or ZERO) * (quantity or 0) for price, quantity in lines), ZERO)
    shipping = shipping or ZERO
    discounts = discounts or ZERO
    taxes = taxes or ZERO
    paid = paid or ZERO
    returns = returns or ZERO
    total = subtotal - discounts + shipping + taxes - returns
    return Totals(
        subtotal=subtotal,
        discounts=discounts,
        shipping=shipping,
        taxes=taxes,
        total=total,
        paid=paid,
        amount_due=max(total - paid, ZERO),
        returns=returns,
    )


def paid_so_far(order: Order) -> Decimal:
    """What the customer has paid: the server's amount minus what it says is due."""
    if order.amount is None or order.amount_due is None:
        return ZERO
    return max(order.amount - order.amount_due, ZERO)


def order_totals(order: Order, *, paid: Decimal | None = None) -> Totals:
    """The preview for an order as it stands (with any local edits applied).

    ``paid`` defaults to what the order's own amounts say was paid; pass the
    figure from the server's last body when previewing an edited copy.
    """
    billing = order.billing
    discounts = ZERO
    taxes = ZERO
    if billing is not None:
        if billing.discount:
            discounts = billing.discount
        else:
            discounts = (billing.line_discounts_total or ZERO) + (billing.order_discounts_total or ZERO)
        taxes = (billing.sum_positive_taxes or ZERO) - (billing.sum_negative_taxes or ZERO)
    shipping = order.shipping.amount if order.shipping and order.shipping.amount is not None else None
    if shipping is None and billing is not None:
        shipping = billing.shipping
    return compute_totals(
        ((line.price, line.quantity) for line in order.lines),
        shipping=shipping,
        discounts=discounts,
        taxes=taxes,
        paid=paid_so_far(order) if paid is None else paid,
        returns=billing.returns_total if billing is not None else None,
    )


def priced(raw: dict[str, Any]) -> Decimal:
    """What an order's lines, discounts and shipping come to (before the server's taxes)."""
    totals = order_totals(Order.from_raw(raw, copy_raw=False))
    return totals.subtotal - totals.discounts + totals.shipping - totals.returns


def shift_totals(raw: dict[str, Any], moved: Decimal) -> None:
    """Move an order's total and balance by ``moved`` (a local edit of its lines or shipping), in place.

    So the list's Total and Balance follow an edit at once, as the server's
    will once it has the change.
    """
    if not moved:
        return
    amount = to_decimal(raw.get("amount"))
    if amount is not None:
        raw["amount"] = str(amount + moved)
    due = to_decimal(raw.get("amount_due"))
    if due is not None:
        raw["amount_due"] = str(max(due + moved, ZERO))
