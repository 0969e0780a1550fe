"""Real services for tests: a client and an OrderService on real SQLite files, talking to a demo API.

The tests hold the store they gave a service (:func:`store_of`), so they can
look at the files without reaching into the service.
"""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

import httpx

from genuka_desk.api import GenukaClient, RetryPolicy
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.service import ChangeState, ListQuery, OrderRow, OrderService
from genuka_desk.store import LocalStore
from genuka_desk.sync import SyncPolicy

# Real backoff shape, tiny waits: retries are exercised without slowing the suite.
FAST_RETRY = RetryPolicy(attempts=4, timeout=10.0, wait_initial=0.01, wait_max=0.05, wait_jitter=0.01)
_STORES: weakref.WeakKeyDictionary[OrderService, LocalStore] = weakref.WeakKeyDictionary()


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


# Sync with the real backoff shape and tiny waits.
FAST_SYNC = SyncPolicy(
    retry_base=0.001,
    retry_cap=0.01,
    retry_after_cap=0.05,
    pull_margin=120.0,
    probe_interval=0.05,
    in_flight_limit=0.3,
)


class MakeService(Protocol):
    """What the ``services`` fixture gives: :func:`make_service`, closed at the test's end."""

    def __call__(self, server: DemoServer, folder: Path, **options: Any) -> OrderService: ...


def make_service(
    server: DemoServer, folder: Path, *, policy: SyncPolicy | None = None, **client_options: Any
) -> OrderService:
    """An OrderService on real SQLite files in ``folder`` talking to ``server``."""
    store = LocalStore(folder)
    return with_store(OrderService(store, make_client(server, **client_options), policy=policy or FAST_SYNC), store)


def with_store(service: OrderService, store: LocalStore) -> OrderService:
    """Remember which store a test gave ``service`` (see :func:`store_of`)."""
    _STORES[service] = store
    return service


def store_of(service: OrderService) -> LocalStore:
    """The store a test built ``service`` on (with :func:`make_service` or :func:`with_store`)."""
    return _STORES[service]


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


async def settle(service: OrderService, rounds: int = 12) -> None:
    """Sync until the queue holds nothing waiting (settle windows included); refused changes stay for the clerk."""
    for _ in range(rounds):
        await service.sync()
        if all(c.state in (ChangeState.FAILED, ChangeState.CONFLICT) for c in service.changes.queue()):
            return
        await asyncio.sleep(0.35)


async def send_all(service: OrderService, rounds: int = 12) -> None:
    """Push until every change reached the server; fails the test with what is left otherwise."""
    for _ in range(rounds):
        if (await service.sync(pull=False)).complete:
            return
        await asyncio.sleep(0.06)  # past the (tiny) backoff of the test policy
    raise AssertionError(f"changes still queued: {[(c.state, c.last_error) for c in service.changes.queue()]}")


async def settled(service: OrderService, change_id: str, rounds: int = 40) -> ChangeState:
    """Push until the change is no longer waiting to be sent (sent, in conflict or refused); its state."""
    for _ in range(rounds):
        await service.sync(pull=False)
        state = service.changes.get(change_id).state
        if state not in (ChangeState.PENDING, ChangeState.SENDING):
            return state
        await asyncio.sleep(0.06)
    raise AssertionError(f"still waiting: {service.changes.get(change_id).last_error}")


def unpaid(service: OrderService, skip: int = 0) -> OrderRow:
    """An order awaiting payment with a total (the ``skip``-th)."""
    rows = [r for r in service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total]
    return rows[skip]


def server_payments(server: DemoServer, order_id: str) -> list[dict[str, Any]]:
    """The payments the demo server holds on an order."""
    return list(server.store.get_order(order_id).get("payments") or [])
