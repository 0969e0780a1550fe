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


async def test_end_check_catches_a_return_made_twice_a_refund_replayed_and_a_return_never_sent(
    demo_server: DemoServer, service: OrderService
) -> None:
    clerk = Clerk(seed=3)
    await clerk.pick_orders(service, demo_server)
    paid = [oid for oid in clerk.order_ids if any(s.is_cash for s in service.returns.draft(oid).sources)]
    clerk.returns.random.seed(1)  # cash, never "no money now", for these draws
    for oid in paid[:3]:
        assert await clerk.returns.act(service, oid) > 0
    await service.sync()
    await service.sync()
    clean = clerk.check(demo_server)
    assert clean.lost == [] and clean.doubled == [] and clean.wrong_values == [], clean
    assert clean.returns.created == clean.returns.approved == 3 and clean.returns.refunds_written > 0
    assert clean.returns.orders_checked > 0

    # A refund written again (its try resent after it landed), then a refund one franc too big: doubled, money wrong.
    user = demo_server.store.data.users[0]
    plan, payment = next(
        (p, pay)
        for p in clerk.returns.plans.values()
        for pay in demo_server.store.get_order(p.order_id)["payments"]
        if p.refund and pay.get("method") == "cash"
    )
    now = Decimal(str(payment["amount"]))
    demo_server.store.payments.update_payment(plan.order_id, payment["id"], {"amount": now}, user, plan.keys["refund"])
    damaged = clerk.check(demo_server)
    assert any(plan.key[-8:] in d and "written 2 times" in d for d in damaged.returns.doubled)
    assert damaged.money_wrong == []
    demo_server.store.payments.update_payment(plan.order_id, payment["id"], {"amount": now - 1}, user, None)
    damaged = clerk.check(demo_server)
    assert any(plan.order_id in w and f"took {-plan.refund}" in w for w in damaged.money_wrong), damaged.money_wrong

    # A return made a second time on the server under the same key (a create resent after a lost answer), approved.
    other, line = next(
        (p, li)
        for p in clerk.returns.plans.values()
        if p.order_id != plan.order_id
        for li in service.returns.draft(p.order_id).lines
        if li.returnable
    )
    again = {
        "order_id": other.order_id,
        "status": "waiting_approval",
        "lines": [{"variant_id": line.variant_id, "quantity": 1, "reason": "defective"}],
    }
    second = demo_server.store.returns.create(again, user, other.keys["return"])
    demo_server.store.returns.approve(second["id"], {}, user, other.keys["return_approve"])
    damaged = clerk.check(demo_server)
    assert any(other.key[-8:] in d and "created 2 times" in d for d in damaged.returns.doubled)
    assert any(other.key[-8:] in d and "approved 2 times" in d for d in damaged.returns.doubled)
    assert any(other.order_id in w and "returns_total grew" in w for w in damaged.returns.wrong)

    # A return still queued when the campaign ends is lost.
    before = set(clerk.returns.plans)
    for oid in [o for o in clerk.order_ids if o not in paid[:3]]:
        if await clerk.returns.act(service, oid):
            break
    (left,) = set(clerk.returns.plans) - before
    assert any(left[-8:] in w and "never created" in w for w in clerk.check(demo_server).lost)


async def test_end_check_catches_a_sale_whose_discount_was_lost_or_paid_on_the_undiscounted_total(
    demo_server: DemoServer, service: OrderService
) -> None:
    clerk = Clerk(seed=3)
    await clerk.pick_orders(service, demo_server)

    def owing() -> list[str]:  # discounted sales not paid in full
        return [c for c, plan in clerk.discounts.plans.items() if clerk.sales[c].paid < plan.total]

    def by_line() -> list[str]:  # sales with the clerk's own discount on their lines
        return [c for c, plan in clerk.discounts.plans.items() if plan.line_off]

    for _ in range(100):
        coded = [plan for plan in clerk.discounts.plans.values() if plan.codes_off]
        if by_line() and set(owing()) - set(by_line()[:1]) and coded:
            break
        await clerk._sale(service)
    await service.sync()
    await service.sync()
    clean = clerk.check(demo_server)
    assert clean.lost == [] and clean.doubled == [] and clean.wrong_values == [], clean
    assert clean.discounts.checked == len(clerk.discounts.plans) >= 2 and clean.discounts.off > 0
    assert clean.discounts.with_codes > 0  # a promo code or an automatic discount, as the desk previewed it

    # The discounts taken off a line behind the clerk's back: the total and the discount are wrong.
    writes = demo_server.stats()["writes"]
    made = {w["request_id"]: w["order_id"] for w in writes if w["kind"] == "create"}
    first = by_line()[0]
    body = demo_server.store.get_order(made[first])
    line = next(e for e in body["order_products"] if e.get("discounts"))
    demo_server.store.colleague_edit(made[first], lines={str(line["id"]): {"discounts": []}})
    damaged = clerk.check(demo_server)
    assert any(first[:8] in w for w in damaged.money_wrong)
    assert any(first[:8] in w and "the desk took off" in w for w in damaged.discounts.wrong)

    # Money taken towards the undiscounted total (more than the clerk took): the sale's money is wrong.
    other = next(c for c in owing() if c != first)
    plan = clerk.discounts.plans[other]
    off = plan.line_off + plan.codes_off
    demo_server.store.colleague_payment(made[other], min(off, plan.total - clerk.sales[other].paid))
    assert any(other[:8] in w for w in clerk.check(demo_server).money_wrong)


async def test_a_refund_the_desk_holds_for_want_of_money_is_dropped_by_the_clerk_and_never_written(
    demo_server: DemoServer, service: OrderService
) -> None:
    clerk = Clerk(seed=3)
    await clerk.pick_orders(service, demo_server)
    for paid in [oid for oid in clerk.order_ids if any(s.is_cash for s in service.returns.draft(oid).sources)]:
        if await clerk.returns.act(service, paid) == 3:  # the return, its approval and a refund
            break
    else:
        raise AssertionError("no return taken with money back")
    # A colleague sells more of a line on the web before the desk syncs: nothing is paid beyond the new total.
    body = demo_server.store.get_order(paid)
    line = body["order_products"][0]
    quantity = int(line["quantity"]) + 100
    clerk.colleague_values.append((len(demo_server.stats()["writes"]), paid, f"lines.{line['id']}.quantity", quantity))
    demo_server.store.colleague_edit(paid, lines={str(line["id"]): {"quantity": quantity}})
    await service.sync()
    (held,) = [c for c in service.changes.queue() if c.kind.value == "refund"]
    assert (held.last_error or "").startswith("Not refunded: the server shows"), held.last_error
    await clerk.settle_reported(service, demo_server)  # the clerk reads why and drops it
    await service.sync()
    assert service.changes.queue() == []
    outcome = clerk.check(demo_server)
    assert outcome.lost == [] and outcome.doubled == [] and outcome.wrong_values == [], outcome
    assert outcome.returns.refunds_dropped == 1 and outcome.returns.refunds_written == 0
    assert outcome.returns.notes_pending == 0  # nothing was paid beyond the new total: no credit note
