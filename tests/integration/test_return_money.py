"""The money of a return over real HTTP: the order-level discounts' share, what can still go back, the drawer.

A unit returned off an order with a promo code is worth what was paid for it (its share of the code taken off),
on the desk as on the server: the refund leaves nothing owed and nothing paid beyond the new total.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.service import ListQuery, OrderService, ServiceError
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from tests.support.services import MakeService, server_payments, settle


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    """The demo with cash control on (payments take the classic endpoint)."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _a_manager_at_the_desk(request: pytest.FixtureRequest) -> None:
    """The ``service`` fixture's clerk (the demo's admin key) may approve: the refund goes with the approval."""
    if "service" in request.fixturenames:
        request.getfixturevalue("service").returns.set_scopes(["*"])


def money(server: DemoServer, order_id: str) -> tuple[Decimal, Decimal, Decimal]:
    """The server's total, balance and sum of payments of an order."""
    body = server.store.get_order(order_id)
    paid = sum((Decimal(str(p["amount"])) for p in server_payments(server, order_id)), Decimal(0))
    return Decimal(str(body["amount"])), Decimal(str(body["amount_due"])), paid


async def coded_sale(
    service: OrderService, server: DemoServer, code: str, quantity: int, price: int, phone: str
) -> tuple[str, str]:
    """A sale of ``quantity`` x ``price`` of one variant with ``code``, paid in full in cash: (order, variant)."""
    product = server.store.data.products[3]
    variant = product["variants"][0]
    draft = NewOrder(customer=NewCustomer(first_name="Code", last_name="Promo", phone=phone))
    draft.add(
        NewOrderLine(
            product_id=product["id"],
            variant_id=variant["id"],
            title=product["title"],
            quantity=quantity,
            price=Decimal(price),
        )
    )
    draft = service.manual_discounts.with_code(draft, code)
    draft.paid_amount, draft.method = draft.total, "cash"
    change = await service.sales.create(draft)
    await settle(service)
    assert service.changes.queue() == []
    return str(service.changes.get(change.id).order_id), str(variant["id"])


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("code", "phone", "total", "unit"),
    [("MOINS2000", "+237699031001", 8000, 4000), ("BIENVENUE10", "+237699031002", 9000, 4500)],
)
async def test_a_unit_returned_off_an_order_with_a_code_gives_back_what_was_paid_for_it(
    demo_server: DemoServer, service: OrderService, code: str, phone: str, total: int, unit: int
) -> None:
    """2 x 5000 with a code, all paid: one unit back is worth its share of the code (the desk once gave back 5000,
    1000 or 500 too much, and the server then owed the customer nothing but held a payment below its total)."""
    order_id, variant = await coded_sale(service, demo_server, code, 2, 5000, phone)
    assert money(demo_server, order_id) == (Decimal(total), Decimal(0), Decimal(total))
    draft = service.returns.draft(order_id)
    (line,) = draft.lines
    assert line.unit_price == unit
    choice = ReturnChoice(variant, 1, "dissatisfaction")
    assert service.returns.value_of(order_id, [choice]) == unit
    refund = service.returns.suggest_refund(order_id, [choice])
    assert refund == unit  # what was paid for that unit
    (source,) = draft.sources
    view = await service.returns.take(order_id, [choice], RefundChoice(source.payment_id, refund))
    assert view.value == unit
    await settle(service)
    assert service.changes.queue() == []
    assert money(demo_server, order_id) == (Decimal(total - unit), Decimal(0), Decimal(total - unit))
    (note,) = demo_server.store.credit_notes.of_order(order_id)
    assert Decimal(str(note["amount"])) == unit and note["status"] == "refunded"
    shown = service.orders.cached(order_id)
    assert shown is not None and (shown.amount, shown.amount_due) == (Decimal(total - unit), Decimal(0))


@pytest.mark.asyncio
async def test_units_of_a_coded_order_are_rounded_once_per_return_as_the_server_rounds_them(
    demo_server: DemoServer, service: OrderService
) -> None:
    """3 x 1000 with 2000 off: a unit is worth 333.33; two of them are 667 on the desk and on the server alike."""
    order_id, variant = await coded_sale(service, demo_server, "MOINS2000", 3, 1000, "+237699031003")
    choice = ReturnChoice(variant, 2, "defective")
    value = service.returns.value_of(order_id, [choice])
    assert value == 667
    await service.returns.take(
        order_id, [choice], RefundChoice(service.returns.draft(order_id).sources[0].payment_id, value)
    )
    await settle(service)
    assert money(demo_server, order_id) == (Decimal(333), Decimal(0), Decimal(333))


@pytest.mark.asyncio
async def test_what_can_still_go_back_for_a_return_is_the_services_word(
    demo_server: DemoServer, service: OrderService
) -> None:
    order_id, variant = await coded_sale(service, demo_server, "MOINS2000", 2, 5000, "+237699031004")
    view = await service.returns.take(order_id, [ReturnChoice(variant, 1, "defective")], None)  # credit note
    assert service.returns.refundable_for(order_id, view.key) == 4000
    with pytest.raises(ServiceError, match="No such return"):
        service.returns.refundable_for(order_id, "RET-NOPE")
    payment = service.returns.draft(order_id).sources[0].payment_id
    with pytest.raises(ServiceError, match=r"more than can go back \(4000\)"):
        await service.returns.refund(order_id, view.key, RefundChoice(payment, Decimal(4001)))
    await service.returns.refund(order_id, view.key, RefundChoice(payment, Decimal(4000)))
    assert service.returns.refundable_for(order_id, view.key) == 0
    await settle(service)
    assert money(demo_server, order_id) == (Decimal(4000), Decimal(0), Decimal(4000))


@pytest.mark.asyncio
async def test_cash_paid_into_another_drawer_is_not_handed_back_from_this_one(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """This desk's till is open; the order's cash went into another cash account (another desk's drawer): handing
    it back here would leave this drawer short (neither it nor the other counts it), so it is refused in a sentence."""
    service = services(till_server, tmp_path / "p")
    service.returns.set_scopes(["*"])  # the demo's admin key: a manager
    assert (await service.sync()).complete
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    order = await service.orders.get(row.id)
    await service.payments.record(row.id, order.balance, "cash")
    await settle(service)
    state = till_server.store.state
    with till_server.store.lock:  # the other desk's drawer: another cash account of the shop
        stored = state.bodies[state.index.index_of(row.id)]
        for payment in stored["payments"]:
            payment["treasury_account_id"] = "01other0drawer000000000000"
    await service.orders.refresh(row.id)
    service.till.open({})
    await settle(service)
    draft = service.returns.draft(row.id)
    (cash,) = [s for s in draft.sources if s.is_cash]
    assert cash.account_id == "01other0drawer000000000000"
    choice = ReturnChoice(str(next(li for li in draft.lines if li.returnable).variant_id), 1, "defective")
    value = service.returns.suggest_refund(row.id, [choice])
    assert value > 0
    with pytest.raises(ServiceError, match=r"This cash went into another drawer \(01other0drawer0+\): hand it back"):
        await service.returns.take(row.id, [choice], RefundChoice(cash.payment_id, value))
    assert service.changes.queue() == []  # nothing queued
    till = service.till.current()
    assert till is not None and till.expected == 0
