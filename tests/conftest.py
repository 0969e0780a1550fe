"""Shared fixtures: fixture bodies, a real demo API on 127.0.0.1, a fast client."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

# Qt must see these before it is imported anywhere (pytest-qt imports it early).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import httpx
import pytest
import pytest_asyncio

from genuka_desk.api import GenukaClient, RetryPolicy
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer

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
