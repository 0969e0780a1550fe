"""``GET /admin/orders``: filter, search, sort, one page of slim items in the asked envelope.

Filters are Spatie's (``filter[...]``), ``anonymous=false`` hides ghost
orders, ``filter[active]`` picks soft-deleted or live ones; an unknown sort
or a bad date is a 400. Items are slim unless ``include`` asks for more
(:mod:`.listing`). The last list's matching orders are kept until an order
changes: a client walking the pages does not filter again for each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DemoError, invalid
from .listing import IncludeError, list_item, parse_includes
from .pages import envelope, page_params
from .state import DemoState
from .values import parse_time

SORTABLE = (
    "created_at",
    "updated_at",
    "reference",
    "state",
    "amount",
    "source",
    "due_at",
    "scheduled_at",
    "customer_first_name",
    "customer_last_name",
)


class OrderList:
    """The order list: which orders a request matches, and the page of them it gets."""

    def __init__(self, state: DemoState, grow: Callable[[int], object]) -> None:
        """``grow(n)`` makes ``n`` orders now (after a page that ``grow_after_page`` names is served)."""
        self.state = state
        self._grow = grow
        self._list_cache: tuple[Any, list[int]] | None = None

    def _matching(self, params: dict[str, str]) -> list[int]:
        """The positions of the orders a list request matches, in its order (the last answer is kept)."""
        key = (
            tuple(sorted((k, v) for k, v in params.items() if k.startswith(("filter", "sort", "anonymous")))),
            self.state.index.version,
        )
        if self._list_cache and self._list_cache[0] == key:
            return self._list_cache[1]
        since = parse_time(params.get("filter[updated_at][start]") or "")
        pool = self.state.index.rows if since is None else self.state.index.updated_since(since)
        active = params.get("filter[active]")
        if active in ("false", "0"):
            rows = [r for r in pool if r.deleted]
        elif active in ("true", "1"):
            rows = [r for r in pool if not r.deleted and not r.cancelled]
        else:
            rows = [r for r in pool if not r.deleted]  # Laravel's soft-delete scope
        if params.get("anonymous") in ("false", "0"):
            rows = [r for r in rows if not r.ghost]
        search = params.get("filter[search]", "").strip().lower()
        if search:
            rows = [r for r in rows if search in r.search]
        for param, attr in (
            ("filter[shipping->status]", "shipping_status"),
            ("filter[shipping_status]", "shipping_status"),
            ("filter[billing_status]", "billing_status"),
            ("filter[customer_id]", "customer_id"),
            ("filter[source]", "source"),
        ):
            wanted = params.get(param)
            if wanted:
                values = set(wanted.split(","))
                rows = [r for r in rows if getattr(r, attr) in values]
        for param, attr in (
            ("filter[customer.phone]", "phone"),
            ("filter[customer.first_name]", "first_name"),
            ("filter[customer.last_name]", "last_name"),
        ):
            wanted = params.get(param, "").strip().lower()
            if wanted:
                rows = [r for r in rows if wanted in getattr(r, attr).lower()]
        if params.get("filter[discount_id]"):
            rows = [r for r in rows if r.index in self._carrying(params["filter[discount_id]"])]
        if params.get("filter[reference]"):
            ref = params["filter[reference]"].strip().lower()
            rows = [r for r in rows if r.reference.lower() == ref or r.reference.lower() == f"#{ref}"]
        if params.get("filter[state]"):
            try:
                state = int(params["filter[state]"])
            except ValueError as exc:
                raise invalid({"filter.state": ["The state must be 1, 2 or 3."]}) from exc
            rows = [r for r in rows if r.state == state]
        for field, attr in (("updated_at", "updated"), ("created_at", "created")):
            for bound in ("start", "end"):
                text = params.get(f"filter[{field}][{bound}]")
                if not text:
                    continue
                limit = parse_time(text)
                if limit is None:
                    raise invalid({f"filter.{field}.{bound}": [f"The {field} {bound} is not a valid date."]})
                if bound == "start":
                    rows = [r for r in rows if getattr(r, attr) >= limit]
                else:
                    rows = [r for r in rows if getattr(r, attr) <= limit]
        sort = params.get("sort", "-created_at")
        field = sort.lstrip("-")
        if field not in SORTABLE:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})
        attr = {
            "created_at": "created",
            "updated_at": "updated",
            "due_at": "created",
            "scheduled_at": "created",
            "customer_first_name": "first_name",
            "customer_last_name": "last_name",
        }.get(field, field)
        ordered = sorted(rows, key=lambda r: (getattr(r, attr), r.index), reverse=sort.startswith("-"))
        result = [r.index for r in ordered]
        self._list_cache = (key, result)
        return result

    def _carrying(self, discount_id: str) -> set[int]:
        """The orders whose ``discounts[]`` hold the discount (only a stored body can: generated ones have none)."""
        return {
            index
            for index, body in self.state.bodies.items()
            if any(isinstance(d, dict) and d.get("id") == discount_id for d in body.get("discounts") or [])
        }

    def list_orders(self, params: dict[str, str], base_url: str, style: str) -> dict[str, Any]:
        """``GET /orders``: filter, search, sort and one page of slim items in the asked envelope."""
        try:
            includes = parse_includes(params.get("include"))
        except IncludeError as exc:
            raise DemoError(400, {"message": str(exc)}) from exc
        state = self.state
        with state.lock:
            indices = self._matching(params)
            page, per_page = page_params(params)
            chosen = indices[(page - 1) * per_page : page * per_page]
            items = [list_item(state.body(i), includes, state.data.company_body, state.data.shop_body) for i in chosen]
            grow = state.grow_after_page.pop(page, 0)
        if grow:
            self._grow(grow)  # created while the client walks the pages
        return envelope(items, len(indices), page, per_page, params, f"{base_url}/admin/orders", style)
