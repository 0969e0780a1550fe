"""A sale's money on a server as strict as the reference: the cash taken is a payment, recorded once.

The demo answers ``POST /admin/orders`` as 06-orders-sales.md says: ``billing.amount``
is stored and records no payment. These tests take sales as a clerk does and
compare, order by order, the money taken with what the server recorded.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service import ChangeState, InvalidEdit, ListQuery, OrderService, ServiceError
from genuka_desk.store import LocalStore
from tests.support.services import MakeService, make_service, settle, store_of, writes_of


def sale(server: DemoServer, n: int, paid: Decimal | None = None, customer: NewCustomer | None = None) -> NewOrder:
    product = server.store.data.products[n % len(server.store.data.products)]
    variant = product["variants"][0]
    who = customer or NewCustomer(first_name="Client", last_name=f"Comptoir {n}", phone=f"+2376990{n:05d}")
    draft = NewOrder(customer=who)
    draft.add(
        NewOrderLine(
            product_id=product["id"], variant_id=variant["id"], title=product["title"], quantity=2, price=Decimal(7000)
        )
    )
    draft.add(NewOrderLine(title="Sachet", quantity=1, price=Decimal(300 + n * 100)))
    if paid is not None:
        draft.paid_amount, draft.method = paid if paid >= 0 else draft.subtotal, "cash"
    return draft


def server_money(server: DemoServer, order_id: str) -> tuple[Decimal, Decimal, Decimal]:
    """What the server holds: the total, the payments recorded, the amount due."""
    body = server.store.get_order(order_id)
    paid = sum((Decimal(str(p["amount"])) for p in body.get("payments") or []), Decimal(0))
    return Decimal(str(body["amount"])), paid, Decimal(str(body["amount_due"]))


def server_id(service: OrderService, change_id: str) -> str:
    return service.changes.get(change_id).order_id


@pytest.mark.asyncio
async def test_six_sales_four_paid_every_franc_taken_is_a_payment_on_the_server(
    demo_server: DemoServer, service: OrderService
) -> None:
    port = demo_server.port
    taken: dict[str, Decimal] = {}
    demo_server.stop()  # the first three offline, as the day goes
    back = DemoServer(orders=60, seed=11, port=port)
    back.store = demo_server.store  # the same server world, back online
    for n, paid in enumerate([Decimal(-1), Decimal(5000), None, Decimal(-1), Decimal(2500), None]):
        if n == 3:
            back.start()
        change = await service.sales.create(sale(demo_server, n, paid))
        shown = await service.orders.get(change.order_id)
        # Until the server records it, the money shows as waiting on the sale: never vanished.
        took = Decimal(0) if paid is None else (shown.amount or Decimal(0)) if paid < 0 else paid
        assert shown.balance == (shown.amount or 0) - took
        assert [p.amount for p in shown.payments if p.queued] == ([took] if took else [])
        taken[change.id] = took
    try:
        await settle(service)
    finally:
        back.stop()
    assert service.changes.queue() == []
    drawer = Decimal(0)
    for change_id, paid in taken.items():
        order_id = server_id(service, change_id)
        total, recorded, due = server_money(demo_server, order_id)
        assert recorded == paid and due == total - paid, (order_id, total, recorded, due)
        shown = service.orders.cached(order_id)
        assert shown is not None and shown.balance == total - paid and not any(p.queued for p in shown.payments)
        drawer += paid
        creations = [w for w in writes_of(demo_server, change_id) if w["kind"] == "create"]
        assert len(creations) == 1 and "billing" not in creations[0]["sent_keys"]
    assert drawer == sum(taken.values()) and drawer > 0


@pytest.mark.asyncio
async def test_a_known_customer_stays_as_they_are(demo_server: DemoServer, service: OrderService) -> None:
    known = demo_server.store.data.customers[3]
    before = dict(known)
    # The clerk picked them and the sale window filled what it knows (or what was typed over it).
    who = NewCustomer(id=known["id"], first_name="Jean Pierre", last_name="ONANA", phone=known["phone"])
    change = await service.sales.create(sale(demo_server, 1, Decimal(-1), customer=who))
    await settle(service)
    assert len([w for w in writes_of(demo_server, change.id) if w["kind"] == "create"]) == 1
    assert demo_server.store.customer_rewrites == []  # sent as {"id"} alone
    assert {k: known[k] for k in before} == before
    body = demo_server.store.get_order(server_id(service, change.id))
    assert body["customer_id"] == known["id"]


@pytest.mark.asyncio
async def test_a_new_customer_sent_by_phone_is_the_one_the_server_rewrites(demo_server: DemoServer) -> None:
    """The demo is as strict as the reference: a customer found by id or phone takes what is sent."""
    import httpx

    from tests.support.services import make_client

    known = demo_server.store.data.customers[5]
    async with make_client(demo_server) as client:
        body: dict[str, Any] = {
            "customer": {"id": known["id"], "first_name": "Jean", "last_name": "Pierre ONANA"},
            "products": [{"title": "Savon", "price": 500, "quantity": 1}],
            "billing": {"amount": 500, "method": "cash"},
        }
        answer = await client.create_order(body)
    assert (known["first_name"], known["last_name"]) == ("Jean", "Pierre ONANA")
    # billing.amount is stored and records no payment, as the reference's own example answers.
    assert answer.payments == [] and answer.balance == Decimal(500) and answer.billing_status.value == "pending"
    async with httpx.AsyncClient() as raw:
        sent = await raw.post(
            f"{demo_server.url}/2023-11/admin/orders",
            json={**body, "customer": {"id": known["id"]}, "billing": {"status": "paid"}},
            headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": demo_server.company_id},
        )
    paid = sent.json()
    assert paid["amount_due"] == 0 and [p["amount"] for p in paid["payments"]] == [500]


@pytest.mark.asyncio
async def test_money_already_on_a_new_sale_holds_its_payment_for_the_clerk(
    demo_server: DemoServer, service: OrderService
) -> None:
    demo_server.faults.arm("drop", method="POST", path="/admin/orders")
    change = await service.sales.create(sale(demo_server, 2, Decimal(4000)))
    await service.sync()  # created, the answer lost
    (made,) = [w for w in demo_server.stats()["writes"] if w["request_id"] == change.id]
    # A colleague records the customer's money on the dashboard before the desk looks.
    demo_server.store.colleague_payment(made["order_id"], Decimal(4000))
    await settle(service, rounds=6)
    payment = store_of(service).sales.sale_payment(change.id)
    assert payment is not None and payment.state is ChangeState.FAILED
    assert "already shows 4000 paid" in (payment.last_error or "")
    assert server_money(demo_server, made["order_id"])[1] == Decimal(4000)  # not counted twice
    # The clerk says both are real: it goes once.
    await service.changes.retry(payment.id)
    await settle(service)
    assert server_money(demo_server, made["order_id"])[1] == Decimal(8000)
    assert service.changes.get(payment.id).state is ChangeState.SENT


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/payments", "/admin/orders"])
async def test_a_500_after_the_write_is_looked_for_before_any_resend(
    demo_server: DemoServer, tmp_path: Path, path: str, services: MakeService
) -> None:
    """The reference promises no rollback on a 500: the try may have landed, the clerk's Retry included."""
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    demo_server.faults.arm("500-after", count=9, method="POST", path=path)
    change = await service.sales.create(sale(demo_server, 4, Decimal(3000)))
    for _ in range(6):
        await service.sync()
    demo_server.faults.clear()
    for held in service.changes.queue():
        if held.state is ChangeState.FAILED:
            await service.changes.retry(held.id)  # the clerk's Retry looks first too
    await settle(service)
    orders = {w["order_id"] for w in demo_server.stats()["writes"] if w["request_id"] == change.id}
    assert len(orders) == 1, "created once"
    total, recorded, due = server_money(demo_server, orders.pop())
    assert recorded == Decimal(3000) and due == total - 3000, "paid once"


def test_sales_queued_before_this_version_get_their_money_as_a_payment(tmp_path: Path) -> None:
    """A queue file from before (schema 2): a sale whose money rode on billing.amount gets a payment change."""
    folder = tmp_path / "p"
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="+237699000111"), paid_amount=Decimal(1200))
    draft.add(NewOrderLine(title="Savon", quantity=2, price=Decimal(600)))
    draft.method, draft.treasury_account_id = "cash", "acc-cash"
    store = LocalStore(folder)
    change = store.sales.enqueue_new_order(draft)
    store.close()
    conn = sqlite3.connect(folder / "queue.sqlite3")
    conn.execute("DELETE FROM changes WHERE kind = 'payment'")  # as it was: the money only in the draft
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        payment = store.sales.sale_payment(change.id)
        assert payment is not None and payment.payment is not None and payment.state is ChangeState.PENDING
        assert payment.payment.body()["amount"] == 1200 and payment.order_id == change.order_id
        store.reconcile()
        shown = store.cache.order(change.order_id)
        assert shown is not None and shown.balance == 0 and len(shown.payments) == 1  # shown once, not twice
        assert json.loads(json.dumps(payment.base))["sale"] == change.id
    finally:
        store.close()


@pytest.mark.asyncio
async def test_a_refused_sale_the_server_made_all_the_same_is_kept_not_made_twice(
    demo_server: DemoServer, service: OrderService
) -> None:
    demo_server.faults.arm("500-after", method="POST", path="/admin/orders")
    change = await service.sales.create(sale(demo_server, 5, Decimal(-1)))
    # The look right after the refusal fails too (the server is struggling): refused, maybe created.
    demo_server.faults.arm("500", count=50, method="GET", path="/admin/orders")
    await service.sync()
    demo_server.faults.clear()
    assert service.changes.get(change.id).state is ChangeState.FAILED and service.changes.get(change.id).posted
    with pytest.raises(ServiceError, match="is on the server, as #ORDER_"):
        await service.changes.discard(change.id)
    assert service.changes.get(change.id).state is ChangeState.SENT  # kept as the server's order
    await settle(service)
    orders = {w["order_id"] for w in demo_server.stats()["writes"] if w["request_id"] == change.id}
    (order_id,) = orders
    total, recorded, due = server_money(demo_server, order_id)
    assert recorded == total and due == 0  # its money went as a payment, once


@pytest.mark.asyncio
async def test_marked_paid_settles_the_balance_and_no_payment_goes_on_top(
    demo_server: DemoServer, service: OrderService
) -> None:
    rows = [r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total]
    mine, theirs = rows[0], rows[1]
    # Marked Paid here: the balance is 0 at once, and a payment for it is refused before it is queued.
    await service.orders.set_status(mine.id, billing="paid")
    assert service.orders.cached(mine.id).balance == 0  # type: ignore[union-attr]
    with pytest.raises(InvalidEdit):
        await service.payments.record(mine.id, Decimal(1000), "cash")
    # Marked Paid on the server (a colleague's bulk) while the desk's payment waits: held, not sent on top.
    change = await service.payments.record(theirs.id, Decimal(1000), "cash")
    demo_server.store.bulk_status(
        {"order_ids": [theirs.id], "billing": {"status": "paid"}}, {"permissions": ["*"]}, None
    )
    await settle(service)
    held = service.changes.get(change.id)
    assert held.state is ChangeState.FAILED and "less than this payment" in (held.last_error or "")
    assert server_money(demo_server, theirs.id)[1] == 0 and writes_of(demo_server, change.id) == []


@pytest.mark.asyncio
async def test_a_server_that_drops_created_at_makes_the_desk_ask_instead_of_guess(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    demo_server.store.keeps_created_at = False
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    early = sale(demo_server, 6)
    early.created_at = datetime.now(UTC) - timedelta(hours=1)  # taken offline an hour ago, sent now
    first = await service.sales.create(early)
    await settle(service)
    assert service.changes.get(first.id).state is ChangeState.SENT
    assert not store_of(service).sales.keeps_created_at(demo_server.url)  # seen on the create's answer
    demo_server.faults.arm("drop", method="POST", path="/admin/orders")
    second = await service.sales.create(sale(demo_server, 7))
    await settle(service)
    held = service.changes.get(second.id)
    assert held.state is ChangeState.FAILED and "cannot recognise it" in (held.last_error or "")
    assert len([w for w in writes_of(demo_server, second.id) if w["kind"] == "create"]) == 1  # not re-sent
    # The clerk finds it on the server and discards the desk's copy: nothing more is sent.
    await service.changes.discard(second.id)
    await settle(service)
    assert len([w for w in writes_of(demo_server, second.id) if w["kind"] == "create"]) == 1


@pytest.mark.asyncio
async def test_a_sale_is_made_in_the_desks_shop(demo_server: DemoServer, tmp_path: Path, services: MakeService) -> None:
    shop = demo_server.store.shop_ids[1]
    service = services(demo_server, tmp_path / "p", shop_id=shop)
    await service.sync()
    change = await service.sales.create(sale(demo_server, 8))
    assert change.draft is not None and change.draft.shop_id == shop
    await settle(service)
    assert demo_server.store.get_order(service.changes.get(change.id).order_id)["shop_id"] == shop


@pytest.mark.asyncio
async def test_a_known_customers_phone_typed_as_new_sells_to_them_without_rewriting_them(
    demo_server: DemoServer, service: OrderService
) -> None:
    known = demo_server.store.data.customers[7]
    before = dict(known)
    digits = "".join(ch for ch in known["phone"] if ch.isdigit())[-9:]
    typed = f"+237 {digits[:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"
    change = await service.sales.create(sale(demo_server, 9, customer=NewCustomer(first_name="Jean", phone=typed)))
    assert change.draft is not None and change.draft.customer.id == known["id"]
    await settle(service)
    assert demo_server.store.customer_rewrites == [] and {k: known[k] for k in before} == before
    assert demo_server.store.get_order(service.changes.get(change.id).order_id)["customer_id"] == known["id"]


@pytest.mark.asyncio
async def test_a_delivery_paid_with_its_shipping_amount_is_paid_in_full(
    demo_server: DemoServer, service: OrderService
) -> None:
    draft = sale(demo_server, 11)
    draft.mode, draft.address = "delivery", {"line1": "Rue 12", "city": "Douala", "country": "Cameroon"}
    draft.shipping_amount = Decimal(1000)
    draft.paid_amount, draft.method = draft.total, "cash"  # the goods and the delivery, in cash
    change = await service.sales.create(draft)
    kinds = [c.kind.value for c in service.changes.queue()]
    assert kinds == ["create", "update", "payment"]  # the shipping amount before the money that counts on it
    await settle(service)
    assert service.changes.queue() == []
    order_id = service.changes.get(change.id).order_id
    total, recorded, due = server_money(demo_server, order_id)
    assert total == draft.total and recorded == draft.total and due == 0


@pytest.mark.asyncio
async def test_a_refused_sale_on_a_server_without_created_at_is_not_discarded_before_the_clerk_checks(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    demo_server.store.keeps_created_at = False
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    store_of(service).sales.note_created_at_dropped(demo_server.url)  # seen on an earlier sale
    demo_server.faults.arm("500-after", method="POST", path="/admin/orders")
    change = await service.sales.create(sale(demo_server, 12, Decimal(-1)))
    await service.sync()
    assert service.changes.get(change.id).state is ChangeState.FAILED and service.changes.get(change.id).posted
    with pytest.raises(ServiceError, match="cannot recognise it"):
        await service.changes.discard(change.id)  # a look could not tell: the clerk checks the server first
    assert "take its payment on that order" in (service.changes.get(change.id).last_error or "")
    await service.changes.discard(change.id)  # checked and decided: gone from this computer
    assert service.changes.queue() == []


@pytest.mark.asyncio
async def test_a_sale_queued_by_an_older_version_gets_its_money_recorded_in_the_ways_account(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    folder = tmp_path / "p"
    service = make_service(demo_server, folder)
    await service.sync()  # the payment methods are kept
    await service.close()
    store = LocalStore(folder)
    draft = sale(demo_server, 13, Decimal(2000))  # as it was queued: the way, no account
    draft.created_at = datetime.now(UTC)
    change = store.sales.enqueue_new_order(draft)
    store.close()
    conn = sqlite3.connect(folder / "queue.sqlite3")
    conn.execute("DELETE FROM changes WHERE kind = 'payment'")  # the money only in the draft (billing.amount)
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    service = services(demo_server, folder)
    await settle(service)
    assert service.changes.queue() == []
    body = demo_server.store.get_order(service.changes.get(change.id).order_id)
    account = service.payments.account_of("cash")
    assert [(p["amount"], p["treasury_account_id"]) for p in body["payments"]] == [(2000, account)]
