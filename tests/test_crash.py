"""SIGKILL the syncing process at named points and at random moments; restart; check.

Each run is a real ``genuka-desk sync`` process on the same profile folder,
against a demo API in this process. At the end every change must be applied
exactly once (one write per change in the server's log), the server must
hold the last value the clerk queued for each field, and the cache must
match the server.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import LineChange, OrderEdit, read_value
from genuka_desk.service import OrderService
from genuka_desk.store import ChangeState, ListQuery, LocalStore
from genuka_desk.sync.crash import ENV, POINTS
from tests.conftest import make_service, writes_of

ROOT = Path(__file__).resolve().parent.parent


def sync_process(server: DemoServer, data_dir: Path, crash_at: str | None) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "GENUKA_BASE_URL": server.url,
        "GENUKA_COMPANY": server.company_id,
        "GENUKA_TOKEN": DEMO_ADMIN_KEY,
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


class Clerk:
    """Queues random changes between runs and remembers what the server must end with."""

    def __init__(self, server: DemoServer, data_dir: Path, seed: int) -> None:
        self.server = server
        self.folder = data_dir / "data" / "default"
        self.random = random.Random(seed)
        self.expected: dict[str, dict[str, Any]] = {}
        self.change_ids: list[str] = []
        self.bulk_groups: list[str] = []

    async def queue_some(self, count: int) -> None:
        service = make_service(self.server, self.folder)
        try:
            await self._queue(service, count)
        finally:
            await service.close()

    async def _queue(self, service: OrderService, count: int) -> None:
        rows = (await service.list_orders(ListQuery(billing_status=("pending",), limit=None))).rows
        if not rows:
            return
        for _ in range(count):
            order = await service.get_order(self.random.choice(rows).id)
            oid = str(order.id)
            kind = self.random.choice(("status", "line", "address", "bulk"))
            if kind == "status":
                value = self.random.choice(("taken_in_charge", "delivered", "partial_delivery"))
                change = await service.set_status(oid, shipping=value)
                intended = {"shipping.status": value}
            elif kind == "line" and order.lines and order.lines[0].id:
                line = order.lines[0]
                quantity = (line.quantity or 1) + self.random.randint(1, 3)
                change = await service.update_order(oid, OrderEdit(lines={str(line.id): LineChange(quantity=quantity)}))
                intended = {f"lines.{line.id}.quantity": quantity}
            elif kind == "bulk":
                picks = {self.random.choice(rows).id for _ in range(3)}
                value = self.random.choice(("paid", "partially_paid"))
                changes = await service.bulk_set_status(sorted(picks), billing=value)
                for c in changes:
                    self.expected.setdefault(c.order_id, {})["billing.status"] = value
                if changes and changes[0].group_id:
                    self.bulk_groups.append(changes[0].group_id)
                continue
            else:
                value = f"Rue {self.random.randint(1, 999)}, Akwa"
                change = await service.update_order(oid, OrderEdit(fields={"shipping.address.line1": value}))
                intended = {"shipping.address.line1": value}
            if change is not None:
                self.change_ids.append(change.id)
                self.expected.setdefault(oid, {}).update(intended)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_sigkill_at_many_points_then_restart_applies_everything_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "state"
    kills = 0
    where: dict[str, int] = {}
    with DemoServer(orders=150, seed=5) as server:
        clerk = Clerk(server, data_dir, seed=99)

        def run(crash_at: str | None) -> int:
            nonlocal kills
            proc = sync_process(server, data_dir, crash_at)
            _, err = proc.communicate(timeout=60)
            assert b"Traceback" not in err, err.decode()
            if proc.returncode == -signal.SIGKILL:
                kills += 1
                point = (crash_at or "random").split(":")[0]
                where[point] = where.get(point, 0) + 1
            return proc.returncode

        # Kills during the first, full pull (two pages).
        for point in ("pull.after_page:1", "pull.after_page:2", "pull.before_cursor:1"):
            run(point)
        assert run(None) == 0
        # Kills during push (and the pulls after it), with new changes and colleagues' edits each time.
        push_points = [p for p in POINTS if p.startswith("push.")]
        for round_ in range(3):
            for n, point in enumerate(push_points):
                asyncio.run(clerk.queue_some(3))
                # A colleague's edit elsewhere, for the pull to bring in.
                colleague = server.store.data.plan(round_ * 10 + n).id
                server.store.colleague_edit(colleague, {"billing.address.city": "Kribi"})
                nth = 1 + (round_ % 2)
                run(f"{point}:{nth}")
            run("pull.after_page:1")
        # Kills at random moments.
        rng = random.Random(7)
        for _ in range(6):
            asyncio.run(clerk.queue_some(3))
            proc = sync_process(server, data_dir, None)
            time.sleep(rng.uniform(0.2, 0.8))
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=60)
            if proc.returncode == -signal.SIGKILL:
                kills += 1
                where["random"] = where.get("random", 0) + 1
        # Restart until everything is through.
        for _ in range(5):
            if run(None) == 0:
                break
        assert run(None) == 0

        print(f"\ncrash campaign: {kills} kills {where}, {len(clerk.change_ids)} changes")
        assert kills >= 20
        assert sum(v for k, v in where.items() if k.startswith("push.")) >= 10
        assert sum(v for k, v in where.items() if k.startswith("pull.")) >= 4

        # Exactly once.
        for change_id in clerk.change_ids:
            assert len(writes_of(server, change_id)) == 1, change_id
        for group in clerk.bulk_groups:
            orders = [w["order_id"] for w in writes_of(server, group)]
            assert len(orders) == len(set(orders)), f"bulk group {group} wrote an order twice"
        # The server ends with the last value the clerk queued for each field.
        for order_id, fields in clerk.expected.items():
            body = server.store.get_order(order_id)
            for key, value in fields.items():
                assert read_value(body, key) == value, (order_id, key)
        # The cache matches the server and holds no unsent change.
        with LocalStore(data_dir / "data" / "default") as store:
            assert all(c.state is ChangeState.SENT for c in store.changes())
            assert store.order_count() == 150
            for order_id in clerk.expected:
                assert store.body(order_id) == store.server_body(order_id)
                mine = store.server_body(order_id)
                assert mine is not None
                theirs = server.store.get_order(order_id)
                for key in ("updated_at", "shipping", "billing", "order_products", "amount"):
                    assert mine.get(key) == theirs.get(key), (order_id, key)
