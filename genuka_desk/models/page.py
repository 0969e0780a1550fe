"""Page envelopes: Laravel length-aware, Laravel simple, and ``pagination``.

:func:`parse_page` accepts all three and returns one :class:`Page`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from .base import GenukaModel
from .coerce import to_int
from .loose import LooseInt, LooseStr

T = TypeVar("T")
U = TypeVar("U")


class PageLinks(GenukaModel):
    """``links`` of a Laravel page."""

    first: LooseStr = None
    last: LooseStr = None
    prev: LooseStr = None
    next: LooseStr = None


class PageMeta(GenukaModel):
    """``meta`` of a Laravel page (the simple variant lacks total and last_page)."""

    current_page: LooseInt = None
    from_: LooseInt = Field(default=None, alias="from")
    to: LooseInt = None
    per_page: LooseInt = None  # came back as a string in simple pages
    last_page: LooseInt = None
    total: LooseInt = None
    path: LooseStr = None


class Pagination(GenukaModel):
    """The documented ``pagination`` block (third variant)."""

    total: LooseInt = None
    count: LooseInt = None
    per_page: LooseInt = None
    current_page: LooseInt = None
    total_pages: LooseInt = None


class EnvelopeError(ValueError):
    """The body is not a page envelope."""


class Page(BaseModel, Generic[T]):
    """One page of a list, whatever envelope it came in."""

    items: list[T]
    current_page: int = 1
    per_page: int | None = None
    total: int | None = None
    last_page: int | None = None
    has_next: bool = False

    model_config = {"arbitrary_types_allowed": True}

    def map(self, convert: Callable[[T], U]) -> Page[U]:
        """The same page with each item converted."""
        return Page[U](
            items=[convert(item) for item in self.items],
            current_page=self.current_page,
            per_page=self.per_page,
            total=self.total,
            last_page=self.last_page,
            has_next=self.has_next,
        )


def parse_page(body: Any, parse_item: Callable[[dict[str, Any]], T]) -> Page[T]:
    """Read any of the three envelopes; raise :class:`EnvelopeError` on another shape.

    Entries of ``data`` that are not objects are skipped: one broken entry
    must not hide a whole page of orders.
    """
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise EnvelopeError("expected an object with a 'data' list")
    items = [parse_item(entry) for entry in body["data"] if isinstance(entry, dict)]
    count = len(body["data"])

    if isinstance(body.get("pagination"), dict):
        info = Pagination.model_validate(body["pagination"])
        current = info.current_page or 1
        last = info.total_pages
        return Page[T](
            items=items,
            current_page=current,
            per_page=info.per_page,
            total=info.total,
            last_page=last,
            has_next=current < last if last is not None else bool(count) and count >= (info.per_page or count + 1),
        )

    meta = PageMeta.model_validate(body["meta"]) if isinstance(body.get("meta"), dict) else PageMeta()
    links = PageLinks.model_validate(body["links"]) if isinstance(body.get("links"), dict) else PageLinks()
    current = meta.current_page or to_int(body.get("current_page")) or 1
    last = meta.last_page if meta.last_page is not None else to_int(body.get("last_page"))
    total = meta.total if meta.total is not None else to_int(body.get("total"))
    if last is not None:
        has_next = current < last
    else:
        has_next = bool(links.next or body.get("next_page_url"))
    return Page[T](
        items=items,
        current_page=current,
        per_page=meta.per_page if meta.per_page is not None else to_int(body.get("per_page")),
        total=total,
        last_page=last,
        has_next=has_next,
    )
