"""What ``GET /admin/orders`` items carry: scalar columns, billing and shipping, and only the includes asked.

The real list is include-controlled (06-orders-sales.md): without ``include``
an item has no customer, no lines, no delivery, and its billing and shipping
objects carry no address. The demo answers the same, so a client that relies
on what it did not ask for fails here first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The relations the list accepts in ``include`` (anything else is a 400, as Spatie's query builder says).
INCLUDES = (
    "company",
    "shop",
    "customer",
    "products",
    "products_count",
    "taxes",
    "discounts",
    "shipping_fee",
    "pickup_location",
    "delivery",
    "deliveries",
    "adjustments",
)

# Keys of a stored (detail) body that are relations, not columns: absent from a list item unless included.
RELATIONS = frozenset(
    {
        "customer",
        "customer_orders_count",
        "products",
        "order_products",
        "addresses",
        "deliveries",
        "delivery",
        "invoices",
        "invoices_count",
        "bills",
        "returns",
        "returns_count",
        "credit_notes",
        "adjustments",
        "discounts",
        "taxes",
        "subscriptions",
        "medias",
        "private_medias",
        "custom_fields",
        "pickup_location",
        "shipping_fee",
        "payments",
        "company",
        "shop",
        "user",
    }
)
# Loaded objects inside billing and shipping that a list item lacks (ids stay).
NESTED_RELATIONS = {"billing": ("address", "treasury_account"), "shipping": ("address",)}


class IncludeError(ValueError):
    """An ``include`` the list does not allow (the server answers 400)."""


def parse_includes(text: str | None) -> tuple[str, ...]:
    """The asked includes, validated."""
    names = tuple(n.strip() for n in (text or "").split(",") if n.strip())
    unknown = [n for n in names if n not in INCLUDES]
    if unknown:
        allowed = ",".join(INCLUDES)
        raise IncludeError(
            f"Requested include(s) `{','.join(unknown)}` are not allowed. Allowed include(s) are `{allowed}`."
        )
    return names


def list_item(
    body: dict[str, Any], includes: tuple[str, ...], company: Callable[[], Any], shop: Callable[[], Any]
) -> dict[str, Any]:
    """One list item from a stored body: columns, slim billing/shipping, and the asked relations."""
    item = {k: v for k, v in body.items() if k not in RELATIONS}
    for side, nested in NESTED_RELATIONS.items():
        part = item.get(side)
        if isinstance(part, dict):
            item[side] = {k: v for k, v in part.items() if k not in nested}
    for name in includes:
        if name == "company":
            item["company"] = company()
        elif name == "shop":
            item["shop"] = shop()
        elif name == "products_count":
            item["products_count"] = len(body.get("products") or [])
        else:
            item[name] = body.get(name, [] if name in ("deliveries", "discounts", "taxes", "adjustments") else None)
    return item
