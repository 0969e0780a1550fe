"""Real ``genuka-desk`` processes against an in-process demo API (campaigns and one-sender tests)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service.profile import Profile
from genuka_desk.sync.backoff import IN_FLIGHT_ENV
from genuka_desk.sync.crash import ENV
from tests.support.clerk import Clerk, same_as_server
from tests.support.services import campaign_policy, make_service

ROOT = Path(__file__).resolve().parents[2]


def profile_folder(server: DemoServer, data_dir: Path, name: str = "default") -> Path:
    """Where ``genuka-desk --data-dir DATA_DIR`` keeps the local copy of ``server``'s company."""
    return Profile(name=name, base_url=server.url, company_id=server.company_id).data_folder(data_dir / "data")


def cli_process(server: DemoServer, data_dir: Path, *args: str, crash_at: str | None = None) -> subprocess.Popen[bytes]:
    """``genuka-desk ARGS --data-dir DATA_DIR`` on ``server``; killed at ``crash_at`` when given."""
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
        [sys.executable, "-m", "genuka_desk", *args, "--data-dir", str(data_dir)],
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
            await clerk.pick_orders(service, server)
        await clerk.queue_some(service, new)
        for _ in range(rng.randint(0, 2) if new else 0):
            clerk.colleague_edit(server, service)
    finally:
        await service.close()


async def cache_matches(server: DemoServer, folder: Path, order_ids: list[str]) -> list[str]:
    """Differences between the cache and the server, with no change left queued."""
    service = make_service(server, folder, policy=campaign_policy(server))
    try:
        left = [f"{c.id[:8]} {c.state.value}" for c in service.changes.queue()]
        return left + same_as_server(service, server, order_ids)
    finally:
        await service.close()
