"""The demo shop's discounts, made once per world: a code of each kind, an automatic one, and two not valid.

- ``BIENVENUE10``: 10 % off from 10 000 F, once per customer (manual);
- ``MOINS2000``: 2 000 F off (manual);
- ``AUTO5``: 5 % off from 50 000 F, applied automatically;
- ``SACS15``: 15 % off the first product's lines only (manual);
- ``NOEL2025``: 20 % off, ended (manual);
- ``PAUSE``: 1 000 F off, switched off (inactive).

Dates are set from the world's anchor (in the past of any real clock), so
the valid ones are valid and the expired one is expired whenever the demo runs.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from .data import DemoData
from .discount_checks import resource
from .values import ulid

_SEEDS: tuple[dict[str, Any], ...] = (
    {
        "code": "BIENVENUE10",
        "title": "Bienvenue : 10 % dès 10 000 F",
        "discount_type": "percentage",
        "discount_value": 10,
        "requirement_type": "min_cart_amount",
        "requirement_value": 10000,
        "usage_limit_per_customer": 1,
    },
    {"code": "MOINS2000", "title": "2 000 F de remise", "discount_type": "fixed", "discount_value": 2000},
    {
        "code": "AUTO5",
        "title": "5 % automatiques dès 50 000 F",
        "discount_type": "percentage",
        "discount_value": 5,
        "application_strategy": "automatic",
        "requirement_type": "min_cart_amount",
        "requirement_value": 50000,
    },
    {"code": "SACS15", "title": "15 % sur les sacs", "discount_type": "percentage", "discount_value": 15},
    {"code": "NOEL2025", "title": "Noël 2025 : 20 %", "discount_type": "percentage", "discount_value": 20},
    {"code": "PAUSE", "title": "Remise suspendue", "discount_type": "fixed", "discount_value": 1000, "active": False},
)


def seed_discounts(data: DemoData) -> dict[str, dict[str, Any]]:
    """The seeded discounts by id, the same for a seed (their own generator: the world's draws stay as they were)."""
    rng = random.Random(data.seed * 53 + 11)
    made: dict[str, dict[str, Any]] = {}
    created = data.anchor - timedelta(days=90)
    for n, seed in enumerate(_SEEDS):
        fields = {"application_strategy": "manual", "requirement_type": "none", "active": True, **seed}
        fields["start_date"] = (data.anchor - timedelta(days=60)).strftime("%Y-%m-%d %H:%M:%S")
        if seed["code"] == "NOEL2025":
            fields["start_date"] = "2025-12-01 00:00:00"
            fields["end_date"] = "2025-12-31 23:59:59"
        if seed["code"] == "SACS15":
            fields["product_ids"] = [data.products[0]["id"]]
        when = created + timedelta(hours=n)
        discount_id = ulid(rng, when)
        made[discount_id] = resource(discount_id, data.company_id, fields, when)
        made[discount_id]["created_at"] = made[discount_id]["updated_at"]
    return made
