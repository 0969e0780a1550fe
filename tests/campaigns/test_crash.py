"""Crash campaign: SIGKILL the syncing process at named points and at random moments.

Each run is a real ``genuka-desk sync`` process on the same profile folder,
against a demo API in this process. Between runs the clerk (in this
process, like the GUI after a restart) settles reported conflicts, queues
new mixed changes, and a colleague edits orders on the server. At the end
every change must be written exactly once (once in the server's write log,
or never when the clerk took the colleague's side), every touched value must
be what the timeline says, and the cache must match the server.
"""

from __future__ import annotations

import asyncio
import random
import signal
import statistics
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.sync.crash import POINTS
from tests.support.busy import busy_cpu
from tests.support.campaign import SIZE, STARVED, Size, report
from tests.support.clerk import Clerk
from tests.support.processes import between_runs, cache_matches, cli_process, profile_folder

ROOT = Path(__file__).resolve().parents[2]


SERVER_LIMIT = 0.8  # the demo's request time limit: a write not applied by then never is


def sync_process(server: DemoServer, data_dir: Path, crash_at: str | None) -> subprocess.Popen[bytes]:
    return cli_process(server, data_dir, "sync", crash_at=crash_at)


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("starved", [False, True], ids=["idle", "starved"])
def test_crash_campaign_applies_every_change_exactly_once(starved: bool, tmp_path: Path) -> None:
    size = STARVED if starved else SIZE
    if starved:
        with busy_cpu() as burners:
            figures = crash_campaign(tmp_path, size)
            figures["busy processes"] = len(burners)
    else:
        figures = crash_campaign(tmp_path, size)
    details = figures.pop("_details")
    kills = figures["kills by point"]
    print("\n" + report("crash campaign, starved" if starved else "crash campaign", figures))
    assert details == [], details
    assert isinstance(kills, dict) and sum(kills.values()) >= size.kills
    assert sum(v for k, v in kills.items() if k.startswith("push.")) >= size.kills // 3
    assert kills.get("random moment", 0) > 0 and kills.get("pull.after_page", 0) > 0


def crash_campaign(tmp_path: Path, size: Size) -> dict[str, object]:
    """One campaign of ``size.kills`` kills; returns its figures (``_details``: what went wrong)."""
    data_dir = tmp_path / "state"
    rng = random.Random(7)
    clerk = Clerk(seed=99)
    kills = Counter[str]()
    runs = 0
    started = time.monotonic()

    # The starved run plays a Genuka with Mobile Sync (a kill after the write: sent again with its key), the
    # other one without (a kill after the write: looked for before any resend).
    mobile = size is STARVED
    with DemoServer(
        orders=size.orders, seed=5, max_request_seconds=SERVER_LIMIT, mobile_sync=mobile, cash_control=True
    ) as server:
        # A server that would open a second session on the till: an opening sent twice shows as two.
        server.store.state.one_session_per_account = False
        folder = profile_folder(server, data_dir)

        lasted: list[float] = []  # how long the runs that were not killed took (a random kill lands within)

        def run(crash_at: str | None, kill_after: float | None = None) -> int:
            nonlocal runs
            runs += 1
            began = time.monotonic()
            proc = sync_process(server, data_dir, crash_at)
            if kill_after is not None:
                time.sleep(kill_after)
                proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=120)
            assert b"Traceback" not in err, err.decode()
            if proc.returncode == -signal.SIGKILL:
                kills[(crash_at or "random moment").split(":")[0]] += 1
            elif crash_at is None:
                lasted.append(time.monotonic() - began)
            return proc.returncode

        def random_moment() -> float:
            # Within a run as long as the last ones took (a faster or a slower machine), so a kill lands.
            span = statistics.median(lasted[-5:]) if lasted else 1.3
            return rng.uniform(0.2, 0.9) * span

        # Kills during the first, full pull.
        for point in ("pull.after_page:1", "pull.after_page:2", "pull.before_cursor:1"):
            run(point)
        assert run(None) == 0
        # Kills while pushing and pulling a mixed workload, at named points and at random moments.
        points = [p for p in POINTS if p.startswith("push.")] + ["pull.after_page"]
        turn = 0
        while sum(kills.values()) < size.kills or not kills["random moment"]:
            asyncio.run(between_runs(server, folder, clerk, rng, rng.randint(2, 5)))
            turn += 1
            if turn % 3:
                # after_put (written, not yet recorded) is the window that matters most.
                run(f"{rng.choice(points + ['push.after_put'] * 2)}:{rng.randint(1, 3)}")
            else:
                run(None, kill_after=random_moment())
            assert runs < size.kills * 4 + 10, f"too few kills landed: {dict(kills)}"
        # Restart until everything is through, settling conflicts between runs.
        for _ in range(8):
            asyncio.run(between_runs(server, folder, clerk, rng, 0))
            if run(None) == 0:
                break
        else:
            raise AssertionError("the queue never drained")

        outcome = clerk.check(server)
        differ = asyncio.run(cache_matches(server, folder, sorted({p.order_id for p in clerk.planned.values()})))
    return {
        "mobile sync": mobile,
        "orders": size.orders,
        "runs": runs,
        "kills": sum(kills.values()),
        "kills by point": dict(sorted(kills.items())),
        **clerk.figures(outcome, differ),
        "seconds": round(time.monotonic() - started, 1),
        "_details": outcome.lost + outcome.doubled + outcome.wrong_values + differ,
    }


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mobile", [False, True], ids=["classic", "mobile-sync"])
@pytest.mark.parametrize("point", ["push.before_put", "push.after_put", "push.after_mark_sent"])
def test_a_sale_killed_while_being_created_is_created_once(point: str, mobile: bool, tmp_path: Path) -> None:
    from decimal import Decimal

    from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine
    from tests.support.services import campaign_policy, make_service

    data_dir = tmp_path / "state"
    with DemoServer(orders=10, seed=5, max_request_seconds=SERVER_LIMIT, mobile_sync=mobile) as server:
        folder = profile_folder(server, data_dir)
        first = sync_process(server, data_dir, None)
        first.communicate(timeout=60)
        assert first.returncode == 0

        async def take() -> str:
            service = make_service(server, folder, policy=campaign_policy(server))
            try:
                draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="+237699887766"))
                draft.add(NewOrderLine(title="Sac tressé", quantity=2, price=Decimal(2000)))
                return (await service.sales.create(draft)).id
            finally:
                await service.close()

        change_id = asyncio.run(take())
        killed = sync_process(server, data_dir, f"{point}:1")
        killed.communicate(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        time.sleep(campaign_policy(server).in_flight_limit)  # past the settle window of the killed try
        again = sync_process(server, data_dir, None)
        _, err = again.communicate(timeout=60)
        assert again.returncode == 0, err.decode()
        made = [w for w in server.stats()["writes"] if w["request_id"] == change_id and w["kind"] == "create"]
        assert len(made) == 1, made
        assert len([r for r in server.store.rows if r.phone == "+237699887766"]) == 1


@pytest.mark.timeout(120)
@pytest.mark.parametrize("mobile", [False, True], ids=["classic", "mobile-sync"])
@pytest.mark.parametrize("point", ["push.before_put", "push.after_put", "push.after_mark_sent"])
def test_a_payment_killed_while_being_sent_is_recorded_once(point: str, mobile: bool, tmp_path: Path) -> None:
    from decimal import Decimal

    from genuka_desk.store import ListQuery
    from tests.support.services import campaign_policy, make_service

    data_dir = tmp_path / "state"
    with DemoServer(orders=10, seed=5, max_request_seconds=SERVER_LIMIT, mobile_sync=mobile) as server:
        folder = profile_folder(server, data_dir)
        first = sync_process(server, data_dir, None)
        first.communicate(timeout=60)
        assert first.returncode == 0

        async def take() -> tuple[str, str]:
            service = make_service(server, folder, policy=campaign_policy(server))
            try:
                row = next(r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending")
                return (await service.payments.record(row.id, Decimal(1000), "cash")).id, row.id
            finally:
                await service.close()

        change_id, order_id = asyncio.run(take())
        killed = sync_process(server, data_dir, f"{point}:1")
        killed.communicate(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        time.sleep(campaign_policy(server).in_flight_limit)  # past the settle window of the killed try
        again = sync_process(server, data_dir, None)
        _, err = again.communicate(timeout=60)
        assert again.returncode == 0, err.decode()
        made = [w for w in server.stats()["writes"] if w["request_id"] == change_id and w["kind"] == "payment"]
        assert len(made) == 1, made
        assert len(server.store.get_order(order_id)["payments"]) == 1


@pytest.mark.timeout(120)
@pytest.mark.parametrize("nth", [1, 2, 3], ids=["return", "approval", "refund"])
@pytest.mark.parametrize("point", ["push.before_put", "push.after_put", "push.after_mark_sent"])
def test_a_return_killed_while_being_sent_is_made_approved_and_refunded_once(
    point: str, nth: int, tmp_path: Path
) -> None:
    from decimal import Decimal

    from genuka_desk.service.return_types import RefundChoice, ReturnChoice
    from genuka_desk.store import ListQuery
    from tests.support.services import campaign_policy, make_service, store_of

    data_dir = tmp_path / "state"
    with DemoServer(orders=20, seed=5, max_request_seconds=SERVER_LIMIT, mobile_sync=False) as server:
        folder = profile_folder(server, data_dir)
        first = sync_process(server, data_dir, None)
        first.communicate(timeout=60)
        assert first.returncode == 0

        async def take() -> tuple[str, dict[str, str], Decimal, Decimal, Decimal]:
            service = make_service(server, folder, policy=campaign_policy(server))
            service.returns.set_scopes(["*"])  # the admin's login: may approve (learnt after a sync otherwise)
            try:
                for row in service.orders.rows(ListQuery(limit=None)):
                    draft = service.returns.draft(row.id)
                    cash = [s for s in draft.sources if s.is_cash and s.amount == draft.paid == draft.total]
                    lines = [li for li in draft.lines if li.returnable and li.variant_id]
                    if cash and len(lines) >= 2:
                        break
                else:
                    raise AssertionError("no order paid in full in cash with two lines")
                choice = [ReturnChoice(str(lines[0].variant_id), 1, "defective")]
                back = service.returns.suggest_refund(row.id, choice)
                view = await service.returns.take(row.id, choice, RefundChoice(cash[0].payment_id, back))
                keys = {c.kind.value: c.key for c in store_of(service).returns.operations(view.key)}
                return row.id, keys, draft.total, view.value, back
            finally:
                await service.close()

        order_id, keys, total, value, back = asyncio.run(take())
        assert back == value > 0 and set(keys) == {"return", "return_approve", "refund"}
        killed = sync_process(server, data_dir, f"{point}:{nth}")
        killed.communicate(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        # Killed on the operation meant: the ones before it written, it written or not by where it was killed.
        order = [keys["return"], keys["return_approve"], keys["refund"]]
        written = [any(w["request_id"] == key for w in server.stats()["writes"]) for key in order]
        assert written == [n < nth - 1 or (n == nth - 1 and point != "push.before_put") for n in range(3)], written
        time.sleep(campaign_policy(server).in_flight_limit)  # past the settle window of the killed try
        again = sync_process(server, data_dir, None)
        _, err = again.communicate(timeout=60)
        assert again.returncode == 0, err.decode()
        writes = server.stats()["writes"]
        for kind, made in (("return", "return_create"), ("return_approve", "return_approve")):
            assert len([w for w in writes if w["request_id"] == keys[kind] and w["kind"] == made]) == 1, kind
        refunds = [w for w in writes if w["request_id"] == keys["refund"] and w["kind"].startswith("payment_")]
        assert len(refunds) == 1 and len([w for w in writes if w["kind"] == "return_create"]) == 1
        body = server.store.get_order(order_id)
        paid = sum((Decimal(str(p["amount"])) for p in body["payments"]), Decimal(0))
        assert (Decimal(str(body["amount"])), Decimal(str(body["amount_due"])), paid) == (
            total - value,
            Decimal(0),
            total - back,
        )
