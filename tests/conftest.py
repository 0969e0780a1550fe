"""Shared fixtures: fixture bodies, a real demo API on 127.0.0.1, a fast client."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

# Qt must see these before it is imported anywhere (pytest-qt imports it early).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import keyring
import pytest
import pytest_asyncio
import qasync
from PySide6.QtWidgets import QApplication

from genuka_desk.api import GenukaClient
from genuka_desk.demo import DemoServer
from genuka_desk.service import OrderService
from tests.support.fixtures import load_fixture
from tests.support.memory_keyring import MemoryKeyring
from tests.support.services import MakeService, make_client, make_service


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection loaded (the modules, Qt's bindings) is kept to the end: out of the cyclic GC's sight.

    The UI tests collect garbage in the main thread before and after each one
    (tests/ui/conftest.py): scanning these ~160 000 long-lived objects every time
    cost 0.1 s a collection. Frozen, a collection looks at what the tests made only.
    """
    gc.collect()
    gc.freeze()


@pytest.fixture
def fixture_body() -> Any:
    """Loader for the real bodies in tests/fixtures."""
    return load_fixture


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """A demo API with 60 orders on a free loopback port, stopped after the test.

    Without Mobile Sync: sales and payments go through the classic endpoints (the fallback, and
    what most tests' faults aim at); :func:`sync_server` has it.
    """
    server = DemoServer(orders=60, seed=11, mobile_sync=False).start()
    yield server
    server.stop()


@pytest.fixture
def sync_server() -> Iterator[DemoServer]:
    """:func:`demo_server` with Mobile Sync's sync/push and sync/pull (the documented idempotency key)."""
    server = DemoServer(orders=60, seed=11, mobile_sync=True).start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def client(demo_server: DemoServer) -> AsyncIterator[GenukaClient]:
    """A client for :func:`demo_server`."""
    async with make_client(demo_server) as c:
        yield c


@pytest_asyncio.fixture
async def service(demo_server: DemoServer, tmp_path: Path) -> AsyncIterator[OrderService]:
    """A service over a fresh profile folder, already synced with :func:`demo_server`."""
    svc = make_service(demo_server, tmp_path / "profile")
    report = await svc.sync()
    assert report.complete and report.pulled == 60
    yield svc
    await svc.close()


@pytest_asyncio.fixture
async def services() -> AsyncIterator[MakeService]:
    """Make services as :func:`make_service` does; each is closed when the test ends (also when it fails)."""
    made: list[OrderService] = []

    def make(server: DemoServer, folder: Path, **options: Any) -> OrderService:
        made.append(make_service(server, folder, **options))
        return made[-1]

    yield make
    for service in reversed(made):
        if not service.closed:
            await service.close()


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
