"""Two counter PCs at one till: real ``genuka-desk`` processes, each on its own data folder, against one demo.

Each PC is a profile of its own (its own queue, its own copy of the
sessions), as two computers at two counters are. The clerk's acts go
through the CLI (``till open``, ``till status --json``, ``till close``,
``till approve``, ``sync --wait``, ``queue retry``); the test only reads a
PC's files between two commands, never while one runs on it.

``TWO_DESK_TRACE=1`` prints each command (or pair run together) and how
long it took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.store import Change, ChangeKind, ChangeState, LocalStore
from genuka_desk.sync.backoff import IN_FLIGHT_ENV
from genuka_desk.sync.crash import ENV as CRASH_ENV
from tests.support.processes import ROOT, cli_process, profile_folder
from tests.support.services import campaign_policy

TILL_KINDS = (ChangeKind.TILL_OPEN, ChangeKind.TILL_CLOSE)
WAITING = (ChangeState.PENDING, ChangeState.SENDING)
BILLS = (10_000, 5_000, 2_000, 1_000)  # the XAF bills a count is typed in (500 is a bill and a coin: left out)
STEPS = 12  # syncs a PC gets to settle its till's operations (each waits for a state, none for a time)


@dataclass(frozen=True)
class Ran:
    """How one command ended."""

    command: str
    code: int
    out: str
    err: str

    def json(self) -> Any:
        """Its ``--json`` output."""
        return json.loads(self.out)


@dataclass(frozen=True)
class Held:
    """The session a PC's till shows, as its files hold it."""

    server_id: str | None
    status: str
    balance_start: Decimal
    waiting: int  # its operations not sent yet (held ones included)


def count_text(amount: Decimal) -> str:
    """``amount`` typed as a clerk counts it, largest bills first: ``10000x2,1000x3``."""
    left = int(amount)
    parts: list[str] = []
    for value in BILLS:
        if left >= value:
            parts.append(f"{value}x{left // value}")
            left %= value
    if left or amount != int(amount):
        raise AssertionError(f"{amount} cannot be counted in these bills")
    return ",".join(parts)


class CounterPc:
    """One counter PC: its data folder on the shared demo, its commands and its files."""

    def __init__(self, name: str, server: DemoServer, data_dir: Path) -> None:
        self.name = name
        self.server = server
        self.data_dir = data_dir
        self.started = 0  # processes started on this PC

    def __repr__(self) -> str:
        return f"CounterPc({self.name})"

    @property
    def folder(self) -> Path:
        """The profile's folder (its queue and its sessions)."""
        return profile_folder(self.server, self.data_dir)

    def start(self, *args: str) -> tuple[str, subprocess.Popen[bytes]]:
        """``genuka-desk ARGS`` on this PC, started (not waited for)."""
        self.started += 1
        return f"{self.name}: genuka-desk {' '.join(args)}", cli_process(self.server, self.data_dir, *args)

    def retry(self, change_id: str) -> tuple[str, subprocess.Popen[bytes]]:
        """``genuka-desk queue retry ID`` on this PC (the clerk's Retry), started.

        The data folder goes before ``retry``: ``queue``'s actions do not take
        the connection options after them (``genuka-desk queue retry ID
        --data-dir DIR`` is refused as unrecognised).
        """
        self.started += 1
        argv = ["queue", "--data-dir", str(self.data_dir), "retry", change_id]
        env = {k: v for k, v in os.environ.items() if k != CRASH_ENV} | campaign_env(self.server)
        proc = subprocess.Popen(
            [sys.executable, "-m", "genuka_desk", *argv],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        return f"{self.name}: genuka-desk queue retry {change_id}", proc

    def run(self, *args: str, codes: tuple[int, ...] = (0,)) -> Ran:
        """``genuka-desk ARGS`` on this PC, waited for; its exit code must be one of ``codes``."""
        (ran,) = run_together([self.start(*args)], codes)
        return ran

    def live(self) -> Held | None:
        """The session this PC's till shows (None: the till is closed here)."""
        with LocalStore(self.folder) as store:
            session = store.till.live()
            if session is None:
                return None
            waiting = len(store.queue.active_changes(session.subject))
            return Held(session.server_id, session.status, session.balance_start, waiting)

    def till_changes(self) -> list[Change]:
        """The till's operations this PC queued (sent ones included), oldest first."""
        with LocalStore(self.folder) as store:
            return [c for c in store.queue.changes() if c.kind in TILL_KINDS]


def campaign_env(server: DemoServer) -> dict[str, str]:
    """The environment :func:`tests.support.processes.cli_process` gives a ``genuka-desk`` on ``server``."""
    return {
        "GENUKA_BASE_URL": server.url,
        "GENUKA_COMPANY": server.company_id,
        "GENUKA_TOKEN": DEMO_ADMIN_KEY,
        IN_FLIGHT_ENV: str(campaign_policy(server).in_flight_limit),
    }


def run_together(started: list[tuple[str, subprocess.Popen[bytes]]], codes: tuple[int, ...] = (0,)) -> list[Ran]:
    """Wait for every started command; each must end with one of ``codes`` and never with a traceback."""
    ran: list[Ran] = []
    began = time.monotonic()
    for command, proc in started:
        out, err = proc.communicate(timeout=120)
        ran.append(Ran(command, proc.returncode, out.decode(), err.decode()))
    if os.environ.get("TWO_DESK_TRACE"):
        print(f"  [{time.monotonic() - began:.2f}s] " + " | ".join(f"{r.command} -> {r.code}" for r in ran))
    for one in ran:
        assert "Traceback" not in one.err, f"{one.command}\n{one.err}"
        assert one.code in codes, f"{one.command} ended with {one.code}:\n{one.out}\n{one.err}"
    return ran


def waiting_ops(pc: CounterPc) -> list[Change]:
    """The till operations of ``pc`` still on their way (neither sent nor held for the clerk)."""
    return [c for c in pc.till_changes() if c.state in WAITING]


def push_along(pcs: list[CounterPc]) -> dict[str, int]:
    """Sync each PC until none of its till operations is on its way: each is sent, or held for the clerk.

    A try whose answer was lost is checked by ``sync --wait`` (it waits
    until that try can no longer land); one the server refused for now (a
    500, a 429) waits for its next try, which the clerk's Retry brings
    forward (``queue retry``). Returns how often each was needed.
    """
    used = {"sync --wait": 0, "queue retry": 0}
    for _ in range(STEPS):
        started = []
        for pc in pcs:
            ops = waiting_ops(pc)
            if not ops:
                continue
            head = ops[0]
            if head.settle_until > time.time() or head.next_attempt_at <= time.time():
                used["sync --wait"] += 1
                started.append(pc.start("sync", "--wait", "30"))
            else:
                used["queue retry"] += 1
                started.append(pc.retry(head.id))
        if not started:
            return used
        run_together(started, codes=(0, 4))
    left = {pc.name: [(c.kind.value, c.state.value, c.last_error) for c in waiting_ops(pc)] for pc in pcs}
    raise AssertionError(f"the till's operations never settled: {left}")
