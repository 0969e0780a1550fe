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
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.sync.backoff import IN_FLIGHT_ENV
from genuka_desk.sync.crash import ENV, POINTS
from tests.campaign import SIZE, report
from tests.clerk import Clerk, same_as_server
from tests.conftest import campaign_policy, make_service

ROOT = Path(__file__).resolve().parent.parent


SERVER_LIMIT = 0.8  # the demo's request time limit: a write not applied by then never is


def sync_process(server: DemoServer, data_dir: Path, crash_at: str | None) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "GENUKA_BASE_URL": server.url,
        "GENUKA_COMPANY": server.company_id,
        "GENUKA_TOKEN": DEMO_ADMIN_KEY,
        # The settle window outlasts the server's limit: a killed try is never followed too soon.
        IN_FLIGHT_ENV: str(campaign_policy(server).in_flight_limit),
    }
    env.pop(ENV, None)
    if crash_at:
        env[ENV] = crash_at
    return subprocess.Popen(
        [sys.executable, "-m", "genuka_desk", "sync", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


async def between_runs(server: DemoServer, folder: Path, clerk: Clerk, rng: random.Random, new: int) -> None:
    """The clerk at the restarted program: settle what the last run reported, queue ``new`` changes."""
    service = make_service(server, folder, policy=campaign_policy(server))
    try:
        await clerk.settle_reported(service, server)
        if not clerk.order_ids:
            await clerk.pick_orders(service)
        await clerk.queue_some(service, new)
        for _ in range(rng.randint(0, 2) if new else 0):
            clerk.colleague_edit(server, service)
    finally:
        await service.close()


async def cache_matches(server: DemoServer, folder: Path, order_ids: list[str]) -> list[str]:
    """Differences between the cache and the server, with no change left queued."""
    service = make_service(server, folder, policy=campaign_policy(server))
    try:
        left = [f"{c.id[:8]} {c.state.value}" for c in service.queue()]
        return left + same_as_server(service, server, order_ids)
    finally:
        await service.close()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_crash_campaign_applies_every_change_exactly_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    folder = data_dir / "data" / "default"
    rng = random.Random(7)
    clerk = Clerk(seed=99)
    kills = Counter[str]()
    runs = 0
    started = time.monotonic()

    with DemoServer(orders=SIZE.orders, seed=5, max_request_seconds=SERVER_LIMIT) as server:

        def run(crash_at: str | None, kill_after: float | None = None) -> int:
            nonlocal runs
            runs += 1
            proc = sync_process(server, data_dir, crash_at)
            if kill_after is not None:
                time.sleep(kill_after)
                proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=60)
            assert b"Traceback" not in err, err.decode()
            if proc.returncode == -signal.SIGKILL:
                kills[(crash_at or "random moment").split(":")[0]] += 1
            return proc.returncode

        # Kills during the first, full pull.
        for point in ("pull.after_page:1", "pull.after_page:2", "pull.before_cursor:1"):
            run(point)
        assert run(None) == 0
        # Kills while pushing and pulling a mixed workload, at named points and at random moments.
        points = [p for p in POINTS if p.startswith("push.")] + ["pull.after_page"]
        turn = 0
        while sum(kills.values()) < SIZE.kills:
            asyncio.run(between_runs(server, folder, clerk, rng, rng.randint(2, 5)))
            turn += 1
            if turn % 3:
                # after_put (written, not yet recorded) is the window that matters most.
                run(f"{rng.choice(points + ['push.after_put'] * 2)}:{rng.randint(1, 3)}")
            else:
                run(None, kill_after=rng.uniform(0.3, 1.3))
            assert runs < SIZE.kills * 4, f"too few kills landed: {dict(kills)}"
        # Restart until everything is through, settling conflicts between runs.
        for _ in range(8):
            asyncio.run(between_runs(server, folder, clerk, rng, 0))
            if run(None) == 0:
                break
        else:
            raise AssertionError("the queue never drained")

        outcome = clerk.check(server)
        differ = asyncio.run(cache_matches(server, folder, sorted({p.order_id for p in clerk.planned.values()})))
        figures = {
            "orders": SIZE.orders,
            "runs": runs,
            "kills": sum(kills.values()),
            "kills by point": dict(sorted(kills.items())),
            **clerk.figures(outcome, differ),
            "seconds": round(time.monotonic() - started, 1),
        }
        print("\n" + report("crash campaign", figures))
        assert outcome.lost == [] and outcome.doubled == [] and outcome.wrong_values == [] and differ == []
        assert sum(kills.values()) >= SIZE.kills
        assert sum(v for k, v in kills.items() if k.startswith("push.")) >= SIZE.kills // 3
        assert kills["random moment"] > 0 and kills["pull.after_page"] > 0
