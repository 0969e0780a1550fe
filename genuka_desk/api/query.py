"""Filters and sort of an order list, as the API's query parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

SORT_FIELDS = frozenset(
    {
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
    }
)


def api_time(value: datetime) -> str:
    """A datetime as the API's filters take it: UTC, ISO 8601, microseconds."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class OrderQuery:
    """What to list: search text, status filters, date ranges, sort (``-`` = descending)."""

    search: str | None = None
    reference: str | None = None
    shipping_status: str | None = None
    billing_status: str | None = None
    state: int | None = None
    customer_id: str | None = None
    # Partial matches on the customer (06-orders-sales.md): how a desk finds an order it created.
    customer_phone: str | None = None
    customer_last_name: str | None = None
    customer_first_name: str | None = None
    updated_start: datetime | None = None
    updated_end: datetime | None = None
    created_start: datetime | None = None
    created_end: datetime | None = None
    sort: str = "-created_at"
    # Relations the list items carry (06-orders-sales.md names them; the server refuses
    # others with a 400): without ``include`` the real server sends scalar columns plus
    # billing and shipping only (no customer, no lines).
    include: tuple[str, ...] = ()
    # False hides anonymous ("ghost") orders; None leaves the server's default.
    anonymous: bool | None = None
    # True: neither deleted nor cancelled; False: deleted orders only; None: not deleted.
    active: bool | None = None

    def __post_init__(self) -> None:
        if self.sort.lstrip("-") not in SORT_FIELDS:
            raise ValueError(f"Cannot sort orders by {self.sort!r}.")

    def to_params(self) -> dict[str, Any]:
        """The query string parameters, ``filter[...]`` style."""
        params: dict[str, Any] = {"sort": self.sort}
        if self.include:
            params["include"] = ",".join(self.include)
        if self.anonymous is not None:
            params["anonymous"] = "true" if self.anonymous else "false"
        if self.active is not None:
            params["filter[active]"] = "true" if self.active else "false"
        if self.search and self.search.strip():
            params["filter[search]"] = self.search.strip()
        if self.reference:
            params["filter[reference]"] = self.reference
        if self.shipping_status:
            params["filter[shipping->status]"] = self.shipping_status
        if self.billing_status:
            params["filter[billing_status]"] = self.billing_status
        if self.state is not None:
            params["filter[state]"] = self.state
        if self.customer_id:
            params["filter[customer_id]"] = self.customer_id
        for name, value in (
            ("phone", self.customer_phone),
            ("last_name", self.customer_last_name),
            ("first_name", self.customer_first_name),
        ):
            if value:
                params[f"filter[customer.{name}]"] = value
        for name, start, end in (
            ("updated_at", self.updated_start, self.updated_end),
            ("created_at", self.created_start, self.created_end),
        ):
            if start is not None:
                params[f"filter[{name}][start]"] = api_time(start)
            if end is not None:
                params[f"filter[{name}][end]"] = api_time(end)
        return params
