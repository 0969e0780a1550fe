"""A sale to a customer known by a phone alone comes back without a stranger's name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from tests.support.services import MakeService, settle

pytestmark = pytest.mark.asyncio


async def test_a_phone_only_sale_has_no_name_but_its_own(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "profile")
    assert (await service.sync()).complete
    draft = NewOrder(customer=NewCustomer(phone="655443322"))
    draft.add(NewOrderLine(title="Savon", quantity=1, price=Decimal(1500)))
    change = await service.sales.create(draft)
    await settle(service)
    created = service.changes.get(change.id).order_id
    body = demo_server.store.get_order(created)
    assert not body["billing"].get("address"), body["billing"]  # not the demo template's billing address
    row = service.orders.row(created)
    assert row is not None and row.customer in ("", "655443322", "+237 655 44 33 22"), row.customer
