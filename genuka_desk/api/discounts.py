"""The shop's discounts (07-discounts-delivery.md "Discounts"), over one :class:`GenukaClient`.

Admin reads (``discounts.view``): the list a page at a time (oldest change
first when pulled since a time, the soft-deleted too with ``all=true``) and
one discount. Public reads (only ``X-Company`` is needed; the client's
token goes along, harmless): the code lookup, whose 404 means "no such
code" (None here), and the automatic discounts for a cart, a bare array of
a subset of the fields. Errors are the client's (:mod:`.errors`); an answer
of another shape is a :class:`BadResponseError`, never a crash.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from ..models.discount import Discount
from ..models.page import EnvelopeError, Page, parse_page
from .client import _unexpected
from .errors import NotFoundError

if TYPE_CHECKING:
    from .client import GenukaClient

BASE = "/admin/discounts"


def _discount(body: Any, what: str) -> Discount:
    """A discount object (or ``{"data": {...}}``) with an id."""
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" not in body:
        body = body["data"]
    if not isinstance(body, dict) or body.get("id") in (None, ""):
        raise _unexpected(what, body)
    return Discount.model_validate(body)


async def list_page(
    client: GenukaClient,
    *,
    page: int = 1,
    per_page: int = 15,
    search: str | None = None,
    valid: bool | None = None,
    include_deleted: bool = False,
    sort: str | None = None,
) -> Page[Discount]:
    """One page of the company's discounts (``sort``: created_at, updated_at, code, orders_count...)."""
    params: dict[str, Any] = {"page": page, "per_page": max(1, min(per_page, 100))}
    if search:
        params["filter[search]"] = search
    if valid is not None:
        params["filter[valid]"] = "true" if valid else "false"
    if include_deleted:
        params["all"] = "true"
    if sort:
        params["sort"] = sort
    body = await client._get(BASE, params)
    try:
        return parse_page(body, Discount.model_validate)
    except EnvelopeError as exc:
        raise _unexpected("the discounts", body) from exc


async def iter_discounts(client: GenukaClient, since: str | None) -> AsyncIterator[list[Discount]]:
    """Every discount, the soft-deleted too (changed since ``since``, an API time, when given), a page at a time."""
    params = {"sort": "updated_at", "all": "true"}
    if since is not None:
        params["filter[updated_at][start]"] = since
    async for page in client.iter_body_pages(BASE, params):
        yield [Discount.model_validate(item) for item in page.items]


async def show(client: GenukaClient, discount_id: str) -> Discount:
    """One discount, with its products, customers and shops."""
    return _discount(await client._get(f"{BASE}/{discount_id}"), "a discount")


async def by_code(client: GenukaClient, code: str) -> Discount | None:
    """The public lookup ``GET /discounts?code=`` (case-sensitive); None when no discount has that code.

    The server does not promise to check dates, ``active`` or limits: the caller judges the answer.
    """
    try:
        body = await client._get("/discounts", {"code": code})
    except NotFoundError:
        return None
    return _discount(body, "a discount")


async def automatic(client: GenukaClient, cart: dict[str, Any]) -> list[Discount]:
    """The public ``POST /discounts/automatic``: the automatic discounts valid for ``cart``.

    ``cart`` is sent as is: ``customer{id | phone, email}``, ``cart_amount``, ``cart_quantity`` and,
    for product-limited ones, ``products[{product_id, variant_id, price, quantity}]`` (ref36 (a)10).
    Not retried: a POST (though it changes nothing).
    """
    body = await client._send("POST", "/discounts/automatic", body=cart)
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        body = body["data"]
    if not isinstance(body, list):
        raise _unexpected("the automatic discounts", body)
    return [Discount.model_validate(item) for item in body if isinstance(item, dict) and item.get("id")]
