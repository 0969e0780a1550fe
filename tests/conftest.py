"""Shared fixtures: fixture bodies, a real demo API on 127.0.0.1, a fast client."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

# Qt must see these before it is imported anywhere (pytest-qt imports it early).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import httpx
import keyring
import pytest
import pytest_asyncio
import qasync
from PySide6.QtWidgets import QApplication

from genuka_desk.api import GenukaClient, RetryPolicy
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy
from tests.memory_keyring import MemoryKeyring

FIXTURES = Path(__file__).parent / "fixtures"
# Real backoff shape, tiny waits: retries are exercised without slowing the suite.
FAST_RETRY = RetryPolicy(attempts=4, timeout=10.0, wait_initial=0.01, wait_max=0.05, wait_jitter=0.01)


def load_fixture(name: str) -> Any:
    """A JSON body from tests/fixtures."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
def fixture_body() -> Any:
    """Loader for the real bodies in tests/fixtures."""
    return load_fixture


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """A demo API with 60 orders on a free loopback port, stopped after the test."""
    server = DemoServer(orders=60, seed=11).start()
    yield server
    server.stop()


def make_client(server: DemoServer, **kw: Any) -> GenukaClient:
    """A client logged in with the demo admin API key, fast retries, short timeouts."""
    options: dict[str, Any] = {
        "token": DEMO_ADMIN_KEY,
        "company_id": server.company_id,
        "retry": FAST_RETRY,
        "timeout": httpx.Timeout(2.0),
    }
    options.update(kw)
    return GenukaClient(server.url, **options)


@pytest_asyncio.fixture
async def client(demo_server: DemoServer) -> AsyncIterator[GenukaClient]:
    """A client for :func:`demo_server`."""
    async with make_client(demo_server) as c:
        yield c


# Sync with the real backoff shape and tiny waits.
FAST_SYNC = SyncPolicy(
    retry_base=0.001,
    retry_cap=0.01,
    retry_after_cap=0.05,
    pull_margin=120.0,
    probe_interval=0.05,
    in_flight_limit=0.3,
)


def make_service(
    server: DemoServer, folder: Path, *, policy: SyncPolicy | None = None, **client_options: Any
) -> OrderService:
    """An OrderService on real SQLite files in ``folder`` talking to ``server``."""
    return OrderService(LocalStore(folder), make_client(server, **client_options), policy=policy or FAST_SYNC)


def campaign_policy(server: DemoServer) -> SyncPolicy:
    """FAST_SYNC with a settle window that outlasts the server's request time limit (plus a margin).

    The one rule exactly-once rests on: a write not answered is not sent again
    before the server can no longer apply it.
    """
    limit = server.max_request_seconds or 0.0
    return replace(FAST_SYNC, in_flight_limit=limit + 0.7)


def writes_of(server: DemoServer, request_id: str) -> list[dict[str, Any]]:
    """The writes the demo server applied for one request id (a change id, or a bulk group id)."""
    return [w for w in server.stats()["writes"] if w["request_id"] == request_id]


@pytest_asyncio.fixture
async def service(demo_server: DemoServer, tmp_path: Path) -> AsyncIterator[OrderService]:
    """A service over a fresh profile folder, already synced with :func:`demo_server`."""
    svc = make_service(demo_server, tmp_path / "profile")
    report = await svc.sync()
    assert report.complete and report.pulled == 60
    yield svc
    await svc.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring (never the real one)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop registered as running, so widgets can start tasks (see STACK.md)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        qapp.processEvents()
    asyncio.events._set_running_loop(None)
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    asyncio.set_event_loop(None)
