"""Sales and payments through Mobile Sync's sync/push: one key per sale or payment, kept across retries.

Over real HTTP against the demo, which implements sync/push as documented
(dedupe by idempotency key). A server without it, or one that refuses or
misreads the order payload, gets the classic endpoints.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service import ChangeState, OrderService
from genuka_desk.store.capabilities import kept_capabilities
from tests.support.services import MakeService, settle, store_of, writes_of


def sale(server: DemoServer, n: int, paid: Decimal | None = None) -> NewOrder:
    product = server.store.data.products[n]
    draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name=f"Sync {n}", phone=f"+2376990{n:05d}"))
    draft.add(
        NewOrderLine(
            product_id=product["id"],
            variant_id=product["variants"][0]["id"],
            title=product["title"],
            quantity=2,
            price=Decimal(4000),
        )
    )
    draft.add(NewOrderLine(title="Sachet", quantity=1, price=Decimal(200)))
    if paid is not None:
        draft.paid_amount, draft.method = paid, "cash"
    return draft


def made(server: DemoServer, change_id: str) -> list[dict[str, Any]]:
    return [w for w in writes_of(server, change_id) if w["kind"] in ("create", "payment")]


def money(server: DemoServer, order_id: str) -> tuple[Decimal, Decimal]:
    body = server.store.get_order(order_id)
    paid = sum((Decimal(str(p["amount"])) for p in body.get("payments") or []), Decimal(0))
    return paid, Decimal(str(body["amount_due"]))


def pushes_kept(service: OrderService, server: DemoServer) -> bool | None:
    """Whether the server has sync/push, as the kept look says (the one doctor shows)."""
    kept = kept_capabilities(store_of(service).cache, server.url)
    return None if kept is None else kept.sync_push


def flag(service: OrderService, server: DemoServer, name: str) -> str | None:
    return store_of(service).sales.server_flag(server.url, name)


@pytest.mark.asyncio
async def test_a_paid_sale_goes_through_sync_push_once_with_its_key(
    sync_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    change = await service.sales.create(sale(sync_server, 1, Decimal(3000)))
    payment = store_of(service).sales.sale_payment(change.id)
    assert payment is not None
    await settle(service)
    assert (
        service.changes.get(change.id).state is ChangeState.SENT
        and service.changes.get(payment.id).state is ChangeState.SENT
    )
    assert pushes_kept(service, sync_server) is True
    assert flag(service, sync_server, "sync_shape.order") == "trusted"
    assert flag(service, sync_server, "sync_shape.payment") == "trusted"
    # The write log names each operation by its idempotency key: the change's own id.
    assert [w["kind"] for w in made(sync_server, change.id)] == ["create"]
    assert [w["kind"] for w in made(sync_server, payment.id)] == ["payment"]
    order_id = service.changes.get(change.id).order_id
    assert money(sync_server, order_id) == (Decimal(3000), Decimal(8200 - 3000))
    assert store_of(service).queue.change(change.id).base["via"] == "sync"  # type: ignore[union-attr]


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["drop", "reset", "500-after"])
async def test_a_lost_answer_is_sent_again_with_the_same_key_and_applied_once(
    sync_server: DemoServer, tmp_path: Path, mode: str, services: MakeService
) -> None:
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    sync_server.faults.arm(mode, count=2, method="POST", path="/sync/push")  # the sale's, then the payment's
    change = await service.sales.create(sale(sync_server, 2, Decimal(1000)))
    payment = store_of(service).sales.sale_payment(change.id)
    assert payment is not None
    for _ in range(4):
        await service.sync()
        for held in service.changes.queue():
            if held.state is ChangeState.FAILED:
                await service.changes.retry(held.id)  # a 500 is shown refused; the clerk's Retry sends the key again
    await settle(service)
    assert service.changes.queue() == [] and sync_server.faults.injected == 2  # both lost answers were on sync/push
    assert len(made(sync_server, change.id)) == 1 and len(made(sync_server, payment.id)) == 1
    assert money(sync_server, service.changes.get(change.id).order_id)[0] == Decimal(1000)


@pytest.mark.asyncio
async def test_a_refused_shape_falls_back_to_the_classic_endpoint_at_once(
    sync_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    sync_server.store.sync_order_shape = "refuse"
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    first = await service.sales.create(sale(sync_server, 3, Decimal(500)))
    await settle(service)
    assert service.changes.get(first.id).state is ChangeState.SENT and len(made(sync_server, first.id)) == 1
    assert flag(service, sync_server, "sync_shape.order") == "refused"
    second = await service.sales.create(sale(sync_server, 4))
    await settle(service)
    assert len(made(sync_server, second.id)) == 1
    assert money(sync_server, service.changes.get(first.id).order_id)[0] == Decimal(500)  # its payment still went


@pytest.mark.asyncio
async def test_a_sale_the_server_misreads_is_put_right_and_the_shape_not_used_again(
    sync_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    sync_server.store.sync_order_shape = "documented"  # reads only customer_id, amount, shop_id
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    change = await service.sales.create(sale(sync_server, 5, Decimal(8200)))
    await settle(service)
    order_id = service.changes.get(change.id).order_id
    body = sync_server.store.get_order(order_id)
    lines = sorted((op["quantity"], op["price"]) for op in body["order_products"])
    assert lines == [(1, 200), (2, 4000)] and body["amount"] == 8200  # put right with the classic update
    assert money(sync_server, order_id) == (Decimal(8200), Decimal(0))
    assert flag(service, sync_server, "sync_shape.order") == "refused"
    other = await service.sales.create(sale(sync_server, 6))
    await settle(service)
    assert [w["kind"] for w in made(sync_server, other.id)] == ["create"]  # the classic way now
    assert service.changes.queue() == []


@pytest.mark.asyncio
async def test_a_server_without_sync_push_gets_the_classic_endpoints(
    demo_server: DemoServer, service: OrderService
) -> None:
    change = await service.sales.create(sale(demo_server, 7, Decimal(700)))
    await settle(service)
    assert pushes_kept(service, demo_server) is False
    assert store_of(service).queue.change(change.id).base["via"] == "classic"  # type: ignore[union-attr]
    assert money(demo_server, service.changes.get(change.id).order_id)[0] == Decimal(700)


@pytest.mark.asyncio
async def test_a_sale_sent_through_sync_push_goes_again_with_its_key_even_once_the_shape_is_refused(
    sync_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    sync_server.store.sync_order_shape = "documented"  # the sale is made with other lines...
    sync_server.faults.arm("500", count=20, method="PUT", path="/admin/orders")  # ...and cannot be put right now
    change = await service.sales.create(sale(sync_server, 8))
    await service.sync()
    assert service.changes.get(change.id).posted and flag(service, sync_server, "sync_shape.order") == "refused"
    sync_server.faults.clear()
    await settle(service)
    # Sent again with its key (the look would not know the misread sale): made once, then put right.
    assert service.changes.queue() == [] and len(made(sync_server, change.id)) == 1
    body = sync_server.store.get_order(service.changes.get(change.id).order_id)
    assert sorted((op["quantity"], op["price"]) for op in body["order_products"]) == [(1, 200), (2, 4000)]
