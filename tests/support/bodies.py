"""Order bodies made from the real example body, for tests that need many."""

from __future__ import annotations

import copy
from typing import Any

from tests.support.fixtures import load_fixture


def bodies(count: int) -> list[dict[str, Any]]:
    """``count`` orders made from the real example body, with distinct ids, names and totals."""
    base = load_fixture("order-update.response.json")
    base = base.get("data", base) if isinstance(base, dict) and "id" not in base else base
    names = ["Élodie Mbarga", "Jean Fotso", "Awa Bello", "Paul Ngo Bassa"]
    out = []
    for n in range(count):
        body = copy.deepcopy(base)
        body["id"] = f"order-{n:04d}"
        body["reference"] = f"#R{n:04d}"
        body["amount"] = 1000 * (n + 1)
        body["created_at"] = f"2026-10-{(n % 28) + 1:02d}T08:00:00.000000Z"
        body["updated_at"] = f"2026-11-01T10:{n % 60:02d}:00.000000Z"
        first, last = names[n % 4].split(" ", 1)
        customer = {"first_name": first, "last_name": last, "phone": f"+23769900{n:04d}"}
        body["customer"] = {**(body.get("customer") or {}), **customer}
        body.setdefault("shipping", {})["status"] = "delivered" if n % 3 == 0 else "pending"
        out.append(body)
    return out
