"""Mobile Sync and capability detection over real HTTP against the demo (19-company-settings.md, 08-payments-pos.md).

The demo's ``sync/push`` validates as documented and dedupes by idempotency
key (a retry, after a lost answer too, applies nothing again); ``sync/pull``
pages the changes after a cursor; the client checks both answers; the probe
finds what a server offers without writing anything, and the store keeps it
per server.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from genuka_desk.api import BadResponseError, NetworkError, RouteNotFoundError
from genuka_desk.api.capabilities import look_at_server
from genuka_desk.api.mobile_sync import pull_page, push_results
from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models.capabilities import ServerCapabilities
from genuka_desk.store import LocalStore
from genuka_desk.store.capabilities import keep_capabilities, kept_capabilities
from tests.support.services import make_client, writes_of


def headers(server: DemoServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {DEMO_ADMIN_KEY}", "X-Company": server.company_id, "Accept": "application/json"}


def push_raw(server: DemoServer, body: Any) -> httpx.Response:
    return httpx.post(f"{server.url}/2023-11/admin/sync/push", json=body, headers=headers(server))


def sale(server: DemoServer, title: str = "Sac de riz 25 kg") -> dict[str, Any]:
    """A classic ``POST /admin/orders`` body, as the payload of an order create."""
    return {
        "customer": {"first_name": "Awa", "last_name": "Nguema", "phone": "+237 690 11 22 33"},
        "products": [{"title": title, "price": 15000, "quantity": 2}],
        "shipping": {"mode": "pickup"},
        "created_at": "2025-11-03 10:15:07",
        "source": "POS",
        "currency": "XAF",
    }


def operation(entity: str, op: str, payload: dict[str, Any], key: str | None = None) -> dict[str, Any]:
    return {
        "idempotency_key": key or str(uuid.uuid4()),
        "entity_type": entity,
        "operation": op,
        "local_id": f"local-{uuid.uuid4().hex[:8]}",
        "payload": payload,
    }


@pytest.fixture
def sync_server() -> Iterator[DemoServer]:
    server = DemoServer(orders=30, seed=5).start()
    yield server
    server.stop()


# -- the probe -------------------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(("mobile_sync", "cash_control"), [(True, False), (False, False), (True, True), (False, True)])
async def test_the_probe_finds_what_a_server_offers_and_writes_nothing(
    mobile_sync: bool, cash_control: bool, caplog: pytest.LogCaptureFixture
) -> None:
    server = DemoServer(orders=10, mobile_sync=mobile_sync, cash_control=cash_control).start()
    try:
        async with make_client(server) as client:
            found = (await look_at_server(client))[0]
        # Its refusals are answers: the log says so without a warning that reads like a fault.
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
        assert (found.sync_pull, found.sync_push, found.cash_control) == (mobile_sync, mobile_sync, cash_control)
        assert found.problem is None and found.known
        assert found.server_date_skew_seconds is not None and abs(found.server_date_skew_seconds) <= 2
        assert server.stats()["writes"] == [] and len(server.store.rows) == 10  # an empty push applies nothing
    finally:
        server.stop()


@pytest.mark.asyncio
async def test_the_probe_reads_the_servers_clock_from_its_date_header() -> None:
    server = DemoServer(orders=5, clock_offset=-600).start()  # the server's clock ten minutes behind
    try:
        async with make_client(server) as client:
            found = (await look_at_server(client))[0]
        assert found.server_date_skew_seconds is not None and abs(found.server_date_skew_seconds + 600) <= 2
    finally:
        server.stop()


@pytest.mark.asyncio
async def test_offline_the_probe_knows_nothing_and_the_kept_look_stays(tmp_path: Path) -> None:
    online = DemoServer(orders=5, cash_control=True).start()
    url = online.url
    with LocalStore(tmp_path / "store") as store:
        async with make_client(online) as client:
            kept = keep_capabilities(store.cache, url, (await look_at_server(client))[0])
        online.stop()
        async with make_client(online) as client:
            offline = (await look_at_server(client))[0]
        assert (offline.sync_pull, offline.sync_push, offline.cash_control) == (None, None, None)
        assert not offline.known and offline.server_date_skew_seconds is None
        assert offline.problem and "reach" in offline.problem
        assert keep_capabilities(store.cache, url, offline) == kept  # nothing learnt: the last real look stays
        assert kept_capabilities(store.cache, url) == kept and kept is not None and kept.cash_control is True


def test_the_store_keeps_one_look_per_server_and_merges_what_a_look_missed(tmp_path: Path) -> None:
    first = ServerCapabilities(
        sync_pull=True, sync_push=True, cash_control=False, checked_at=datetime(2025, 1, 1, tzinfo=UTC)
    )
    other = ServerCapabilities(sync_pull=False, sync_push=False, cash_control=True, checked_at=datetime.now(UTC))
    with LocalStore(tmp_path / "store") as store:
        keep_capabilities(store.cache, "https://api.genuka.com", first)
        keep_capabilities(store.cache, "https://staging.genuka.com/", other)
        assert kept_capabilities(store.cache, "https://api.genuka.com/") == first
        assert kept_capabilities(store.cache, "https://staging.genuka.com") == other
        # A later look that could not say whether cash control is on keeps the earlier answer for it.
        partial = ServerCapabilities(sync_pull=False, sync_push=True, checked_at=datetime.now(UTC), problem="busy")
        merged = keep_capabilities(store.cache, "https://api.genuka.com", partial)
        assert merged is not None and (merged.sync_pull, merged.sync_push, merged.cash_control) == (False, True, False)
        store.cache.set_meta("server.capabilities https://api.genuka.com", "{not json")
        assert kept_capabilities(store.cache, "https://api.genuka.com") is None


# -- sync/push -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_an_order_pushed_twice_with_one_key_is_made_once(sync_server: DemoServer) -> None:
    op = operation("order", "create", sale(sync_server))
    async with make_client(sync_server) as client:
        first = await client.sync_push([op])
        again = await client.sync_push([op])
        assert first == again
        assert first[0]["success"] is True and first[0]["error"] is None
        order = await client.get_order(first[0]["server_id"])
    assert len(sync_server.store.rows) == 31
    assert [w["kind"] for w in writes_of(sync_server, op["idempotency_key"])] == ["create"]
    assert order.customer_phone.replace(" ", "").endswith("690112233") and [line.quantity for line in order.lines] == [
        2
    ]


@pytest.mark.asyncio
async def test_a_push_whose_answer_was_lost_is_retried_with_its_key_and_applied_once(sync_server: DemoServer) -> None:
    op = operation("order", "create", sale(sync_server, "Huile 5 L"))
    sync_server.faults.arm("drop", 1, method="POST", path="/admin/sync/push")  # applied, the answer lost
    async with make_client(sync_server) as client:
        with pytest.raises(NetworkError) as lost:
            await client.sync_push([op])
        assert lost.value.maybe_sent
        retried = await client.sync_push([op])
    assert retried[0]["success"] and len(sync_server.store.rows) == 31
    assert len(writes_of(sync_server, op["idempotency_key"])) == 1
    assert sync_server.store.rows[-1].id == retried[0]["server_id"]


@pytest.mark.asyncio
async def test_a_payment_pushed_twice_is_recorded_once_with_its_id(sync_server: DemoServer) -> None:
    account = sync_server.store.data.treasury_accounts[0]["id"]
    async with make_client(sync_server) as client:
        [made] = await client.sync_push([operation("order", "create", sale(sync_server))])
        payment = {"order_id": made["server_id"], "amount": 10000, "method": "cash", "treasury_account_id": account}
        op = operation("payment", "create", payment)
        first = await client.sync_push([op])
        again = await client.sync_push([op])
        order = await client.get_order(made["server_id"])
    assert first == again and first[0]["success"]
    ids = [str(p.id) for p in order.payments]
    assert ids == [first[0]["server_id"]]
    assert order.amount_due is not None and int(order.amount_due) == 20000


@pytest.mark.asyncio
async def test_a_refused_or_unsupported_operation_is_a_result_not_an_error(sync_server: DemoServer) -> None:
    refused = operation("order", "create", {"customer": {"first_name": "Awa"}, "products": []})
    unsupported = operation("customer", "create", {"first_name": "Awa", "phone": "690112233"})
    ghost = operation(
        "payment", "create", {"order_id": "01nothing", "amount": 5, "method": "cash", "treasury_account_id": "x"}
    )
    async with make_client(sync_server) as client:
        results = await client.sync_push([refused, unsupported, ghost])
        assert [r["success"] for r in results] == [False, False, False]
        assert "products" in (results[0]["error"] or "")
        assert results[1]["error"] and results[2]["error"]
        # Nothing was applied for the refused key: sent again, put right, it goes through.
        fixed = {**refused, "payload": sale(sync_server)}
        [done] = await client.sync_push([fixed])
    assert done["success"] and len(sync_server.store.rows) == 31


def test_a_push_the_reference_does_not_accept_is_a_422_and_applies_nothing(sync_server: DemoServer) -> None:
    good = operation("order", "create", sale(sync_server))
    cases: list[tuple[Any, str]] = [
        ({"operations": []}, "operations"),
        ({}, "operations"),
        ({"operations": [good] * 51}, "operations"),
        (
            {"operations": [good, {k: v for k, v in good.items() if k != "idempotency_key"}]},
            "operations.1.idempotency_key",
        ),
        ({"operations": [{**good, "local_id": ""}]}, "operations.0.local_id"),
        ({"operations": [{k: v for k, v in good.items() if k != "payload"}]}, "operations.0.payload"),
        ({"operations": [{**good, "entity_type": "invoice"}]}, "operations.0.entity_type"),
        ({"operations": [{**good, "operation": "upsert"}]}, "operations.0.operation"),
        ({"operations": [{**good, "entity_type": None}]}, "operations.0.entity_type"),
    ]
    for body, field in cases:
        answer = push_raw(sync_server, body)
        assert answer.status_code == 422, (body, answer.text)
        assert field in answer.json()["errors"], answer.json()
    assert len(sync_server.store.rows) == 30 and sync_server.stats()["writes"] == []


@pytest.mark.asyncio
async def test_a_server_without_mobile_sync_answers_404() -> None:
    server = DemoServer(orders=5, mobile_sync=False).start()
    try:
        async with make_client(server) as client:
            with pytest.raises(RouteNotFoundError):
                await client.sync_push([operation("order", "create", sale(server))])
            with pytest.raises(RouteNotFoundError):
                await client.sync_pull(limit=1)
        assert len(server.store.rows) == 5
    finally:
        server.stop()


def test_the_client_checks_a_push_before_and_its_answer_after() -> None:
    op = operation("order", "create", {"customer": {}})
    with pytest.raises(ValueError):
        from genuka_desk.api.mobile_sync import check_operations

        check_operations([op, dict(op)])  # one key twice
    result = {"idempotency_key": op["idempotency_key"], "success": True, "server_id": 42, "error": None}
    assert push_results([op], {"results": [result]})[0]["server_id"] == "42"
    for body in (
        None,
        {"results": {}},
        {"results": []},  # no result for the key sent
        {"results": [{**result, "idempotency_key": "other"}]},
        {"results": [{**result, "success": "maybe"}]},
        {"results": [{**result, "server_id": {"id": 1}}]},
        {"results": [result, result]},
        {"results": [{**result, "error": ["no"]}]},
    ):
        with pytest.raises(BadResponseError):
            push_results([op], body)
    for body in (None, {"changes": {}}, {"changes": [], "has_more": "?"}, {"changes": [{"entity_type": "order"}]}):
        with pytest.raises(BadResponseError):
            pull_page(body)


# -- sync/pull --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_pull_pages_the_changes_after_a_cursor(sync_server: DemoServer) -> None:
    async with make_client(sync_server) as client:
        seen: list[str] = []
        cursor: str | None = None
        while True:
            page = await client.sync_pull(cursor, ["order"], limit=7)
            seen += [str(c.entity["id"]) for c in page.changes]
            assert all(c.entity_type == "order" for c in page.changes) and len(page.changes) <= 7
            cursor = page.cursor
            if not page.has_more:
                break
        assert sorted(seen) == sorted(r.id for r in sync_server.store.rows)
        assert cursor is not None and cursor.endswith(".000000Z")  # to the whole second
        quiet = await client.sync_pull(cursor, limit=5)
        assert quiet.changes == [] and not quiet.has_more and quiet.cursor == cursor
        [made] = await client.sync_push([operation("order", "create", sale(sync_server))])
        account = sync_server.store.data.treasury_accounts[0]["id"]
        pay = {"order_id": made["server_id"], "amount": 500, "method": "cash", "treasury_account_id": account}
        await client.sync_push([operation("payment", "create", pay)])
        fresh = await client.sync_pull(cursor, limit=10)
    kinds = [(c.entity_type, c.operation, c.entity.get("order_id", c.entity["id"])) for c in fresh.changes]
    assert kinds == [("order", "create", made["server_id"]), ("payment", "create", made["server_id"])]
    assert fresh.cursor is not None and fresh.cursor >= cursor


def test_pull_refuses_a_limit_or_type_the_reference_does_not_take(sync_server: DemoServer) -> None:
    url = f"{sync_server.url}/2023-11/admin/sync/pull"
    for params, field in (
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"entity_types": "order,invoice"}, "entity_types"),
        ({"cursor": "yesterday"}, "cursor"),
    ):
        answer = httpx.get(url, params=params, headers=headers(sync_server))
        assert answer.status_code == 422 and field in answer.json()["errors"], answer.text
    assert httpx.get(url, params={"limit": "100"}, headers=headers(sync_server)).status_code == 200


def test_cash_registers_answer_403_until_cash_control_is_on() -> None:
    for on in (False, True):
        server = DemoServer(orders=1, cash_control=on).start()
        try:
            answer = httpx.get(f"{server.url}/2023-11/admin/cash-register-sessions/active", headers=headers(server))
        finally:
            server.stop()
        if on:
            assert answer.status_code == 200 and answer.json() == {"data": []}
        else:
            assert answer.status_code == 403
            assert answer.json() == {"message": "Cash control is disabled for this company."}
