"""A write in the very second the desk read an order (the same updated_at) is not missed.

Genuka's timestamps are whole seconds, and a list item does not carry the
addresses: a colleague's address change in the second after the desk read
the order looks, in the next list, exactly like what the desk holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from tests.support.services import MakeService, store_of

pytestmark = pytest.mark.asyncio


async def test_a_colleagues_address_change_in_the_second_the_desk_read_the_order_arrives(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "profile")
    assert (await service.sync()).complete
    order_id = next(iter(store_of(service).search.held_ids([r.id for r in (await service.orders.listing()).rows])))
    city = ""
    for attempt in range(50):
        read = await service.orders.refresh(order_id)  # the desk reads it in full...
        city = f"Kribi {attempt}"
        after = demo_server.store.colleague_edit(order_id, {"billing.address.city": city})  # ...someone writes
        if after["updated_at"] == read.raw_view["updated_at"]:
            break  # in that same second: the same updated_at
    else:
        pytest.fail("never managed a write in the second of a read")
    assert (await service.sync()).complete
    held = store_of(service).cache.server_body(order_id)
    assert held is not None and held["billing"]["address"]["city"] == city
    assert held["billing"] == demo_server.store.get_order(order_id)["billing"]
