"""The cash handed over for a cash payment: kept on this computer only, never sent, and printed on the receipt
right after the sale, once the server has created it under its own id, later, and offline.

Genuka has no field for it (08-payments-pos.md: a payment is an amount, a way,
an account and a day). Also here: the clerk's name as the login answer gives it.
"""

from __future__ import annotations

import json
import sqlite3
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.models import LoginResult, NewCustomer, NewOrder, NewOrderLine, NewPayment
from genuka_desk.service import AppPaths, Desk, OrderService, Profile
from genuka_desk.store import LocalStore
from tests.support.services import MakeService, settle, store_of


class Recorder(httpx.AsyncHTTPTransport):
    """The real transport, noting every request body sent."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[Any] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = await request.aread()
        if content:
            self.bodies.append(json.loads(content))
        return await super().handle_async_request(request)


def cash_sale(server: DemoServer, tendered: Decimal | None = Decimal(10000), method: str = "cash") -> NewOrder:
    """A sale of 8 500 FCFA paid in full, ``tendered`` handed over."""
    product = server.store.data.products[3]
    draft = NewOrder(customer=NewCustomer(first_name="Awa", last_name="Bello", phone="+237699887700"))
    draft.add(
        NewOrderLine(
            product_id=product["id"],
            variant_id=product["variants"][0]["id"],
            title=product["title"],
            quantity=1,
            price=Decimal(8500),
        )
    )
    draft.paid_amount, draft.method, draft.tendered = Decimal(8500), method, tendered
    return draft


def keys_and_values(body: Any) -> list[Any]:
    if isinstance(body, dict):
        return [*body, *(x for v in body.values() for x in keys_and_values(v))]
    if isinstance(body, list):
        return [x for v in body for x in keys_and_values(v)]
    return [body]


def cash_printed(facts: Any) -> list[tuple[Decimal | None, Decimal | None]]:
    return [(p.tendered, p.change) for p in facts.payments if p.tendered is not None or p.change is not None]


@pytest.mark.asyncio
@pytest.mark.parametrize("which", ["demo_server", "sync_server"])  # classic endpoints, and Mobile Sync's push
async def test_the_cash_handed_over_follows_the_sale_to_the_server_and_is_never_sent(
    which: str, request: pytest.FixtureRequest, tmp_path: Path, services: MakeService
) -> None:
    server: DemoServer = request.getfixturevalue(which)
    recorder = Recorder()
    service = services(server, tmp_path / "p", transport=recorder)
    await service.sync()
    change = await service.sales.create(cash_sale(server))
    facts = service.shop.paper(change.order_ref)  # right after the sale, not sent yet
    assert facts.temporary and cash_printed(facts) == [(Decimal(10000), Decimal(1500))]
    await settle(service)
    created = service.changes.get(change.id)
    assert not created.order_id.startswith("local-") and created.order_id != change.order_id
    facts = service.shop.paper(change.order_ref)  # the temporary reference still finds it
    assert facts.order_id == created.order_id and not facts.temporary
    assert [p.queued for p in facts.payments] == [False]  # the server's payment, under its own id
    assert cash_printed(facts) == [(Decimal(10000), Decimal(1500))]
    store_of(service).queue.prune_sent(time.time() + 3600)  # the sent changes forgotten: the cash stays
    assert service.changes.queue(include_sent=True) == []
    assert cash_printed(service.shop.paper(created.order_id)) == [(Decimal(10000), Decimal(1500))]
    sent = [x for body in recorder.bodies for x in keys_and_values(body)]
    assert sent and "tendered" not in sent and "change" not in sent
    assert not any(str(x) in ("10000", "10000.0", "1500", "1500.0") for x in sent), sent
    server.stop()  # later, offline, from the files alone
    with LocalStore(tmp_path / "p") as store:
        assert [(c.tendered, c.change) for c in store.payments.cash_given(created.order_id)] == [(Decimal(10000), 1500)]


@pytest.mark.asyncio
async def test_no_cash_is_kept_for_an_exact_or_a_mobile_money_sale_nor_for_a_payment_dropped(
    demo_server: DemoServer, service: OrderService
) -> None:
    demo_server.stop()  # all of it offline
    exact = await service.sales.create(cash_sale(demo_server, tendered=Decimal(8500)))
    mobile = await service.sales.create(cash_sale(demo_server, method="notchpay"))
    for sale in (exact, mobile):
        assert cash_printed(service.shop.paper(sale.order_ref)) == []
    dropped = await service.sales.create(cash_sale(demo_server))
    assert cash_printed(service.shop.paper(dropped.order_ref)) == [(Decimal(10000), Decimal(1500))]
    corrected = cash_sale(demo_server, tendered=Decimal(9000))
    await service.sales.fix(dropped.id, corrected)  # corrected before it was sent: the new cash only
    assert cash_printed(service.shop.paper(dropped.order_ref)) == [(Decimal(9000), Decimal(500))]
    await service.changes.discard(dropped.id)  # the sale given up: its cash note goes with it
    assert store_of(service).payments.cash_given(dropped.order_id) == []
    # A payment taken on an unpaid sale, then dropped before it was sent.
    unpaid = cash_sale(demo_server, tendered=None)
    unpaid.paid_amount = None
    order_id = (await service.sales.create(unpaid)).order_id
    taken = await service.payments.record(order_id, Decimal(5000), "cash", tendered=Decimal(6000))
    assert cash_printed(service.shop.paper(order_id)) == [(Decimal(6000), Decimal(1000))]
    await service.changes.discard(taken.id)
    assert store_of(service).payments.cash_given(order_id) == [] and cash_printed(service.shop.paper(order_id)) == []


def test_payments_queued_before_this_version_keep_their_cash_handed_over(tmp_path: Path) -> None:
    """A queue file from before (schema 3): the cash of its queued payments is noted when it opens."""
    folder = tmp_path / "p"
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="+237699000111"))
    draft.add(NewOrderLine(title="Savon", quantity=2, price=Decimal(600)))
    draft.paid_amount, draft.method, draft.treasury_account_id = Decimal(1200), "cash", "a"
    draft.tendered = Decimal(2000)
    with LocalStore(folder) as store:
        change = store.sales.enqueue_new_order(draft)
    conn = sqlite3.connect(folder / "queue.sqlite3")
    conn.execute("DROP TRIGGER cash_given_dropped")
    conn.execute("DROP TABLE cash_given")  # as it was
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with LocalStore(folder) as store:
        assert [(c.amount, c.tendered, c.change) for c in store.payments.cash_given(change.order_id)] == [
            (Decimal(1200), Decimal(2000), Decimal(800))
        ]


def test_the_change_given_is_cash_handed_over_beyond_the_amount_only() -> None:
    def change(method: str, tendered: int | None) -> Decimal | None:
        tender = None if tendered is None else Decimal(tendered)
        return NewPayment(amount=Decimal(8500), method=method, treasury_account_id="a", tendered=tender).change_given

    assert change("cash", 10000) == Decimal(1500) and change(" Cash ", 9000) == Decimal(500)
    assert change("cash", 8500) is None and change("cash", None) is None and change("notchpay", 10000) is None
    body = NewPayment(amount=Decimal(8500), method="cash", treasury_account_id="a", tendered=Decimal(10000)).body()
    assert "tendered" not in body and 10000 not in body.values()


@pytest.mark.asyncio
async def test_the_clerk_is_known_by_the_name_the_login_answer_gives_never_by_the_email(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    desk = Desk(paths)
    session = await desk.log_in(Profile(base_url=demo_server.url), "demo@genuka.com", DEMO_PASSWORD)
    assert session.profile.user_name == "Payton Donnelly"  # the demo's user: its token's name
    desk.keep(session, remember=False)
    assert desk.profile().user_name == "Payton Donnelly"  # kept for the next start
    key = await desk.log_in_with_key(desk.profile(), DEMO_ADMIN_KEY)
    assert key.session.profile.user_name is None  # a key names nobody: no stale name either
    answer = {"accessToken": "t", "companyId": "c", "token": {"name": "ops@boutique.cm", "scopes": []}}
    assert LoginResult.from_body(answer).user_name is None  # an email in the name's place is no name
    answer["token"] = {"name": "  Aïcha   Mbarga ", "scopes": []}
    assert LoginResult.from_body(answer).user_name == "Aïcha Mbarga"
