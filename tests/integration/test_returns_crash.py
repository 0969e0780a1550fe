"""A return, its approval and its refund, the sending process killed at every step: each lands exactly once.

The return is taken here (an order paid by one payment, part of it refunded), then
``genuka-desk sync`` runs in a process killed at the chosen crash point of the
chosen operation (1: the return, 2: its approval, 3: its refund); a second
sync, past the killed try's settle window, settles everything. The demo's
write log must hold each operation once, and the order's money what the desk
expected.
"""

from __future__ import annotations

import asyncio
import signal
import time
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.service.return_types import RefundChoice, ReturnChoice
from genuka_desk.store import ListQuery
from tests.support.processes import cli_process, profile_folder
from tests.support.services import campaign_policy, make_service

SERVER_LIMIT = 0.8  # the demo's request time limit: a write not applied by then never is


@pytest.mark.timeout(120)
@pytest.mark.parametrize("nth", [1, 2, 3], ids=["return", "approval", "refund"])
@pytest.mark.parametrize("point", ["push.before_put", "push.after_put", "push.after_mark_sent"])
def test_a_return_killed_while_being_sent_lands_once(point: str, nth: int, tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    with DemoServer(orders=20, seed=5, max_request_seconds=SERVER_LIMIT, mobile_sync=False) as server:
        folder = profile_folder(server, data_dir)
        first = cli_process(server, data_dir, "sync")
        first.communicate(timeout=60)
        assert first.returncode == 0

        async def take() -> tuple[str, Decimal, Decimal, Decimal]:
            service = make_service(server, folder, policy=campaign_policy(server))
            service.returns.set_scopes(["*"])  # the admin's login: may approve (learnt after a sync otherwise)
            try:
                for row in service.orders.rows(ListQuery(limit=None)):
                    draft = service.returns.draft(row.id)
                    cash = draft.sources
                    if row.billing_status.value == "paid" and len(cash) == 1 and draft.why_not is None:
                        line = next(li for li in draft.lines if li.returnable)
                        choice = ReturnChoice(str(line.variant_id), 1, "defective")
                        back = service.returns.suggest_refund(row.id, [choice])
                        view = await service.returns.take(row.id, [choice], RefundChoice(cash[0].payment_id, back))
                        return row.id, draft.total - view.value, draft.paid - back, back
                raise AssertionError("no order paid by one payment")
            finally:
                await service.close()

        order_id, total, paid, back = asyncio.run(take())
        assert back > 0
        killed = cli_process(server, data_dir, "sync", crash_at=f"{point}:{nth}")
        killed.communicate(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        time.sleep(campaign_policy(server).in_flight_limit)  # past the settle window of the killed try
        again = cli_process(server, data_dir, "sync")
        _, err = again.communicate(timeout=60)
        assert again.returncode == 0, err.decode()
        kinds = [w["kind"] for w in server.stats()["writes"] if w.get("order_id") == order_id]
        assert kinds.count("return_create") == 1 and kinds.count("return_approve") == 1, kinds
        assert kinds.count("payment_update") + kinds.count("payment_removal") == 1, kinds
        body = server.store.get_order(order_id)
        recorded = sum((Decimal(str(p["amount"])) for p in body["payments"]), Decimal(0))
        assert (Decimal(str(body["amount"])), Decimal(str(body["amount_due"])), recorded) == (total, 0, paid)
