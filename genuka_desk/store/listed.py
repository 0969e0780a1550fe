"""Folding a list item into the body held for the same order.

``GET /admin/orders`` items carry the columns, billing and shipping without
their address objects, and only the relations asked for in ``include``
(06-orders-sales.md). The local copy keeps every key the server sent, so an
item does not replace a detail body: it updates the keys it carries and the
rest stays. Relations the item cannot vouch for (addresses, invoices,
payments...) may then be older than the order: such orders are marked for a
detail fetch.
"""

from __future__ import annotations

from typing import Any

# Keys only a detail answer carries; a body holding one came from GET /orders/{id}.
DETAIL_ONLY = ("order_products", "addresses", "invoices", "payments", "company", "shop", "user")


def merge_listed(held: dict[str, Any], item: dict[str, Any]) -> dict[str, Any]:
    """``held`` updated with what ``item`` carries; nested billing and shipping merged one level down."""
    merged = dict(held)
    for key, value in item.items():
        old = held.get(key)
        if key in ("billing", "shipping") and isinstance(value, dict) and isinstance(old, dict):
            part = {**old, **value}
            address = old.get("address")
            if isinstance(address, dict) and "address_id" in value and value["address_id"] != address.get("id"):
                part.pop("address", None)  # the order points at another address row now
            merged[key] = part
        else:
            merged[key] = value
    if "products" in item:
        # The lines are read from products[].pivot now: held order_products would shadow them.
        merged.pop("order_products", None)
    return merged


def carries_news(held: dict[str, Any], item: dict[str, Any]) -> bool:
    """True when ``item`` says something ``held`` does not (billing and shipping compared key by key)."""
    for key, value in item.items():
        old = held.get(key)
        if key in ("billing", "shipping") and isinstance(value, dict) and isinstance(old, dict):
            if any(old.get(k) != v for k, v in value.items()):
                return True
        elif old != value:
            return True
    return False


def lacks_detail(body: dict[str, Any]) -> bool:
    """True when a held body lacks what the editor needs.

    That is the lines (a server that ignored ``include``), the customer, or the
    address objects, which list items never carry: a body never fetched in full.
    """
    if not isinstance(body.get("products"), list) and not isinstance(body.get("order_products"), list):
        return True
    if body.get("customer_id") and not isinstance(body.get("customer"), dict):
        return True
    return "addresses" not in body


def held_detail(held: dict[str, Any]) -> bool:
    """True when the held body came from a detail answer (its relations may now be stale)."""
    return any(key in held for key in DETAIL_ONLY)
