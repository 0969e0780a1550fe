"""A seeded random fault campaign: a clerk's mixed workload against a failing server.

Every round the clerk queues status changes, line edits, address edits and
bulk changes on many orders, sales (some discounted), payments, returns with
their refunds; a colleague edits some of the same orders on the server;
random faults are armed on the demo API's orders and returns (500, HTML 502,
429 with Retry-After, stalls past the client's timeout, resets mid-body,
writes applied then dropped, malformed JSON, a 401 in the middle of the
session), and the clerk syncs until everything is through, settling
conflicts one way or the other as they are reported and logging in again
when asked.

The end check reads the demo server's own write log and bodies: every change
written exactly once (or never, when the clerk took the colleague's side),
every return made and approved once and every refund written once, every
touched value as the timeline says, each order's money as the clerk's
payments, refunds and returns leave it, the cache equal to the server.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.demo.faults import MODES
from genuka_desk.service import OrderService
from tests.support.busy import busy_cpu
from tests.support.campaign import SIZE, SOAK, STARVED, Size, report
from tests.support.clerk import Clerk, same_as_server
from tests.support.services import campaign_policy, make_service

pytestmark = pytest.mark.asyncio

CLIENT_TIMEOUT = 0.4  # a stall outlives it: the client gives up mid-request
STALL = 0.6  # "late" faults apply the write this late: after the client gave up, within the server's limit
SERVER_LIMIT = 0.8  # the demo's request time limit: a write not applied by then never is


def arm_random(server: DemoServer, rng: random.Random, count: int) -> None:
    """Arm ``count`` random faults on the orders and returns endpoints (any request, a GET, or a write)."""
    for _ in range(count):
        mode = rng.choice(MODES)
        method = rng.choice((None, None, "GET", "PUT", "POST"))
        path = rng.choice(("/admin/orders", "/admin/orders", "/admin/sync/push"))  # sales and payments go there
        if rng.random() < 0.2:  # a return's create, its approval, the look for it after a lost answer
            method, path = rng.choice((None, "GET", "POST", "PATCH")), "/admin/returns"
        server.faults.arm(mode, 1, method=method, path=path, retry_after=0.02, stall=STALL)


def arm_every_kind(server: DemoServer, rng: random.Random) -> None:
    """One fault of each kind first, on any request to the orders (one comes at every sync): every kind is met,
    whatever requests the random ones below happen to find (one on a route never asked stays unused)."""
    for mode in rng.sample(MODES, len(MODES)):
        server.faults.arm(mode, 1, method=None, path="/admin/orders", retry_after=0.02, stall=STALL)


async def settle(service: OrderService, server: DemoServer, clerk: Clerk, rng: random.Random) -> dict[str, int]:
    """Sync until the queue is empty, as a clerk would: settle conflicts, log in again."""
    counts = Counter[str]()
    for _ in range(400):
        report = await service.sync(pull=rng.random() < 0.25)
        counts["syncs"] += 1
        if report.settling and report.remaining and not report.error:
            # Only changes whose last try may still land are left: wait them out.
            await asyncio.sleep(min(report.settling, 0.5))
        if report.auth_required:
            counts["logins"] += 1
            await service.account.login("demo@genuka.com", "password")
            continue
        counts["refused"] += await clerk.settle_reported(service, server)
        if report.complete and not service.changes.queue():
            return dict(counts)
        await asyncio.sleep(0.015)  # past the test policy's (tiny) backoff
    raise AssertionError(f"still queued: {[(c.state, c.last_error) for c in service.changes.queue()]}")


async def run_campaign(seed: int, tmp_path: Path, size: Size = SIZE) -> dict[str, object]:
    """One seeded campaign; returns its figures (asserts nothing itself)."""
    rng = random.Random(seed)
    clerk = Clerk(seed)
    started = time.monotonic()
    counts = Counter[str]()
    # Odd seeds play a Genuka with Mobile Sync (sales and payments through sync/push and its key), even
    # ones a Genuka without (the classic endpoints and the look after a lost answer).
    mobile = seed % 2 == 1
    with DemoServer(
        orders=size.orders, seed=seed, max_request_seconds=SERVER_LIMIT, mobile_sync=mobile, cash_control=True
    ) as server:
        # A server that would open a second session on the till: an opening sent twice shows as two.
        server.store.state.one_session_per_account = False
        service = make_service(
            server,
            tmp_path / f"profile-{seed}",
            policy=campaign_policy(server),
            timeout=httpx.Timeout(CLIENT_TIMEOUT),
        )
        try:
            first = await service.sync()
            assert first.complete, first
            await clerk.pick_orders(service, server)
            arm_every_kind(server, rng)
            while server.faults.injected < size.faults:
                clerk.round += 1
                await clerk.queue_some(service, rng.randint(4, 12))
                for _ in range(rng.randint(0, 3)):
                    clerk.colleague_edit(server, service)
                arm_random(server, rng, rng.randint(4, 10))
                counts.update(await settle(service, server, clerk, rng))
                # Faults left for requests that never came are kept for the next round.
            server.faults.clear()
            final = await service.sync()
            assert final.complete, final
            outcome = clerk.check(server)
            differ = same_as_server(service, server, sorted({p.order_id for p in clerk.planned.values()}))
            stats = server.stats()
        finally:
            await service.close()
    return {
        "seed": seed,
        "mobile sync": mobile,
        "orders": size.orders,
        "rounds": clerk.round,
        "faults injected": stats["faults_injected"],
        "faults by mode": dict(sorted(stats["faults_by_mode"].items())),
        "refused, then dropped": counts["refused"],
        "new logins": counts["logins"],
        "syncs": counts["syncs"],
        **clerk.figures(outcome, differ),
        "seconds": round(time.monotonic() - started, 1),
        "_details": outcome.lost + outcome.doubled + outcome.wrong_values + differ,
    }


@pytest.mark.slow
# A full-size run (make soak) takes several minutes a seed on a shared 2-CPU machine.
@pytest.mark.timeout(1500 if SOAK else 600)
@pytest.mark.parametrize(("seed", "starved"), [*((s, False) for s in SIZE.seeds), *((s, True) for s in STARVED.seeds)])
async def test_fault_campaign_applies_every_change_exactly_once(seed: int, starved: bool, tmp_path: Path) -> None:
    size = STARVED if starved else SIZE
    if starved:
        with busy_cpu() as burners:
            figures = await run_campaign(seed, tmp_path, size)
            figures["busy processes"] = len(burners)
    else:
        figures = await run_campaign(seed, tmp_path, size)
    details = figures.pop("_details")
    print("\n" + report("fault campaign, starved" if starved else "fault campaign", figures))
    assert details == [], details
    assert figures["lost"] == 0 and figures["doubled"] == 0
    assert isinstance(figures["payments recorded"], int) and figures["payments recorded"] > 0
    assert isinstance(figures["faults injected"], int) and figures["faults injected"] >= size.faults
    by_mode = figures["faults by mode"]
    assert isinstance(by_mode, dict) and set(by_mode) == set(MODES), "every kind of fault was injected"
    assert isinstance(figures["new logins"], int) and figures["new logins"] > 0
    assert isinstance(figures["conflicts settled"], int) and figures["conflicts settled"] > 0
