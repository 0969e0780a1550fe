"""A line edit sends the other lines back whole: their discounts, taxes, cost and service stay.

``products[]`` "replaces all existing lines" (06-orders-sales.md); the demo
drops whatever an item leaves out, so a desk that sent only six keys per line
would strip a colleague's discount and tax here as it could on Genuka.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.demo.order_lines import line_money
from genuka_desk.models import LineChange, OrderEdit
from tests.support.services import MakeService, settle

DISCOUNT = [{"discount_id": None, "discount_type": "percentage", "discount_value": 10}]
TAXES = [{"name": "TVA", "rate": 19.25}]


def dressed(server: DemoServer) -> dict[str, Any]:
    """An order with two lines or more, the first discounted, taxed and costed, the second a service."""
    row = next(r for r in server.store.rows if len(server.store.get_order(r.id)["order_products"]) >= 3)
    return server.store.dress_lines(row.id)


def expected_amount(body: dict[str, Any]) -> Decimal:
    total = Decimal(0)
    for entry in body["order_products"]:
        gross, off, tax = line_money(entry)
        total += gross - off + tax
    return total + Decimal(str(body["billing"]["shipping"]))


def test_the_demo_drops_what_a_products_item_leaves_out(demo_server: DemoServer) -> None:
    before = dressed(demo_server)
    first = before["order_products"][0]
    assert first["discounts"] == DISCOUNT and first["metadata"]["taxes"] == TAXES
    assert Decimal(str(before["amount"])) == expected_amount(before)
    six = [
        {
            "order_product_id": op["id"],
            "product_id": op["product_id"],
            "variant_id": op["variant_id"],
            "title": op["metadata"]["item_title"],
            "price": op["price"],
            "quantity": op["quantity"],
        }
        for op in before["order_products"]
    ]
    answer = httpx.put(
        f"{demo_server.url}/2023-11/admin/orders/{before['id']}",
        json={"products": six},
        headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": demo_server.company_id},
    )
    assert answer.status_code == 200, answer.text
    after = answer.json()
    stripped = after["order_products"][0]
    assert stripped["discounts"] == [] and stripped["metadata"]["taxes"] == [] and stripped["cost"] is None
    assert after["order_products"][1]["service_id"] is None  # the service line became an ad-hoc line
    assert after["amount"] != before["amount"]


@pytest.mark.asyncio
async def test_a_line_edit_keeps_the_other_lines_discounts_taxes_cost_and_service(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    before = dressed(demo_server)
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    order = await service.orders.refresh(before["id"])
    last = order.lines[-1]
    first = order.lines[0]
    edit = OrderEdit(
        lines={
            str(last.id): LineChange(quantity=(last.quantity or 0) + 1),
            str(first.id): LineChange(quantity=(first.quantity or 0) + 2),  # edited, and still discounted
        }
    )
    change = await service.orders.update(before["id"], edit)
    assert change is not None
    await settle(service)
    after = demo_server.store.get_order(before["id"])
    lines = {str(op["id"]): op for op in after["order_products"]}
    kept = lines[str(before["order_products"][0]["id"])]
    assert kept["discounts"] == DISCOUNT and kept["metadata"]["taxes"] == TAXES and kept["cost"] == 100
    assert kept["quantity"] == before["order_products"][0]["quantity"] + 2
    service_line = lines[str(before["order_products"][1]["id"])]
    assert service_line["service_id"] == "01demoservice0000000000001" and service_line["product_id"] is None
    assert service_line["metadata"]["item_title"] == before["order_products"][1]["metadata"]["item_title"]
    assert Decimal(str(after["amount"])) == expected_amount(after)
    shown = service.orders.cached(before["id"])
    assert shown is not None and shown.amount == Decimal(str(after["amount"]))
