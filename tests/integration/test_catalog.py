"""The catalogue and the customers kept locally: synced, searched as clerks type, scanned, offline."""

from __future__ import annotations

import logging
import re
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from tests.support.services import MakeService, store_of


@pytest.mark.asyncio
async def test_a_sync_brings_the_catalogue_and_customers_searched_offline(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p")
    assert (await service.sync()).complete
    data = demo_server.store.data
    variants = sum(len(p["variants"]) for p in data.products)
    assert store_of(service).catalog.catalog_count() == variants
    demo_server.stop()  # offline from here
    # Word prefixes, accents and case aside.
    product = next(p for p in data.products if len(p["variants"]) > 1)
    word = product["title"].split()[0]
    typed = word[:3].upper().replace("E", "É") if "e" in word[:3].lower() else word[:3].upper()
    found = service.catalog.search(typed)
    assert any(item.product_id == product["id"] for item in found), (typed, found)
    assert all(any(w.startswith(typed[:3].lower()) for w in item.title.lower().split()) for item in found[:3])
    # A scanner: a whole barcode or SKU names one variant.
    variant = product["variants"][1]
    assert service.catalog.item(variant["barcode"]).variant_id == variant["id"]  # type: ignore[union-attr]
    assert service.catalog.item(variant["sku"].upper()).variant_id == variant["id"]  # type: ignore[union-attr]
    assert service.catalog.item("0000") is None
    # Stock where the server follows it (every third demo product).
    followed = [i for i in service.catalog.search("", limit=200) if i.stock is not None]
    assert followed and all(i.stock >= 0 for i in followed)  # type: ignore[operator]
    # Customers: by name prefix or phone digits typed in groups.
    customer = data.customers[3]
    groups = customer["phone"].replace("+237 ", "")[:6]  # "6xx xx"
    assert customer["id"] in {c.id for c in service.customers.search(groups)}
    assert customer["id"] in {c.id for c in service.customers.search(customer["last_name"][:3].lower())}
    assert service.customers.by_phone(customer["phone"].replace(" ", "")).id == customer["id"]  # type: ignore[union-attr]
    # The line picker offers the local catalogue offline: every variant of the product, one row each.
    rows = [i for i in service.catalog.search(product["title"], limit=50) if i.product_id == product["id"]]
    assert {i.variant_id for i in rows} == {v["id"] for v in product["variants"]}


@pytest.mark.asyncio
async def test_the_next_sync_brings_only_what_changed_and_new_customers(
    demo_server: DemoServer, tmp_path: Path, caplog: pytest.LogCaptureFixture, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p")
    with caplog.at_level(logging.INFO, logger="genuka_desk.sync.catalog_pull"):
        await service.sync()
    variants = sum(len(p["variants"]) for p in demo_server.store.data.products)
    assert f"catalogue: {variants} product rows" in caplog.text
    caplog.clear()
    draft = NewOrder(customer=NewCustomer(first_name="Nouvelle", last_name="Cliente", phone="+237677001122"))
    draft.add(NewOrderLine(title="Savon", quantity=1, price=Decimal(500)))
    await service.sales.create(draft)
    with caplog.at_level(logging.INFO, logger="genuka_desk.sync.catalog_pull"):
        assert (await service.sync()).complete
    # Only the new customer (and products changed since: none; the cursor keeps a margin of
    # whole seconds, so at most what changed within it comes again).
    stored = re.search(r"catalogue: (\d+) product rows, (\d+) customers", caplog.text)
    assert stored is not None and int(stored[1]) < variants // 4 and int(stored[2]) <= 2, caplog.text
    assert service.customers.by_phone("677 00 11 22") is not None
    spent = await service.customers.orders_of(service.customers.by_phone("677001122").id)  # type: ignore[union-attr]
    assert len(spent.rows) == 1 and spent.due == Decimal(500)
