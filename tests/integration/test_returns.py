"""Returns and refunds over real HTTP against the demo: taken once, approved once, the money back once.

Each test checks the money as the server holds it afterwards: the order's
``amount_due`` and the sum of its payments are what the desk expected.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from genuka_desk.api.cash_register import CashRegister
from genuka_desk.cli.change_words import change_lines
from genuka_desk.demo import DEMO_READONLY_KEY, DemoServer
from genuka_desk.service import ChangeState, ListQuery, OrderService, ServiceError
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from tests.support.services import MakeService, make_client, server_payments, settle

CASHIER_ID = "01demo0cashier000000000000"


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    """The demo with cash control on (payments take the classic endpoint)."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _a_manager_at_the_desk(request: pytest.FixtureRequest) -> None:
    """The ``service`` fixture's clerk (the demo's admin key) may approve: the desk approves only when it knows."""
    if "service" in request.fixturenames:
        request.getfixturevalue("service").returns.set_scopes(["*"])


async def ready(services: MakeService, server: DemoServer, folder: Path) -> OrderService:
    service = services(server, folder)
    service.returns.set_scopes(["*"])  # the demo's admin key: a manager
    assert (await service.sync()).complete
    return service


def paid_by(service: OrderService, method: str, skip: int = 0) -> str:
    """An order fully paid by one payment of ``method`` (two lines or more, so part of it can come back)."""
    for row in service.orders.rows(ListQuery(limit=None)):
        order = service.orders.cached(row.id)
        if order is None or row.billing_status.value != "paid" or len(order.payments) != 1:
            continue
        if (order.payments[0].method or "") == method and len(order.lines) >= 2:
            if skip == 0:
                return row.id
            skip -= 1
    raise AssertionError(f"no order paid by {method}")


def money(server: DemoServer, order_id: str) -> tuple[Decimal, Decimal, Decimal]:
    """The server's total, balance and sum of payments of an order."""
    body = server.store.get_order(order_id)
    paid = sum((Decimal(str(p["amount"])) for p in server_payments(server, order_id)), Decimal(0))
    return Decimal(str(body["amount"])), Decimal(str(body["amount_due"])), paid


def returned_line(service: OrderService, order_id: str, n: int = 0, quantity: int = 1) -> ReturnChoice:
    line = [li for li in service.returns.draft(order_id).lines if li.returnable][n]
    return ReturnChoice(str(line.variant_id), quantity, "defective")


def writes(server: DemoServer, kind: str) -> list[dict[str, Any]]:
    return [w for w in server.stats()["writes"] if w["kind"] == kind]


@pytest.mark.asyncio
async def test_a_partial_return_refunded_in_cash_leaves_the_server_as_the_desk_expected(
    demo_server: DemoServer, service: OrderService
) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    assert service.returns.suggest_refund(order_id, [choice]) == value  # paid in full: all of it goes back
    (source,) = draft.sources
    view = await service.returns.take(order_id, [choice], RefundChoice(source.payment_id, value))
    assert view.state == "queued" and view.value == value and view.refund_state == "queued"
    shown = service.orders.cached(order_id)  # at once, before any sync: the new total, the payment lowered
    assert shown is not None and shown.amount == draft.total - value and shown.amount_due == 0
    assert [p.amount for p in shown.payments] == [draft.paid - value]

    await settle(service)

    assert [c.state for c in service.changes.queue(include_sent=True)] == [ChangeState.SENT] * 3
    (landed,) = service.returns.of_order(order_id)
    assert landed.reference == "RET-0001" and landed.state == "confirmed" and landed.refund_state == "sent"
    assert money(demo_server, order_id) == (draft.total - value, Decimal(0), draft.paid - value)
    (note,) = demo_server.store.credit_notes.notes
    assert note["status"] == "refunded" and Decimal(str(note["refund_amount"])) == value
    assert len(writes(demo_server, "return_create")) == 1 and len(writes(demo_server, "return_approve")) == 1


@pytest.mark.asyncio
async def test_two_returns_on_one_order_each_count_what_is_left(demo_server: DemoServer, service: OrderService) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    first, second = (returned_line(service, order_id, n) for n in (0, 1))
    await service.returns.take(order_id, [first], None)
    after_one = service.returns.draft(order_id)
    assert sum(li.returnable for li in after_one.lines) == sum(li.returnable for li in draft.lines) - 1
    with pytest.raises(ServiceError, match="can still be returned"):
        await service.returns.take(order_id, [first], None)  # that line has nothing left
    wanted = (first.variant_id, second.variant_id)
    value = sum((li.unit_price for li in draft.lines if li.variant_id in wanted), Decimal(0))
    await service.returns.take(order_id, [second], None)
    await settle(service)
    views = service.returns.of_order(order_id)
    assert [v.reference for v in views] == ["RET-0001", "RET-0002"] and {v.state for v in views} == {"confirmed"}
    total, due, paid = money(demo_server, order_id)
    assert (total, due, paid) == (draft.total - value, Decimal(0), draft.paid)  # no money back: credit notes
    assert sum(Decimal(str(n["amount"])) for n in demo_server.store.credit_notes.notes) == value
    left = service.returns.draft(order_id)  # the server's returns now: nothing of those lines is counted twice
    assert (
        sum(li.returned for li in left.lines) == 2
        and sum(li.returnable for li in left.lines) == sum(li.returnable for li in draft.lines) - 2
    )


@pytest.mark.asyncio
async def test_an_order_paid_by_mobile_money_is_refunded_on_that_payment(
    demo_server: DemoServer, service: OrderService
) -> None:
    methods = [m.processor for m in service.payments.methods() if m.processor and m.processor != "cash"]
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    order = await service.orders.get(row.id)
    assert len(order.lines) >= 1 and order.balance > 0
    await service.payments.record(row.id, order.balance, str(methods[0]))
    await settle(service)
    draft = service.returns.draft(row.id)
    (source,) = draft.sources
    assert source.method == methods[0] and not source.is_cash
    choice = returned_line(service, row.id)
    amount = service.returns.suggest_refund(row.id, [choice])
    assert amount > 0
    await service.returns.take(row.id, [choice], RefundChoice(source.payment_id, amount))
    await settle(service)
    ((_, left),) = [(p["method"], Decimal(str(p["amount"]))) for p in server_payments(demo_server, row.id)]
    assert left == draft.paid - amount
    assert money(demo_server, row.id) == (draft.total - amount, Decimal(0), draft.paid - amount)


@pytest.mark.asyncio
async def test_an_unpaid_order_lowers_its_due_and_hands_nothing_back(
    demo_server: DemoServer, service: OrderService
) -> None:
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    draft = service.returns.draft(row.id)
    choice = returned_line(service, row.id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    assert service.returns.suggest_refund(row.id, [choice]) == 0 and draft.sources == ()
    await service.returns.take(row.id, [choice], None)
    shown = service.orders.cached(row.id)
    assert shown is not None and shown.amount_due == draft.total - value  # the due lowered at once
    await settle(service)
    assert money(demo_server, row.id) == (draft.total - value, draft.total - value, Decimal(0))
    assert demo_server.store.credit_notes.notes == []  # nothing was paid: nothing owed back


@pytest.mark.asyncio
async def test_bad_input_is_refused_in_a_sentence_and_nothing_is_queued(service: OrderService) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    line = next(li for li in draft.lines if li.variant_id == choice.variant_id)
    (source,) = draft.sources
    cases = [
        ([ReturnChoice(choice.variant_id, line.returnable + 1, "defective")], None, "can still be returned"),
        ([ReturnChoice(choice.variant_id, 1, "broken")], None, "Unknown reason"),
        ([ReturnChoice("no-such-variant", 1, "defective")], None, "no product variant"),
        ([choice], RefundChoice(source.payment_id, line.unit_price + 1), "more than can go back"),
        ([choice], RefundChoice("no-such-payment", Decimal(1)), "not on the order"),
        ([], None, "at least one line"),
    ]
    for lines, refund, message in cases:
        with pytest.raises(ServiceError, match=message):
            await service.returns.take(order_id, lines, refund)
    assert service.changes.queue() == [] and service.returns.of_order(order_id) == []


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["drop", "500-after", "reset"])
@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/admin/returns$"), ("PATCH", "/approve"), ("PUT", "/payments/")],
)
async def test_each_operation_whose_answer_is_lost_lands_once(
    demo_server: DemoServer, service: OrderService, method: str, path: str, mode: str
) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    (source,) = draft.sources
    demo_server.faults.arm(mode, count=1, method=method, path=path)  # applied there, the answer lost
    await service.returns.take(order_id, [choice], RefundChoice(source.payment_id, value))
    await settle(service, rounds=20)
    assert [c.state for c in service.changes.queue(include_sent=True)] == [ChangeState.SENT] * 3
    assert len(writes(demo_server, "return_create")) == 1 and len(writes(demo_server, "return_approve")) == 1
    assert len(writes(demo_server, "payment_update")) == 1
    assert money(demo_server, order_id) == (draft.total - value, Decimal(0), draft.paid - value)
    (view,) = service.returns.of_order(order_id)
    assert view.reference == "RET-0001" and view.state == "confirmed" and view.refund_state == "sent"


@pytest.mark.asyncio
async def test_a_return_taken_offline_shows_at_once_survives_a_restart_and_is_sent_once(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, demo_server, tmp_path / "p")
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    await service.returns.take(order_id, [choice], RefundChoice(draft.sources[0].payment_id, value))
    await service.sync()  # offline: it waits
    assert [v.state for v in service.returns.of_order(order_id)] == ["queued"]
    await service.close()
    again = services(demo_server, tmp_path / "p")  # a restart: the return is still there, shown
    (kept,) = again.returns.of_order(order_id)
    assert kept.state == "queued" and kept.value == value and kept.refund_state == "queued"
    with DemoServer(store=store, port=port) as back:
        await settle(again)
        assert len(writes(back, "return_create")) == 1
        assert money(back, order_id) == (draft.total - value, Decimal(0), draft.paid - value)
    assert [v.state for v in again.returns.of_order(order_id)] == ["confirmed"]


def _login(server: DemoServer, email: str) -> str:
    answer = httpx.post(
        f"{server.url}/2023-11/auth/login", json={"email": email, "password": "password"}, timeout=10
    ).json()
    token = answer["accessToken"]
    return str(token if isinstance(token, str) else answer["plainTextToken"])


@pytest.mark.asyncio
async def test_a_cashiers_return_waits_for_a_manager_who_approves_it_from_the_desk(
    demo_server: DemoServer, service: OrderService
) -> None:
    cashier = _login(demo_server, "caisse@genuka.com")
    service.account.lend_tokens(lambda user_id, name: cashier if user_id == CASHIER_ID else None)
    service.account.set_clerk(CASHIER_ID, "Aïcha Bello")
    service.returns.set_scopes(["returns.*", "orders.*"])  # kept from a login before a manager took it away
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    await service.returns.take(order_id, [choice], RefundChoice(draft.sources[0].payment_id, value))
    await settle(service)
    (waiting,) = service.returns.of_order(order_id)
    assert waiting.reference == "RET-0001" and waiting.state == "held" and waiting.refund_state == "queued"
    assert writes(demo_server, "return_approve") == [] and money(demo_server, order_id)[2] == draft.paid
    approval = next(c for c in service.changes.queue() if c.kind.value == "return_approve")
    assert "manager" in (approval.last_error or "")

    service.account.set_clerk("01demo0admin", "Payton Donnelly")  # a manager comes to the desk
    service.returns.set_scopes(["*"])
    await service.returns.approve(order_id, "RET-0001", "ok")
    await settle(service)
    (done,) = service.returns.of_order(order_id)
    assert done.state == "confirmed" and done.refund_state == "sent"
    assert len(writes(demo_server, "return_approve")) == 1  # with the manager's token (the cashier's was refused)
    assert money(demo_server, order_id) == (draft.total - value, Decimal(0), draft.paid - value)


@pytest.mark.asyncio
async def test_a_clerk_who_may_not_approve_queues_the_return_alone_and_no_money(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p", token=_login(demo_server, "caisse@genuka.com"))
    assert (await service.sync()).complete
    assert await service.returns.learn_scopes()  # GET /user: the cashier's permissions, kept for offline
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    assert draft.may_take and not draft.may_approve
    choice = returned_line(service, order_id)
    with pytest.raises(ServiceError, match="approved"):
        await service.returns.take(order_id, [choice], RefundChoice(draft.sources[0].payment_id, Decimal(100)))
    await service.returns.take(order_id, [choice], None)
    (queued,) = service.changes.queue()
    assert queued.kind.value == "return"
    title = next(li.title for li in draft.lines if li.variant_id == choice.variant_id)
    assert change_lines(queued, service.orders.cached(order_id), "en") == [f"Return of {title} × 1"]
    assert change_lines(queued, service.orders.cached(order_id), "fr") == [f"Retour de {title} × 1"]
    with pytest.raises(ServiceError, match="manager"):
        await service.returns.approve(order_id, service.returns.of_order(order_id)[0].key)
    viewer = services(demo_server, tmp_path / "viewer", token=DEMO_READONLY_KEY)
    assert await viewer.returns.learn_scopes()  # the read-only user: no returns.create
    await viewer.sync()
    assert viewer.returns.draft(order_id).why_not == "You may not take returns (the permission returns.create)."
    with pytest.raises(ServiceError, match="may not take returns"):
        await viewer.returns.take(order_id, [choice], None)


@pytest.mark.asyncio
async def test_a_cash_refund_is_money_out_of_the_drawer(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open({})
    await settle(service)
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    order = await service.orders.get(row.id)
    await service.payments.record(row.id, order.balance, "cash")
    await settle(service)
    before = service.till.current()
    assert before is not None and before.expected == order.balance
    draft = service.returns.draft(row.id)
    choice = returned_line(service, row.id)
    value = service.returns.suggest_refund(row.id, [choice])
    till_server.faults.arm("drop", count=1, method="POST", path="/admin/returns$")  # made there, the answer lost
    await service.returns.take(row.id, [choice], RefundChoice(draft.sources[0].payment_id, value))
    await service.sync()  # the return waits its settle window, its refund behind it
    queued = service.till.current()
    assert queued is not None and queued.expected == order.balance - value  # counted while still queued
    closing = service.till.close({}, reason="change_mistake")  # the close goes after the refund, whatever counted
    assert closing.session.status == "closing"
    await settle(service)
    async with make_client(till_server) as client:
        (session,) = (await CashRegister(client).sessions(per_page=10)).items
        moves = await CashRegister(client).transactions(str(session.id))
    outs = [t for t in moves if t.type == "payment_outbound"]
    assert [t.amount for t in outs] == [value]  # the refund landed before the close
    assert session.status != "opened"
    report = await service.till.report(str(session.id))
    assert report.refunds == value and report.expected == order.balance - value  # the Z's expected cash


@pytest.mark.asyncio
async def test_a_return_on_a_sale_still_queued_waits_for_its_creation_and_its_payment(
    demo_server: DemoServer, service: OrderService
) -> None:
    from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine

    products = demo_server.store.data.products[:2]
    sale = NewOrder(customer=NewCustomer(first_name="Awa", phone="699000111"), paid_amount=Decimal(7000))
    sale.method = "cash"
    for product, price in zip(products, (3000, 4000), strict=True):
        variant = product["variants"][0]["id"]
        sale.add(
            NewOrderLine(product_id=product["id"], variant_id=variant, title=product["title"], quantity=1, price=price)
        )
    demo_server.stop()  # offline: the sale, its payment, the return and its refund all wait, in turn
    change = await service.sales.create(sale)
    local = change.order_id
    draft = service.returns.draft(local)
    assert draft.why_not is None and draft.paid == 7000 and draft.sources[0].payment_id.startswith("desk-pay-")
    first = next(li for li in draft.lines if li.unit_price == 3000)
    choice = ReturnChoice(str(first.variant_id), 1, "dissatisfaction")
    assert service.returns.suggest_refund(local, [choice]) == 3000
    await service.returns.take(local, [choice], RefundChoice(draft.sources[0].payment_id, Decimal(3000)))
    shown = service.orders.cached(local)
    assert shown is not None and shown.amount == 4000 and shown.amount_due == 0
    with DemoServer(store=demo_server.store, port=demo_server.port) as back:
        await settle(service)
        order_id = service.orders.find(local)
        assert order_id is not None and order_id != local
        assert [c.state for c in service.changes.queue(include_sent=True)][-3:] == [ChangeState.SENT] * 3
        assert money(back, order_id) == (Decimal(4000), Decimal(0), Decimal(4000))
        (view,) = service.returns.of_order(order_id)
        assert view.reference == "RET-0001" and view.state == "confirmed" and view.refund_state == "sent"


@pytest.mark.asyncio
async def test_an_approval_awaiting_a_manager_is_settled_when_one_approves_it_on_the_web(
    demo_server: DemoServer, service: OrderService
) -> None:
    from genuka_desk.api.returns import Returns

    cashier = _login(demo_server, "caisse@genuka.com")
    service.account.lend_tokens(lambda user_id, name: cashier if user_id == CASHIER_ID else None)
    service.account.set_clerk(CASHIER_ID, "Aïcha Bello")
    service.returns.set_scopes(["returns.*", "orders.*"])  # kept from a login before a manager took it away
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    await service.returns.take(order_id, [choice], None)
    await settle(service)
    (waiting,) = service.returns.of_order(order_id)
    assert waiting.state == "held"
    async with make_client(demo_server) as manager:  # the manager, on the web dashboard
        (made,) = (await Returns(manager).list(order_id=order_id)).items
        await Returns(manager).approve(str(made.id), "vu")
    await settle(service)
    (done,) = service.returns.of_order(order_id)
    assert done.state == "confirmed" and service.changes.queue() == []
    assert len(writes(demo_server, "return_approve")) == 1  # the web's: the desk did not approve it again
    total, due, _ = money(demo_server, order_id)
    shown = service.orders.cached(order_id)
    assert shown is not None and (shown.amount, shown.amount_due) == (total, due) and total < draft.total


@pytest.mark.asyncio
async def test_money_handed_back_later_refunds_the_credit_note_and_a_second_refund_is_refused(
    demo_server: DemoServer, service: OrderService
) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    view = await service.returns.take(order_id, [choice], RefundChoice(None, value))  # no money now
    await settle(service)
    (note,) = demo_server.store.credit_notes.notes
    assert note["status"] == "pending" and money(demo_server, order_id)[2] == draft.paid
    payment = draft.sources[0].payment_id
    with pytest.raises(ServiceError, match="more than can go back"):
        await service.returns.refund(order_id, view.key, RefundChoice(payment, value + 1))
    later = await service.returns.refund(order_id, "RET-0001", RefundChoice(payment, value))
    assert later.refund_state == "queued"
    with pytest.raises(ServiceError, match="already"):
        await service.returns.refund(order_id, view.key, RefundChoice(payment, Decimal(1)))
    await settle(service)
    assert money(demo_server, order_id) == (draft.total - value, Decimal(0), draft.paid - value)
    assert demo_server.store.credit_notes.notes[0]["status"] == "refunded"
    (done,) = service.returns.of_order(order_id)
    assert done.refund_state == "sent" and done.refund == RefundChoice(payment, value)


@pytest.mark.asyncio
async def test_a_queued_approval_discarded_takes_its_refund_with_it(service: OrderService) -> None:
    order_id = paid_by(service, "cash")
    draft = service.returns.draft(order_id)
    choice = returned_line(service, order_id)
    value = next(li.unit_price for li in draft.lines if li.variant_id == choice.variant_id)
    await service.returns.take(order_id, [choice], RefundChoice(draft.sources[0].payment_id, value))
    approval = next(c for c in service.changes.queue() if c.kind.value == "return_approve")
    await service.changes.discard(approval.id)
    assert [c.kind.value for c in service.changes.queue()] == ["return"]
    (view,) = service.returns.of_order(order_id)
    assert view.refund is None and view.refund_state is None
    shown = service.orders.cached(order_id)  # nothing approved nor refunded: the order as it was
    assert shown is not None and (shown.amount, [p.amount for p in shown.payments]) == (draft.total, [draft.paid])
    (only,) = service.changes.queue()
    await service.changes.discard(only.id)
    assert service.changes.queue() == [] and service.returns.of_order(order_id) == []


@pytest.mark.asyncio
async def test_everything_returned_and_paid_back_deletes_the_payment(
    demo_server: DemoServer, service: OrderService
) -> None:
    for row in service.orders.rows(ListQuery(limit=None)):  # paid by one payment, no shipping: all can go back
        draft = service.returns.draft(row.id)
        value = sum((li.unit_price * li.returnable for li in draft.lines), Decimal(0))
        if row.billing_status.value == "paid" and len(draft.sources) == 1 and value == draft.total == draft.paid:
            order_id = row.id
            break
    every = [ReturnChoice(str(li.variant_id), li.returnable, "delivery") for li in draft.lines if li.returnable]
    back = service.returns.suggest_refund(order_id, every)
    assert back == value == draft.paid  # no shipping on it: everything paid goes back
    await service.returns.take(order_id, every, RefundChoice(draft.sources[0].payment_id, back))
    shown = service.orders.cached(order_id)
    assert shown is not None and shown.payments == [] and shown.amount == 0
    await settle(service)
    assert money(demo_server, order_id) == (Decimal(0), Decimal(0), Decimal(0))
    assert server_payments(demo_server, order_id) == [] and len(writes(demo_server, "payment_removal")) == 1


@pytest.mark.asyncio
async def test_a_line_with_a_discount_and_a_tax_is_valued_as_the_server_values_it(
    demo_server: DemoServer, service: OrderService
) -> None:
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    demo_server.store.dress_lines(row.id)  # 10 % off and TVA 19.25 % on the first line, by a colleague
    await service.orders.refresh(row.id)
    draft = service.returns.draft(row.id)
    first = draft.lines[0]
    assert first.variant_id is not None and first.returnable >= 1
    view = await service.returns.take(row.id, [ReturnChoice(first.variant_id, 1, "nonconforming")], None)
    await settle(service)
    total, due, _ = money(demo_server, row.id)
    assert total == draft.total - view.value and due == total  # the desk's value is the server's, to the unit
    shown = service.orders.cached(row.id)
    assert shown is not None and shown.amount == total


@pytest.mark.asyncio
async def test_a_return_cancelled_on_the_web_holds_its_approval_and_its_lines_come_back(
    demo_server: DemoServer, service: OrderService
) -> None:
    from genuka_desk.api.returns import Returns

    cashier = _login(demo_server, "caisse@genuka.com")
    service.account.lend_tokens(lambda user_id, name: cashier if user_id == CASHIER_ID else None)
    service.account.set_clerk(CASHIER_ID, "Aïcha Bello")
    service.returns.set_scopes(["returns.*", "orders.*"])  # kept from a login before a manager took it away
    order_id = paid_by(service, "cash")
    before = sum(li.returnable for li in service.returns.draft(order_id).lines)
    choice = returned_line(service, order_id)
    await service.returns.take(order_id, [choice], None)
    await settle(service)  # made; its approval awaits a manager
    async with make_client(demo_server) as manager:
        (made,) = (await Returns(manager).list(order_id=order_id)).items
        await Returns(manager).set_status(str(made.id), "cancelled")
    await settle(service)
    (view,) = service.returns.of_order(order_id)
    assert view.state == "held"
    (held,) = service.changes.queue()
    assert held.kind.value == "return_approve" and "cancelled" in (held.last_error or "")
    assert sum(li.returnable for li in service.returns.draft(order_id).lines) == before  # nothing taken back
    assert writes(demo_server, "return_approve") == []


@pytest.mark.asyncio
async def test_a_return_approved_on_the_web_shows_approved_after_the_next_pull(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    from genuka_desk.api.returns import Returns

    service = services(demo_server, tmp_path / "p", token=_login(demo_server, "caisse@genuka.com"))
    assert (await service.sync()).complete and await service.returns.learn_scopes()
    order_id = paid_by(service, "cash")
    await service.returns.take(order_id, [returned_line(service, order_id)], None)  # the return alone
    await settle(service)
    (waiting,) = service.returns.of_order(order_id)
    assert waiting.state == "waiting_approval"
    async with make_client(demo_server) as manager:
        (made,) = (await Returns(manager).list(order_id=order_id)).items
        await Returns(manager).approve(str(made.id))
    await service.sync()
    (done,) = service.returns.of_order(order_id)
    assert done.state == "confirmed" and done.reference == waiting.reference


@pytest.mark.asyncio
async def test_the_clerks_permissions_are_learnt_after_a_sync_without_being_asked(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """The desk learns who may approve by itself (GET /user after a sync that reached the server), so the editor's
    Approve button and the dialog's "Approve now" are offered to a manager only; kept for offline."""
    import asyncio

    service = services(demo_server, tmp_path / "p", token=_login(demo_server, "caisse@genuka.com"))
    assert service.returns.scopes.known() is None and not service.returns.may_approve  # not known: never approves
    assert service.returns.may_take  # taking one is tried (the server judges)
    assert (await service.sync()).complete
    for _ in range(500):  # the look is a task of its own, started by the sync's end
        if service.returns.scopes.known() is not None:
            break
        await asyncio.sleep(0.01)
    assert service.returns.scopes.known() is not None
    assert service.returns.may_take and not service.returns.may_approve


@pytest.mark.asyncio
async def test_a_raise_after_a_return_without_money_back_uses_up_the_credit_first(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """A return kept as credit (payments above the new total, a pending credit note), then one more unit sold on the
    order: the rise is paid from that credit, nothing is owed twice (the demo once owed the whole rise while the
    credit note stayed whole), and owed - credit still equals total - payments."""
    from genuka_desk.models import LineChange, OrderEdit

    service = await ready(services, demo_server, tmp_path / "p")
    order_id = paid_by(service, "cash")
    value = service.returns.draft(order_id).lines[0].unit_price
    await service.returns.take(order_id, [returned_line(service, order_id)], None)
    await settle(service)
    total, due, paid = money(demo_server, order_id)
    (note,) = demo_server.store.credit_notes.of_order(order_id)
    assert due == 0 and paid - total == Decimal(str(note["amount"])) == value and note["status"] == "pending"
    order = await service.orders.get(order_id)
    line = order.lines[-1]
    await service.orders.update(
        order_id, OrderEdit(lines={str(line.id): LineChange(quantity=(line.quantity or 1) + 1)})
    )
    await settle(service)
    total, due, paid = money(demo_server, order_id)
    (note,) = demo_server.store.credit_notes.of_order(order_id)
    credit = Decimal(str(note["amount"])) if note["status"] == "pending" else Decimal(0)
    assert due - credit == total - paid  # owed less the credit is what the payments leave
    assert due == max(total - paid, Decimal(0))


@pytest.mark.asyncio
async def test_cash_is_never_handed_back_beyond_what_the_till_holds(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """An order paid in cash in an earlier shift, the till opened empty this morning: its cash refund is refused in a
    sentence (the drawer would go below nothing, and no count could close it); on another payment, or less, it goes."""
    service = await ready(services, till_server, tmp_path / "p")
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    order = await service.orders.get(row.id)
    await service.payments.record(row.id, order.balance, "cash")  # yesterday's shift: no till open
    await settle(service)
    bill = next(str(d.id) for d in service.till.denominations() if d.value == 5000)
    service.till.open({bill: 1})  # 5 000 in the drawer
    await settle(service)
    draft = service.returns.draft(row.id)
    (cash,) = [s for s in draft.sources if s.is_cash]
    line = max((li for li in draft.lines if li.returnable), key=lambda li: li.unit_price)
    choice = ReturnChoice(str(line.variant_id), line.returnable, "defective")
    value = service.returns.suggest_refund(row.id, [choice])
    assert value > 5000
    with pytest.raises(ServiceError, match="The till holds only 5000 in cash"):
        await service.returns.take(row.id, [choice], RefundChoice(cash.payment_id, value))
    assert service.changes.queue() == []  # nothing queued
    await service.returns.take(row.id, [choice], RefundChoice(cash.payment_id, Decimal(5000)))
    till = service.till.current()
    assert till is not None and till.expected == 0


@pytest.mark.asyncio
async def test_a_lost_answer_on_a_server_ten_minutes_behind_still_finds_the_return_made(
    tmp_path: Path, services: MakeService
) -> None:
    """The server's clock lags this desk's by ten minutes (its Date header says so): the return that landed is found
    by its lines on the server's clock, not made a second time (a fixed margin on the desk's clock missed it)."""
    with DemoServer(orders=20, seed=5, mobile_sync=False, clock_offset=-600) as server:
        service = await ready(services, server, tmp_path / "p")
        order_id = paid_by(service, "cash")
        server.faults.arm("drop", count=1, method="POST", path="/admin/returns$")  # made there, the answer lost
        await service.returns.take(order_id, [returned_line(service, order_id)], None, approve=False)
        await settle(service, rounds=20)
        assert [c.state for c in service.changes.queue(include_sent=True)] == [ChangeState.SENT]
        assert len(writes(server, "return_create")) == 1
