"""Payments over real HTTP against the demo: shown at once, queued, sent once whatever the network does."""

from __future__ import annotations

from asyncio import sleep as asyncio_sleep
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service import ChangeState, InvalidEdit, OrderService
from tests.support.services import FAST_SYNC, MakeService, server_payments, settle, unpaid, writes_of


@pytest.mark.asyncio
async def test_a_payment_shows_at_once_then_reaches_the_server_once(
    demo_server: DemoServer, service: OrderService
) -> None:
    row = unpaid(service)
    order = await service.orders.get(row.id)
    change = await service.payments.record(row.id, Decimal(1000), "cash")
    shown = service.orders.cached(row.id)
    assert shown is not None and shown.balance == order.balance - 1000
    assert shown.billing_status.value == "partially_paid" and shown.payments[-1].queued
    await settle(service)
    assert service.changes.get(change.id).state is ChangeState.SENT
    (payment,) = server_payments(demo_server, row.id)
    assert Decimal(str(payment["amount"])) == 1000 and payment["method"] == "cash"
    assert payment["treasury_account_id"] == service.payments.account_of("cash")
    held = service.orders.cached(row.id)
    assert held is not None and [p.id for p in held.payments] == [payment["id"]]  # the server's, once
    assert held.balance == order.balance - 1000


@pytest.mark.asyncio
async def test_the_desk_refuses_a_payment_it_can_tell_is_wrong(service: OrderService) -> None:
    row = unpaid(service)
    order = await service.orders.get(row.id)
    for amount, method, code in (
        (Decimal(0), "cash", "amount_min"),
        (order.balance + 1, "cash", "amount_over_balance"),
        (Decimal(100), "no-such-way", "account_required"),
    ):
        with pytest.raises(InvalidEdit) as refused:
            await service.payments.record(row.id, amount, method)
        assert refused.value.problems[0].code == code
    with pytest.raises(InvalidEdit):
        await service.payments.record(row.id, Decimal(500), "cash", tendered=Decimal(400))
    assert service.changes.queue() == []


@pytest.mark.parametrize("mode", ["drop", "reset", "malformed", "500", "stall"])
@pytest.mark.asyncio
async def test_a_payment_whose_answer_is_lost_is_recorded_once(
    demo_server: DemoServer, mode: str, service: OrderService
) -> None:
    row = unpaid(service)
    demo_server.faults.arm(mode, method="POST", path="/payments", stall=2.5)
    change = await service.payments.record(row.id, Decimal(2000), "cash")
    await settle(service)
    assert service.changes.get(change.id).state is ChangeState.SENT
    assert len(server_payments(demo_server, row.id)) == 1, mode
    assert len([w for w in writes_of(demo_server, change.id) if w["kind"] == "payment"]) == 1


@pytest.mark.asyncio
async def test_a_payment_applied_after_the_desk_gave_up_is_not_sent_again(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    # The settle window outlasts the late answer, as it outlasts the real server's time limit.
    service = services(demo_server, tmp_path / "p", policy=replace(FAST_SYNC, in_flight_limit=3.6))
    await service.sync()
    row = unpaid(service)
    demo_server.faults.arm("late", method="POST", path="/payments", stall=3.0)
    change = await service.payments.record(row.id, Decimal(1500), "cash")
    await service.sync()  # no answer in time: it may be on the server
    assert service.changes.get(change.id).posted
    await asyncio_sleep(3.7)
    await settle(service)
    assert len(server_payments(demo_server, row.id)) == 1
    assert service.changes.get(change.id).state is ChangeState.SENT


@pytest.mark.asyncio
async def test_a_payment_recorded_unanswered_then_deleted_by_a_colleague_is_asked_before_recording_again(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """A-B-A for money: the unanswered payment landed, a colleague deleted it; sending again records it twice."""
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    row = unpaid(service)
    demo_server.faults.arm("drop", method="POST", path="/payments")  # recorded, the answer lost
    change = await service.payments.record(row.id, Decimal(1200), "cash")
    await service.sync()
    (landed,) = server_payments(demo_server, row.id)
    demo_server.store.payments.delete_payment(row.id, landed["id"], demo_server.store.data.users[0], None)  # on the web
    await asyncio_sleep(FAST_SYNC.in_flight_limit + 0.05)
    await service.sync()
    asked = service.changes.get(change.id)
    assert asked.state is ChangeState.FAILED and "deleted by a colleague" in (asked.last_error or "")
    assert server_payments(demo_server, row.id) == []
    assert len([w for w in writes_of(demo_server, change.id) if w["kind"] == "payment"]) == 1
    # The clerk checked and retries: looked for once more, then recorded (the clerk's choice).
    await service.changes.retry(change.id)
    await settle(service)
    assert service.changes.get(change.id).state is ChangeState.SENT
    assert len(server_payments(demo_server, row.id)) == 1


@pytest.mark.asyncio
async def test_two_equal_payments_offline_are_two_payments(demo_server: DemoServer, service: OrderService) -> None:
    row = unpaid(service)
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    for _ in range(2):
        await service.payments.record(row.id, Decimal(1000), "cash")
    await service.sync()  # offline: both wait
    assert len(service.changes.queue()) == 2
    with DemoServer(store=store, port=port) as back:
        await settle(service)
        assert [Decimal(str(p["amount"])) for p in server_payments(back, row.id)] == [1000, 1000]


@pytest.mark.asyncio
async def test_a_refusal_is_shown_in_plain_words_and_not_retried(
    demo_server: DemoServer, service: OrderService
) -> None:
    row = unpaid(service)
    order = await service.orders.get(row.id)
    change = await service.payments.record(row.id, order.balance, "cash")
    # A colleague takes part of it on the web dashboard before the desk's payment goes out.
    demo_server.store.colleague_payment(row.id, Decimal(500))
    await service.sync()
    refused = service.changes.get(change.id)
    # Held before it goes out: sent, it would take more than the server's balance.
    assert refused.state is ChangeState.FAILED and "less than this payment" in (refused.last_error or "")
    assert not refused.posted
    before = len(demo_server.stats()["writes"])
    await service.sync()
    assert len(demo_server.stats()["writes"]) == before  # nothing retried blindly
    assert len(server_payments(demo_server, row.id)) == 1  # the colleague's only


@pytest.mark.asyncio
async def test_deleting_a_payment_is_queued_and_done_once(demo_server: DemoServer, service: OrderService) -> None:
    row = unpaid(service)
    await service.payments.record(row.id, Decimal(700), "cash")
    waiting = service.orders.cached(row.id)
    assert waiting is not None
    await service.payments.delete(row.id, waiting.payments[-1].id or "")  # still queued: it just goes
    assert service.changes.queue() == [] and not service.orders.cached(row.id).payments  # type: ignore[union-attr]
    await service.payments.record(row.id, Decimal(700), "cash")
    await settle(service)
    (payment,) = server_payments(demo_server, row.id)
    demo_server.faults.arm("drop", method="DELETE", path="/payments")
    change = await service.payments.delete(row.id, payment["id"])
    assert service.orders.cached(row.id).payments == []  # type: ignore[union-attr]
    await settle(service)
    assert server_payments(demo_server, row.id) == []
    assert service.changes.get(change.id).state is ChangeState.SENT
    order = await service.orders.get(row.id)
    assert order.billing_status.value == "pending" and order.balance == order.amount


@pytest.mark.asyncio
async def test_a_payment_of_a_sale_taken_offline_waits_for_the_sale(
    demo_server: DemoServer, service: OrderService
) -> None:
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="699887766"), paid_amount=Decimal(1000))
    draft.method = "cash"
    draft.add(NewOrderLine(title="Panier", quantity=1, price=Decimal(5000)))
    sale = await service.sales.create(draft)
    await service.payments.record(
        sale.order_ref, Decimal(4000), "notchpay" if service.payments.account_of("notchpay") else "cash"
    )
    shown = service.orders.cached(sale.order_id)
    assert shown is not None and shown.balance == 0
    with DemoServer(store=store, port=port) as back:
        await settle(service)
        created = await service.orders.get(sale.order_ref)
        assert created.reference and created.reference.startswith("#ORDER_")
        paid = sorted(Decimal(str(p["amount"])) for p in server_payments(back, str(created.id)))
        assert paid == [1000, 4000]
        assert created.balance == 0 and created.billing_status.value == "paid"
