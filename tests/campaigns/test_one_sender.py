"""One sender per profile, with real processes: never two pushes of one queue at once.

Tried as a manager would: a scheduled ``genuka-desk sync`` while another
runs; a sender killed while it holds the lock; and the issue's own case, a
``set-status`` killed while the server still holds its write, followed at
once by a ``sync``.
"""

from __future__ import annotations

import asyncio
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.store import SenderLock
from tests.support.busy import busy_cpu
from tests.support.campaign import TWO_PROCESS_ROUNDS, report
from tests.support.clerk import Clerk
from tests.support.processes import ROOT, between_runs, cache_matches, cli_process, profile_folder
from tests.support.services import campaign_policy, make_service

SERVER_LIMIT = 0.8


def queue_status_changes(server: DemoServer, folder: Path, count: int) -> dict[str, str]:
    """Pull, then queue ``count`` status changes without sending them; change id -> order id."""

    async def work() -> dict[str, str]:
        service = make_service(server, folder, policy=campaign_policy(server))
        try:
            assert (await service.sync()).complete
            rows = (await service.orders.listing()).rows
            queued: dict[str, str] = {}
            for row in rows:
                if len(queued) == count:
                    break
                wanted = "delivered" if row.shipping_status != "delivered" else "taken_in_charge"
                change = await service.orders.set_status(row.id, shipping=wanted)
                if change is not None:
                    queued[change.id] = change.order_id
            assert len(queued) == count
            return queued
        finally:
            await service.close()

    return asyncio.run(work())


def writes_per_change(server: DemoServer, queued: dict[str, str]) -> dict[str, int]:
    writes = server.stats()["writes"]
    return {
        cid: sum(1 for w in writes if w["request_id"] == cid and w["order_id"] == oid) for cid, oid in queued.items()
    }


@pytest.mark.timeout(120)
def test_two_syncs_started_together_send_each_change_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    with DemoServer(orders=60, seed=4, max_request_seconds=SERVER_LIMIT) as server:
        queued = queue_status_changes(server, profile_folder(server, data_dir), 30)
        # Slow writes, so that the two processes overlap for certain.
        server.faults.arm("late", 30, method="PUT", stall=0.05)
        first = cli_process(server, data_dir, "sync")
        second = cli_process(server, data_dir, "sync")
        outs = [p.communicate(timeout=90) for p in (first, second)]
        assert [p.returncode for p in (first, second)] == [0, 0], outs
        assert all(b"Traceback" not in err for _, err in outs)
        assert writes_per_change(server, queued) == dict.fromkeys(queued, 1)
        said = b"".join(out + err for out, err in outs).decode()
        assert "another genuka-desk" in said.lower(), "the second one said it waited for the first"


@pytest.mark.timeout(120)
def test_a_sender_killed_holding_the_lock_releases_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    with DemoServer(orders=60, seed=6, max_request_seconds=SERVER_LIMIT) as server:
        queued = queue_status_changes(server, profile_folder(server, data_dir), 10)
        killed = cli_process(server, data_dir, "sync", crash_at="push.after_put:4")
        killed.communicate(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        started = time.monotonic()
        again = cli_process(server, data_dir, "sync", "--wait", "30")
        out, err = again.communicate(timeout=60)
        assert again.returncode == 0, (out, err)
        assert b"another genuka-desk" not in err.lower(), "the dead holder's lock was free at once"
        assert time.monotonic() - started < 15
        assert writes_per_change(server, queued) == dict.fromkeys(queued, 1)


def test_the_lock_is_free_once_its_holder_dies(tmp_path: Path) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from genuka_desk.store import SenderLock; "
            "lock = SenderLock(sys.argv[1]); assert lock.acquire(); print('held', flush=True); time.sleep(60)",
            str(tmp_path),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
            lock = SenderLock(tmp_path)
            assert not lock.acquire()
            assert lock.holder() == holder.pid
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=10)
            assert lock.acquire(timeout=5)
            lock.release()
        finally:
            if holder.poll() is None:
                holder.kill()


@pytest.mark.timeout(120)
def test_set_status_killed_while_the_server_holds_its_write_then_sync_at_once_writes_once(tmp_path: Path) -> None:
    """The issue's case: the write applies late at the server after its sender died; a sync follows at once."""
    data_dir = tmp_path / "state"
    # Held longer than a new process takes to start and read the order (the bug's window).
    with DemoServer(orders=60, seed=8, max_request_seconds=3.0) as server:
        asyncio.run(_pull(server, profile_folder(server, data_dir)))
        order_id = server.store.rows[2].id
        before = len(server.stats()["writes"])
        # The write reaches the server and is held there (applied 2.5 s late, within its 3 s limit).
        server.faults.arm("late", 1, method="PUT", stall=2.5)
        setter = cli_process(server, data_dir, "orders", "set-status", order_id, "--shipping", "delivered")
        deadline = time.monotonic() + 30
        while server.faults.pending() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not server.faults.pending(), "the PUT reached the server"
        held_until = time.monotonic() + 3.0
        setter.send_signal(signal.SIGKILL)
        setter.communicate(timeout=10)
        # `sync --wait`: the killed try is checked once it can no longer land (a plain sync returns at once, 4).
        sync = cli_process(server, data_dir, "sync", "--wait")
        out, err = sync.communicate(timeout=60)
        assert sync.returncode == 0, (out, err)
        time.sleep(max(0.0, held_until - time.monotonic()))  # the held write has landed or never will
        writes = server.stats()["writes"][before:]
        assert [w["order_id"] for w in writes] == [order_id], writes
        assert server.store.get_order(order_id)["shipping"]["status"] == "delivered"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_two_process_campaign_on_a_busy_pc(tmp_path: Path) -> None:
    """Rounds of mixed changes, each sent by two ``sync`` processes started together (one sometimes killed)."""
    data_dir = tmp_path / "state"
    rng = random.Random(11)
    clerk = Clerk(seed=12)
    said = Counter[str]()
    started = time.monotonic()
    with DemoServer(orders=80, seed=9, max_request_seconds=SERVER_LIMIT) as server, busy_cpu() as burners:
        folder = profile_folder(server, data_dir)
        first = cli_process(server, data_dir, "sync")
        assert first.wait(timeout=120) == 0
        _close(first)
        for _ in range(TWO_PROCESS_ROUNDS):
            asyncio.run(between_runs(server, folder, clerk, rng, rng.randint(3, 8)))
            # Some writes held at the server, so that the two senders overlap for certain.
            server.faults.arm("late", rng.randint(1, 4), method="PUT", stall=0.1)
            pair = [cli_process(server, data_dir, "sync"), cli_process(server, data_dir, "sync")]
            if rng.random() < 0.4:
                time.sleep(rng.uniform(0.2, 1.2))
                rng.choice(pair).send_signal(signal.SIGKILL)
            for proc in pair:
                out, err = proc.communicate(timeout=120)
                assert b"Traceback" not in err, err.decode()
                if proc.returncode == -signal.SIGKILL:
                    said["killed"] += 1
                elif b"another genuka-desk" in (out + err).lower():
                    said["waited for the other"] += 1
        server.faults.clear()
        for _ in range(8):  # drain, settling conflicts between runs
            asyncio.run(between_runs(server, folder, clerk, rng, 0))
            last = cli_process(server, data_dir, "sync")
            code = last.wait(timeout=120)
            _close(last)
            if code == 0:
                break
        else:
            raise AssertionError("the queue never drained")
        outcome = clerk.check(server)
        differ = asyncio.run(cache_matches(server, folder, sorted({p.order_id for p in clerk.planned.values()})))
        figures = {
            "rounds": TWO_PROCESS_ROUNDS,
            "processes started": 2 * TWO_PROCESS_ROUNDS,
            **dict(sorted(said.items())),
            **clerk.figures(outcome, differ),
            "seconds": round(time.monotonic() - started, 1),
            "busy processes": len(burners),
        }
    print("\n" + report("two processes on one profile, starved", figures))
    assert outcome.lost == [] and outcome.doubled == [] and outcome.wrong_values == [] and differ == []
    assert said["waited for the other"] > 0, "the two senders overlapped at least once"


def _close(proc: subprocess.Popen[bytes]) -> None:
    proc.communicate(timeout=30)


async def _pull(server: DemoServer, folder: Path) -> None:
    service = make_service(server, folder, policy=campaign_policy(server))
    try:
        assert (await service.sync()).complete
    finally:
        await service.close()
