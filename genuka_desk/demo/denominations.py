"""``GET /admin/cash-denominations`` in the demo (08-payments-pos.md, "Cash Denominations").

The bills and coins a drawer is counted in. The demo knows the Central
African CFA franc (XAF) as the BEAC issues it today: bills of 10 000,
5 000, 2 000, 1 000 and 500 francs, coins of 500, 100, 50, 25, 10, 5, 2 and
1 francs (the 500 is both a bill and a coin: two denominations). Another
currency has none here (an empty list, as a query that finds nothing);
the code is compared ignoring case, as a MySQL column does. Largest first:
``sort_order`` descending, then ``value``. A plain collection (no
pagination). Each id is the same for a seed, whatever else happens, drawn
from its own generator. The list does not depend on cash control (the
reference's 403 is the sessions', not this resource's).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .errors import DemoError
from .values import json_number, ulid

# (type, value, sort_order), largest first; the sort orders the reference's example shows (100, 90, 50).
XAF = (
    ("bill", 10000, 100),
    ("bill", 5000, 90),
    ("bill", 2000, 80),
    ("bill", 1000, 70),
    ("bill", 500, 60),
    ("coin", 500, 50),
    ("coin", 100, 40),
    ("coin", 50, 30),
    ("coin", 25, 20),
    ("coin", 10, 10),
    ("coin", 5, 5),
    ("coin", 2, 2),
    ("coin", 1, 1),
)
_MADE = datetime(2024, 11, 1, tzinfo=UTC)  # when the reference list was seeded (ids are time-ordered)


def _label(value: int) -> str:
    """``10 000 FCFA``, as the reference labels them."""
    return f"{value:,} FCFA".replace(",", " ")


class Denominations:
    """The currencies' bills and coins of one demo world (ids stable per seed)."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed * 7919 + 35)  # apart from the world's generator: the ids never move
        self.items = [
            {
                "id": ulid(rng, _MADE),
                "currency_code": "XAF",
                "type": kind,
                "value": json_number(Decimal(value)),
                "label": _label(value),
                "sort_order": order,
                "is_active": True,
            }
            for kind, value, order in XAF
        ]
        self.by_id = {d["id"]: d for d in self.items}

    def value_of(self, denomination_id: str) -> Decimal | None:
        """A denomination's face value, or None when no denomination has that id."""
        found = self.by_id.get(denomination_id)
        return None if found is None else Decimal(str(found["value"]))

    def listing(self, params: dict[str, str]) -> dict[str, Any]:
        """The answer to ``GET /admin/cash-denominations?currency_code=...``; 422 without the code."""
        code = (params.get("currency_code") or "").strip()
        if not code:
            message = "The currency code field is required."
            raise DemoError(422, {"message": message, "errors": {"currency_code": [message]}})
        chosen = [d for d in self.items if d["currency_code"] == code.upper() and d["is_active"]]
        chosen.sort(key=lambda d: (d["sort_order"], d["value"]), reverse=True)
        return {"data": [dict(d) for d in chosen]}
