"""Disk trouble: a full disk, a read-only data folder, a damaged cache file.

Where the machine allows it (root and ``mount``, as in CI), the disk is a
real, tiny tmpfs: it really fills up and is really remounted read-only.
Everywhere, SQLite's own page limit gives the same "database or disk is
full" error from SQLite itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import Order, OrderEdit
from genuka_desk.service import OrderService
from genuka_desk.store import CACHE_FILE, QUEUE_FILE, ListQuery, LocalStore, StoreError
from tests.support.bodies import bodies
from tests.support.damage import damage, past_the_roots
from tests.support.processes import profile_folder
from tests.support.services import MakeService, make_service, store_of, writes_of

ROOT = Path(__file__).resolve().parents[2]


def _mount(*args: str) -> bool:
    try:
        return subprocess.run(["mount", *args], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB filesystem (tmpfs), or a skip where this machine cannot mount one."""
    point = tmp_path / "disk"
    point.mkdir()
    if (
        os.geteuid() != 0
        or shutil.which("mount") is None
        or not _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point))
    ):
        pytest.skip("mounting a small filesystem needs root and mount")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=10)


def fill(folder: Path) -> Path:
    """Write a file until the disk says it is full."""
    filler = folder / "filler"
    # Unbuffered: a chunk the disk half took must not stay in a buffer that close() would flush (ENOSPC
    # again, at close, whenever the free space was not a whole number of chunks).
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                os.fsync(out.fileno())
        except OSError:
            pass
    return filler


async def queued_then_full(
    server: DemoServer, folder: Path, make_full: Callable[[OrderService], Callable[[], None]]
) -> None:
    """Queue one change, make the disk full, try more, free it, try again; check nothing was lost."""
    service = make_service(server, folder)
    try:
        await service.sync()
        await _full_then_freed(service, make_full)
    finally:
        await service.close()


async def _full_then_freed(service: OrderService, make_full: Callable[[OrderService], Callable[[], None]]) -> None:
    rows = service.orders.rows(ListQuery(limit=30))
    kept = await service.orders.update(rows[0].id, _address_edit(rows[0].id))
    assert kept is not None

    release = make_full(service)
    with pytest.raises(StoreError) as refused:
        for row in rows[1:]:  # until a write needs a page the disk no longer has
            await service.orders.update(row.id, _address_edit(row.id))
    assert "disk is full" in refused.value.message
    assert "Nothing already saved was lost" in refused.value.message
    queued = service.changes.queue()
    assert queued[0].id == kept.id
    failed_on = next(r.id for r in rows[1:] if r.id not in {c.order_id for c in queued})
    shown = await service.orders.get(failed_on)
    assert "Plateau" not in str(shown.raw_view["shipping"].get("address")), "the refused edit shows nowhere"
    assert not service.orders.row(failed_on).pending  # type: ignore[union-attr]

    release()
    again = await service.orders.update(failed_on, _address_edit(failed_on))
    assert again is not None
    report = await service.sync()
    assert report.complete
    for change in [*queued, again]:
        assert service.changes.get(change.id).state.value == "sent"


def _address_edit(order_id: str) -> OrderEdit:
    # A long value: each edit needs new pages, so the limit is reached within a few.
    return OrderEdit(fields={"shipping.address.line2": f"Plateau {order_id} " + "x" * 400})


def sqlite_limit(service: OrderService) -> Callable[[], None]:
    """Cap both files at their present size (SQLite's own limit); returns the release."""
    conn = store_of(service).files._conn  # the writer: SQLite's own size limit, set on the connection itself
    sizes = {s: conn.execute(f"PRAGMA {s}.page_count").fetchone()[0] for s in ("main", "cache")}
    for schema, pages in sizes.items():
        conn.execute(f"PRAGMA {schema}.max_page_count = {pages}")

    def release() -> None:
        for schema in sizes:
            conn.execute(f"PRAGMA {schema}.max_page_count = 1073741823")

    return release


@pytest.mark.asyncio
async def test_sqlite_full_while_queuing_is_a_clear_error_and_loses_nothing(
    demo_server: DemoServer, tmp_path: Path
) -> None:
    await queued_then_full(demo_server, tmp_path / "profile", sqlite_limit)


@pytest.mark.asyncio
async def test_real_full_disk_while_queuing_is_a_clear_error_and_loses_nothing(
    demo_server: DemoServer, small_disk: Path
) -> None:
    await queued_then_full(demo_server, small_disk / "profile", lambda _: fill(small_disk).unlink)


def cli(data_dir: Path, server: DemoServer, *args: str, offline: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GENUKA_BASE_URL": "http://127.0.0.1:9" if offline else server.url,
        "GENUKA_COMPANY": server.company_id,
        "GENUKA_TOKEN": DEMO_ADMIN_KEY,
    }
    return subprocess.run(
        [sys.executable, "-m", "genuka_desk", *args, "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_read_only_data_folder_is_a_clear_error_and_the_queue_survives(
    demo_server: DemoServer, small_disk: Path
) -> None:
    state = small_disk / "state"
    assert cli(state, demo_server, "sync").returncode == 0
    first = cli(state, demo_server, "orders", "list", "--shipping-status", "pending", "--limit", "1", "--json")
    reference = json.loads(first.stdout)["orders"][0]["reference"]
    # Queued while the shop is offline: it waits in the queue.
    queued = cli(state, demo_server, "orders", "set-status", reference, "--shipping", "delivered", offline=True)
    assert queued.returncode == 0 and "will be sent" in queued.stdout, queued.stderr

    assert _mount("-o", "remount,ro", str(small_disk))
    try:
        for args in (("queue",), ("orders", "set-status", reference, "--billing", "paid"), ("orders", "list")):
            result = cli(state, demo_server, *args)
            assert result.returncode != 0
            assert "read-only" in result.stderr, result.stderr
            assert "Nothing already saved was lost" in result.stderr
            assert "Traceback" not in result.stderr
        with pytest.raises(StoreError, match="read-only"):
            LocalStore(profile_folder(demo_server, state))
    finally:
        assert _mount("-o", "remount,rw", str(small_disk))
    queue = cli(state, demo_server, "queue", "--json")
    assert queue.returncode == 4  # changes remain
    assert len(json.loads(queue.stdout)) == 1  # the change queued before is still there
    assert cli(state, demo_server, "sync").returncode == 0


def test_read_only_folder_without_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through permissions; the tmpfs test covers this")
    LocalStore(tmp_path / "p").close()
    for path in (tmp_path / "p", *(tmp_path / "p").iterdir()):
        path.chmod(0o500 if path.is_dir() else 0o400)
    try:
        with pytest.raises(StoreError, match="read-only"):
            LocalStore(tmp_path / "p")
    finally:
        for path in (tmp_path / "p", *(tmp_path / "p").iterdir()):
            path.chmod(0o700 if path.is_dir() else 0o600)


@pytest.mark.asyncio
@pytest.mark.parametrize("how", ["garbage", "pages"])
async def test_damaged_cache_is_set_aside_and_rebuilt_from_the_server_keeping_the_queue(
    demo_server: DemoServer, tmp_path: Path, how: str, services: MakeService
) -> None:
    folder = tmp_path / "profile"
    service = make_service(demo_server, folder)
    await service.sync()
    order_id = service.orders.rows(ListQuery(shipping_status=("pending",), limit=1))[0].id
    change = await service.orders.set_status(order_id, shipping="delivered")
    assert change is not None
    await service.close()  # the program ends with the change unsent
    for side in ("-wal", "-shm"):
        (folder / (CACHE_FILE + side)).unlink(missing_ok=True)
    if how == "garbage":
        (folder / CACHE_FILE).write_bytes(b"not a database at all " * 4000)
    else:
        damage(folder / CACHE_FILE)

    again = services(demo_server, folder)
    if not again.cache_rebuilt:
        # The header reads and the start touched no damaged page: the full check finds it.
        assert await again.check_cache() is False
    assert again.cache_rebuilt
    assert list(folder.glob(f"{CACHE_FILE}.corrupt-*")), "the damaged file is kept aside for support"
    assert [c.id for c in again.changes.queue()] == [change.id]  # the queue is a separate file: untouched
    report = await again.sync()
    assert report.complete and report.pulled == 60
    assert again.orders.count_all() == 60
    assert len(writes_of(demo_server, change.id)) == 1
    assert (await again.orders.get(order_id)).shipping_status.value == "delivered"
    assert await again.check_cache() is True


@pytest.mark.asyncio
async def test_full_check_finds_damage_while_running_and_rebuilds_at_once(
    demo_server: DemoServer, tmp_path: Path, services: MakeService
) -> None:
    folder = tmp_path / "profile"
    service = services(demo_server, folder)
    await service.sync()
    order_id = service.orders.rows(ListQuery(shipping_status=("pending",), limit=1))[0].id
    change = await service.orders.set_status(order_id, shipping="delivered")
    assert change is not None
    assert await service.check_cache() is True
    store_of(service).files.checkpoint()  # every page in the file
    damage(folder / CACHE_FILE)
    events: list[object] = []
    service.subscribe(events.append)

    assert await service.check_cache() is False
    assert [type(e).__name__ for e in events][:2] == ["CacheRebuilt", "OrdersChanged"]
    assert service.cache_rebuilt and service.orders.count_all() == 0
    assert [c.id for c in service.changes.queue()] == [change.id]
    report = await service.sync()
    assert report.complete and report.pulled == 60
    assert len(writes_of(demo_server, change.id)) == 1
    assert (await service.orders.get(order_id)).shipping_status.value == "delivered"


def test_damage_seen_while_running_is_checked_and_rebuilt_at_the_next_start(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    store.cache.save_server_orders([Order.from_raw(b) for b in bodies(200)])
    store.close()
    cache = tmp_path / "p" / CACHE_FILE
    damage(cache, first_page=past_the_roots(cache))  # the open check reads the roots: damage past them
    again = LocalStore(tmp_path / "p")
    with pytest.raises(StoreError, match="Restart genuka-desk"):
        for n in range(200):
            again.cache.body(f"order-{n:04d}")
    again.close()
    assert (tmp_path / "p" / "cache.damaged").exists()
    third = LocalStore(tmp_path / "p")
    assert third.files.cache_rebuilt and third.cache.order_count() == 0
    assert not (tmp_path / "p" / "cache.damaged").exists()
    third.close()


def test_damaged_queue_file_is_named_and_left_alone(tmp_path: Path) -> None:
    LocalStore(tmp_path / "p").close()
    queue = tmp_path / "p" / QUEUE_FILE
    queue.write_bytes(b"garbage " * 2000)
    with pytest.raises(StoreError, match=r"unsent changes .* is damaged"):
        LocalStore(tmp_path / "p")
    assert queue.read_bytes() == b"garbage " * 2000
