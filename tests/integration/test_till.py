"""The till over real HTTP against the demo's cash register: opened and closed once, offline too, counted right.

The demo serves the cash-register endpoints as 08-payments-pos.md documents
them (403 without cash control, one session per cash account, the expected
balance moved by cash payments, approval and rejection).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.api.cash_register import CashRegister
from genuka_desk.demo import DEMO_READONLY_KEY, DemoServer
from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
from genuka_desk.models.till import CashSession
from genuka_desk.service import ChangeState, OrderService
from genuka_desk.service.till import TillError, TillUnavailable, parse_counts
from tests.support.services import MakeService, make_client, settle, unpaid


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    """The demo with cash control on (Mobile Sync off: payments take the classic endpoint)."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


async def server_sessions(server: DemoServer) -> list[CashSession]:
    async with make_client(server) as client:
        return (await CashRegister(client).sessions(per_page=100)).items


async def ready(services: MakeService, server: DemoServer, folder: Path) -> OrderService:
    service = services(server, folder)
    report = await service.sync()
    assert report.complete
    assert service.till.available() is True and service.till.denominations() and service.till.cash_accounts()
    return service


def counts(service: OrderService, text: str) -> dict[str, int]:
    return parse_counts(text, service.till.denominations())


def cash_sale(server: DemoServer, amount: int) -> NewOrder:
    product = server.store.data.products[0]
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="699000111"), paid_amount=Decimal(amount))
    draft.method = "cash"
    draft.add(
        NewOrderLine(
            product_id=product["id"],
            variant_id=product["variants"][0]["id"],
            title=product["title"],
            quantity=1,
            price=Decimal(amount),
        )
    )
    return draft


@pytest.mark.asyncio
async def test_without_cash_control_the_desk_says_so_and_sells_on(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p")
    assert (await service.sync()).complete  # the 403 of the till does not stop the sync
    assert service.till.available() is False and service.till.current() is None
    with pytest.raises(TillUnavailable, match="Cash control is off"):
        service.till.open({})
    sale = await service.sales.create(cash_sale(demo_server, 1500))  # no dead end: sales go on
    await settle(service)
    assert service.changes.get(sale.id).state is ChangeState.SENT


@pytest.mark.asyncio
async def test_a_login_that_may_not_use_the_till_is_told_so_apart_from_cash_control_off(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """The read-only viewer: the server's 403 is a permission here, not "cash control is off"."""
    service = services(till_server, tmp_path / "p", token=DEMO_READONLY_KEY)
    assert (await service.sync()).complete  # the till's 403 does not stop the sync
    assert service.till.available() is False
    with pytest.raises(TillUnavailable, match="may not use the till"):
        service.till.open({})


@pytest.mark.asyncio
async def test_a_shift_opened_fed_by_cash_sales_and_closed_right_is_one_session_on_the_server(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.account.set_clerk("u-awa", "Awa")
    view = service.till.open(counts(service, "10000x2,500bx4"), notes="matin")
    assert view.session.balance_start == Decimal(22000) and view.expected == Decimal(22000) and view.provisional
    await settle(service)
    (opened,) = await server_sessions(till_server)
    assert opened.open and opened.balance_start == Decimal(22000) and opened.desk_key()
    await service.sales.create(cash_sale(till_server, 3500))
    await settle(service)
    now = service.till.current()
    assert now is not None and now.session.server_id == opened.id
    assert now.expected == Decimal(25500) and not now.provisional  # the server's figure, the sale's cash in it
    closed = service.till.close(counts(service, "10000x2,5000x1,500bx1"))
    assert closed.session.status == "closing"
    await settle(service)
    (final,) = await server_sessions(till_server)
    assert final.status == "closed" and final.balance_counted == Decimal(25500) and not final.has_difference
    assert service.till.current() is None
    report = await service.till.report(opened.id)
    assert not report.provisional and report.cash_in == Decimal(3500) and report.difference == 0
    assert report.opened_by == "Awa" and [line.quantity for line in report.opening] == [2, 4]
    assert dict(report.by_method).get("cash") == Decimal(3500)
    # The next shift's cash is not the closed one's (odoo#108694): its figures stay as the server closed them.
    service.till.open(counts(service, "500bx2"))
    await service.sales.create(cash_sale(till_server, 2000))
    await settle(service)
    shift = service.till.session(opened.id)
    assert shift.expected == Decimal(25500) and shift.difference == 0 and not shift.provisional
    assert (await service.till.report(opened.id)).difference == 0


@pytest.mark.asyncio
async def test_a_difference_needs_a_reason_then_a_manager_approves_or_sends_the_clerk_to_count_again(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "5000x1"))
    await settle(service)
    with pytest.raises(TillError, match="say why"):
        service.till.close(counts(service, "2000x2"))  # 4,000 counted, 5,000 expected, no reason
    service.till.close(counts(service, "2000x2"), "change_mistake", "rendu trop")
    await settle(service)
    waiting = service.till.current()
    assert waiting is not None and waiting.session.status == "pending_approval" and waiting.requires_approval
    server_id = str(waiting.session.server_id)
    reopened = await service.till.reject(server_id, "Recompte, il manque un billet")
    assert reopened.session.status == "opened"
    service.till.close(counts(service, "5000x1"))  # counted again, right this time
    await settle(service)
    (session,) = await server_sessions(till_server)
    assert session.status == "closed" and session.balance_counted == Decimal(5000)
    # A second shift with a difference, approved by the manager.
    service.till.open(counts(service, "1000x3"))
    await settle(service)
    service.till.close(counts(service, "1000x2"), "lost_receipt")
    await settle(service)
    current = service.till.current()
    assert current is not None
    approved = await service.till.approve(str(current.session.server_id), "vu")
    assert approved.session.status == "closed" and service.till.current() is None


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["drop", "reset", "500-after"])
async def test_an_opening_and_a_close_whose_answers_were_lost_are_made_once(
    till_server: DemoServer, tmp_path: Path, services: MakeService, mode: str
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    till_server.faults.arm(mode, count=1, method="POST", path="/cash-register-sessions")
    service.till.open(counts(service, "10000x1"))
    for _ in range(4):
        await settle(service)
        for held in service.changes.queue():
            if held.state is ChangeState.FAILED:
                await service.changes.retry(held.id)  # a 500 shows refused: the clerk's Retry looks first
    await settle(service)
    assert len(await server_sessions(till_server)) == 1  # never two sessions for one opening
    till_server.faults.arm(mode, count=1, method="POST", path="/close")
    service.till.close(counts(service, "10000x1"))
    for _ in range(4):
        await settle(service)
        for held in service.changes.queue():
            if held.state is ChangeState.FAILED:
                await service.changes.retry(held.id)
    await settle(service)
    (session,) = await server_sessions(till_server)
    assert session.status == "closed" and till_server.faults.injected == 2
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []


@pytest.mark.asyncio
async def test_a_till_opened_offline_is_shown_at_once_never_lost_and_sent_once(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    await service.close()
    port, demo_store = till_server.port, till_server.store
    till_server.stop()  # the line is down
    offline = services(till_server, tmp_path / "p")
    view = offline.till.open(counts(offline, "10000x1,1000x5"))
    assert offline.till.current() == view and view.provisional
    assert not (await offline.sync()).complete  # offline: kept, shown
    report = await offline.till.report()
    assert report.provisional and report.balance_start == Decimal(15000)
    await offline.close()
    with DemoServer(store=demo_store, port=port, cash_control=True) as back:  # back, the program restarted meanwhile
        again = services(back, tmp_path / "p")
        await settle(again)
        (session,) = await server_sessions(back)
        assert session.balance_start == Decimal(15000) and session.open
        current = again.till.current()
        assert current is not None and current.session.server_id == session.id and not current.provisional
        await again.close()


@pytest.mark.asyncio
async def test_a_till_already_open_on_the_server_holds_the_opening_and_can_be_taken_over(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    colleague = await ready(services, till_server, tmp_path / "colleague")
    colleague.till.open(counts(colleague, "5000x2"))  # another desk opens the shop's till first
    await settle(colleague)
    service.till.open(counts(service, "10000x1,1000x2"))  # this desk did not know yet
    await settle(service)
    (held,) = [c for c in service.changes.queue() if c.state is ChangeState.FAILED]
    assert "already open on the server" in (held.last_error or "")
    assert len(await server_sessions(till_server)) == 1  # never a second session for the shift
    taken = await service.till.take_over()
    (session,) = await server_sessions(till_server)
    assert taken.session.server_id == session.id and taken.session.balance_start == Decimal(10000)  # the server's
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []
    service.till.close(counts(service, "5000x2"))  # closed from this desk: the colleague's session, once
    await settle(service)
    (closed,) = await server_sessions(till_server)
    assert closed.status == "closed" and closed.balance_counted == Decimal(10000)


@pytest.mark.asyncio
async def test_two_desks_opening_the_same_till_at_once_make_one_session_and_the_second_takes_it_over(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    first = await ready(services, till_server, tmp_path / "a")
    second = await ready(services, till_server, tmp_path / "b")
    first.till.open(counts(first, "10000x1"))
    second.till.open(counts(second, "5000x1"))
    await asyncio.gather(first.sync(), second.sync())  # both read "no session open", both send
    await settle(first)
    await settle(second)
    assert len(await server_sessions(till_server)) == 1  # the server kept one: one shift, one session
    late = first if first.till.current().session.server_id is None else second  # type: ignore[union-attr]
    (held,) = [c for c in late.changes.queue() if c.state is ChangeState.FAILED]
    assert held.last_error  # said to the clerk: refused, or held because the till is open already
    taken = await late.till.take_over()
    (session,) = await server_sessions(till_server)
    assert taken.session.server_id == session.id


@pytest.mark.asyncio
async def test_on_a_server_that_drops_the_metadata_a_lost_opening_is_recognised_by_its_facts(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    till_server.store.state.keeps_till_metadata = False  # nothing promises the key comes back
    service = await ready(services, till_server, tmp_path / "p")
    till_server.faults.arm("drop", count=1, method="POST", path="/cash-register-sessions")  # opened, answer lost
    service.till.open(counts(service, "10000x2"))
    await settle(service)
    (session,) = await server_sessions(till_server)
    assert session.desk_key() is None and session.balance_start == Decimal(20000)
    assert [c.state for c in service.changes.queue(include_sent=True)] == [ChangeState.SENT]  # ours, not held
    current = service.till.current()
    assert current is not None and current.session.server_id == session.id


@pytest.mark.asyncio
async def test_a_close_whose_answer_was_lost_and_a_manager_sent_back_is_not_sent_again(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x2"))
    await settle(service)
    till_server.faults.arm("drop", count=1, method="POST", path="/close")  # closed there, the answer lost
    service.till.close(counts(service, "10000x1"), reason="change_mistake")
    await service.sync()
    (session,) = await server_sessions(till_server)
    assert session.status == "pending_approval"
    async with make_client(till_server) as manager:  # before the desk heard: a manager asks for a recount
        await CashRegister(manager).reject(str(session.id), "Recompte")

    await settle(service)

    closes = [w for w in till_server.stats()["writes"] if w["kind"] == "till_close"]
    assert len(closes) == 1  # the old count was not sent again on the reopened till
    (session,) = await server_sessions(till_server)
    assert session.open and session.difference_status == "rejected"
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []
    current = service.till.current()
    assert current is not None and current.session.status == "opened"  # the clerk counts again


@pytest.mark.asyncio
async def test_an_opening_looked_up_while_the_session_list_fails_holds_up_nothing_else(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    till_server.store.state.keeps_till_metadata = False  # ours is then looked for among the recent sessions
    till_server.faults.arm("drop", count=1, method="POST", path="/cash-register-sessions$")
    service.till.open(counts(service, "10000x1"))
    await service.sync()  # the opening's answer lost: looked up before any resend
    till_server.faults.arm("500", count=50, method="GET", path="/cash-register-sessions$")  # the list fails
    sale = cash_sale(till_server, 2500)
    sale.paid_amount = Decimal(0)  # taken on credit: no cash for the till
    await service.sales.create(sale)
    (opening,) = [c for c in service.changes.queue() if c.kind.value == "till_open"]
    # Its answer may still come until its settle window ends: looked up only after.
    await asyncio.sleep(max(0.0, opening.settle_until - time.time()) + 0.05)

    await service.sync()  # the look-up fails: the opening waits for its next try; the sale goes on

    waiting = [c for c in service.changes.queue() if c.state is not ChangeState.SENT]
    assert [c.kind.value for c in waiting] == ["till_open"]
    till_server.faults.clear()
    for held in service.changes.queue():
        if held.state is ChangeState.FAILED:  # it gave up after its tries: the clerk's Retry looks first
            await service.changes.retry(held.id)
    await settle(service)
    assert len(await server_sessions(till_server)) == 1
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []


@pytest.mark.asyncio
async def test_a_close_waits_for_the_cash_of_its_shift_still_on_its_way(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """A sale whose creation's answer was lost waits its settle window, its payment behind it: the close waits too."""
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x2"))
    await settle(service)
    till_server.faults.arm("drop", count=1, method="POST", path="/admin/orders$")
    await service.sales.create(cash_sale(till_server, 5000))
    await service.sync()  # the sale made there, its answer lost: looked up before its payment goes
    service.till.close(counts(service, "10000x2,5000x1"))  # the drawer holds the sale's cash

    await settle(service)

    (session,) = await server_sessions(till_server)
    assert session.status == "closed" and session.balance_expected == Decimal(25000)  # no difference to approve
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []


@pytest.mark.asyncio
async def test_cash_taken_after_an_opening_still_on_its_way_lands_in_that_session(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    till_server.faults.arm("500", count=1, method="POST", path="/cash-register-sessions$")  # the opening waits
    service.till.open(counts(service, "10000x1"))
    await service.sales.create(cash_sale(till_server, 3000))
    await service.sync()

    await settle(service)

    (session,) = await server_sessions(till_server)
    assert session.open and session.balance_expected == Decimal(13000)  # the sale's cash is in it
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []


@pytest.mark.asyncio
async def test_a_till_left_open_overnight_holds_a_new_opening_on_a_server_that_would_open_a_second(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """``/active`` forgets sessions opened over 24 hours ago: the desk reads the list's open ones."""
    service = await ready(services, till_server, tmp_path / "p")
    till_server.store.state.one_session_per_account = False  # nothing documents a refusal of a second one
    account = service.till.cash_accounts()[0][0]
    async with make_client(till_server) as colleague:
        await CashRegister(colleague).open({"treasury_account_id": account, "balance_start": 0}, request_id="x")
    till_server.advance_clock(26 * 3600)  # left open since yesterday morning

    service.till.open(counts(service, "10000x1"), account_id=account)
    await settle(service)

    assert len([s for s in await server_sessions(till_server) if s.open]) == 1  # no second session on the till
    (held,) = service.changes.queue()
    assert held.kind.value == "till_open" and held.state is ChangeState.FAILED  # held: take it over, or drop it


@pytest.mark.asyncio
async def test_the_next_shift_opens_while_the_last_waits_for_a_manager_and_goes_after_its_close(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x1"))
    await settle(service)
    service.till.close(counts(service, "5000x1"), reason="lost_receipt")  # a difference: a manager must approve
    second = service.till.open(counts(service, "5000x1"))  # the next shift, before the sync sent the close
    assert service.till.current() == second  # the open one is the till's now

    await settle(service)

    assert sorted(s.status or "" for s in await server_sessions(till_server)) == ["opened", "pending_approval"]
    kinds = [w["kind"] for w in till_server.stats()["writes"] if str(w["kind"]).startswith("till_")]
    assert kinds == ["till_open", "till_close", "till_open"]  # the close first, then the next shift
    assert [c for c in service.changes.queue() if c.state is not ChangeState.SENT] == []


@pytest.mark.asyncio
async def test_a_shop_with_two_drawers_shows_and_closes_this_desks_till_never_the_colleagues(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    data = till_server.store.data  # a second drawer: its own cash account and way of paying
    mine, theirs = data.treasury_accounts[0]["id"], "01k6659v80second0drawer0000"
    data.treasury_accounts.append({**data.treasury_accounts[0], "id": theirs, "label": "Caisse 2"})
    cash = next(m for m in data.payment_methods if m.get("processor") == "cash")
    data.payment_methods.append({**cash, "id": "01k6659v80second0cash00000", "treasury_account_id": theirs})
    service = await ready(services, till_server, tmp_path / "p")
    assert len(service.till.cash_accounts()) == 2
    service.till.open(counts(service, "10000x1"), account_id=mine)
    await settle(service)
    till_server.advance_clock(60)
    async with make_client(till_server) as colleague:  # the other drawer opens later
        await CashRegister(colleague).open({"treasury_account_id": theirs, "balance_start": 0}, request_id="y")
    await settle(service)

    current = service.till.current()
    assert current is not None and current.session.account_id == mine
    service.till.close(counts(service, "10000x1"))
    await settle(service)
    by_account = {s.treasury_account_id: s for s in await server_sessions(till_server)}
    assert by_account[mine].status == "closed" and by_account[theirs].open  # the colleague's drawer untouched


@pytest.mark.asyncio
async def test_a_cash_payment_found_on_the_server_after_a_lost_answer_is_counted_once_in_the_drawer(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x1"))
    await settle(service)
    order = unpaid(service)
    till_server.faults.arm("drop", count=1, method="POST", path="/payments")  # recorded there, the answer lost
    change = await service.payments.record(order.id, Decimal(2000), "cash")
    await service.sync()  # the try, then the till read again: the server counts it already
    await asyncio.sleep(max(0.0, service.changes.get(change.id).settle_until - time.time()) + 0.05)

    await service.sync(pull=False)  # found on the order: settled, not sent again

    assert service.changes.get(change.id).state is ChangeState.SENT
    current = service.till.current()
    assert current is not None and current.expected == Decimal(12000)  # once, not 14000


@pytest.mark.asyncio
async def test_an_opening_that_got_no_answer_and_is_then_held_can_be_taken_over(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    """Sent without an answer (never applied), then a colleague's session is open there: the clerk is not stuck."""
    service = await ready(services, till_server, tmp_path / "p")
    account = service.till.cash_accounts()[0][0]
    till_server.faults.arm("stall", count=1, method="POST", path="/cash-register-sessions$", stall=0.05)
    service.till.open(counts(service, "10000x1"), account_id=account)
    await service.sync()  # no answer: it may have landed, so it is looked up before anything else
    async with make_client(till_server) as colleague:
        await CashRegister(colleague).open({"treasury_account_id": account, "balance_start": 0}, request_id="z")

    await settle(service)  # not ours among the open and recent sessions: held for the clerk

    (held,) = service.changes.queue()
    assert held.state is ChangeState.FAILED and not held.posted
    taken = await service.till.take_over()
    (session,) = await server_sessions(till_server)
    assert taken.session.server_id == session.id and taken.session.open_counts == {}  # the colleague's count
    assert service.changes.queue() == []


@pytest.mark.asyncio
async def test_an_opening_the_server_made_before_its_500_is_settled_at_once_not_shown_refused(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    till_server.faults.arm("500-after", count=1, method="POST", path="/cash-register-sessions$")
    service.till.open(counts(service, "10000x1"))

    await service.sync()  # the business 500 promises no rollback: read back at once, found

    assert service.changes.queue() == []  # sent, never shown refused
    assert len(await server_sessions(till_server)) == 1


@pytest.mark.asyncio
async def test_a_second_opening_the_server_refuses_at_the_same_moment_is_held_with_who_opened_it(
    till_server: DemoServer, tmp_path: Path, services: MakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two desks read "none open" at once; the other's opening lands first and ours gets the server's 422."""
    service = await ready(services, till_server, tmp_path / "p")
    account = service.till.cash_accounts()[0][0]
    real = CashRegister.open_sessions
    reads = 0

    async def racing(self: CashRegister, account_id: str | None = None) -> list[CashSession]:
        nonlocal reads
        reads += 1
        if reads == 1:  # the read before our try: the colleague's opening is not there yet
            async with make_client(till_server) as colleague:
                await real(CashRegister(colleague), account_id)
                await CashRegister(colleague).open({"treasury_account_id": account, "balance_start": 0}, request_id="w")
            return []
        return await real(self, account_id)

    monkeypatch.setattr(CashRegister, "open_sessions", racing)
    service.till.open(counts(service, "10000x1"), account_id=account)

    await service.sync()

    (held,) = service.changes.queue()
    assert held.state is ChangeState.FAILED and "Payton" in (held.last_error or "")  # who opened it, not a 422
    assert len(await server_sessions(till_server)) == 1
    assert (await service.till.take_over()).session.server_id == (await server_sessions(till_server))[0].id
