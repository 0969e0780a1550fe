"""Payment statuses that agree with the money, over real HTTP against the demo: "partly paid" needs a
payment, a paid order whose total rises is flagged, a customer owes only what is really owed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import LineChange, OrderEdit
from genuka_desk.models.owed import PARTLY_PAID_CODE, PaymentMismatch, order_mismatch
from genuka_desk.service import InvalidEdit, ListQuery, OrderService
from tests.integration.test_cli import Run, logged_in, run  # noqa: F401 (the CLI's fixture)
from tests.integration.test_payments import settle


def first(service: OrderService, billing: str) -> Any:
    return next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == billing and r.total)


@pytest.mark.asyncio
async def test_a_paid_order_whose_line_is_raised_is_flagged_after_sync(
    service: OrderService, demo_server: DemoServer
) -> None:
    row = first(service, "paid")
    assert row.id not in {r.id for r in service.orders.rows(ListQuery(needs_attention=True, limit=None))}
    order = await service.orders.get(row.id)
    line = order.lines[0]
    await service.orders.update(row.id, OrderEdit(lines={str(line.id): LineChange(quantity=(line.quantity or 1) + 1)}))
    await settle(service)
    body = demo_server.store.get_order(row.id)
    rise = line.price or Decimal(0)
    # The server keeps what was paid: the rise is owed, and the status still says paid.
    assert body["billing"]["status"] == "paid" and Decimal(str(body["amount_due"])) == rise > 0
    held = service.orders.row(row.id)
    assert held is not None and not held.pending and held.balance == rise
    flagged = service.orders.rows(ListQuery(needs_attention=True, limit=None))
    assert [r.id for r in flagged] == [row.id]  # "Needs attention" shows it
    synced = service.orders.cached(row.id)
    assert synced is not None and order_mismatch(synced) is PaymentMismatch.PAID_WITH_BALANCE
    # Recording the missing payment settles it.
    await service.payments.record(row.id, rise, "cash")
    await settle(service)
    assert service.orders.count(ListQuery(needs_attention=True)) == 0


@pytest.mark.asyncio
async def test_a_customer_owes_only_what_is_really_owed(service: OrderService) -> None:
    cancelled = first(service, "canceled")
    order = await service.orders.get(cancelled.id)
    assert order.customer is not None and order.balance > 0  # the server still says it is due
    found = await service.customers.orders_of(str(order.customer.id))
    assert cancelled.id in {r.id for r in found.rows}
    assert found.owed[cancelled.id] == 0
    expected = Decimal(0)
    for row in found.rows:
        held = await service.orders.get(row.id)
        if not held.cancelled and held.billing_status.value != "canceled":
            expected += held.balance
    assert found.due == expected < expected + order.balance
    assert service.orders.row(cancelled.id).balance == 0  # type: ignore[union-attr]  # the list says the same
    figures = service.shop.figures()
    alive = [r for r in service.orders.rows(ListQuery(limit=None)) if not r.cancelled]
    assert Decimal(str(figures.owed)) == sum((r.balance or Decimal(0) for r in alive), Decimal(0))
    counted = sum((held.balance for r in alive if (held := service.orders.cached(r.id)) is not None), Decimal(0))
    assert Decimal(str(figures.owed)) < counted  # the Today panel leaves cancelled payment statuses out


@pytest.mark.asyncio
async def test_partly_paid_without_a_payment_is_refused(service: OrderService, demo_server: DemoServer) -> None:
    row = first(service, "pending")
    with pytest.raises(InvalidEdit) as refused:
        await service.orders.set_status(row.id, billing="partially_paid")
    assert [p.code for p in refused.value.problems] == [PARTLY_PAID_CODE]
    with pytest.raises(InvalidEdit):
        await service.orders.bulk_set_status([first(service, "partially_paid").id, row.id], billing="partially_paid")
    assert service.changes.queue() == []  # nothing queued, not even for the order that has a payment
    await service.payments.record(row.id, Decimal(1000), "cash")
    await settle(service)
    body = demo_server.store.get_order(row.id)
    assert body["billing"]["status"] == "partially_paid" and len(body["payments"]) == 1  # the payment did it


def test_the_cli_refuses_partly_paid_without_a_payment(
    run: Run,  # noqa: F811
    demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = logged_in(run)
    code, out, err = run("orders", "set-status", reference, "--billing", "partially_paid")
    assert code == 1 and f"orders pay {reference}" in err and "partly paid" in err, out + err
    monkeypatch.setenv("GENUKA_DESK_LANG", "fr")
    code, _, err = run("orders", "set-status", reference, "--billing", "partially_paid")
    assert code == 1 and f"orders pay {reference}" in err and "partiellement payée" in err
    shown = run.json("orders", "show", reference)
    assert demo_server.store.get_order(shown["id"])["billing"]["status"] == "pending"
    assert run.json("queue", "--all") == []  # nothing queued


def test_the_cli_shows_a_customer_balance_without_cancelled_orders(run: Run, demo_server: DemoServer) -> None:  # noqa: F811
    logged_in(run)
    listing = run.json("orders", "list", "--billing-status", "canceled", "--limit", "1")["orders"]
    body = demo_server.store.get_order(listing[0]["id"])
    assert Decimal(str(body["amount_due"])) > 0
    shown = run.json("customers", "show", body["customer"]["id"])
    owed = Decimal(0)
    for order in shown["orders"]:
        held = demo_server.store.get_order(order["id"])
        if held["billing"]["status"] != "canceled" and not held.get("deleted_at"):
            owed += Decimal(str(held["amount_due"]))
    assert Decimal(shown["balance_due"]) == owed
