"""The start's first look reads the cache file alone and lists exactly what the store lists."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from genuka_desk.models import Order, OrderEdit
from genuka_desk.store import CACHE_FILE, ChangeKind, ListQuery, LocalStore
from genuka_desk.store.first_look import FirstLook
from tests.support.bodies import bodies

QUERIES = [
    ListQuery(),
    ListQuery(sort="total", descending=False, limit=7),
    ListQuery(sort="reference", offset=10, limit=5),
    ListQuery(sort="customer", limit=None),
    ListQuery(search="elodie", limit=None),
    ListQuery(shipping_status=("delivered",), billing_status=("paid", "pending"), limit=None),
    ListQuery(only_unsent=True, limit=None),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    local = LocalStore(tmp_path / "p")
    local.cache.save_server_orders(Order.from_raw(b) for b in bodies(40))
    # An unsent change: its row says so (and shows the status the clerk chose).
    local.queue.enqueue("order-0001", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
    local.close()
    return tmp_path / "p"


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q)[:60])
def test_the_first_look_lists_what_the_store_lists(folder: Path, query: ListQuery) -> None:
    look = FirstLook(folder)
    with LocalStore(folder) as store:
        assert look.rows(query) == store.search.list_rows(query)
        assert look.count(query) == store.search.count_rows(query)
        some = store.search.list_rows(ListQuery(limit=3))
        assert [look.row(r.id) for r in some] == some
    assert look.row("no-such-order") is None
    look.close()
    assert look.closed


def test_the_first_look_never_writes_nor_makes_a_file(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(sqlite3.Error):
        FirstLook(tmp_path / "empty")  # nothing to look at: and no file made for it
    assert not (tmp_path / "empty" / CACHE_FILE).exists()
    look = FirstLook(folder)
    with pytest.raises(sqlite3.Error):
        look._db().execute("DELETE FROM cache.orders")
    assert look.count(ListQuery()) == 40
    look.close()
    with pytest.raises(sqlite3.Error):
        look.count(ListQuery())


def test_an_older_or_damaged_cache_is_an_error_for_the_usual_start_to_handle(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    with sqlite3.connect(folder / CACHE_FILE) as conn:
        conn.execute("CREATE TABLE orders (id TEXT)")  # a schema the store would migrate
    with pytest.raises(sqlite3.Error):
        FirstLook(folder).rows(ListQuery())
    (folder / CACHE_FILE).write_bytes(b"not a database at all" * 100)
    with pytest.raises(sqlite3.Error):
        FirstLook(folder).count(ListQuery())
