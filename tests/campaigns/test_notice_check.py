"""The campaigns' end check counts the clerk's e-mails to customers (notify): once each, never twice."""

from __future__ import annotations

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from tests.support.clerk import Clerk

pytestmark = pytest.mark.asyncio


async def test_an_email_sent_twice_or_never_is_caught(demo_server: DemoServer, service: OrderService) -> None:
    clerk = Clerk(seed=5)
    await clerk.pick_orders(service, demo_server)
    for order_id in clerk.order_ids:
        if await clerk._notify(service, await service.orders.get(order_id)):
            break
    (change_id, order_id) = next(iter(clerk.notices.items()))
    still = clerk.check(demo_server)
    assert any(change_id[:8] in lost for lost in still.lost)  # queued, not sent yet
    await service.sync()
    clean = clerk.check(demo_server)
    assert clean.lost == [] and clean.doubled == [] and clean.notices == clean.notices_sent == 1
    user = demo_server.store.data.users[0]
    demo_server.store.notifications.notify(order_id, {}, None, user, change_id, None)  # what a blind resend does
    assert any(change_id[:8] in doubled for doubled in clerk.check(demo_server).doubled)
