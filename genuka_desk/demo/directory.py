"""The demo's catalogue and customer lists, as the reference describes them.

``GET /admin/products`` (03-catalog-products.md): ``filter[search]`` (title,
SKU, barcode), ``filter[updated_at][start|end]``, ``sort`` on ``title`` or
``updated_at``, variants with ``include=variants``; every third product
follows its stock (``follow_stock`` with an ``estimated_quantity``).
``GET /admin/customers`` (05-customers-crm.md): ``filter[search]`` (name,
email, phone) and ``sort`` on ``updated_at``, ``created_at`` or names; no
date filter, as documented.
"""

from __future__ import annotations

import copy
import heapq
import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from .data import ANCHOR
from .errors import invalid
from .pages import envelope, page_params
from .state import DemoState
from .stocks import variant_total
from .values import iso, json_number, parse_time

PRODUCT_SORTS = {"title", "updated_at", "created_at"}
CUSTOMER_SORTS = {"updated_at", "created_at", "first_name", "last_name", "phone"}


def _product(index: int, product: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(product)
    if index % 3 == 0:  # followed stock, the same every run (no random draw)
        for n, variant in enumerate(item["variants"]):
            variant["follow_stock"] = 1
            variant["estimated_quantity"] = (index * 7 + n * 3) % 25
        item["follow_stock"] = True
    # Products changed at different times, an hour apart (the generated ones share one time).
    moment = datetime.fromtimestamp(parse_time(item["updated_at"]) or 0, UTC) + timedelta(hours=index)
    item["updated_at"] = iso(moment)
    for variant in item["variants"]:
        variant["updated_at"] = item["updated_at"]
    return item


def customer_body(customer: dict[str, Any], index: int = 0) -> dict[str, Any]:
    """A customer as the API shows one (generated ones changed an hour apart, before the anchor)."""
    when = customer.get("updated_at") or iso(ANCHOR - timedelta(hours=index))
    return {
        "id": customer["id"],
        "first_name": customer.get("first_name"),
        "last_name": customer.get("last_name"),
        "email": customer.get("email"),
        "phone": customer.get("phone"),
        "type": "individual",
        "company_name": None,
        "metadata": {},
        "deleted_at": None,
        "created_at": customer.get("created_at") or when,
        "updated_at": when,
        "addresses": [],
        "tags": [],
    }


class Directory:
    """The catalogue's and the customers' lists."""

    def __init__(self, state: DemoState) -> None:
        self.state = state

    def list_products(self, params: dict[str, str], base_url: str, style: str) -> dict[str, Any]:
        """``GET /admin/products``: search, changed since, sorted, one page."""
        search = params.get("filter[search]", "").strip().lower()
        items = [_product(n, p) for n, p in enumerate(self.state.data.products)]
        for item in items:  # the stock left after sales (stocks.py), over every warehouse
            for variant in item["variants"]:
                total = variant_total(self.state, variant["id"]) if variant.get("follow_stock") else None
                if total is not None:
                    variant["estimated_quantity"] = json_number(total)
        if search:

            def hay(p: dict[str, Any]) -> str:
                codes = " ".join(f"{v.get('sku') or ''} {v.get('barcode') or ''}" for v in p["variants"])
                return f"{p['title']} {codes}".lower()

            items = [p for p in items if search in hay(p)]
        for bound in ("start", "end"):
            text = params.get(f"filter[updated_at][{bound}]")
            if text:
                limit = parse_time(text)
                if limit is None:
                    raise invalid({f"filter.updated_at.{bound}": ["The date is not valid."]})
                keep = (lambda t, lim=limit: t >= lim) if bound == "start" else (lambda t, lim=limit: t <= lim)
                items = [p for p in items if keep(parse_time(p["updated_at"]) or 0)]
        sort = params.get("sort", "title")
        if sort.lstrip("-") not in PRODUCT_SORTS:
            raise invalid({"sort": [f"Requested sort(s) `{sort.lstrip('-')}` is not allowed."]})
        items.sort(key=lambda p: (p[sort.lstrip("-")], p["id"]), reverse=sort.startswith("-"))
        page, per_page = page_params(params)
        chosen = items[(page - 1) * per_page : page * per_page]
        with_variants = "variants" in params.get("include", "")
        for item in chosen:
            item["first_variant"] = item["variants"][0]
            item["variants_count"] = len(item["variants"])
            if not with_variants:
                del item["variants"]
        return envelope(chosen, len(items), page, per_page, params, f"{base_url}/admin/products", style)

    def list_customers(self, params: dict[str, str], base_url: str, style: str) -> dict[str, Any]:
        """``GET /admin/customers``: search, sorted, one page."""
        search = params.get("filter[search]", "").strip().lower()
        sort = params.get("sort", "-created_at")
        field = sort.lstrip("-")
        if field not in CUSTOMER_SORTS:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})

        def key(c: dict[str, Any]) -> tuple[str, str]:
            return str(c[field] or ""), str(c["id"])

        state = self.state
        made = [customer_body(c, n) for n, c in enumerate(state.created_customers, len(state.data.customers))]
        page, per_page = page_params(params)
        if search:

            def hay(c: dict[str, Any]) -> str:
                phone = str(c.get("phone") or "")
                return f"{c.get('first_name')} {c.get('last_name')} {c.get('email')} {phone} {phone.replace(' ', '')}"

            items = [c for c in (*self._generated_customers(sort, key), *made) if search in hay(c).lower()]
            items.sort(key=key, reverse=sort.startswith("-"))
            total, chosen = len(items), items[(page - 1) * per_page : page * per_page]
        else:
            # The generated customers never change: sorted once, as a database index would be, and
            # merged with the few the orders created (those may change).
            made.sort(key=key, reverse=sort.startswith("-"))
            merged = heapq.merge(self._generated_customers(sort, key), made, key=key, reverse=sort.startswith("-"))
            total = len(state.data.customers) + len(made)
            chosen = list(itertools.islice(merged, (page - 1) * per_page, page * per_page))
        return envelope(copy.deepcopy(chosen), total, page, per_page, params, f"{base_url}/admin/customers", style)

    def _generated_customers(self, sort: str, key: Callable[[dict[str, Any]], tuple[str, str]]) -> list[dict[str, Any]]:
        """The generated customers' bodies in ``sort`` order (built once per sort)."""
        cached = self.state.listing_cache.get(("customers", sort))
        if cached is None:
            cached = [customer_body(c, n) for n, c in enumerate(self.state.data.customers)]
            cached.sort(key=key, reverse=sort.startswith("-"))
            self.state.listing_cache[("customers", sort)] = cached
        return cached  # read only
