"""The Z report's facts and the till's history over real HTTP against the demo's cash register (issue 35).

Pay-outs and pay-ins the server knows apart from the sales and refunds,
signed and counted in the expected cash as the server counts them; where
a session stands (approved by whom and when, awaiting approval, closed,
rejected) with the clerk's and the manager's notes; a 500 bill told from a
500 coin; and the history from the server's list (sessions opened on the
web or another desk), kept for offline with what their reports read.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from genuka_desk.service.till import parse_counts
from genuka_desk.sync import till_pull
from tests.support.services import MakeService, settle, unpaid
from tests.support.till_web import CASHIER, cashier_token, web, web_shift

ADMIN = "Payton Donnelly"  # the demo admin the desk logs in as


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    """The demo with cash control on (Mobile Sync off: payments take the classic endpoint)."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


async def ready(services: MakeService, server: DemoServer, folder: Path) -> OrderService:
    service = services(server, folder)
    assert (await service.sync()).complete and service.till.available() is True
    return service


def counts(service: OrderService, text: str) -> dict[str, int]:
    return parse_counts(text, service.till.denominations())


def server_session(server: DemoServer, session_id: str) -> dict[str, object]:
    return web(server, cashier_token(server), "GET", f"/admin/cash-register-sessions/{session_id}")["session"]


@pytest.mark.asyncio
async def test_pay_outs_and_pay_ins_are_apart_signed_and_counted_in_the_expected_cash_as_the_server_does(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x2"))
    await settle(service)
    await service.payments.record(unpaid(service).id, Decimal(3500), "cash")
    await settle(service)
    till_server.store.colleague_expense(Decimal(700), "Sacs plastiques")
    till_server.store.colleague_cash("transfer_out", Decimal(5000), "Versement à la banque")
    till_server.store.colleague_cash("transfer_in", Decimal(2000), "Monnaie apportée")
    await settle(service)
    report = await service.till.report()
    assert report.cash_sales == Decimal(3500) and report.refunds == 0 and not report.provisional
    assert [(m.kind, m.amount, m.description) for m in report.movements] == [
        ("expense", Decimal(-700), "Sacs plastiques"),
        ("transfer_out", Decimal(-5000), "Versement à la banque"),
        ("transfer_in", Decimal(2000), "Monnaie apportée"),
    ]
    should = Decimal(20000 + 3500 - 700 - 5000 + 2000)
    server_id = str(service.till.current().session.server_id)  # type: ignore[union-attr]
    assert Decimal(str(server_session(till_server, server_id)["balance_expected"])) == should
    assert report.expected == should and service.till.current().expected == should  # type: ignore[union-attr]
    assert (report.cash_in, report.cash_out) == (Decimal(5500), Decimal(5700))
    service.till.close(counts(service, "10000x1,5000x1,2000x2,500bx1,100x3"))  # 19,800: right
    await settle(service)
    closed = await service.till.report(server_id)
    assert closed.state == "closed" and closed.difference == 0 and closed.approved_by is None


@pytest.mark.asyncio
async def test_the_state_and_the_notes_of_the_clerk_and_the_manager_are_told_truthfully(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    opened = service.till.open(counts(service, "10000x1"), notes="Fond du matin")
    await settle(service)
    service.till.close(counts(service, "5000x1,2000x1,1000x1"), "change_mistake", "Il manque 2 000")
    await settle(service)
    waiting = await service.till.report(opened.session.local_id)
    assert waiting.state == "awaiting_approval" and waiting.approved_by is None and waiting.review_note == ""
    assert waiting.opening_notes == "Fond du matin" and waiting.closing_notes == "Il manque 2 000"
    await service.till.approve(opened.session.local_id, "Vu avec Awa")
    approved = await service.till.report(opened.session.local_id)
    assert approved.state == "approved" and approved.approved_by == ADMIN and approved.approved_at is not None
    assert approved.review_note == "Vu avec Awa" and approved.difference == Decimal(-2000)
    # A second shift: the manager rejects the count, the till is open again for a recount.
    second = service.till.open(counts(service, "5000x1"))
    await settle(service)
    service.till.close(counts(service, "2000x2"), "lost_receipt")
    await settle(service)
    await service.till.reject(second.session.local_id, "Recomptez le tiroir")
    rejected = await service.till.report(second.session.local_id)
    assert rejected.state == "rejected" and rejected.rejected_by == ADMIN and rejected.rejected_at is not None
    assert rejected.review_note == "Recomptez le tiroir" and rejected.approved_by is None
    assert rejected.closed_at is None and rejected.counted is None  # the rejected count is gone, as on the server
    assert service.till.current().state == "rejected"  # type: ignore[union-attr]


@pytest.mark.asyncio
async def test_the_counts_tell_the_500_bill_from_the_500_coin(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = await ready(services, till_server, tmp_path / "p")
    service.till.open(counts(service, "10000x1,500bx2,500cx3"))
    report = await service.till.report()
    assert [(line.value, line.kind, line.quantity) for line in report.opening] == [
        (Decimal(10000), "bill", 1),
        (Decimal(500), "bill", 2),
        (Decimal(500), "coin", 3),
    ]


@pytest.mark.asyncio
async def test_the_history_holds_the_sessions_of_the_web_and_keeps_them_and_their_reports_offline(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    token = cashier_token(till_server)
    early = web_shift(till_server, token, notes="Ouverture web")  # before this desk ever synced
    service = await ready(services, till_server, tmp_path / "p")  # the first sync reads the history
    assert [v.session.server_id for v in service.till.sessions()] == [early]
    later = web_shift(till_server, token, tens=2, counted=19000, reason="rounding", close_notes="Pas de monnaie")
    assert await service.till.history() == 1  # the till window asks at once
    views = {v.session.server_id: v for v in service.till.sessions()}
    assert set(views) == {early, later} and views[later].session.opened_by == CASHIER
    assert views[later].state == "awaiting_approval" and service.till.current() is None  # history, not the till
    report = await service.till.report(later)
    assert not report.provisional and report.opened_by == CASHIER and report.closed_by == CASHIER
    assert report.closing_notes == "Pas de monnaie" and report.expected == Decimal(20000)
    assert report.difference == Decimal(-1000) and report.reason == "rounding"
    assert (await service.till.report(early)).opening_notes == "Ouverture web"
    await service.till.approve(later, "Vu")
    till_server.stop()
    await service.sync()  # the desk knows it is offline now
    views = {v.session.server_id: v for v in service.till.sessions()}
    assert set(views) == {early, later}
    offline = await service.till.report(later)
    assert not offline.provisional and offline.state == "approved" and offline.approved_by == ADMIN
    assert offline.review_note == "Vu" and offline.closed_by == CASHIER and offline.difference == Decimal(-1000)


@pytest.mark.asyncio
async def test_the_history_walks_the_server_s_pages_newest_first(
    till_server: DemoServer, tmp_path: Path, services: MakeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = cashier_token(till_server)
    made = [web_shift(till_server, token) for _ in range(5)]
    monkeypatch.setattr(till_pull, "HISTORY_PAGE", 2)  # two pages of two: the four newest
    service = await ready(services, till_server, tmp_path / "p")
    kept = {v.session.server_id for v in service.till.sessions()}
    listed = web(till_server, token, "GET", "/admin/cash-register-sessions", per_page=4)["data"]
    assert kept == {s["id"] for s in listed} and len(kept) == 4 and kept <= set(made)
