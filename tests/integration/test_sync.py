"""Offline-first sync against the demo API over real HTTP, on real SQLite files."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from genuka_desk.demo import DemoServer
from genuka_desk.models import LineChange, Order, OrderEdit, read_value
from genuka_desk.service import OrderService
from genuka_desk.store import ChangeState, ListQuery
from genuka_desk.sync import ConnectivityChanged, Event, OrdersChanged, QueueChanged
from tests.support.services import MakeService, make_service, send_all, settled, writes_of

pytestmark = pytest.mark.asyncio


async def editable(service: OrderService, skip: int = 0) -> Order:
    """An order still open (payment and fulfilment pending) with lines, for edits the server accepts."""
    found = await service.orders.listing(
        ListQuery(billing_status=("pending",), shipping_status=("pending",), limit=None)
    )
    candidates = []
    for row in found.rows:
        order = await service.orders.get(row.id)
        invoices_final = any(i.is_final for i in order.invoices)
        if order.lines and all(line.id for line in order.lines) and not invoices_final:
            candidates.append(order)
    return candidates[skip]


def server_body(server: DemoServer, order_id: str) -> dict[str, Any]:
    with server.store.lock:
        return server.store.body(server.store.order_index(order_id))


async def test_offline_changes_show_at_once_survive_restart_and_land_exactly_once(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "profile"
    svc = make_service(demo_server, folder)
    await svc.sync()
    order = await editable(svc)
    line = order.lines[0]
    quantity = (line.quantity or 1) + 2
    port, demo_store = demo_server.port, demo_server.store
    demo_server.stop()  # the shop's internet drops

    status = await svc.orders.set_status(str(order.id), shipping="delivered")
    edit = await svc.orders.update(str(order.id), OrderEdit(lines={str(line.id): LineChange(quantity=quantity)}))
    assert status is not None and edit is not None
    shown = await svc.orders.get(str(order.id))
    assert shown.shipping_status.value == "delivered"
    assert shown.line(str(line.id)).quantity == quantity  # type: ignore[union-attr]
    row = svc.orders.row(str(order.id))
    assert row is not None and row.shipping_status.value == "delivered" and row.pending == 2
    report = await svc.sync()
    assert report.offline and report.remaining == 2 and not report.complete
    await svc.close()

    # The program restarts, still offline: the changes are still shown.
    again = make_service(demo_server, folder)
    shown = await again.orders.get(str(order.id))
    assert shown.shipping_status.value == "delivered"
    assert [c.id for c in again.changes.queue()] == [status.id, edit.id]

    with DemoServer(store=demo_store, port=port) as back:  # the internet is back
        report = await again.sync()
        assert report.complete and report.sent == 2
        assert len(writes_of(back, status.id)) == 1
        assert len(writes_of(back, edit.id)) == 1
        body = server_body(back, str(order.id))
        assert body["shipping"]["status"] == "delivered"
        assert read_value(body, f"lines.{line.id}.quantity") == quantity
        # Nothing is sent twice, however often sync runs.
        await again.sync()
        await again.sync()
        assert len(writes_of(back, status.id)) == 1 and len(writes_of(back, edit.id)) == 1
        assert again.orders.row(str(order.id)).pending == 0  # type: ignore[union-attr]
    await again.close()


FAULTS = [
    ("500", "PUT", 3, {}),
    ("500", "GET", 3, {}),
    ("html", "PUT", 2, {}),
    ("429", "PUT", 2, {"retry_after": 0.01}),
    ("429", "GET", 2, {"retry_after": 0.01}),
    ("stall", "PUT", 1, {"stall": 2.5}),
    ("reset", "PUT", 1, {}),
    ("drop", "PUT", 2, {}),
    ("malformed", "PUT", 2, {}),
    ("malformed", "GET", 1, {}),
]


@pytest.mark.parametrize(("mode", "method", "count", "options"), FAULTS, ids=[f"{m}-{v}-{c}" for m, v, c, _ in FAULTS])
async def test_fault_modes_leave_the_queue_correct(
    service: OrderService, demo_server: DemoServer, mode: str, method: str, count: int, options: dict[str, Any]
) -> None:
    first, second = await editable(service), await editable(service, 1)
    line = first.lines[0]
    quantity = (line.quantity or 1) + 1
    changes = [
        await service.orders.update(str(first.id), OrderEdit(lines={str(line.id): LineChange(quantity=quantity)})),
        await service.orders.set_status(str(second.id), billing="paid"),
        await service.orders.set_status(str(first.id), shipping="delivered"),
    ]
    demo_server.faults.arm(mode, count, method=method, path="/admin/orders", **options)
    await send_all(service)
    assert demo_server.faults.pending() == 0, "every armed fault was hit"
    for change in changes:
        assert change is not None
        assert len(writes_of(demo_server, change.id)) == 1, f"{change.summary()} applied once"
    assert read_value(server_body(demo_server, str(first.id)), f"lines.{line.id}.quantity") == quantity
    assert server_body(demo_server, str(first.id))["shipping"]["status"] == "delivered"
    assert server_body(demo_server, str(second.id))["billing"]["status"] == "paid"
    assert all(c.state is ChangeState.SENT for c in service.changes.queue(include_sent=True))


async def test_colleague_edit_of_other_fields_is_rebased(service: OrderService, demo_server: DemoServer) -> None:
    order = await editable(service)
    line = order.lines[0]
    change = await service.orders.update(
        str(order.id),
        OrderEdit(fields={"shipping.address.line1": "Akwa, rue 12"}, lines={str(line.id): LineChange(price=12500)}),
    )
    assert change is not None
    demo_server.store.colleague_edit(str(order.id), {"billing.address.city": "Kribi", "shipping.status": "delivered"})
    report = await service.sync()
    assert report.complete and report.conflicts == 0
    body = server_body(demo_server, str(order.id))
    assert body["shipping"]["address"]["line1"] == "Akwa, rue 12"
    assert read_value(body, f"lines.{line.id}.price") == 12500
    assert body["billing"]["address"]["city"] == "Kribi"  # the colleague's edit is kept
    assert body["shipping"]["status"] == "delivered"
    assert len(writes_of(demo_server, change.id)) == 1
    local = await service.orders.get(str(order.id))
    assert local.billing_address.city == "Kribi"  # type: ignore[union-attr]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
async def test_colleague_edit_of_the_same_field_is_a_conflict_settled_either_way(
    service: OrderService, demo_server: DemoServer, keep: str
) -> None:
    order = await editable(service)
    line = order.lines[0]
    mine_quantity = (line.quantity or 1) + 3
    change = await service.orders.update(
        str(order.id), OrderEdit(lines={str(line.id): LineChange(quantity=mine_quantity)})
    )
    status = await service.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None and status is not None
    demo_server.store.colleague_edit(str(order.id), lines={str(line.id): {"quantity": 7}})
    report = await service.sync()
    assert report.conflicts == 1 and not report.complete
    stored = service.changes.get(change.id)
    assert stored.state is ChangeState.CONFLICT
    assert stored.theirs == {f"lines.{line.id}.quantity": 7}
    # Both versions are kept: the server has theirs, the clerk still sees theirs flagged and mine queued.
    assert read_value(server_body(demo_server, str(order.id)), f"lines.{line.id}.quantity") == 7
    assert service.orders.row(str(order.id)).conflict  # type: ignore[union-attr]
    assert (await service.orders.get(str(order.id))).line(str(line.id)).quantity == mine_quantity  # type: ignore[union-attr]
    # The later status change of that order waits behind the conflict.
    assert service.changes.get(status.id).state is ChangeState.PENDING
    assert writes_of(demo_server, status.id) == []

    await service.changes.resolve(change.id, keep)
    report = await service.sync()
    assert report.complete
    body = server_body(demo_server, str(order.id))
    expected = mine_quantity if keep == "mine" else 7
    assert read_value(body, f"lines.{line.id}.quantity") == expected
    assert len(writes_of(demo_server, change.id)) == (1 if keep == "mine" else 0)
    assert len(writes_of(demo_server, status.id)) == 1
    assert body["shipping"]["status"] == "delivered"
    local = await service.orders.get(str(order.id))
    assert local.line(str(line.id)).quantity == expected  # type: ignore[union-attr]
    assert not service.orders.row(str(order.id)).conflict  # type: ignore[union-attr]


async def test_refused_change_keeps_the_server_message_and_can_be_fixed(
    service: OrderService, demo_server: DemoServer
) -> None:
    order = await editable(service)
    other = await editable(service, 1)
    bad = await service.orders.update(str(order.id), OrderEdit(fields={"billing.treasury_account_id": "no-such-till"}))
    good = await service.orders.set_status(str(other.id), shipping="delivered")
    assert bad is not None and good is not None
    report = await service.sync()
    assert report.failed == 1 and report.sent == 1  # one refused order never blocks another
    refused = service.changes.get(bad.id)
    assert refused.state is ChangeState.FAILED
    assert "billing.treasury_account_id" in refused.field_errors
    assert service.orders.row(str(order.id)).failed  # type: ignore[union-attr]
    # The clerk fixes the value: the refused change is amended and sent.
    account = demo_server.store.data.treasury_accounts[0]["id"]
    fixed = await service.orders.update(str(order.id), OrderEdit(fields={"billing.treasury_account_id": account}))
    assert fixed is not None and fixed.id == bad.id and fixed.state is ChangeState.PENDING
    report = await service.sync()
    assert report.complete
    assert server_body(demo_server, str(order.id))["billing"]["treasury_account_id"] == account
    assert len(writes_of(demo_server, bad.id)) == 1


async def test_refused_change_can_be_discarded(service: OrderService, demo_server: DemoServer) -> None:
    order = await editable(service)
    before = server_body(demo_server, str(order.id))["billing"].get("treasury_account_id")
    bad = await service.orders.update(str(order.id), OrderEdit(fields={"billing.treasury_account_id": "no-such-till"}))
    assert bad is not None
    await service.sync()
    await service.changes.discard(bad.id)
    assert service.changes.queue() == []
    local = await service.orders.get(str(order.id))
    assert local.raw_view["billing"].get("treasury_account_id") == before


async def test_expired_token_pauses_sync_and_drops_nothing(service: OrderService, demo_server: DemoServer) -> None:
    events: list[Event] = []
    service.subscribe(events.append)
    order = await editable(service)
    change = await service.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None
    demo_server.faults.arm("401", 1, method="GET")
    report = await service.sync()
    assert report.auth_required and not report.complete
    assert service.changes.get(change.id).state is ChangeState.PENDING
    assert any(type(e).__name__ == "AuthRequired" for e in events)
    paused = await service.sync()
    assert paused.auth_required  # stays paused until a new login
    await service.account.login("demo@genuka.com", "password")
    report = await service.sync()
    assert report.complete and len(writes_of(demo_server, change.id)) == 1


async def test_bulk_status_uses_the_bulk_endpoint_once(service: OrderService, demo_server: DemoServer) -> None:
    orders = [await editable(service, n) for n in range(4)]
    demo_server.store.colleague_edit(str(orders[3].id), {"shipping.status": "taken_in_charge"})
    changes = await service.orders.bulk_set_status([str(o.id) for o in orders], shipping="delivered")
    assert len(changes) == 4 and len({c.group_id for c in changes}) == 1
    for order in orders:
        assert (await service.orders.get(str(order.id))).shipping_status.value == "delivered"
    report = await service.sync()
    group = changes[0].group_id
    assert group is not None
    bulk_writes = writes_of(demo_server, group)
    assert {w["order_id"] for w in bulk_writes} == {str(o.id) for o in orders[:3]}
    assert all(w["kind"] == "bulk_status" for w in bulk_writes)
    assert report.conflicts == 1  # the colleague moved the fourth one meanwhile
    assert service.changes.get(changes[3].id).state is ChangeState.CONFLICT
    for order in orders[:3]:
        assert server_body(demo_server, str(order.id))["shipping"]["status"] == "delivered"


async def test_a_bulk_refused_as_a_whole_goes_one_order_at_a_time(
    service: OrderService, demo_server: DemoServer
) -> None:
    orders = [await editable(service, n) for n in range(3)]
    ghost = str(orders[1].id)
    demo_server.store.rows[demo_server.store.by_id[ghost]].ghost = True  # the server made it a ghost meanwhile
    changes = await service.orders.bulk_set_status([str(o.id) for o in orders], shipping="delivered")
    report = await service.sync()
    group = changes[0].group_id
    assert group is not None and writes_of(demo_server, group) == []  # the bulk call was refused whole (400)
    for order in (orders[0], orders[2]):
        assert server_body(demo_server, str(order.id))["shipping"]["status"] == "delivered"
    assert [service.changes.get(c.id).state for c in (changes[0], changes[2])] == [ChangeState.SENT, ChangeState.SENT]
    refused = service.changes.get(changes[1].id)  # only the ghost is refused, in the server's words
    assert refused.state is ChangeState.FAILED and "ghost" in (refused.last_error or "") and report.failed == 1


async def test_pull_brings_colleague_edits_and_keeps_local_overlays(
    service: OrderService, demo_server: DemoServer
) -> None:
    seen = await editable(service)
    mine = await editable(service, 1)
    demo_server.stop()
    change = await service.orders.set_status(str(mine.id), shipping="delivered")
    assert change is not None
    port, store = demo_server.port, demo_server.store
    store.colleague_edit(str(seen.id), {"billing.address.city": "Bafoussam"})
    store.colleague_edit(str(mine.id), {"billing.address.city": "Garoua"})
    with DemoServer(store=store, port=port) as back:
        report = await service.sync()
        assert report.complete
        assert (await service.orders.get(str(seen.id))).billing_address.city == "Bafoussam"  # type: ignore[union-attr]
        updated = await service.orders.get(str(mine.id))
        assert updated.billing_address.city == "Garoua"  # type: ignore[union-attr]
        assert updated.shipping_status.value == "delivered"
        assert len(writes_of(back, change.id)) == 1


async def test_full_refresh_keeps_pending_overlays(demo_server: DemoServer, tmp_path: Path) -> None:
    svc = make_service(demo_server, tmp_path / "p")
    await svc.sync()
    order = await editable(svc)
    demo_server.faults.arm("500", 50, method="PUT")
    change = await svc.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None
    await svc.sync(full=True)
    assert (await svc.orders.get(str(order.id))).shipping_status.value == "delivered"
    assert svc.orders.count_all() == 60
    demo_server.faults.clear()
    await send_all(svc)
    await svc.close()


async def test_events_tell_listeners_what_changed(service: OrderService, demo_server: DemoServer) -> None:
    events: list[Event] = []
    service.subscribe(events.append)
    order = await editable(service)
    await service.orders.set_status(str(order.id), shipping="delivered")
    assert any(isinstance(e, OrdersChanged) and str(order.id) in e.order_ids for e in events)
    assert any(isinstance(e, QueueChanged) and e.pending == 1 for e in events)
    demo_server.stop()
    await service.sync()
    assert any(isinstance(e, ConnectivityChanged) and not e.online for e in events)
    assert service.online is False


async def wait_for(condition: Any, within: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def test_background_sync_goes_offline_probes_and_drains_when_back(
    service: OrderService, demo_server: DemoServer
) -> None:
    states: list[bool] = []
    service.subscribe(lambda e: states.append(e.online) if isinstance(e, ConnectivityChanged) else None)
    order = await editable(service)
    port, store = demo_server.port, demo_server.store
    demo_server.stop()
    service.start()
    change = await service.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None
    await wait_for(lambda: service.online is False)
    assert service.changes.get(change.id).state is ChangeState.PENDING
    with DemoServer(store=store, port=port) as back:
        # No clerk action: the probe notices the server and the queue drains.
        await wait_for(lambda: service.changes.get(change.id).state is ChangeState.SENT)
        assert len(writes_of(back, change.id)) == 1
        assert states[-1] is True and False in states
        await service.stop()


async def test_sent_changes_are_forgotten_after_keep_sent_days(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    from dataclasses import replace as with_

    from tests.support.services import FAST_SYNC

    kept = services(demo_server, tmp_path / "kept")
    await kept.sync()
    row = (await kept.orders.listing(ListQuery(limit=1))).rows[0]
    change = await kept.orders.set_status(row.id, billing="unpaid" if row.billing_status.value != "unpaid" else "paid")
    assert change is not None and (await kept.sync()).sent == 1
    assert [c.id for c in kept.changes.queue(include_sent=True)] == [change.id], "sent today: kept for the history"
    # The same queue under a policy that keeps sent changes no time at all: the next sync forgets them.
    pruning = services(demo_server, tmp_path / "kept", policy=with_(FAST_SYNC, keep_sent_days=0.0))
    assert (await pruning.sync()).complete
    assert pruning.changes.queue(include_sent=True) == []


@pytest.mark.parametrize("keep", ["mine", "theirs"])
async def test_a_lost_answer_then_a_colleague_setting_the_value_back_is_asked_never_resent(
    service: OrderService, demo_server: DemoServer, keep: str
) -> None:
    """A-B-A: our write landed without an answer, then a colleague put back the value the clerk saw.

    The server shows the clerk's old value again: from values alone that is
    "never applied". Sending again would write the change twice; the program
    cannot tell, so the clerk decides.
    """
    order = await editable(service)
    change = await service.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None
    demo_server.faults.arm("drop", 1, method="PUT", path="/admin/orders")  # applied, the answer lost
    await service.sync(pull=False)
    assert len(writes_of(demo_server, change.id)) == 1
    assert service.changes.get(change.id).state is ChangeState.PENDING
    demo_server.store.colleague_edit(str(order.id), {"shipping.status": "pending"})

    assert await settled(service, change.id) is ChangeState.CONFLICT
    assert len(writes_of(demo_server, change.id)) == 1
    assert service.changes.get(change.id).theirs == {"shipping.status": "pending"}

    await service.changes.resolve(change.id, keep)
    report = await service.sync()
    assert report.complete
    assert len(writes_of(demo_server, change.id)) == (2 if keep == "mine" else 1)
    expected = "delivered" if keep == "mine" else "pending"
    assert server_body(demo_server, str(order.id))["shipping"]["status"] == expected


async def test_a_lost_answer_with_nothing_moved_since_is_sent_again_once(
    service: OrderService, demo_server: DemoServer
) -> None:
    """The answer lost and the write not applied (a reset before the server acted): sent once more, no question."""
    order = await editable(service)
    change = await service.orders.set_status(str(order.id), shipping="delivered")
    assert change is not None
    demo_server.faults.arm("stall", 1, method="PUT", path="/admin/orders", stall=2.5)
    assert await settled(service, change.id) is ChangeState.SENT
    assert len(writes_of(demo_server, change.id)) == 1


async def test_the_first_sync_loads_its_modules_in_a_worker_thread_once(
    demo_server: DemoServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    services: MakeService,
    request: pytest.FixtureRequest,
) -> None:
    """The engine's and the HTTP stack's imports (~100 ms) run off the loop's thread, which is the GUI's."""
    import threading

    from genuka_desk.service import order_service

    loads: list[tuple[bool, tuple[str, ...]]] = []
    real = order_service.load_modules

    def watched(names: tuple[str, ...]) -> None:
        loads.append((threading.current_thread() is threading.main_thread(), tuple(names)))
        real(names)

    monkeypatch.setattr(order_service, "load_modules", watched)
    from genuka_desk.service.tuning import load_http_backends_ahead

    load_http_backends_ahead(True)  # as the desktop's tuning does (ui/tuning)
    request.addfinalizer(lambda: load_http_backends_ahead(False))
    service = services(demo_server, tmp_path / "profile")
    assert (await service.sync()).complete
    assert (await service.sync()).complete
    assert len(loads) == 1  # once: the second sync finds them loaded
    on_main, names = loads[0]
    assert not on_main
    assert "genuka_desk.sync.engine" in names and "anyio._backends._asyncio" in names
