"""The local copy of the discounts (store/discounts.py, cache v13): saved, removed when deleted, usage counted."""

from __future__ import annotations

import copy
import sqlite3
from pathlib import Path
from typing import Any

from genuka_desk.store import LocalStore, schema
from genuka_desk.store.files import CACHE_FILE
from genuka_desk.store.rows import encode_body
from tests.support.fixtures import load_fixture


def _order(order_id: str, customer: str, discounts: list[dict[str, Any]], status: str = "pending") -> dict[str, Any]:
    body = copy.deepcopy(load_fixture("order-update.response.json"))
    body = body.get("data", body)
    body.update(id=order_id, reference=f"#{order_id}", customer_id=customer, status=status, discounts=discounts)
    body["customer"] = {**(body.get("customer") or {}), "id": customer}
    return dict(body)


def test_a_cache_of_version_12_counts_the_discounts_its_orders_carry(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / CACHE_FILE)
    for migration in schema.CACHE_MIGRATIONS[:12]:  # the cache as version 12 left it, before the discounts
        migration(conn, "main")
    conn.execute("PRAGMA main.user_version = 12")
    line_discounted = _order("o3", "c2", [])
    line_discounted["order_products"][0]["discounts"] = [
        {"discount_id": "d1", "discount_type": "percentage", "discount_value": 10}
    ]
    bodies = [
        _order("o1", "c1", [{"id": "d1", "code": "PROMO"}]),
        _order("o2", "c2", [{"id": "d1", "code": "PROMO"}], status="cancelled"),  # not counted
        line_discounted,
        _order("o4", "c1", [{"id": "d10", "code": "OTHER"}]),  # d10 is not d1
    ]
    for body in bodies:
        conn.execute(
            "INSERT INTO orders (id, server_body, server_updated_at, cancelled, customer_key) VALUES (?, ?, ?, ?, ?)",
            (
                body["id"],
                encode_body(body),
                body["updated_at"],
                int(body["status"] == "cancelled"),
                body["customer_id"],
            ),
        )
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        assert store.discounts.usage("d1", "c1") == (2, 1)
        assert store.discounts.usage("d1", "c2") == (2, 1)
        assert store.discounts.usage("d10") == (1, 0)
        assert store.discounts.usage("d2") == (0, 0)
        # A change queued here naming it, on an order the cache does not count yet (a sale still queued).
        with store.files.write() as write:
            write.execute(
                "INSERT INTO main.changes (id, order_id, kind, intent, base, state, created_at, changed_at) "
                "VALUES ('ch1', 'local-9', 'update', ?, '{}', 'pending', 0, 0)",
                ('{"discounts": [{"discount_id": "d2", "code": "FIX"}]}',),
            )
        assert store.discounts.usage("d2") == (1, 0)
    finally:
        store.close()


def test_saved_by_code_case_sensitive_and_removed_once_deleted(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    try:
        promo = {"id": "d1", "code": "Promo", "application_strategy": "automatic", "updated_at": "2026-01-01"}
        assert store.discounts.save([promo, {"id": "d2", "code": "FIX"}]) == 2
        assert store.discounts.by_code("Promo") == promo and store.discounts.by_code("PROMO") is None
        assert [b["id"] for b in store.discounts.bodies(automatic_only=True)] == ["d1"]
        assert store.discounts.save([{**promo, "deleted_at": "2026-02-01T00:00:00Z"}]) == 1
        assert store.discounts.by_code("Promo") is None and [b["id"] for b in store.discounts.bodies()] == ["d2"]
    finally:
        store.close()
