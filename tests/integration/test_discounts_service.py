"""service.discounts over real HTTP: the local copy pulled with the catalogue, the offline rules, confirm online.

The copy: every discount at the first sync, changed ones after (a deleted
one removed); usage from the local orders carrying a discount; codes
case-sensitive; automatic ones; the public lookup when online (its answer
kept), the local copy when the server is down.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import OrderService
from genuka_desk.service.discount_types import Cart, CartLine
from tests.support.services import store_of

BASE = "/2023-11/admin/discounts"


def call(server: DemoServer, method: str, path: str, **kw: Any) -> httpx.Response:
    headers = {
        "Authorization": f"Bearer {DEMO_ADMIN_KEY}",
        "X-Company": server.company_id,
        "Accept": "application/json",
    }
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=10, **kw)


def code_id(server: DemoServer, code: str) -> str:
    return next(i for i, d in server.store.discounts.items.items() if d["code"] == code)


def a_cart(server: DemoServer, amount: int, customer: str | None = None) -> Cart:
    product = server.store.data.products[1]
    line = CartLine(product["id"], product["variants"][0]["id"], 1, Decimal(amount))
    return Cart(shop_id=server.store.data.shop_id, customer_id=customer, lines=(line,))


@pytest.mark.asyncio
async def test_the_copy_is_pulled_with_the_catalogue_and_judged_offline(
    demo_server: DemoServer, service: OrderService
) -> None:
    discounts = service.discounts
    assert sorted(o.code for o in discounts.offers()) == ["AUTO5", "BIENVENUE10", "MOINS2000", "SACS15"]
    assert len(discounts.offers(valid_only=False)) == 6
    verdict = discounts.check_code("BIENVENUE10", a_cart(demo_server, 12000))
    assert verdict.ok and verdict.amount_off == Decimal(1200) and verdict.offer is not None
    assert discounts.check_code("bienvenue10", a_cart(demo_server, 12000)).reason == "unknown"
    assert discounts.check_code("BIENVENUE10", a_cart(demo_server, 9000)).reason == "minimum_amount"
    assert discounts.check_code("NOEL2025", a_cart(demo_server, 12000)).reason == "ended"
    assert discounts.check_code("PAUSE", a_cart(demo_server, 12000)).reason == "inactive"
    automatic = discounts.automatic(a_cart(demo_server, 60000))
    assert [(v.offer.code if v.offer else None, v.amount_off) for v in automatic] == [("AUTO5", Decimal(3000))]
    assert discounts.automatic(a_cart(demo_server, 40000)) == []


@pytest.mark.asyncio
async def test_usage_comes_from_the_local_orders_and_a_deleted_discount_goes(
    demo_server: DemoServer, service: OrderService
) -> None:
    state = demo_server.store.state
    row = next(r for r in state.index.rows if not r.deleted and not r.cancelled and r.amount >= 10000 and r.customer_id)
    welcome = code_id(demo_server, "BIENVENUE10")
    put = call(demo_server, "PUT", f"/2023-11/admin/orders/{row.id}", json={"discounts": [{"discount_id": welcome}]})
    assert put.status_code == 200, put.text
    gone = call(demo_server, "DELETE", f"{BASE}/{code_id(demo_server, 'MOINS2000')}")
    assert gone.status_code == 200
    await service.sync()
    # The customer's order now carries it: once per customer is spent (offline, from the local copy).
    verdict = service.discounts.check_code("BIENVENUE10", a_cart(demo_server, 12000, row.customer_id))
    assert verdict.reason == "used_by_customer"
    assert service.discounts.check_code("BIENVENUE10", a_cart(demo_server, 12000, "someone-else")).ok
    assert store_of(service).discounts.usage(welcome) == (1, 0)
    assert service.discounts.check_code("MOINS2000", a_cart(demo_server, 12000)).reason == "unknown"
    # Changed ones only after the first pull: nothing new, (almost) nothing read again.
    engine = service._core.engine  # the sync engine's own puller
    assert await engine.discounts.pull() <= 1
    assert await engine.discounts.pull(full=True) == 6  # five live, one removed


@pytest.mark.asyncio
async def test_confirm_asks_the_server_and_falls_back_to_the_copy(
    demo_server: DemoServer, service: OrderService
) -> None:
    sent = {
        "company_id": demo_server.company_id,
        "title": "Nouveau",
        "code": "NOUVEAU",
        "discount_type": "fixed",
        "discount_value": 700,
        "application_strategy": "manual",
        "active": True,  # the demo's default is off (the reference gives none)
        "start_date": "2026-01-01 00:00:00",
    }
    assert call(demo_server, "POST", BASE, json=sent).status_code == 201
    cart = a_cart(demo_server, 5000)
    assert service.discounts.check_code("NOUVEAU", cart).reason == "unknown"  # not pulled yet
    online = await service.discounts.confirm("NOUVEAU", cart)
    assert online.ok and online.amount_off == Decimal(700)
    assert service.discounts.check_code("NOUVEAU", cart).ok  # the server's answer is kept
    assert (await service.discounts.confirm("NOPE", cart)).reason == "unknown"
    demo_server.stop()
    offline = await service.discounts.confirm("BIENVENUE10", a_cart(demo_server, 12000))
    assert offline.ok and offline.amount_off == Decimal(1200)
