"""A till's close over real HTTP does not wait for a refund whose return's approval awaits a manager.

The cashier's approval got a 403: it waits for a manager (who may come after
the close), and its refund waits behind it, no cash handed back yet. The close
goes: it used to wait for that refund without end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from genuka_desk.api.cash_register import CashRegister
from genuka_desk.demo import DemoServer
from genuka_desk.service import ListQuery
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from tests.support.services import MakeService, make_client, settle

CASHIER_ID = "01demo0cashier000000000000"


@pytest.fixture
def till_server() -> Iterator[DemoServer]:
    """The demo with cash control on (payments take the classic endpoint)."""
    server = DemoServer(orders=20, seed=5, mobile_sync=False, cash_control=True).start()
    yield server
    server.stop()


def _login(server: DemoServer, email: str) -> str:
    answer = httpx.post(
        f"{server.url}/2023-11/auth/login", json={"email": email, "password": "password"}, timeout=10
    ).json()
    token = answer["accessToken"]
    return str(token if isinstance(token, str) else answer["plainTextToken"])


@pytest.mark.asyncio
async def test_a_close_goes_while_a_refund_waits_behind_an_approval_awaiting_a_manager(
    till_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(till_server, tmp_path / "p")
    assert (await service.sync()).complete
    service.till.open({})
    await settle(service)
    row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total)
    order = await service.orders.get(row.id)
    await service.payments.record(row.id, order.balance, "cash")
    await settle(service)
    cashier = _login(till_server, "caisse@genuka.com")
    service.account.lend_tokens(lambda user_id, name: cashier if user_id == CASHIER_ID else None)
    service.account.set_clerk(CASHIER_ID, "Aïcha Bello")
    service.returns.set_scopes(["returns.*", "orders.*"])  # kept from a login before a manager took it away
    draft = service.returns.draft(row.id)
    line = next(li for li in draft.lines if li.returnable)
    choice = ReturnChoice(str(line.variant_id), 1, "defective")
    value = service.returns.suggest_refund(row.id, [choice])
    await service.returns.take(row.id, [choice], RefundChoice(draft.sources[0].payment_id, value))
    await settle(service)
    left = {c.kind.value: c for c in service.changes.queue()}
    assert set(left) == {"return_approve", "refund"} and "manager" in (left["return_approve"].last_error or "")
    service.account.set_clerk("01demo0admin", "Payton Donnelly")  # the close, by whoever is at the desk
    closing = service.till.close({}, reason="change_mistake")
    assert closing.session.status == "closing"
    await settle(service)
    assert {c.kind.value for c in service.changes.queue()} == {"return_approve", "refund"}  # the close went
    async with make_client(till_server) as client:
        (session,) = (await CashRegister(client).sessions(per_page=10)).items
        moves = await CashRegister(client).transactions(str(session.id))
    assert session.status != "opened"
    assert [t for t in moves if t.type == "payment_outbound"] == []  # no cash went back in that session
