"""The demo's discounts over real HTTP, as 07-discounts-delivery.md documents them, and on orders (06-orders-sales.md).

Admin list (filters, sorts, include, all, envelope), create (201), show,
partial PUT, soft DELETE; the 422 shapes; the public code lookup and the
automatic route (both body readings); a PUT's order-level discounts checked
(422 unknown, 500 broken rule) and counted into the bill; the orders list's
``filter[discount_id]``; a create that ignores discounts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_READONLY_KEY, DemoServer

BASE = "/2023-11/admin/discounts"


@pytest.fixture
def demo() -> Iterator[DemoServer]:
    """A demo API with 40 orders and the seeded discounts."""
    server = DemoServer(orders=40, seed=5).start()
    yield server
    server.stop()


def call(server: DemoServer, method: str, path: str, key: str | None = DEMO_ADMIN_KEY, **kw: Any) -> httpx.Response:
    headers = {"X-Company": server.company_id, "Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=10, **kw)


def by_code(server: DemoServer, code: str) -> dict[str, Any]:
    return next(d for d in server.store.discounts.items.values() if d["code"] == code)


def pending_order(server: DemoServer, minimum: int = 0) -> dict[str, Any]:
    """A live, pending order with catalogue lines whose subtotal is at least ``minimum``."""
    state = server.store.state
    for index, row in enumerate(state.index.rows):
        body = state.body(index)
        lines = body.get("order_products") or []
        subtotal = sum(float(e["price"]) * int(e["quantity"]) for e in lines)
        if row.deleted or row.cancelled or not lines or subtotal < minimum:
            continue
        if body["billing"].get("status") == "pending" and all(e.get("product_id") for e in lines):
            return body
    raise AssertionError("no such order")


def test_the_admin_list_filters_sorts_and_pages_in_the_documented_envelope(demo: DemoServer) -> None:
    listed = call(demo, "GET", BASE, params={"per_page": 100})
    assert listed.status_code == 200
    body = listed.json()
    assert set(body) == {"data", "pagination"} and body["pagination"]["total"] == 6
    first = body["data"][0]
    assert set(first) >= {"id", "code", "discount_type", "discount_value", "application_strategy", "deleted_at"}
    valid = call(demo, "GET", BASE, params={"filter[valid]": "true"}).json()["data"]
    assert sorted(d["code"] for d in valid) == ["AUTO5", "BIENVENUE10", "MOINS2000", "SACS15"]
    inactive = call(demo, "GET", BASE, params={"filter[active]": "false"}).json()["data"]
    assert [d["code"] for d in inactive] == ["PAUSE"]
    assert [d["code"] for d in call(demo, "GET", BASE, params={"filter[search]": "moins"}).json()["data"]] == [
        "MOINS2000"
    ]
    by_code_desc = call(demo, "GET", BASE, params={"sort": "-code"}).json()["data"]
    assert [d["code"] for d in by_code_desc][:2] == ["SACS15", "PAUSE"]
    assert call(demo, "GET", BASE, params={"sort": "title"}).status_code == 400
    assert call(demo, "GET", BASE, params={"include": "products"}).status_code == 400
    two = call(demo, "GET", BASE, params={"per_page": 2, "page": 3}).json()
    assert two["pagination"] == {"total": 6, "count": 2, "per_page": 2, "current_page": 3, "total_pages": 3}
    assert call(demo, "GET", BASE, key=DEMO_READONLY_KEY).status_code == 200
    assert call(demo, "GET", BASE, key="nope").status_code == 401


def test_create_show_update_and_soft_delete(demo: DemoServer) -> None:
    sent = {
        "company_id": demo.company_id,
        "title": "Flash",
        "code": "Flash50",
        "discount_type": "fixed",
        "discount_value": 500,
        "application_strategy": "manual",
        "start_date": "2026-01-20 11:49:47",
        "shop_ids": [demo.store.data.shop_id],
    }
    made = call(demo, "POST", BASE, json=sent)
    assert made.status_code == 201, made.text
    item = made.json()
    assert item["start_date"] == "2026-01-20T11:49:47.000000Z" and item["shops"] == [{"id": demo.store.data.shop_id}]
    assert item["discount_value"] == 500 and item["deleted_at"] is None
    again = call(demo, "POST", BASE, json=sent)
    assert again.status_code == 422
    assert again.json() == {
        "message": "The code has already been taken.",
        "errors": {"code": ["The code has already been taken."]},
    }

    def codes(**params: str) -> set[str]:
        return {d["code"] for d in call(demo, "GET", BASE, params={**params, "per_page": "100"}).json()["data"]}

    assert "Flash50" in codes(**{"filter[shop_id]": demo.store.data.shop_id})
    second = codes(**{"filter[shop_id]": demo.store.shop_ids[1]})
    assert "Flash50" not in second and "MOINS2000" in second  # company-wide ones: every shop
    assert codes(**{"filter[updated_at][start]": item["updated_at"]}) == {"Flash50"}
    assert "Flash50" not in codes(**{"filter[created_at][end]": "2026-01-01"})
    assert call(demo, "GET", BASE, params={"filter[created_at][end]": "someday"}).status_code == 400
    assert call(demo, "GET", BASE, params={"per_page": 500}).json()["pagination"]["per_page"] == 100
    changed = call(demo, "PUT", f"{BASE}/{item['id']}", json={"title": "Flash 2", "usage_limit_global": 3})
    assert changed.status_code == 200
    assert changed.json()["title"] == "Flash 2" and changed.json()["code"] == "Flash50"  # partial: the rest stays
    assert call(demo, "GET", f"{BASE}/{item['id']}").json()["usage_limit_global"] == 3
    wrong = call(demo, "PUT", f"{BASE}/{item['id']}", json={"end_date": "2026-01-01"})
    assert wrong.status_code == 422 and "end_date" in wrong.json()["errors"]
    gone = call(demo, "DELETE", f"{BASE}/{item['id']}")
    assert gone.status_code == 200 and gone.json() == {"message": "Discount deleted"}
    assert call(demo, "GET", f"{BASE}/{item['id']}").status_code == 404
    listed = call(demo, "GET", BASE, params={"all": "true", "per_page": 100}).json()["data"]
    assert next(d for d in listed if d["id"] == item["id"])["deleted_at"] is not None
    assert item["id"] not in {d["id"] for d in call(demo, "GET", BASE, params={"per_page": 100}).json()["data"]}
    assert call(demo, "DELETE", f"{BASE}/{item['id']}", key=DEMO_READONLY_KEY).status_code in (403, 404)


def test_validation_answers_every_field_in_laravel_shape(demo: DemoServer) -> None:
    refused = call(demo, "POST", BASE, json={"discount_type": "half", "requirement_type": "min_cart_amount"})
    assert refused.status_code == 422
    errors = refused.json()["errors"]
    assert {"company_id", "title", "code", "application_strategy", "start_date"} <= set(errors)
    assert errors["discount_type"] == ["The selected discount type is invalid."]
    assert "requirement_value" in errors
    unscoped = {
        "company_id": demo.company_id,
        "title": "Auto",
        "code": "AUTO",
        "discount_type": "percentage",
        "discount_value": 5,
        "application_strategy": "automatic",
        "start_date": "2026-01-01",
    }
    assert call(demo, "POST", BASE, json=unscoped).status_code == 422  # the automatic scoping rule
    assert call(demo, "POST", BASE, json={**unscoped, "product_ids": ["nope"]}).json()["errors"] == {
        "product_ids.0": ["The selected product_ids.0 is invalid."]
    }


def test_the_public_code_lookup_needs_only_the_company_and_is_case_sensitive(demo: DemoServer) -> None:
    found = call(demo, "GET", "/2023-11/discounts", key=None, params={"code": "NOEL2025"})
    assert found.status_code == 200 and found.json()["code"] == "NOEL2025"  # expired, but found: no check promised
    assert call(demo, "GET", "/2023-11/discounts", key=None, params={"code": "noel2025"}).status_code == 404
    assert call(demo, "GET", "/2023-11/discounts", key=None, params={"code": "NOPE"}).status_code == 404
    bare = httpx.get(f"{demo.url}/2023-11/discounts", params={"code": "AUTO5"}, timeout=10)
    assert bare.status_code == 400


def test_the_automatic_route_reads_both_bodies_and_answers_a_bare_subset(demo: DemoServer) -> None:
    url = "/2023-11/discounts/automatic"
    big = call(demo, "POST", url, key=None, json={"customer": {"phone": "+237600000000"}, "cart_amount": 60000})
    assert big.status_code == 200
    assert [d["code"] for d in big.json()] == ["AUTO5"]
    assert set(big.json()[0]) == {
        "id",
        "company_id",
        "code",
        "title",
        "discount_type",
        "discount_value",
        "buy_quantity",
        "get_quantity",
        "get_reward_type",
        "get_reward_value",
    }
    assert call(demo, "POST", url, key=None, json={"cart_amount": 49999}).json() == []
    product = demo.store.data.products[1]
    price = product["variants"][0]["price"]
    lines = [{"product_id": product["id"], "variant_id": product["variants"][0]["id"], "price": price, "quantity": 9}]
    wanted = price * 9 >= 50000
    by_lines = call(demo, "POST", url, key=None, json={"company_id": demo.company_id, "products": lines}).json()
    assert [d["code"] for d in by_lines] == (["AUTO5"] if wanted else [])
    by_code(demo, "AUTO5")["active"] = False
    assert call(demo, "POST", url, key=None, json={"cart_amount": 60000}).json() == []


def test_a_put_applies_order_discounts_checks_them_and_the_list_finds_them(demo: DemoServer) -> None:
    order = pending_order(demo, minimum=10000)
    welcome = by_code(demo, "BIENVENUE10")
    path = f"/2023-11/admin/orders/{order['id']}"
    put = call(demo, "PUT", path, json={"discounts": [{"discount_id": welcome["id"], "code": "BIENVENUE10"}]})
    assert put.status_code == 200, put.text
    body = put.json()
    billing = body["billing"]
    net = sum(float(e["price"]) * int(e["quantity"]) for e in body["order_products"]) - billing["line_discounts_total"]
    assert billing["order_discounts_total"] == round(net * 0.10)
    assert billing["discount"] == billing["order_discounts_total"] + billing["line_discounts_total"]
    assert body["amount"] == order["amount"] - billing["order_discounts_total"]
    assert [d["code"] for d in body["discounts"]] == ["BIENVENUE10"]
    assert body["discounts"][0]["pivot"]["amount"] == billing["order_discounts_total"]
    listed = call(demo, "GET", "/2023-11/admin/orders", params={"filter[discount_id]": welcome["id"]}).json()
    assert [o["id"] for o in listed["data"]] == [order["id"]]
    included = call(
        demo, "GET", "/2023-11/admin/orders", params={"filter[discount_id]": welcome["id"], "include": "discounts"}
    )
    assert included.json()["data"][0]["discounts"][0]["id"] == welcome["id"]
    counted = call(demo, "GET", BASE, params={"include": "orders", "sort": "-orders_count"}).json()["data"][0]
    assert counted["code"] == "BIENVENUE10" and [o["id"] for o in counted["orders"]] == [order["id"]]
    removed = call(demo, "PUT", path, json={"discounts": []}).json()
    assert removed["billing"]["order_discounts_total"] == 0 and removed["amount"] == order["amount"]


def test_broken_rules_are_500s_and_unknown_ids_422s(demo: DemoServer) -> None:
    order = pending_order(demo)
    path = f"/2023-11/admin/orders/{order['id']}"
    unknown = call(demo, "PUT", path, json={"discounts": [{"discount_id": "01nope"}]})
    assert unknown.status_code == 422
    assert unknown.json()["errors"] == {"discounts.0.discount_id": ["The selected discounts.0.discount_id is invalid."]}
    for code, words in (("NOEL2025", "expired"), ("PAUSE", "not active")):
        refused = call(demo, "PUT", path, json={"discounts": [{"discount_id": by_code(demo, code)["id"]}]})
        assert refused.status_code == 500 and words in refused.json()["message"], refused.text
    small = pending_order(demo)
    sacs = by_code(demo, "SACS15")
    bag = demo.store.data.products[0]["id"]
    if all(e.get("product_id") != bag for e in small["order_products"]):
        refused = call(
            demo, "PUT", f"/2023-11/admin/orders/{small['id']}", json={"discounts": [{"discount_id": sacs["id"]}]}
        )
        assert refused.status_code == 500 and "products" in refused.json()["message"]
    assert demo.store.get_order(order["id"])["discounts"] == []


def test_a_product_limited_discount_takes_off_its_lines_only(demo: DemoServer) -> None:
    order = pending_order(demo)
    bag = demo.store.data.products[0]
    lines = [
        {
            "order_product_id": e["id"],
            "product_id": e["product_id"],
            "variant_id": e.get("variant_id"),
            "quantity": e["quantity"],
            "price": e["price"],
        }
        for e in order["order_products"]
    ]
    lines.append({"product_id": bag["id"], "variant_id": bag["variants"][0]["id"], "quantity": 1, "price": 10000})
    sacs = by_code(demo, "SACS15")
    put = call(
        demo,
        "PUT",
        f"/2023-11/admin/orders/{order['id']}",
        json={"products": lines, "discounts": [{"discount_id": sacs["id"]}], "force": True},
    )
    assert put.status_code == 200, put.text
    bags = [e for e in put.json()["order_products"] if e["product_id"] == bag["id"]]
    assert put.json()["billing"]["order_discounts_total"] == round(sum(e["price"] * e["quantity"] for e in bags) * 0.15)
    assert put.json()["billing"]["order_discounts_total"] < round(put.json()["billing"]["subtotal"] * 0.15)


def test_a_create_ignores_discounts(demo: DemoServer) -> None:
    product = demo.store.data.products[1]
    welcome = by_code(demo, "MOINS2000")
    sent = {
        "customer": {"first_name": "Awa", "phone": "+237 690 11 22 33"},
        "products": [
            {
                "product_id": product["id"],
                "variant_id": product["variants"][0]["id"],
                "title": product["title"],
                "price": 12000,
                "quantity": 1,
                "discounts": [{"discount_id": None, "discount_type": "fixed", "discount_value": 1000}],
            }
        ],
        "discounts": [{"discount_id": welcome["id"], "code": "MOINS2000"}],
    }
    made = call(demo, "POST", "/2023-11/admin/orders", json=sent)
    assert made.status_code == 200, made.text
    body = made.json()
    assert body["amount"] == 12000 and body["discounts"] == []
    assert body["billing"].get("order_discounts_total", 0) == 0 and body["billing"].get("line_discounts_total", 0) == 0


def test_once_per_customer_counts_their_orders_not_cancelled(demo: DemoServer) -> None:
    state = demo.store.state
    mine: dict[str, list[dict[str, Any]]] = {}
    for index, row in enumerate(state.index.rows):
        body = state.body(index)
        subtotal = sum(float(e["price"]) * int(e["quantity"]) for e in body.get("order_products") or [])
        if not row.deleted and not row.cancelled and subtotal >= 10000 and row.customer_id:
            mine.setdefault(row.customer_id, []).append(body)
    first, second = next(orders for orders in mine.values() if len(orders) >= 2)[:2]
    welcome = {"discounts": [{"discount_id": by_code(demo, "BIENVENUE10")["id"]}]}
    assert call(demo, "PUT", f"/2023-11/admin/orders/{first['id']}", json=welcome).status_code == 200
    again = call(demo, "PUT", f"/2023-11/admin/orders/{second['id']}", json=welcome)
    assert again.status_code == 500 and "already used" in again.json()["message"]
    demo.store.cancel_order(first["id"])  # a cancelled order no longer uses it
    if demo.store.state.index.rows[demo.store.order_index(first["id"])].cancelled:
        assert call(demo, "PUT", f"/2023-11/admin/orders/{second['id']}", json=welcome).status_code == 200
