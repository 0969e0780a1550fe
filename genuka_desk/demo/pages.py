"""Pages of a list, as Laravel answers them: the page asked for, and the envelope around it.

Three envelopes, as the reference shows: the length-aware one (``links``
and ``meta`` with ``total``), the simple one (``simple_paginate``: no
total, ``per_page`` a string) and the ``pagination`` one.
"""

from __future__ import annotations

from typing import Any


def page_params(params: dict[str, str]) -> tuple[int, int]:
    """The page number (from 1) and its size (1-100, 15 by default) a list request asks for."""
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    try:
        per_page = max(1, min(100, int(params.get("per_page", "15"))))
    except ValueError:
        per_page = 15
    return page, per_page


def envelope(
    items: list[Any], total: int, page: int, per_page: int, params: dict[str, str], path: str, style: str
) -> dict[str, Any]:
    """Wrap a page in Laravel's length-aware or simple envelope, or the ``pagination`` one."""
    last_page = max(1, -(-total // per_page))

    def url(n: int) -> str:
        return f"{path}?page={n}"

    if style == "pagination":
        return {
            "data": items,
            "pagination": {
                "total": total,
                "count": len(items),
                "per_page": per_page,
                "current_page": page,
                "total_pages": last_page,
            },
        }
    first = (page - 1) * per_page + 1 if items else None
    if params.get("simple_paginate") in ("true", "1"):
        return {
            "data": items,
            "links": {
                "first": url(1),
                "last": None,
                "prev": url(page - 1) if page > 1 else None,
                "next": url(page + 1) if page < last_page else None,
            },
            "meta": {
                "current_page": page,
                "current_page_url": url(page),
                "from": first,
                "path": path,
                "per_page": str(per_page),  # a string, as the real API sends it here
                "to": first + len(items) - 1 if first else None,
            },
        }
    return {
        "data": items,
        "links": {
            "first": url(1),
            "last": url(last_page),
            "prev": url(page - 1) if page > 1 else None,
            "next": url(page + 1) if page < last_page else None,
        },
        "meta": {
            "current_page": page,
            "from": first,
            "last_page": last_page,
            "links": [],
            "path": path,
            "per_page": per_page,
            "to": first + len(items) - 1 if first else None,
            "total": total,
        },
    }
