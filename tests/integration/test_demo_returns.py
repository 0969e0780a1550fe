"""The demo's returns and credit notes over real HTTP, as 07-discounts-delivery.md and 06-orders-sales.md say.

Create (200, not 201), list with its filters, sorts and envelope, show, PUT,
PATCH, approve, audit, delete (204); the 422s with field errors, the 500
business refusals, the permissions (the cashier takes a return, never
approves it), the write log, and what approval does: confirmed, the bill
lowered, a credit note for what was already paid, the stock back.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_READONLY_KEY, DemoServer
from genuka_desk.demo.stocks import variant_total

RETURNS = "/2023-11/admin/returns"
NOTES = "/2023-11/admin/credit-notes"


@pytest.fixture
def demo() -> Iterator[DemoServer]:
    """A demo API with 40 orders."""
    server = DemoServer(orders=40, seed=5).start()
    yield server
    server.stop()


def call(
    server: DemoServer, method: str, path: str, key: str = DEMO_ADMIN_KEY, request_id: str | None = None, **kw: Any
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}", "X-Company": server.company_id, "Accept": "application/json"}
    if request_id:
        headers["X-Request-ID"] = request_id
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=10, **kw)


def cashier(server: DemoServer) -> str:
    answer = httpx.post(
        f"{server.url}/2023-11/auth/login",
        json={"email": "caisse@genuka.com", "password": "password"},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["accessToken"])


def order_with(server: DemoServer, status: str) -> dict[str, Any]:
    """A live order of that billing status with a catalogue line of quantity 2 or more."""
    state = server.store.state
    for index in range(len(state.index.rows)):
        body = state.body(index)
        lines = [e for e in body.get("order_products") or [] if e.get("variant_id") and int(e["quantity"]) >= 2]
        if body.get("deleted_at") or not lines or body["billing"].get("status") != status:
            continue
        if len({e["variant_id"] for e in body["order_products"]}) != len(body["order_products"]):
            continue
        return body
    raise AssertionError(f"no {status} order with a line of 2")


def a_line(order: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in order["order_products"] if e.get("variant_id") and int(e["quantity"]) >= 2)


def create(server: DemoServer, order: dict[str, Any], quantity: int = 1, **extra: Any) -> httpx.Response:
    line = a_line(order)
    body = {
        "order_id": order["id"],
        "status": "waiting_approval",
        "lines": [{"variant_id": line["variant_id"], "quantity": quantity, "reason": "defective"}],
        "comment": "Abîmé",
    } | extra
    return call(server, "POST", RETURNS, json=body, request_id=extra.pop("rid", "rid-create"))


def test_create_answers_200_with_the_return_resource(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    answer = create(demo, order)
    assert answer.status_code == 200, answer.text
    made = answer.json()
    assert made["reference"] == "RET-0001" and made["status"] == "waiting_approval"
    assert made["order"] == {"id": order["id"], "reference": order["reference"]}
    assert made["customer"]["id"] == order["customer"]["id"] and made["credit_notes"] == []
    (line,) = made["lines"]
    assert line["return_id"] == made["id"] and line["order_product"] is None and line["reason"] == "defective"
    assert line["variant"]["id"] == a_line(order)["variant_id"] and line["quantity"] == 1
    write = next(w for w in demo.store.state.writes if w["request_id"] == "rid-create")
    assert write["kind"] == "return_create" and write["return_id"] == made["id"]
    shown = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    assert shown["returns_count"] == 1 and shown["returns"][0]["id"] == made["id"]
    again = call(demo, "GET", f"{RETURNS}/{made['id']}")
    assert again.status_code == 200 and again.json() == made


def test_validation_is_a_422_with_field_errors(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    answer = call(
        demo,
        "POST",
        RETURNS,
        json={"order_id": "nope", "status": "lost", "lines": [{"variant_id": "x", "quantity": 0, "reason": "bored"}]},
    )
    assert answer.status_code == 422
    errors = answer.json()["errors"]
    assert {"order_id", "status", "lines.0.variant_id", "lines.0.quantity", "lines.0.reason"} <= set(errors)
    empty = call(demo, "POST", RETURNS, json={"order_id": order["id"], "status": "draft", "lines": []})
    assert empty.status_code == 422 and "lines" in empty.json()["errors"]
    long = create(demo, order, comment="x" * 501)
    assert long.status_code == 422 and "comment" in long.json()["errors"]
    assert call(demo, "GET", RETURNS).json()["pagination"]["total"] == 0


def test_business_refusals_are_500s(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    other = next(
        v["id"]
        for p in demo.store.data.products
        for v in p["variants"]
        if v["id"] not in {e.get("variant_id") for e in order["order_products"]}
    )
    body = {"order_id": order["id"], "status": "draft", "lines": [{"variant_id": other, "quantity": 1}]}
    body["lines"][0]["reason"] = "delivery"
    stranger = call(demo, "POST", RETURNS, json=body)
    assert stranger.status_code == 500 and "not in order" in stranger.json()["message"]
    sold = int(a_line(order)["quantity"])
    assert create(demo, order, quantity=sold + 1).status_code == 500
    assert create(demo, order, quantity=sold - 1).status_code == 200
    # what earlier returns took back counts; a cancelled one gives it back
    second = create(demo, order, quantity=2)
    assert second.status_code == 500 and "Quantity exceeded" in second.json()["message"]
    first = call(demo, "GET", RETURNS).json()["data"][0]
    assert call(demo, "PATCH", f"{RETURNS}/{first['id']}", params={"status": "cancelled"}).status_code == 200
    assert create(demo, order, quantity=2).status_code == 200
    confirmed = create(demo, order, status="confirmed")
    assert confirmed.status_code == 500


def test_put_patch_and_terminal_statuses(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    made = create(demo, order, status="draft").json()
    line = a_line(order)
    put = {
        "order_id": order["id"],
        "status": "waiting_approval",
        "lines": [{"variant_id": line["variant_id"], "quantity": 2, "reason": "nonconforming"}],
    }
    replaced = call(demo, "PUT", f"{RETURNS}/{made['id']}", json=put, request_id="rid-put")
    assert replaced.status_code == 200, replaced.text
    body = replaced.json()
    assert body["status"] == "waiting_approval" and body["comment"] is None
    assert body["lines"][0]["quantity"] == 2 and body["lines"][0]["id"] == made["lines"][0]["id"]
    assert call(demo, "PUT", f"{RETURNS}/{made['id']}", json={"status": "draft"}).status_code == 422
    for wrong in ("confirmed", "done", "lost"):
        assert call(demo, "PATCH", f"{RETURNS}/{made['id']}", json={"status": wrong}).status_code == 422
    patched = call(demo, "PATCH", f"{RETURNS}/{made['id']}", json={"status": "cancelled"}, request_id="rid-patch")
    assert patched.status_code == 200 and patched.json()["status"] == "cancelled"
    assert call(demo, "PATCH", f"{RETURNS}/{made['id']}", json={"status": "draft"}).status_code == 500
    assert call(demo, "PUT", f"{RETURNS}/{made['id']}", json=put).status_code == 500
    kinds = {w["request_id"]: w["kind"] for w in demo.store.state.writes}
    assert kinds["rid-put"] == "return_update" and kinds["rid-patch"] == "return_status"
    audit = call(demo, "GET", f"{RETURNS}/{made['id']}/audit").json()
    assert [(s["from"], s["to"]) for s in audit["status_history"]] == [
        ("draft", "waiting_approval"),
        ("waiting_approval", "cancelled"),
    ]
    assert [e["action"] for e in audit["audit_trail"]] == ["created", "updated", "status_changed"]
    assert call(demo, "GET", f"{RETURNS}/nope").status_code == 404


def test_approval_rebills_the_order_and_makes_a_credit_note(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    line = a_line(order)
    total = Decimal(str(order["amount"]))
    unit_value = (Decimal(str(line["price"])) * 1).quantize(Decimal(1))  # the seeded lines carry no discount or tax
    made = create(demo, order).json()
    approved = call(
        demo, "PATCH", f"{RETURNS}/{made['id']}/approve", json={"approval_comment": "Vu"}, request_id="rid-ok"
    )
    assert approved.status_code == 200, approved.text
    body = approved.json()
    assert body["status"] == "confirmed" and body["metadata"] == {"approval_comment": "Vu"}
    (note,) = body["credit_notes"]
    assert note["reference"] == "CN-0001" and note["status"] == "pending" and note["refund_amount"] == 0
    assert Decimal(str(note["amount"])) == unit_value and note["source_id"] == order["id"]
    assert note["beneficiary_id"] == order["customer"]["id"] and note["lines"][0]["variant_id"] == line["variant_id"]
    after = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    assert Decimal(str(after["amount"])) == total - unit_value and Decimal(str(after["amount_due"])) == 0
    assert after["billing"]["status"] == "paid" and after["order_products"] == order["order_products"]
    assert after["credit_notes"][0]["id"] == note["id"]
    audit = call(demo, "GET", f"{RETURNS}/{made['id']}/audit").json()
    impact = audit["financial_impact"]
    assert Decimal(str(impact["return_amount"])) == unit_value == Decimal(str(impact["credit_notes_total"]))
    assert impact["refunds_total"] == 0
    assert next(w for w in demo.store.state.writes if w["request_id"] == "rid-ok")["kind"] == "return_approve"
    again = call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve", json={})
    assert again.status_code == 500 and "waiting_approval" in again.json()["message"]
    listed = call(demo, "GET", NOTES, params={"filter[order_id]": order["id"]}).json()
    assert [n["id"] for n in listed["data"]] == [note["id"]] and listed["pagination"]["total"] == 1
    assert listed["data"][0]["source"]["id"] == order["id"]
    assert call(demo, "GET", NOTES, params={"filter[status]": "refunded"}).json()["data"] == []
    assert call(demo, "GET", NOTES, params={"sort": "colour"}).status_code == 400
    shown = call(demo, "GET", f"{NOTES}/{note['id']}")
    assert shown.status_code == 200 and shown.json()["lines"][0]["total"] == note["lines"][0]["total"]
    assert call(demo, "GET", f"{NOTES}/nope").status_code == 404


def test_approval_of_an_unpaid_order_lowers_the_balance_without_a_credit_note(demo: DemoServer) -> None:
    order = order_with(demo, "pending")
    line = a_line(order)
    made = create(demo, order, quantity=2).json()
    body = call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve").json()
    assert body["credit_notes"] == []
    after = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    lowered = Decimal(str(line["price"])) * 2
    assert Decimal(str(after["amount_due"])) == Decimal(str(order["amount_due"])) - lowered


def test_approval_puts_the_quantity_back_in_stock(demo: DemoServer) -> None:
    state = demo.store.state
    for status in ("paid", "pending", "partially_paid", "unpaid"):
        try:
            order = order_with(demo, status)
        except AssertionError:
            continue
        if variant_total(state, a_line(order)["variant_id"]) is not None:
            break
    else:
        pytest.skip("no followed variant in an order")
    variant = a_line(order)["variant_id"]
    before = variant_total(state, variant)
    made = create(demo, order, quantity=2).json()
    assert call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve").status_code == 200
    assert variant_total(state, variant) == (before or 0) + 2


def test_permissions_the_cashier_takes_a_return_but_never_approves(demo: DemoServer) -> None:
    order = order_with(demo, "paid")
    token = cashier(demo)
    line = a_line(order)
    body = {
        "order_id": order["id"],
        "status": "waiting_approval",
        "lines": [{"variant_id": line["variant_id"], "quantity": 1, "reason": "dissatisfaction"}],
    }
    made = call(demo, "POST", RETURNS, key=token, json=body)
    assert made.status_code == 200, made.text
    refused = call(demo, "PATCH", f"{RETURNS}/{made.json()['id']}/approve", key=token)
    assert refused.status_code == 403
    assert call(demo, "DELETE", f"{RETURNS}/{made.json()['id']}", key=token).status_code == 403
    assert call(demo, "POST", RETURNS, key=DEMO_READONLY_KEY, json=body).status_code == 403
    assert call(demo, "GET", RETURNS, key=DEMO_READONLY_KEY).status_code == 403
    assert call(demo, "GET", f"{RETURNS}/{made.json()['id']}").json()["status"] == "waiting_approval"


def test_list_filters_sorts_and_delete(demo: DemoServer) -> None:
    paid, pending = order_with(demo, "paid"), order_with(demo, "pending")
    first = create(demo, paid).json()
    second = create(demo, pending, status="draft").json()
    page = call(demo, "GET", RETURNS).json()
    assert set(page) == {"data", "pagination"} and page["pagination"]["total"] == 2
    assert page["pagination"] | {"count": 2} == {
        "total": 2,
        "count": 2,
        "per_page": 15,
        "current_page": 1,
        "total_pages": 1,
    }

    def ids(**params: str) -> list[str]:
        answer = call(demo, "GET", RETURNS, params=params)
        assert answer.status_code == 200, answer.text
        return [r["id"] for r in answer.json()["data"]]

    assert ids(**{"filter[status]": "draft"}) == [second["id"]]
    assert ids(**{"filter[order_id]": paid["id"]}) == [first["id"]]
    assert ids(**{"filter[customer_id]": pending["customer"]["id"]}) == [second["id"]]
    assert ids(**{"filter[search]": paid["reference"]}) == [first["id"]]
    assert ids(sort="-status") == [first["id"], second["id"]]
    assert ids(sort="status") == [second["id"], first["id"]]
    assert call(demo, "GET", RETURNS, params={"sort": "reference"}).status_code == 400
    gone = call(demo, "DELETE", f"{RETURNS}/{first['id']}", request_id="rid-del")
    assert gone.status_code == 204 and gone.content == b""
    assert call(demo, "GET", f"{RETURNS}/{first['id']}").status_code == 404
    assert ids() == [second["id"]]
    assert next(w for w in demo.store.state.writes if w["request_id"] == "rid-del")["kind"] == "return_delete"
    assert call(demo, "GET", f"/2023-11/admin/orders/{paid['id']}").json()["returns_count"] == 0


def test_the_returned_value_takes_its_share_of_the_line_discount_and_taxes(demo: DemoServer) -> None:
    order = order_with(demo, "pending")
    line = a_line(order)
    meta = {**line["metadata"], "taxes": [{"name": "TVA", "rate": 19.25}]}
    discount = [{"discount_id": None, "discount_type": "percentage", "discount_value": 10}]
    demo.store.colleague_edit(order["id"], lines={str(line["id"]): {"discounts": discount, "metadata": meta}})
    dressed = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    gross = Decimal(str(line["price"])) * int(line["quantity"])
    off = (gross / 10).quantize(Decimal(1))
    tax = ((gross - off) * Decimal("0.1925")).quantize(Decimal(1))
    value = ((gross - off + tax) / int(line["quantity"])).quantize(Decimal(1))
    made = create(demo, order).json()
    audit = call(demo, "GET", f"{RETURNS}/{made['id']}/audit").json()
    assert Decimal(str(audit["financial_impact"]["return_amount"])) == value
    assert call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve").status_code == 200
    after = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    assert Decimal(str(after["amount"])) == Decimal(str(dressed["amount"])) - value
    assert Decimal(str(after["billing"]["returns_total"])) == value
    assert after["order_products"] == dressed["order_products"]  # the lines stay as sold


def test_on_a_partly_paid_order_only_what_was_paid_beyond_the_new_total_is_credited(demo: DemoServer) -> None:
    order = order_with(demo, "partially_paid")
    line = a_line(order)
    total, due = Decimal(str(order["amount"])), Decimal(str(order["amount_due"]))
    paid = total - due
    quantity = int(line["quantity"])
    value = Decimal(str(line["price"])) * quantity
    made = create(demo, order, quantity=quantity).json()
    body = call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve").json()
    after = call(demo, "GET", f"/2023-11/admin/orders/{order['id']}").json()
    new_total = total - value
    assert Decimal(str(after["amount"])) == new_total
    assert Decimal(str(after["amount_due"])) == max(new_total - paid, Decimal(0))
    assert after["billing"]["status"] == ("paid" if paid >= new_total else "partially_paid")
    credited = min(value, paid - new_total)
    if credited > 0:
        assert [Decimal(str(n["amount"])) for n in body["credit_notes"]] == [credited]
    else:
        assert body["credit_notes"] == []


def test_searches_and_sorts_of_both_lists_and_the_other_company(demo: DemoServer) -> None:
    paid, pending = order_with(demo, "paid"), order_with(demo, "partially_paid")
    email = paid["customer"]["email"]
    first = create(demo, paid).json()
    demo.advance_clock(5)  # the second a second later: created_at tells them apart
    create(demo, pending, quantity=2)
    if email:
        found = call(demo, "GET", RETURNS, params={"filter[search]": email}).json()["data"]
        assert [r["id"] for r in found] == [first["id"]]
    assert call(demo, "GET", RETURNS, params={"sort": "-created_at"}).json()["data"][-1]["id"] == first["id"]
    for made in call(demo, "GET", RETURNS).json()["data"]:
        call(demo, "PATCH", f"{RETURNS}/{made['id']}/approve")
    notes = call(demo, "GET", NOTES, params={"sort": "-amount"}).json()["data"]
    amounts = [Decimal(str(n["amount"])) for n in notes]
    assert amounts == sorted(amounts, reverse=True) and notes
    by_reference = call(demo, "GET", NOTES, params={"filter[reference]": "cn-000"}).json()["pagination"]["total"]
    assert by_reference == len(notes)
    assert call(demo, "GET", NOTES, params={"filter[search]": "pending"}).json()["pagination"]["total"] == len(notes)
    typed = call(demo, "GET", NOTES, params={"filter[source_type]": "App\\Models\\Order"}).json()["data"]
    assert len(typed) == len(notes)

    with DemoServer(orders=5, companies=2) as other:
        from genuka_desk.demo.accounts import SECOND_COMPANY

        headers = {"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": SECOND_COMPANY["id"]}
        headers["Accept"] = "application/json"
        empty = httpx.get(f"{other.url}{RETURNS}", headers=headers, timeout=10)
        assert empty.status_code == 200 and empty.json()["data"] == []
        assert httpx.get(f"{other.url}{RETURNS}/x", headers=headers, timeout=10).status_code == 404
