"""The campaigns' end check catches what it claims to: a doubled write, a lost change, a wrong value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from tests.support.clerk import Clerk

pytestmark = pytest.mark.asyncio


async def test_end_check_passes_a_clean_run_and_catches_each_kind_of_damage(
    demo_server: DemoServer, service: OrderService
) -> None:
    clerk = Clerk(seed=3)
    await clerk.pick_orders(service, demo_server)
    assert await clerk.queue_some(service, 6) > 0
    clerk.colleague_edit(demo_server, service)
    report = await service.sync()
    await clerk.settle_reported(service, demo_server)  # whatever the colleague's edit caused
    await service.sync()
    clean = clerk.check(demo_server)
    assert report is not None and clean.lost == [] and clean.doubled == [] and clean.wrong_values == []
    assert clean.fields_checked > 0

    # A write replayed by the server (what a blind retry would do) is a doubled change.
    sent = next(p for p in clerk.planned.values() if p.change_id not in clerk.discarded)
    user = demo_server.store.data.users[0]
    body = demo_server.store.get_order(sent.order_id)
    status = {"shipping": {"status": body["shipping"]["status"]}}
    demo_server.store.update_status(sent.order_id, status, user, sent.group_id or sent.change_id)
    assert any(sent.change_id[:8] in d for d in clerk.check(demo_server).doubled)

    # A change still queued when the campaign ends is lost.
    while not await clerk.queue_some(service, 1):
        pass
    assert clerk.check(demo_server).lost

    # A value overwritten behind the clerk's back is a wrong value.
    key = next(iter(sent.fields))
    if key.startswith("lines."):
        line_id = key.split(".")[1]
        demo_server.store.colleague_edit(sent.order_id, lines={line_id: {"quantity": 999}})
    else:
        demo_server.store.colleague_edit(sent.order_id, {key: "canceled"})
    assert any(sent.order_id in w for w in clerk.check(demo_server).wrong_values)

    # Money recorded that the clerk did not take, a dressed line stripped, a known customer rewritten.
    paid_on = next(oid for oid in clerk.order_ids if demo_server.store.get_order(oid)["amount_due"] > 100)
    demo_server.store.colleague_payment(paid_on, Decimal(100))
    line_id, dressed = next(iter(clerk.dressed.items()))
    demo_server.store.colleague_edit(dressed["order_id"], lines={line_id: {"discounts": []}})
    known = demo_server.store.data.customers[0]
    sale = {
        "customer": {"id": known["id"], "first_name": "Jean"},
        "products": [{"title": "x", "price": 1, "quantity": 1}],
    }
    demo_server.store.creation.create_order(sale, demo_server.store.data.users[0], None)
    damaged = clerk.check(demo_server)
    assert any(paid_on in w and "recorded 100" in w for w in damaged.money_wrong)
    assert any(line_id in w for w in damaged.lines_stripped)
    assert damaged.customers_rewritten == 1 and any("rewritten" in w for w in damaged.wrong_values)
