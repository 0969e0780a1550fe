"""The demo API itself: realistic data, the real API's rules, control endpoints."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoData, DemoServer, DemoStore
from genuka_desk.demo.directory import customer_body


def headers(server: DemoServer, **extra: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {DEMO_ADMIN_KEY}",
        "X-Company": server.company_id,
        "Accept": "application/json",
        **extra,
    }


def test_data_is_deterministic_per_seed() -> None:
    a, b, c = (
        DemoStore(DemoData(orders=30, seed=3)),
        DemoStore(DemoData(orders=30, seed=3)),
        DemoData(orders=30, seed=4),
    )
    assert a.body(7) == b.body(7)
    assert a.get_order(a.rows[7].id) == b.get_order(b.rows[7].id)
    assert c.build_order(c.plan(7))["id"] != a.rows[7].id


def test_demo_world_is_realistic() -> None:
    store = DemoStore(DemoData(orders=500, seed=7))
    bodies = [store.body(i) for i in range(500)]
    assert {b["shipping"]["status"] for b in bodies} == {"pending", "taken_in_charge", "delivered", "partial_delivery"}
    assert {b["billing"]["status"] for b in bodies} == {"pending", "paid", "partially_paid", "unpaid", "canceled"}
    assert len({b["source"] for b in bodies}) >= 5
    cities = Counter(b["shipping"]["address"]["city"] for b in bodies)
    assert {"Douala", "Yaoundé", "Bafoussam"} <= set(cities)
    assert all(b["currency"] == "XAF" for b in bodies)
    assert all(b["reference"].startswith("#ORDER_") for b in bodies)
    days = sorted(b["created_at"][:10] for b in bodies)
    assert days[0][:4] != days[-1][:4] or days[0][5:7] != days[-1][5:7]  # spread over the year
    # Odd shapes are there on purpose.
    assert {type(b["metadata"]).__name__ for b in bodies} >= {"dict", "list", "NoneType"}
    assert any(isinstance(b["amount"], str) for b in bodies)
    assert any(b["addresses"][0]["is_billing"] is True for b in bodies)
    assert any(b["addresses"][0]["is_billing"] == 1 and b["addresses"][0]["is_billing"] is not True for b in bodies)
    assert any("protected" in (b["billing"]["address"]["email"] or "") for b in bodies)
    assert all("/" in b["billing"]["scheduled_at"] for b in bodies)
    # Amounts are unit price x quantity + shipping.
    for body in bodies[:50]:
        lines = sum(op["price"] * op["quantity"] for op in body["order_products"])
        assert float(body["amount"]) == lines + body["shipping"]["amount"]


def test_a_hundred_thousand_orders_work() -> None:
    store = DemoStore(DemoData(orders=100_000, seed=1))
    page = store.list_orders({"per_page": "100", "page": "1000", "sort": "reference"}, "http://x", "laravel")
    assert page["meta"]["total"] == 100_000 and len(page["data"]) == 100
    assert all(item["reference"].startswith("#ORDER_") for item in page["data"])


def test_an_updated_since_walk_finds_exactly_the_orders_changed_since() -> None:
    """The demo's updated_at index answers as a scan of every row would, after edits, creations, cancels."""
    store = DemoStore(DemoData(orders=400, seed=5))

    def walk(since: str, **extra: str) -> list[str]:
        params = {"per_page": "100", "sort": "-updated_at", "filter[updated_at][start]": since, **extra}
        return [i["id"] for i in store.list_orders(params, "http://x", "laravel")["data"]]

    def scanned(since: str, deleted: bool = False) -> list[str]:
        limit = datetime.fromisoformat(since).timestamp()
        rows = [r for r in store.rows if r.updated >= limit and r.deleted == deleted]
        return [r.id for r in sorted(rows, key=lambda r: (r.updated, r.index), reverse=True)][:100]

    middle = sorted(r.updated for r in store.rows)[380]
    since = datetime.fromtimestamp(middle, UTC).isoformat()
    assert walk(since) == scanned(since) and len(walk(since)) == 20  # builds the index
    store.colleague_edit(store.rows[3].id, {"shipping.status": "delivered"})
    made = store.add_orders(2)
    gone = next(r for r in store.rows if not store.body(r.index).get("invoices"))  # soft-deleted, not cancelled
    store.cancel_order(gone.id)
    now = store.now().isoformat()
    assert walk(since) == scanned(since)
    assert set(walk(now)) >= {store.rows[3].id, *made} and walk(now) == scanned(now)
    assert walk(now, **{"filter[active]": "false"}) == scanned(now, deleted=True) == [gone.id]


@pytest.mark.parametrize("sort", ["-updated_at", "updated_at", "first_name", "-phone", "-created_at"])
def test_the_customer_list_is_sorted_with_the_customers_orders_created(sort: str) -> None:
    """The generated customers are sorted once: the pages are what sorting everyone each time gives."""
    store = DemoStore(DemoData(orders=400, seed=5))
    store.created_customers.append(
        {"id": "zz1", "first_name": "Zed", "last_name": "A", "email": None, "phone": "699"}
        | dict.fromkeys(("created_at", "updated_at"), "2030-01-01T00:00:00.000000Z")
    )
    everyone = [customer_body(c, n) for n, c in enumerate([*store.data.customers, *store.created_customers])]
    field = sort.lstrip("-")
    everyone.sort(key=lambda c: (str(c[field] or ""), c["id"]), reverse=sort.startswith("-"))
    for page in (1, 2, 15):
        got = store.directory.list_customers({"sort": sort, "per_page": "7", "page": str(page)}, "http://x", "laravel")
        assert [c["id"] for c in got["data"]] == [c["id"] for c in everyone[(page - 1) * 7 : page * 7]]
        assert got["meta"]["total"] == len(everyone)
    store.created_customers[0]["updated_at"] = "1999-01-01T00:00:00.000000Z"  # a created one changed
    first = store.directory.list_customers({"sort": "-updated_at", "per_page": "1"}, "http://x", "laravel")["data"]
    assert first[0]["id"] != "zz1"


def test_html_errors_without_accept_json(demo_server: DemoServer) -> None:
    answer = httpx.get(f"{demo_server.url}/2023-11/admin/orders", headers={"Accept": "text/html"})
    assert answer.status_code == 401 and answer.text.startswith("<!DOCTYPE html>")


def test_unknown_route_is_404(demo_server: DemoServer) -> None:
    answer = httpx.get(f"{demo_server.url}/2023-11/admin/nothing", headers=headers(demo_server))
    assert answer.status_code == 404


def test_put_reads_only_documented_keys_and_recomputes(demo_server: DemoServer) -> None:
    order_id = demo_server.store.rows[3].id
    url = f"{demo_server.url}/2023-11/admin/orders/{order_id}"
    before = httpx.get(url, headers=headers(demo_server)).json()
    first = before["order_products"][0]
    # An echoed pivot is not an input: this changes nothing.
    echoed = {"products": [{**p, "pivot": {**p["pivot"], "quantity": 9}} for p in before["products"]]}
    echoed["products"] = [{k: v for k, v in p.items() if k != "id"} for p in echoed["products"]]
    answer = httpx.put(url, json={"x_custom": 1, "amount": 1, **echoed}, headers=headers(demo_server))
    assert answer.status_code == 400, "lines without order_product_id or product_id are refused"
    # The documented shape: top-level keys, order_product_id updates the line in place.
    lines = [
        {
            "order_product_id": op["id"],
            "product_id": op["product_id"],
            "variant_id": op["variant_id"],
            "title": op["metadata"]["item_title"],
            "price": op["price"],
            "quantity": 9 if op is first else op["quantity"],
        }
        for op in before["order_products"]
    ]
    answer = httpx.put(url, json={"x_custom": 1, "amount": 1, "products": lines}, headers=headers(demo_server))
    assert answer.status_code == 200, answer.text
    after = answer.json()
    assert "x_custom" not in after, "keys the server does not read are not stored"
    expected = sum(op["price"] * op["quantity"] for op in after["order_products"])
    assert after["amount"] == expected + after["billing"]["shipping"]
    assert after["order_products"][0]["quantity"] == 9 and after["order_products"][0]["id"] == first["id"]
    assert after["updated_at"] >= before["updated_at"]


def test_put_has_the_documented_side_effects(demo_server: DemoServer) -> None:
    order_id = demo_server.store.rows[4].id
    url = f"{demo_server.url}/2023-11/admin/orders/{order_id}"
    before = httpx.get(url, headers=headers(demo_server)).json()
    address = {**before["shipping"]["address"], "line1": "Rue Joss"}
    answer = httpx.put(url, json={"shipping": {"address": address}}, headers=headers(demo_server))
    after = answer.json()
    # Every address object sent creates an address row.
    assert len(after["addresses"]) == len(before["addresses"]) + 1
    assert after["shipping"]["address_id"] != before["shipping"]["address_id"]
    assert after["shipping"]["address"]["line1"] == "Rue Joss"
    write = demo_server.stats()["writes"][-1]
    assert write["sent_keys"] == ["shipping.address"] and write["effects"] == ["address_created:shipping"]
    # Echoing customer and billing.status runs the upsert and payment processing.
    echo = {"customer": before["customer"], "billing": {"status": "paid"}}
    httpx.put(url, json=echo, headers=headers(demo_server)).raise_for_status()
    assert demo_server.stats()["writes"][-1]["effects"] == ["customer_upsert", "payment_processing"]
    # An address needs line1, city and country; a scheduled date is Y-m-d.
    bad = {"billing": {"address": {"line1": "x"}}, "shipping": {"scheduled_at": "12/01/2026"}}
    refused = httpx.put(url, json=bad, headers=headers(demo_server))
    assert refused.status_code == 400
    assert {"billing.address.city", "billing.address.country", "shipping.scheduled_at"} <= set(refused.json()["errors"])
    # user_id needs CHANGE_ORDER_USER.
    readonly_user = httpx.put(url, json={"user_id": "01x"}, headers=headers(demo_server))
    assert readonly_user.status_code == 403


def test_timestamps_are_whole_seconds_and_may_tie(demo_server: DemoServer) -> None:
    stamps = []
    for index in (6, 7, 8):
        order_id = demo_server.store.rows[index].id
        url = f"{demo_server.url}/2023-11/admin/orders/{order_id}/status"
        answer = httpx.put(url, json={"shipping": {"status": "delivered"}}, headers=headers(demo_server))
        stamps.append(answer.json()["updated_at"])
    assert all(s.endswith(".000000Z") for s in stamps)


def test_status_rules(demo_server: DemoServer) -> None:
    store = demo_server.store
    paid_index = next(r.index for r in store.rows if r.billing_status == "paid")
    order_id = store.rows[paid_index].id
    url = f"{demo_server.url}/2023-11/admin/orders/{order_id}"
    # A paid order with a final invoice refuses fewer items.
    body = httpx.get(url, headers=headers(demo_server)).json()
    del body["products"][0]
    answer = httpx.put(
        url, json={"products": body["products"]} if body["products"] else {"products": []}, headers=headers(demo_server)
    )
    assert answer.status_code == 400
    # Back to pending makes a credit note.
    answer = httpx.put(f"{url}/status", json={"billing": {"status": "pending"}}, headers=headers(demo_server))
    assert answer.status_code == 200
    after = answer.json()
    assert after["amount_due"] == after["amount"]
    assert any(i.get("type") == "credit_note" for i in after["invoices"])
    assert any(i.get("status") == "cancelled" for i in after["invoices"])


def test_control_endpoints(demo_server: DemoServer) -> None:
    base = f"{demo_server.url}/__demo__"
    info = httpx.get(f"{base}/info").json()
    assert info["company_id"] == demo_server.company_id and info["orders"] == 60
    order_id = demo_server.store.rows[0].id
    before = demo_server.store.get_order(order_id)
    edited = httpx.post(
        f"{base}/colleague-edit", json={"order_id": order_id, "fields": {"shipping.address.line1": "Bonapriso, rue 3"}}
    ).json()
    assert edited["shipping"]["address"]["line1"] == "Bonapriso, rue 3"
    assert edited["updated_at"] > before["updated_at"]
    assert httpx.post(f"{base}/faults", json={"mode": "500", "count": 2}).status_code == 200
    assert httpx.get(f"{demo_server.url}/2023-11/admin/orders", headers=headers(demo_server)).status_code == 500
    assert httpx.post(f"{base}/faults", json={"mode": "boom"}).status_code == 400
    assert httpx.delete(f"{base}/faults").json() == {"cleared": True}
    assert httpx.get(f"{demo_server.url}/2023-11/admin/orders", headers=headers(demo_server)).status_code == 200
    stats = httpx.get(f"{base}/stats").json()
    assert stats["faults_injected"] == 1 and stats["writes"] == []
    raw = httpx.get(f"{base}/orders/{order_id}").json()
    assert raw["id"] == order_id and "company" not in raw


def test_expired_sessions_get_401(demo_server: DemoServer) -> None:
    token = httpx.post(
        f"{demo_server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": "password"}
    ).json()["accessToken"]
    auth = {"Authorization": f"Bearer {token}", "X-Company": demo_server.company_id, "Accept": "application/json"}
    assert httpx.get(f"{demo_server.url}/2023-11/admin/orders", headers=auth).status_code == 200
    httpx.post(f"{demo_server.url}/__demo__/expire-sessions")
    assert httpx.get(f"{demo_server.url}/2023-11/admin/orders", headers=auth).status_code == 401


def test_restart_on_the_same_port_keeps_the_data(demo_server: DemoServer) -> None:
    order_id = demo_server.store.rows[0].id
    demo_server.store.colleague_edit(order_id, {"shipping.status": "delivered"})
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/__demo__/info")
    with DemoServer(store=store, port=port) as again:
        answer = httpx.get(f"{again.url}/2023-11/admin/orders/{order_id}", headers=headers(again))
        assert answer.json()["shipping"]["status"] == "delivered"


def test_demo_server_command() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "genuka_desk", "demo-server", "--port", "0", "--orders", "25", "--seed", "5"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.split(" on ", 1)[1].split()[0]
        deadline = time.monotonic() + 10
        while True:
            try:
                info = httpx.get(f"{url}/__demo__/info").json()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert info["orders"] == 25
        listed = httpx.get(
            f"{url}/2023-11/admin/orders",
            headers={
                "Authorization": f"Bearer {info['admin_key']}",
                "X-Company": info["company_id"],
                "Accept": "application/json",
            },
        ).json()
        assert listed["meta"]["total"] == 25
        json.dumps(listed)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
