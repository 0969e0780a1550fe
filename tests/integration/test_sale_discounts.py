"""A sale with discounts over real HTTP: created without them (the POST table has none), then a PUT of its
lines' discounts right behind the create and before its payment; and a discount in an order's line edit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import LineChange, NewCustomer, NewOrder, NewOrderLine, OrderEdit
from genuka_desk.models import line_discounts as ld
from genuka_desk.service import ListQuery, OrderService
from genuka_desk.service.manual_discounts import Asked, CodeRefused, DiscountRefused
from tests.support.services import MakeService, settle, unpaid


def discounted_sale(server: DemoServer, paid: bool) -> NewOrder:
    product = server.store.data.products[3]
    variant = product["variants"][0]
    draft = NewOrder(customer=NewCustomer(first_name="Remise", last_name="Comptoir", phone="+237699011223"))
    draft.add(
        NewOrderLine(
            product_id=product["id"],
            variant_id=variant["id"],
            title=product["title"],
            quantity=2,
            price=Decimal(7000),
            discounts=[ld.manual("percentage", Decimal(10))],
        )
    )
    draft.add(
        NewOrderLine(title="Sachet", quantity=1, price=Decimal(600), discounts=[ld.manual("fixed", Decimal(100))])
    )
    if paid:
        draft.paid_amount, draft.method = draft.total, "cash"
    return draft


def server_body(server: DemoServer, service: OrderService, change_id: str) -> dict:
    return server.store.get_order(service.changes.get(change_id).order_id)


@pytest.mark.asyncio
async def test_a_discounted_sale_is_created_then_its_discounts_put_then_paid_in_full(
    demo_server: DemoServer, service: OrderService
) -> None:
    draft = discounted_sale(demo_server, paid=True)
    assert draft.total == Decimal(14000 - 1400 + 600 - 100)
    change = await service.sales.create(draft)
    shown = await service.orders.get(change.order_id)
    # Shown at once with its discounts, before anything reached the server.
    assert shown.amount == Decimal(13100)
    assert shown.billing is not None and shown.billing.discount == Decimal(1500)
    await settle(service)
    assert service.changes.queue() == []
    body = server_body(demo_server, service, change.id)
    assert Decimal(str(body["amount"])) == Decimal(13100)
    assert Decimal(str(body["billing"]["line_discounts_total"])) == Decimal(1500)
    assert Decimal(str(body["amount_due"])) == 0
    paid = [Decimal(str(p["amount"])) for p in body.get("payments") or []]
    assert paid == [Decimal(13100)]
    # Created without them (the POST table has none), then the PUT of the lines, then the payment.
    writes = [w for w in demo_server.stats()["writes"] if w["order_id"] == body["id"]]
    assert [w["kind"] for w in writes] == ["create", "update", "payment"]
    assert "discounts" not in str(draft.create_body())
    assert writes[1]["changes"] == {"amount": {"old": 14600, "new": 13100}}


@pytest.mark.asyncio
async def test_an_editor_line_edit_gives_a_discount_and_takes_it_off(
    service: OrderService, demo_server: DemoServer
) -> None:
    row = unpaid(service)
    order = await service.orders.get(row.id)
    line = order.lines[0]
    before = order.amount or Decimal(0)
    gross = (line.price or Decimal(0)) * (line.quantity or 0)
    off = ld.amount_off("percentage", Decimal(20), gross)
    edit = OrderEdit(lines={str(line.id): LineChange(discounts=[ld.manual("percentage", Decimal(20))])})
    await service.orders.update(row.id, edit)
    preview = await service.orders.get(row.id)
    assert preview.amount == before - off + line.discount_off  # shown at once, before sending
    await settle(service)
    body = demo_server.store.get_order(row.id)
    assert Decimal(str(body["amount"])) == before - off + line.discount_off
    taken_off = OrderEdit(lines={str(line.id): LineChange(discounts=[])})
    await service.orders.update(row.id, taken_off)
    await settle(service)
    body = demo_server.store.get_order(row.id)
    assert Decimal(str(body["amount"])) == before + line.discount_off
    assert service.changes.queue() == []


@pytest.mark.asyncio
async def test_the_managers_limit_refuses_a_clerk_and_lets_a_manager(service: OrderService) -> None:
    desk = service.manual_discounts
    desk.note_login("boss", ["orders.*", "discounts.*"])
    desk.note_login("ama", ["orders.*", "discounts.view"])
    service.account.set_clerk("ama", "Ama")
    with pytest.raises(DiscountRefused):
        desk.set_limit(Decimal(10))  # a clerk cannot set it
    service.account.set_clerk("boss", "Patron")
    desk.set_limit(Decimal(10))
    assert desk.limit() == Decimal(10)
    row = unpaid(service)
    service.account.set_clerk("ama", "Ama")
    with pytest.raises(DiscountRefused, match=r"Above 10 %: a manager must give this discount"):
        await desk.give(row.id, Asked(percent=Decimal(15)))
    assert service.changes.queue() == []  # nothing queued
    service.account.set_clerk("boss", "Patron")
    assert await desk.give(row.id, Asked(percent=Decimal(15))) is not None


@pytest.mark.asyncio
async def test_a_whole_order_amount_is_spread_over_the_lines_and_the_server_takes_exactly_it(
    service: OrderService, demo_server: DemoServer
) -> None:
    rows = [unpaid(service, n) for n in range(10)]
    row = next(r for r in rows if len(getattr(service.orders.cached(r.id), "lines", [])) > 1)
    before = Decimal(str(demo_server.store.get_order(row.id)["amount"]))
    order = await service.orders.get(row.id)
    manual = sum((line.discount_off for line in order.lines), Decimal(0))
    await service.manual_discounts.give(row.id, Asked(amount=Decimal(1001)))
    shown = await service.orders.get(row.id)
    assert shown.amount == before + manual - 1001
    await settle(service)
    assert service.changes.queue() == []
    body = demo_server.store.get_order(row.id)
    assert Decimal(str(body["amount"])) == before + manual - 1001
    lines = [d for e in body["order_products"] for d in e.get("discounts") or []]
    assert all(d["discount_type"] == "fixed" and d["discount_id"] is None for d in lines)


@pytest.mark.asyncio
async def test_a_promo_code_is_checked_offline_sent_after_the_create_and_the_payment_is_the_servers_total(
    demo_server: DemoServer, service: OrderService
) -> None:
    desk = service.manual_discounts
    draft = discounted_sale(demo_server, paid=False)
    for line in draft.lines:
        line.discounts = []
    with pytest.raises(CodeRefused) as refused:
        desk.with_code(draft, "NOEL2025")  # ended
    assert refused.value.reason == "ended"
    with pytest.raises(CodeRefused) as refused:
        desk.with_code(draft, "NOPE")
    assert refused.value.reason == "unknown"
    draft = desk.with_code(draft, "MOINS2000")
    assert [c["code"] for c in draft.codes] == ["MOINS2000"] and draft.discounts == 2000
    gross = draft.subtotal
    draft.paid_amount, draft.method = draft.total, "cash"
    change = await service.sales.create(draft)
    shown = await service.orders.get(change.order_id)
    assert shown.amount == gross - 2000  # the preview, at once
    await settle(service)
    assert service.changes.queue() == []
    body = server_body(demo_server, service, change.id)
    writes = [w for w in demo_server.stats()["writes"] if w["order_id"] == body["id"]]
    assert [w["kind"] for w in writes] == ["create", "update", "payment"]
    assert Decimal(str(body["amount"])) == gross - 2000
    assert [d["code"] for d in body["discounts"]] == ["MOINS2000"]
    assert Decimal(str(body["amount_due"])) == 0
    assert desk.code_gap(body["id"]) is None  # the server took what the desk said
    paper = service.shop.paper(body["id"])  # invoices and receipts name the order's discounts by code and title
    assert paper.discount_names == ("MOINS2000 2 000 F de remise",) and paper.totals.discounts == 2000


@pytest.mark.asyncio
async def test_when_the_server_takes_another_amount_the_gap_is_shown_and_the_payment_waits_for_the_clerk(
    demo_server: DemoServer, service: OrderService
) -> None:
    draft = discounted_sale(demo_server, paid=False)
    for line in draft.lines:
        line.discounts = []
    draft = service.manual_discounts.with_code(draft, "MOINS2000")
    draft.codes[0]["amount_off"] = "1500"  # the desk's copy was older: it expected less off
    draft.paid_amount, draft.method = draft.total, "cash"
    change = await service.sales.create(draft)
    await settle(service)
    body = server_body(demo_server, service, change.id)
    assert service.manual_discounts.code_gap(body["id"]) == (Decimal(1500), Decimal(2000))
    # The cash taken is more than the server's total now: the payment is held for the clerk, never sent on top.
    left = service.changes.queue()
    assert [c.kind.value for c in left] == ["payment"] and left[0].state.value == "failed"
    assert not body.get("payments")


@pytest.mark.asyncio
async def test_a_sale_corrected_before_it_was_sent_sends_its_new_discounts_once_before_its_payment(
    demo_server: DemoServer, service: OrderService
) -> None:
    plain = discounted_sale(demo_server, paid=False)
    for line in plain.lines:
        line.discounts = []
    plain.paid_amount, plain.method = plain.total, "cash"
    change = await service.sales.create(plain)  # no discount, paid in full
    fixed = service.manual_discounts.with_code(plain, "MOINS2000")
    fixed.lines[1].discounts = [ld.manual("fixed", Decimal(100))]
    fixed.paid_amount = fixed.total
    await service.sales.fix(change.id, fixed)
    kinds = [c.kind.value for c in service.changes.queue()]
    assert kinds == ["create", "update", "payment"]  # the discounts' edit before the payment
    await settle(service)
    body = server_body(demo_server, service, change.id)
    assert Decimal(str(body["amount"])) == fixed.total
    assert [Decimal(str(p["amount"])) for p in body["payments"]] == [fixed.total]
    assert Decimal(str(body["amount_due"])) == 0


@pytest.mark.asyncio
async def test_through_sync_push_the_sale_then_its_discounts_then_its_payment(
    sync_server: DemoServer, services: MakeService, tmp_path: Path
) -> None:
    service = services(sync_server, tmp_path / "p")
    await service.sync()
    draft = service.manual_discounts.with_code(discounted_sale(sync_server, paid=False), "MOINS2000")
    draft.paid_amount, draft.method = draft.total, "cash"
    change = await service.sales.create(draft)
    await settle(service)
    assert service.changes.queue() == []
    body = server_body(sync_server, service, change.id)
    assert Decimal(str(body["amount"])) == draft.total
    assert Decimal(str(body["amount_due"])) == 0


@pytest.mark.asyncio
async def test_a_line_discount_and_a_percentage_code_on_one_sale_are_taken_as_the_server_takes_them(
    demo_server: DemoServer, service: OrderService
) -> None:
    """20 % off a line, then BIENVENUE10 (10 %): the code is taken from what the lines leave, on the desk as on the
    server, so the cash taken is the whole bill (the desk once took 10 % of the gross: 280 FCFA left owing)."""
    draft = NewOrder(customer=NewCustomer(first_name="Combo", phone="+237699000777"))
    draft.add(NewOrderLine(title="A", quantity=2, price=Decimal(7000)))
    draft.add(NewOrderLine(title="B", quantity=1, price=Decimal(6000)))
    rows = [(line.price, line.quantity, line.discounts) for line in draft.lines]
    given = service.manual_discounts.for_lines(rows, Asked(percent=Decimal(20), line=0))
    for line, discounts in zip(draft.lines, given, strict=True):
        line.discounts = discounts
    draft = service.manual_discounts.with_code(draft, "BIENVENUE10")
    assert draft.total == Decimal(20000 - 2800 - 1720)
    draft.paid_amount, draft.method = draft.total, "cash"
    change = await service.sales.create(draft)
    await settle(service)
    assert service.changes.queue() == []
    body = server_body(demo_server, service, change.id)
    assert Decimal(str(body["amount"])) == draft.total
    assert Decimal(str(body["amount_due"])) == 0
    assert service.manual_discounts.code_gap(str(body["id"])) is None


def limited_to_ten(service: OrderService) -> None:
    """A limit of 10 % set by the manager (boss); the clerk at the desk is Ama, no manager."""
    desk = service.manual_discounts
    desk.note_login("boss", ["orders.*", "discounts.*"])
    desk.note_login("ama", ["orders.*", "discounts.view"])
    service.account.set_clerk("boss", "Patron")
    desk.set_limit(Decimal(10))
    service.account.set_clerk("ama", "Ama")


@pytest.mark.asyncio
async def test_a_discount_within_the_limit_is_not_beaten_by_dropping_the_quantity_before_the_sale_is_saved(
    service: OrderService,
) -> None:
    """10 % of 10 x 1000 is 1000 off; the quantity set to 1 afterwards would make it 100 %: refused when the sale is
    saved, corrected or edited before it is sent, in the dialog's sentence; a manager may."""
    limited_to_ten(service)
    draft = NewOrder(customer=NewCustomer(first_name="Quantité", phone="+237699000555"))
    line = draft.add(NewOrderLine(title="Pagne", quantity=10, price=Decimal(1000)))
    rows = [(li.price, li.quantity, li.discounts) for li in draft.lines]
    (line.discounts,) = service.manual_discounts.for_lines(rows, Asked(percent=Decimal(10)))  # the whole sale
    assert line.discount_off == 1000
    line.quantity = 1
    with pytest.raises(DiscountRefused, match=r"^Above 10 %: a manager must give this discount\.$"):
        await service.sales.create(draft)
    assert service.changes.queue() == []  # nothing kept
    line.quantity = 10
    change = await service.sales.create(draft)  # as the dialog gave it: within the limit
    smaller = draft.model_copy(deep=True)
    smaller.lines[0].quantity = 1
    with pytest.raises(DiscountRefused, match="Above 10 %"):
        await service.sales.fix(change.id, smaller)
    with pytest.raises(DiscountRefused, match="Above 10 %"):  # the editor's line edit, folded into the sale
        await service.orders.update(change.order_id, OrderEdit(lines={f"+{line.key}": LineChange(quantity=1)}))
    assert service.changes.get(change.id).draft.lines[0].quantity == 10  # type: ignore[union-attr]
    more = draft.model_copy(deep=True)
    more.lines[0].quantity = 12  # more of it: the same 1000 is less of the line
    await service.sales.fix(change.id, more)
    service.account.set_clerk("boss", "Patron")
    fixed = await service.sales.fix(change.id, smaller)  # a manager may
    assert fixed.draft is not None and fixed.draft.lines[0].quantity == 1


@pytest.mark.asyncio
async def test_an_orders_discount_within_the_limit_is_not_beaten_by_a_later_quantity_edit(
    service: OrderService,
) -> None:
    limited_to_ten(service)
    order = next(
        o
        for o in (
            service.orders.cached(r.id)
            for r in service.orders.rows(ListQuery(limit=None))
            if r.billing_status.value == "pending"
        )
        if o is not None and not o.cancelled and len(o.lines) >= 2 and any((li.quantity or 0) >= 4 for li in o.lines)
    )
    key = str(order.id)
    await service.manual_discounts.give(key, Asked(percent=Decimal(10)))  # the whole order: within the limit
    shown = await service.orders.get(key)
    line = next(li for li in shown.lines if (li.quantity or 0) >= 4)
    with pytest.raises(DiscountRefused, match=r"^Above 10 %: a manager must give this discount\.$"):
        await service.orders.update(key, OrderEdit(lines={str(line.id): LineChange(quantity=1)}))
    assert await service.orders.update(key, OrderEdit(fields={"shipping.address.city": "Ebolowa-Sud"})) is not None
    raised = OrderEdit(lines={str(line.id): LineChange(quantity=(line.quantity or 0) + 1)})
    assert await service.orders.update(key, raised) is not None  # more of it: less of the line
    service.account.set_clerk("boss", "Patron")
    assert await service.orders.update(key, OrderEdit(lines={str(line.id): LineChange(quantity=1)})) is not None


@pytest.mark.asyncio
async def test_a_queued_sale_reopened_to_be_corrected_keeps_its_once_per_customer_code(
    demo_server: DemoServer, service: OrderService
) -> None:
    """BIENVENUE10 is once per customer: the sale carrying it is not its own earlier use (its overlay and its queued
    create and discount edit are left out), while another sale of the same customer is still refused it."""
    desk = service.manual_discounts
    demo_server.store.discounts.create(
        {
            "company_id": demo_server.company_id,
            "code": "UNEFOIS",
            "title": "Une fois",
            "discount_type": "fixed",
            "discount_value": 300,
            "application_strategy": "manual",
            "active": True,
            "start_date": "2020-01-01 00:00:00",
            "usage_limit_global": 1,
        },
        {"permissions": ["*"]},
        None,
    )
    await service.sync()
    customer = demo_server.store.data.customers[0]
    draft = discounted_sale(demo_server, paid=False)
    draft.customer = NewCustomer(id=customer["id"], first_name="Bienvenue")
    draft = desk.with_code(desk.with_code(draft, "BIENVENUE10"), "UNEFOIS")
    change = await service.sales.create(draft)
    kept = change.draft
    assert kept is not None
    # Reopened as the counter loads it: its lines (their keys), currency and codes.
    reopened = NewOrder(lines=[li.model_copy() for li in kept.lines], currency=kept.currency, codes=kept.codes)
    reopened.customer = kept.customer
    judged, dropped = desk.repriced(reopened)
    assert dropped == [] and [c["code"] for c in judged.codes] == ["BIENVENUE10", "UNEFOIS"]
    assert desk.with_code(reopened, "UNEFOIS").codes  # given again: still its own
    fixed = await service.sales.fix(change.id, judged)
    assert fixed.draft is not None and [c["code"] for c in fixed.draft.codes] == ["BIENVENUE10", "UNEFOIS"]
    other = discounted_sale(demo_server, paid=False)
    other.customer = NewCustomer(id=customer["id"], first_name="Bienvenue")
    with pytest.raises(CodeRefused) as refused:
        desk.with_code(other, "BIENVENUE10")  # a new sale of hers: she used it on the queued one
    assert refused.value.reason == "used_by_customer"
    with pytest.raises(CodeRefused) as refused:
        desk.with_code(discounted_sale(demo_server, paid=False), "UNEFOIS")  # single use: used by the queued sale
    assert refused.value.reason == "used_up"
    await settle(service)
    created = service.changes.get(change.id).order_id
    assert desk.code_on_order(created, "UNEFOIS")["code"] == "UNEFOIS"  # the order carrying it, in the editor
