"""Sales taken at the desk reach the server exactly once, online or offline, whatever the network does."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service import ChangeState, InvalidEdit, ListQuery, OrderService, ServiceError
from tests.support.services import FAST_SYNC, MakeService, store_of, writes_of


def sale(server: DemoServer, phone: str = "6 99 12 34 56", **extra: object) -> NewOrder:
    product = server.store.data.products[0]
    variant = product["variants"][0]
    draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone=phone), **extra)  # type: ignore[arg-type]
    draft.add(
        NewOrderLine(
            product_id=product["id"], variant_id=variant["id"], title=product["title"], quantity=2, price=Decimal(1500)
        )
    )
    draft.add(NewOrderLine(title="Sac tressé", quantity=1, price=Decimal(2000)))
    return draft


def created(server: DemoServer, change_id: str) -> list[dict[str, object]]:
    return [w for w in writes_of(server, change_id) if w["kind"] == "create"]


@pytest.mark.asyncio
async def test_a_sale_is_shown_at_once_then_created_once_under_the_servers_reference(
    demo_server: DemoServer, service: OrderService
) -> None:
    change = await service.sales.create(sale(demo_server, paid_amount=Decimal(5000), method="cash"))
    assert change.order_ref == "DESK-0001" and change.order_id.startswith("local-")
    local = await service.orders.get("DESK-0001")
    assert local.customer_phone == "+237699123456" and local.amount == Decimal(5000)
    found = await service.orders.listing(ListQuery(search="DESK-0001"))
    # The creation and the money taken, as a payment of its own waiting behind it (shown paid at once).
    assert [r.reference for r in found.rows] == ["DESK-0001"] and found.rows[0].pending == 2
    assert local.billing_status.value == "paid" and local.balance == 0 and local.payments[0].queued
    report = await service.sync()
    assert report.complete, report
    assert len(created(demo_server, change.id)) == 1
    create = created(demo_server, change.id)[0]
    assert "billing" not in create["sent_keys"]  # billing.amount records no payment on Genuka
    order = await service.orders.get("DESK-0001")  # the temporary reference still finds it
    assert order.reference.startswith("#ORDER_") and not str(order.id).startswith("local-")
    assert order.billing_status.value == "paid" and order.customer_phone == "+237699123456"
    body = demo_server.store.get_order(str(order.id))
    assert [p["amount"] for p in body["payments"]] == [5000] and body["amount_due"] == 0
    # The receipt's reference, searched, lists the order under the server's (the local row is gone).
    found = await service.orders.listing(ListQuery(search="DESK-0001"))
    assert [r.id for r in found.rows] == [str(order.id)] and found.total == 1
    assert service.orders.row(change.order_id) is None and service.orders.row(str(order.id)) is not None
    assert service.changes.get(change.id).state is ChangeState.SENT


@pytest.mark.asyncio
async def test_offline_sales_and_the_changes_made_to_them_wait_then_go_to_the_new_order(
    demo_server: DemoServer, service: OrderService
) -> None:
    port = demo_server.port
    demo_server.stop()
    first = await service.sales.create(sale(demo_server, shipping_amount=Decimal(1000)))
    second = await service.sales.create(sale(demo_server, phone="+237 677 00 11 22"))
    assert second.order_ref == "DESK-0002"
    await service.orders.set_status(first.order_id, shipping="delivered")
    report = await service.sync()
    assert report.offline and report.remaining == 4  # two sales, a shipping amount, a status
    assert (await service.orders.get("DESK-0001")).shipping_status.value == "delivered"
    # Never sent yet: its lines are the sale's own, the change goes into it (not a change behind it).
    await service.orders.update(first.order_id, _one_more(service, first.order_id))
    assert (await service.orders.get("DESK-0001")).lines[0].quantity == 5
    restarted = DemoServer(orders=60, seed=11, port=port)
    restarted.store = demo_server.store  # the same server world, back online
    restarted.start()
    try:
        report = await service.sync()
        assert report.complete, report
        one = await service.orders.get("DESK-0001")
        assert one.lines[0].quantity == 5
        assert one.shipping_status.value == "delivered" and one.shipping.amount == Decimal(1000)  # type: ignore[union-attr]
        body = restarted.store.get_order(str(one.id))
        assert body["shipping"]["status"] == "delivered" and body["shipping"]["amount"] == 1000
        assert len(created(restarted, first.id)) == 1 and len(created(restarted, second.id)) == 1
        assert service.changes.queue() == []
    finally:
        restarted.stop()


def _one_more(service: OrderService, order_id: str) -> object:
    from genuka_desk.models import LineChange, OrderEdit

    order = service.orders.cached(order_id)
    assert order is not None
    return OrderEdit(lines={str(order.lines[0].id): LineChange(quantity=5)})


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["drop", "reset", "late"])
async def test_a_creation_whose_answer_is_lost_is_found_on_the_server_not_sent_twice(
    demo_server: DemoServer, tmp_path: Path, mode: str, services: MakeService
) -> None:
    # The client gives up after 0.5 s; a late write lands after 1 s; the settle window (1.5 s) outlasts it.
    service = services(
        demo_server, tmp_path / "p", policy=replace(FAST_SYNC, in_flight_limit=1.5), timeout=httpx.Timeout(0.5)
    )
    await service.sync()
    demo_server.faults.arm(mode, method="POST", path="/admin/orders", stall=1.0)
    change = await service.sales.create(sale(demo_server))
    await service.sync()
    for _ in range(30):
        if service.changes.get(change.id).state is ChangeState.SENT:
            break
        await asyncio_sleep(0.2)
        await service.sync()
    assert demo_server.faults.pending() == 0  # the fault did hit the creation
    assert service.changes.get(change.id).state is ChangeState.SENT
    await asyncio_sleep(1.2)  # any write still held by the server has landed by now
    assert len(created(demo_server, change.id)) == 1, demo_server.stats()["writes"][-3:]
    order = await service.orders.get(change.order_ref)
    assert order.reference.startswith("#ORDER_")


@pytest.mark.asyncio
async def test_a_creation_landed_unanswered_then_deleted_by_a_colleague_is_found_not_made_again(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """The list hides deleted orders: the look searches them too, or the sale would be made a second time."""
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    demo_server.faults.arm("drop", method="POST", path="/admin/orders")  # created, the answer lost
    change = await service.sales.create(sale(demo_server, phone="6 77 00 11 22"))
    await service.sync(pull=False)
    (made,) = created(demo_server, change.id)
    demo_server.store.cancel_order(str(made["order_id"]))  # a colleague deletes it on the web
    await asyncio_sleep(FAST_SYNC.in_flight_limit + 0.05)
    await service.sync(pull=False)
    assert service.changes.get(change.id).state is ChangeState.SENT
    assert len(created(demo_server, change.id)) == 1
    assert [r.id for r in demo_server.store.rows if r.phone.endswith("677001122")] == [made["order_id"]]
    assert service.orders.cached(str(made["order_id"])) is not None  # the desk shows the server's order


async def asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


@pytest.mark.asyncio
async def test_a_refused_sale_shows_why_is_fixed_and_retried_or_discarded(
    demo_server: DemoServer, service: OrderService
) -> None:
    with pytest.raises(InvalidEdit):
        await service.sales.create(NewOrder())  # nothing is kept
    assert service.changes.queue() == []
    demo_server.faults.arm("business", method="POST", path="/admin/orders")
    change = await service.sales.create(sale(demo_server))
    await service.sync()
    refused = service.changes.get(change.id)
    # A 500 promises no rollback: refused, and maybe created all the same (looked for before any resend).
    assert refused.state is ChangeState.FAILED and refused.last_error and refused.posted
    await service.changes.retry(change.id)
    assert (await service.sync()).complete
    assert len(created(demo_server, change.id)) == 1
    demo_server.faults.arm("business", method="POST", path="/admin/orders")
    other = await service.sales.create(sale(demo_server, phone="699000111"))
    await service.sync()
    await service.changes.discard(other.id)  # looked for first: not on the server, so nothing of it is left
    assert service.orders.row(other.order_id) is None and service.changes.queue() == []
    assert store_of(service).sales.created_id(other.order_ref) is None


@pytest.mark.asyncio
async def test_the_lines_of_a_sale_that_may_be_on_the_server_wait_for_it(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    # The settle window outlasts the late answer (3 s), as it outlasts the real server's time limit.
    service = services(demo_server, tmp_path / "p", policy=replace(FAST_SYNC, in_flight_limit=3.6))
    await service.sync()
    demo_server.faults.arm("late", method="POST", path="/admin/orders", stall=3.0)  # past the client's 2 s
    change = await service.sales.create(sale(demo_server))
    await service.sync()  # the answer does not come in time: the sale may be on the server
    pending = service.changes.get(change.id)
    assert pending.state is not ChangeState.SENT and pending.posted
    with pytest.raises(ServiceError, match="lines"):
        await service.orders.update(change.order_id, _one_more(service, change.order_id))
    with pytest.raises(ServiceError, match="may already be on the server"):
        await service.changes.discard(change.id)
    await service.orders.set_status(change.order_id, shipping="delivered")  # a status waits behind it
    await asyncio_sleep(3.7)  # the late answer lands; then the desk looks before any resend
    for _ in range(10):
        await service.sync()
        if not service.changes.queue():
            break
        await asyncio_sleep(0.3)
    assert service.changes.queue() == []
    assert len(created(demo_server, change.id)) == 1
    order = await service.orders.get(change.order_ref)
    assert order.shipping_status.value == "delivered"
