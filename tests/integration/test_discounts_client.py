"""The discounts client (api/discounts.py, models/discount.py) against the demo over real HTTP."""

from __future__ import annotations

from decimal import Decimal

import pytest

from genuka_desk.api import GenukaClient
from genuka_desk.api.discounts import automatic, by_code, iter_discounts, list_page, show
from genuka_desk.demo import DemoServer


@pytest.mark.asyncio
async def test_pages_show_lookup_and_automatic(client: GenukaClient, demo_server: DemoServer) -> None:
    first = await list_page(client, per_page=4, sort="code")
    assert [d.code for d in first.items] == ["AUTO5", "BIENVENUE10", "MOINS2000", "NOEL2025"]
    assert first.has_next
    valid = await list_page(client, valid=True, per_page=100)
    assert {d.code for d in valid.items} == {"AUTO5", "BIENVENUE10", "MOINS2000", "SACS15"}
    welcome = next(d for d in valid.items if d.code == "BIENVENUE10")
    assert welcome.discount_type == "percentage" and welcome.discount_value == Decimal(10)
    assert welcome.requirement_value == Decimal(10000) and welcome.usage_limit_per_customer == 1
    assert not welcome.automatic and welcome.start_date is not None and welcome.end_date is None
    bags = await show(client, str(next(d.id for d in valid.items if d.code == "SACS15")))
    assert bags.ids("products") == (demo_server.store.data.products[0]["id"],)
    assert (await by_code(client, "NOEL2025")) is not None  # expired, still found: the lookup checks nothing
    assert await by_code(client, "noel2025") is None
    offered = await automatic(client, {"customer": {"phone": "+237 600 00 00 00"}, "cart_amount": 75000})
    assert [(d.code, d.automatic) for d in offered] == [("AUTO5", False)]  # the subset has no strategy
    pulled = [d async for page in iter_discounts(client, None) for d in page]
    assert len(pulled) == 6
    demo_server.store.discounts.items[welcome.id or ""]["updated_at"] = "2099-01-01T00:00:00.000000Z"
    later = [d.code async for page in iter_discounts(client, "2098-12-31T00:00:00Z") for d in page]
    assert later == ["BIENVENUE10"]
