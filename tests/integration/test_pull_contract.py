"""Reading what the real list gives: slim items, includes, growing lists, deletions, ghosts, one-second ties."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.service import InvalidEdit
from genuka_desk.store import ListQuery
from tests.support.services import FAST_SYNC, MakeService, make_service, store_of

pytestmark = pytest.mark.asyncio


def raw_list(server: DemoServer, **params: str) -> dict:  # type: ignore[type-arg]
    headers = {
        "Authorization": "Bearer gdk_demo_admin_key",
        "X-Company": server.company_id,
        "Accept": "application/json",
    }
    answer = httpx.get(f"{server.url}/2023-11/admin/orders", params=params, headers=headers, timeout=10)
    return {"status": answer.status_code, **answer.json()}


async def test_list_items_are_slim_unless_included(demo_server: DemoServer) -> None:
    slim = raw_list(demo_server, per_page="5")["data"][0]
    for absent in ("customer", "products", "order_products", "addresses", "delivery", "invoices"):
        assert absent not in slim, absent
    assert "address" not in slim["shipping"] and "address" not in slim["billing"]
    assert slim["billing"]["status"] and slim["shipping"]["status"] and slim["amount"] is not None
    rich = raw_list(demo_server, per_page="5", include="customer,products,delivery")["data"][0]
    assert rich["customer"]["first_name"] and rich["products"][0]["pivot"]["id"]
    assert "delivery" in rich and "addresses" not in rich
    refused = raw_list(demo_server, include="customer,everything")
    assert refused["status"] == 400 and "everything" in refused["message"]


async def test_a_sync_keeps_names_lines_and_fetches_addresses_in_full(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p")
    report = await service.sync()
    assert report.complete and report.pulled == 60
    rows = await service.orders.listing(ListQuery(limit=None))
    assert all(r.customer for r in rows.rows) and all(r.item_count > 0 for r in rows.rows)
    order = await service.orders.get(rows.rows[0].id)
    assert order.shipping_address is not None and order.shipping_address.line1, "fetched in full after the pull"
    assert not store_of(service).cache.needs_detail(str(order.id))


async def test_details_wait_for_the_next_pull_beyond_the_limit(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    service = services(demo_server, tmp_path / "p", policy=replace(FAST_SYNC, details_per_sync=25))
    await service.sync()
    waiting = [
        r.id
        for r in (await service.orders.listing(ListQuery(limit=None))).rows
        if store_of(service).cache.needs_detail(r.id)
    ]
    assert len(waiting) == 35
    await service.sync()
    await service.sync()
    assert not [r for r in waiting if store_of(service).cache.needs_detail(r)]


async def test_an_edit_of_an_order_known_only_from_the_list_reads_it_in_full_first(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    from genuka_desk.models import OrderEdit

    service = services(demo_server, tmp_path / "p", policy=replace(FAST_SYNC, details_per_sync=0))
    await service.sync()
    row = (await service.orders.listing(ListQuery(limit=1))).rows[0]
    assert store_of(service).cache.needs_detail(row.id)
    change = await service.orders.update(row.id, OrderEdit(fields={"shipping.address.city": "Kribi"}))
    assert change is not None and change.base.get("shipping.address.city"), "judged against the real value"
    report = await service.sync(pull=False)
    assert report.complete and report.conflicts == 0
    assert demo_server.store.get_order(row.id)["shipping"]["address"]["city"] == "Kribi"


async def test_orders_created_during_a_pull_push_none_out(tmp_path: Path) -> None:
    with DemoServer(orders=300, seed=3) as server:
        service = make_service(server, tmp_path / "p", policy=replace(FAST_SYNC, pull_concurrency=1))
        try:
            first_ids = {r.id for r in server.store.rows}
            # Five orders are created right after page 1 is served: everything after moves back five places.
            server.store.grow_after_page[1] = 5
            report = await service.sync()
            assert report.complete
            held = {r.id for r in (await service.orders.listing(ListQuery(limit=None))).rows}
            assert first_ids <= held, f"skipped {len(first_ids - held)} orders pushed past the first last_page"
            await service.sync()
            held = {r.id for r in (await service.orders.listing(ListQuery(limit=None))).rows}
            assert len(held) == 305
        finally:
            await service.close()


async def test_deleted_and_cancelled_orders_are_learned_and_ghosts_stay_out(tmp_path: Path) -> None:
    with DemoServer(orders=40, seed=4, ghosts=3, cancelled=2, deleted=2) as server:
        service = make_service(server, tmp_path / "p")
        try:
            assert (await service.sync()).complete
            rows = (await service.orders.listing(ListQuery(limit=None))).rows
            ghosts = {r.id for r in server.store.rows if r.ghost}
            assert len(rows) == 44 and not ghosts & {r.id for r in rows}, "40 + 2 cancelled + 2 deleted, no ghost"
            assert sum(r.cancelled for r in rows) == 4
            # A colleague cancels an order without invoices on the server: it is soft-deleted.
            target = next(r for r in rows if not r.cancelled and not server.store.get_order(r.id).get("invoices"))
            server.store.cancel_order(target.id)
            assert (await service.sync()).complete
            row = service.orders.row(target.id)
            assert row is not None and row.cancelled
            order = await service.orders.get(target.id)
            assert order.deleted_at is not None and order.cancelled
            # A cancelled order is kept for the record and never written to.
            with pytest.raises(InvalidEdit) as refused:
                await service.orders.set_status(target.id, shipping="delivered")
            assert [p.code for p in refused.value.problems] == ["order_cancelled"]
            other = next(
                r for r in rows if not r.cancelled and r.id != target.id and r.shipping_status.value != "delivered"
            )
            queued = await service.orders.bulk_set_status([target.id, other.id], shipping="delivered")
            assert [c.order_id for c in queued] == [other.id]
            # The clerk asks for ghost orders: they come with the next (full) pull.
            service.orders.show_ghosts(True)
            assert (await service.sync()).complete
            assert ghosts <= {r.id for r in (await service.orders.listing(ListQuery(limit=None))).rows}
        finally:
            await service.close()


async def test_two_writes_in_one_second_do_not_slip_past_the_pull(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    store = demo_server.store
    second = datetime(2026, 11, 24, 9, 0, 0, tzinfo=UTC)
    store.clock.now = lambda: second  # type: ignore[method-assign]  # the server's clock stands still: one second
    service = services(demo_server, tmp_path / "p")
    await service.sync()
    oid = store.rows[5].id
    store.colleague_edit(oid, {"shipping.status": "taken_in_charge"})
    await service.sync()
    assert (await service.orders.get(oid)).shipping.status.value == "taken_in_charge"  # type: ignore[union-attr]
    store.colleague_edit(oid, {"shipping.status": "delivered"})  # same updated_at as the last one
    await service.sync()
    assert (await service.orders.get(oid)).shipping.status.value == "delivered"  # type: ignore[union-attr]


async def test_a_pull_killed_after_a_page_still_fetches_the_details_that_page_made_due(tmp_path: Path) -> None:
    """The crash campaign found it: list items merged, then a kill before the due details were recorded;
    the next pull saw the merged items as unchanged and never fetched the order in full again."""
    from tests.support.processes import cache_matches, cli_process, profile_folder

    data_dir = tmp_path / "state"
    with DemoServer(orders=30, seed=12) as server:
        first = cli_process(server, data_dir, "sync")
        assert first.wait(timeout=120) == 0
        target = server.store.rows[3].id
        body = server.store.get_order(target)
        line = body["order_products"][0]
        # A colleague changes a line: the list item shows it in products[], only the detail in order_products.
        server.store.colleague_edit(target, lines={str(line["id"]): {"quantity": int(line["quantity"]) + 2}})
        killed = cli_process(server, data_dir, "sync", crash_at="pull.after_page:1")
        assert killed.wait(timeout=120) != 0, "killed right after the first page was stored"
        for proc in (first, killed):
            proc.communicate()
        again = cli_process(server, data_dir, "sync")
        assert again.wait(timeout=120) == 0
        again.communicate()
        differences = await cache_matches(server, profile_folder(server, data_dir), [target])
        assert differences == []
