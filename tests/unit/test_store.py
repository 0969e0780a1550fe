"""The local store on real SQLite files: list, search, overlays, restarts, damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from genuka_desk.models import LineChange, Order, OrderEdit
from genuka_desk.store import CACHE_FILE, QUEUE_FILE, ChangeKind, ChangeState, ListQuery, LocalStore, StoreError
from tests.support.bodies import bodies


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    local = LocalStore(tmp_path / "p")
    local.cache.save_server_orders(Order.from_raw(b) for b in bodies(40))
    return local


def test_list_sort_filter_count(store: LocalStore) -> None:
    assert store.cache.order_count() == 40
    rows = store.search.list_rows(ListQuery(sort="total", descending=True, limit=5))
    assert [r.reference for r in rows] == ["#R0039", "#R0038", "#R0037", "#R0036", "#R0035"]
    delivered = ListQuery(shipping_status=("delivered",), limit=None)
    assert store.search.count_rows(delivered) == 14
    assert all(r.shipping_status.value == "delivered" for r in store.search.list_rows(delivered))
    window = store.search.list_rows(ListQuery(sort="reference", descending=False, offset=10, limit=5))
    assert [r.reference for r in window] == [f"#R{n:04d}" for n in range(10, 15)]


def test_search_names_without_accents_phones_and_references(store: LocalStore) -> None:
    assert store.search.count_rows(ListQuery(search="elodie")) == 10
    assert store.search.count_rows(ListQuery(search="ÉLODIE mbar")) == 10
    assert [r.reference for r in store.search.list_rows(ListQuery(search="99000017"))] == ["#R0017"]
    assert [r.reference for r in store.search.list_rows(ListQuery(search="R0023"))] == ["#R0023"]
    assert store.search.count_rows(ListQuery(search="zz")) == 0
    assert store.search.count_rows(ListQuery(search="ot")) == 10  # two letters: Fotso
    assert store.search.count_rows(ListQuery(search='"; DROP TABLE orders; --')) == 0
    assert store.cache.order_count() == 40


def test_phone_typed_in_groups_and_two_letters_with_a_word(store: LocalStore) -> None:
    # "+237 699 00 00 17" typed as the clerk reads it: the groups join into one number.
    assert [r.reference for r in store.search.list_rows(ListQuery(search="699 00 00 17"))] == ["#R0017"]
    assert [r.reference for r in store.search.list_rows(ListQuery(search="6 99 00 00 17"))] == ["#R0017"]
    # A two-letter word and a longer one must both match.
    assert store.search.count_rows(ListQuery(search="fotso ot")) == 10
    assert store.search.count_rows(ListQuery(search="fotso zz")) == 0


def test_search_results_follow_writes(store: LocalStore) -> None:
    query = ListQuery(search="nkolo", limit=None)
    assert store.search.count_rows(query) == 0
    body = bodies(41)[40]
    body["customer"]["last_name"] = "Nkolo"
    store.cache.save_server_bodies([body])
    # The same search again (its hits were kept) sees the new order at once.
    assert store.search.count_rows(query) == 1
    assert [r.reference for r in store.search.list_rows(query)] == ["#R0040"]
    body = {**body, "updated_at": "2026-11-02T10:00:00.000000Z", "customer": {**body["customer"], "last_name": "X"}}
    store.cache.save_server_bodies([body])
    assert store.search.count_rows(query) == 0
    assert store.search.list_rows(query) == []


def test_overlay_shows_the_change_at_once_and_survives_reopen(store: LocalStore, tmp_path: Path) -> None:
    change = store.queue.enqueue("order-0001", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
    assert change.base == {"shipping.status": "pending"}
    row = store.search.row("order-0001")
    assert row is not None and row.shipping_status.value == "delivered" and row.pending == 1
    assert store.cache.server_body("order-0001")["shipping"]["status"] == "pending"  # type: ignore[index]
    store.close()
    again = LocalStore(tmp_path / "p")
    assert again.cache.order("order-0001").shipping_status.value == "delivered"  # type: ignore[union-attr]
    assert [c.id for c in again.queue.active_changes()] == [change.id]
    again.queue.discard(change.id)
    assert again.cache.order("order-0001").shipping_status.value == "pending"  # type: ignore[union-attr]
    assert again.search.row("order-0001").pending == 0  # type: ignore[union-attr]


def test_a_newer_server_body_keeps_the_overlay(store: LocalStore) -> None:
    store.queue.enqueue("order-0002", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
    fresh = bodies(40)[2]
    fresh["updated_at"] = "2026-11-02T00:00:00.000000Z"
    fresh["billing"] = {**(fresh.get("billing") or {}), "status": "paid"}
    store.cache.save_server_orders([Order.from_raw(fresh)])
    shown = store.cache.order("order-0002")
    assert shown is not None and shown.shipping_status.value == "delivered" and shown.billing_status.value == "paid"
    older = bodies(40)[2]
    assert store.cache.save_server_orders([Order.from_raw(older)]) == []  # an older copy never wins


def test_reconcile_repairs_an_overlay_cut_by_a_crash(store: LocalStore, tmp_path: Path) -> None:
    store.queue.enqueue("order-0003", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
    store.close()
    # As if the process died after the queue file committed and before the cache file did.
    conn = sqlite3.connect(tmp_path / "p" / CACHE_FILE)
    conn.execute(
        "UPDATE orders SET local_body = NULL, pending = 0, shipping_status = 'pending' WHERE id = 'order-0003'"
    )
    conn.commit()
    conn.close()
    again = LocalStore(tmp_path / "p")
    assert again.search.row("order-0003").shipping_status.value == "delivered"  # type: ignore[union-attr]


def test_amend_merges_into_a_refused_change(store: LocalStore) -> None:
    order = store.cache.order("order-0004")
    assert order is not None
    line_id = str(order.lines[0].id)
    change = store.queue.enqueue("order-0004", ChangeKind.UPDATE, OrderEdit(lines={line_id: LineChange(quantity=9)}))
    store.queue.mark_failed(change.id, "refused", {"products": ["no"]})
    amended = store.queue.amend(change.id, OrderEdit(fields={"shipping.address.city": "Kribi"}))
    assert amended.state is ChangeState.PENDING and amended.field_errors == {}
    assert set(amended.edit.touched()) == {f"lines.{line_id}.quantity", "shipping.address.city"}


def test_a_try_stays_in_doubt_across_a_reopen_until_an_answer_or_the_clerk(store: LocalStore, tmp_path: Path) -> None:
    order = store.cache.order("order-0005")
    assert order is not None
    change = store.queue.enqueue("order-0005", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
    assert change.posted == 0 and change.tried_on is None
    store.queue.mark_sending(change.id, 0.0, "2026-11-01T10:00:00.000000Z")
    store.queue.mark_sending(change.id, 0.0, "2026-11-01T10:05:00.000000Z")
    again = LocalStore(tmp_path / "p")  # a crash: the marks are on disk
    doubted = again.queue.change(change.id)
    assert doubted.posted == 2 and doubted.tried_on == "2026-11-01T10:05:00.000000Z"
    assert doubted.base["shipping.status"] == change.base["shipping.status"]  # what the clerk saw is kept
    again.queue.mark_conflict(change.id, {"shipping.status": "pending"}, order, unsure=True)
    doubted_again = again.queue.change(change.id)
    assert doubted_again is not None and doubted_again.unsure
    assert "without an answer" in (doubted_again.last_error or "")
    assert again.search.row("order-0005").conflict  # type: ignore[union-attr]
    kept = again.queue.keep_mine(change.id)
    assert kept.posted == 0 and not kept.unsure and kept.state is ChangeState.PENDING
    assert not again.search.row("order-0005").conflict  # type: ignore[union-attr]  # the row no longer asks
    again.queue.mark_sending(change.id, 0.0, None)
    again.sales.clear_posted(change.id)  # the server answered that it did not apply it
    assert again.queue.change(change.id).posted == 0
    again.queue.mark_conflict(change.id, {"shipping.status": "taken_in_charge"}, order)
    assert not again.queue.change(change.id).unsure
    again.close()


def test_damaged_cache_is_moved_aside_and_the_queue_kept(store: LocalStore, tmp_path: Path) -> None:
    change = store.queue.enqueue("order-0005", ChangeKind.STATUS, OrderEdit(fields={"billing.status": "paid"}))
    store.close()
    (tmp_path / "p" / CACHE_FILE).write_bytes(b"this is not a database" * 500)
    for side in ("-wal", "-shm"):
        (tmp_path / "p" / (CACHE_FILE + side)).unlink(missing_ok=True)
    again = LocalStore(tmp_path / "p")
    assert again.files.cache_rebuilt and again.cache.order_count() == 0
    assert [c.id for c in again.queue.active_changes()] == [change.id]
    assert list((tmp_path / "p").glob(f"{CACHE_FILE}.corrupt-*"))
    # The body comes back from the server and the overlay is laid on it again.
    again.cache.save_server_orders([Order.from_raw(bodies(40)[5])])
    assert again.cache.order("order-0005").billing_status.value == "paid"  # type: ignore[union-attr]


def test_newer_schema_is_refused_clearly(tmp_path: Path) -> None:
    LocalStore(tmp_path / "p").close()
    conn = sqlite3.connect(tmp_path / "p" / QUEUE_FILE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer genuka-desk"):
        LocalStore(tmp_path / "p")


def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if _can_write(folder):
            pytest.skip("running as root: permissions do not stop writes")
        with pytest.raises(StoreError):
            LocalStore(folder / "p")
    finally:
        folder.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / ".probe").write_text("x")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


@pytest.mark.parametrize("search", ["elodie", "fotso", "R001", "99000017", "ot", "nobody"])
@pytest.mark.parametrize("sort", ["created_at", "total", "customer"])
def test_searched_windows_equal_the_plain_query(store: LocalStore, search: str, sort: str) -> None:
    """The kept hits and the index walk (chosen by hit count) list exactly what the plain SQL lists."""
    from genuka_desk.store.listing import order_clause, where_clause

    full = ListQuery(search=search, sort=sort, limit=None)
    where, params = where_clause(full)  # the search inline, no kept hits
    conn = sqlite3.connect(store.folder / QUEUE_FILE)  # the files as any SQLite client reads them
    try:
        conn.execute("ATTACH DATABASE ? AS cache", (str(store.folder / CACHE_FILE),))
        sql = f"SELECT reference FROM cache.orders{where}{order_clause(full)}"
        expected = [r[0] for r in conn.execute(sql, params)]
    finally:
        conn.close()
    assert store.search.count_rows(full) == len(expected)
    for offset, limit in ((0, 3), (2, 4), (0, None), (5, 100)):
        window = ListQuery(search=search, sort=sort, offset=offset, limit=limit)
        got = [r.reference for r in store.search.list_rows(window)]
        assert got == expected[offset : None if limit is None else offset + limit]


def test_bodies_are_stored_compressed_and_older_zlib_caches_still_read() -> None:
    import zlib

    import orjson

    from genuka_desk.store.rows import ZSTD_MAGIC, decode_body, encode_body

    body = bodies(1)[0]
    body["huge"] = 2**70  # beyond orjson's 64-bit integers: the stdlib writes it
    blob = encode_body(body)
    assert blob[:4] == ZSTD_MAGIC
    assert len(blob) < len(orjson.dumps(bodies(1)[0])) / 2
    assert decode_body(blob) == body
    del body["huge"]
    # Caches written by earlier versions hold zlib streams.
    assert decode_body(zlib.compress(orjson.dumps(body), 1)) == body


def test_a_cache_from_before_the_state_columns_is_upgraded_from_its_bodies(tmp_path: Path) -> None:
    from genuka_desk.store import schema
    from genuka_desk.store.rows import encode_body

    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / CACHE_FILE)
    for migration in schema.CACHE_MIGRATIONS[:2]:  # the cache as version 2 left it
        migration(conn, "main")
    conn.execute("PRAGMA main.user_version = 2")
    quote = {**bodies(2)[0], "state": 2}
    gone = {**bodies(2)[1], "deleted_at": "2026-11-20T10:00:00.000000Z"}
    for body in (quote, gone):
        conn.execute(
            "INSERT INTO orders (id, server_body, server_updated_at) VALUES (?, ?, ?)",
            (body["id"], encode_body(body), body["updated_at"]),
        )
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        rows = {r.id: r for r in store.search.list_rows(ListQuery(limit=None))}
        assert rows[quote["id"]].state.name == "QUOTATION" and not rows[quote["id"]].cancelled
        assert rows[gone["id"]].cancelled
    finally:
        store.close()


def test_the_details_due_move_from_their_json_list_to_a_table_and_keep_their_order(tmp_path: Path) -> None:
    from genuka_desk.store import schema

    folder = tmp_path / "p"
    folder.mkdir()
    conn = sqlite3.connect(folder / CACHE_FILE)
    for migration in schema.CACHE_MIGRATIONS[:6]:  # the cache as version 6 left it
        migration(conn, "main")
    conn.execute("PRAGMA main.user_version = 6")
    conn.execute('INSERT INTO meta (key, value) VALUES (\'pull.details\', \'["o3", "o1", "o2", "o1"]\')')
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        assert store.cache.details_due() == ["o3", "o1", "o2"] and store.cache.get_meta("pull.details") is None
        store.cache.save_server_orders(Order.from_raw(b) for b in bodies(3))
        listed = [{k: v for k, v in b.items() if k not in ("addresses", "order_products")} for b in bodies(5)]
        _, due = store.cache.save_listed_bodies(listed, note_details=True)
        assert due and store.cache.details_due() == ["o3", "o1", "o2", *[i for i in due if i not in ("o1", "o2", "o3")]]
        store.cache.forget_details_due(["o1", "o3", *due])
        assert store.cache.details_due() == ["o2"]
    finally:
        store.close()


def test_balances_kept_before_count_only_what_is_owed_after_opening(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    store = LocalStore(folder)
    gone, quote, owing = bodies(3)
    gone["billing"] = {**gone["billing"], "status": "canceled"}
    quote["state"] = 2
    store.cache.save_server_orders(Order.from_raw(b) for b in (gone, quote, owing))
    store.close()
    conn = sqlite3.connect(folder / CACHE_FILE)
    conn.execute("UPDATE orders SET due = '5000', due_num = 5000")  # as version 7 stored them
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        rows = {r.id: r for r in store.search.list_rows(ListQuery(limit=None, sort="balance"))}
        assert [rows[b["id"]].balance for b in (gone, quote)] == [0, 0]
        assert rows[owing["id"]].balance == 5000
    finally:
        store.close()
    conn = sqlite3.connect(folder / CACHE_FILE)
    kept = dict(conn.execute("SELECT id, due_num FROM orders").fetchall())
    conn.close()
    assert kept == {gone["id"]: 0, quote["id"]: 0, owing["id"]: 5000}  # what the Balance sort reads


def test_customers_kept_before_are_found_by_their_phone_in_one_look_after_opening(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    store = LocalStore(folder)
    store.catalog.save_customers([{"id": "c1", "first_name": "Awa", "phone": "+237 694 18 21 99"}])
    store.close()
    conn = sqlite3.connect(folder / CACHE_FILE)
    conn.execute("UPDATE customers SET digits = '237694182199'")  # as the server's digits were kept before
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    store = LocalStore(folder)
    try:
        for typed in ("694182199", "+237 694 18 21 99", "00237 694.18.21.99"):
            found = store.catalog.customer_by_phone(typed)
            assert found is not None and found.id == "c1", typed
    finally:
        store.close()


def _product(pid: str, title: str, variants: list[tuple[str, str]], **extra: object) -> dict[str, object]:
    return {
        "id": pid,
        "title": title,
        "variants": [{"id": vid, "title": vt, "sku": f"{vid}-sku", "price": 1000} for vid, vt in variants],
        **extra,
    }


def test_the_catalogue_word_index_follows_every_write(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    try:
        store.catalog.save_products([_product("p1", "Café de l'Ouest", [("v1", "500 g"), ("v2", "1 kg")])])
        assert {i.variant_id for i in store.catalog.search_catalog("cafe ou")} == {"v1", "v2"}
        assert {i.variant_id for i in store.catalog.search_catalog("l'oue")} == {"v1", "v2"}
        store.catalog.save_products([_product("p1", "Thé vert", [("v1", "500 g")])])  # renamed, a variant fewer
        assert store.catalog.search_catalog("cafe") == [] and [
            i.variant_id for i in store.catalog.search_catalog("the v")
        ] == ["v1"]
        store.catalog.save_products([_product("p2", "Thé noir", [("v1", "moved here")])])  # the variant moved
        assert [(i.product_id, i.variant_title) for i in store.catalog.search_catalog("the")] == [("p2", "moved here")]
        store.catalog.save_products([_product("p2", "Thé noir", [], deleted_at="2026-12-01T08:00:00.000000Z")])
        assert store.catalog.search_catalog("the") == [] and store.catalog.catalog_count() == 0
        assert store.catalog.search_catalog('"*-') == []  # only signs: nothing to look for, no query error
    finally:
        store.close()


def test_the_customers_word_index_follows_every_write(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    try:
        awa = {"id": "c1", "first_name": "Awa", "last_name": "Bëllo", "phone": "+237699000001"}
        store.catalog.save_customers([awa])
        assert [c.id for c in store.catalog.search_customers("bel")] == ["c1"]
        store.catalog.save_customers([{**awa, "last_name": "Ndiaye"}])
        assert store.catalog.search_customers("bel") == [] and [
            c.id for c in store.catalog.search_customers("ndi aw")
        ] == ["c1"]
        store.catalog.save_customers([{**awa, "deleted_at": "2026-12-01T08:00:00.000000Z"}])
        assert store.catalog.search_customers("ndi") == [] and store.catalog.search_customers("6 99 00") == []
    finally:
        store.close()


def test_a_catalogue_from_before_the_word_index_is_indexed_on_opening(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "p")
    store.catalog.save_products([_product("p1", "Savon noir", [("v1", "")])])
    store.catalog.save_customers([{"id": "c1", "first_name": "Awa", "last_name": "Bello", "phone": "+237699000001"}])
    store.close()
    conn = sqlite3.connect(tmp_path / "p" / CACHE_FILE)  # back to schema 4: no word index
    for table in ("variants", "customers"):
        for trigger in ("added", "gone", "changed"):
            conn.execute(f"DROP TRIGGER {table}_words_{trigger}")
        conn.execute(f"DROP TABLE {table}_words")
    conn.execute("DROP INDEX orders_owing")  # and before the credit book's indexes (schema 11)
    conn.execute("DROP INDEX orders_paid")
    conn.execute("DROP INDEX orders_due")  # and before the balance column (schema 6)
    conn.execute("ALTER TABLE orders DROP COLUMN due_num")
    conn.execute("ALTER TABLE orders DROP COLUMN due")
    conn.execute("DROP TABLE details_due")  # and before the details table (schema 7)
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    store = LocalStore(tmp_path / "p")
    try:
        assert [i.variant_id for i in store.catalog.search_catalog("sav")] == ["v1"]
        assert [c.id for c in store.catalog.search_customers("bel")] == ["c1"]
    finally:
        store.close()


def test_of_two_copies_of_an_order_stored_together_the_newest_stays(tmp_path: Path) -> None:
    store = LocalStore(tmp_path / "s")
    try:
        newer = {"id": "o1", "reference": "N", "updated_at": "2026-12-01T10:00:05.000000Z", "amount": 10}
        older = {**newer, "reference": "O", "updated_at": "2026-12-01T10:00:04.000000Z"}
        same = {**newer, "reference": "S"}
        store.cache.save_listed_bodies([newer, older])
        assert store.search.row("o1").reference == "N"  # type: ignore[union-attr]
        store.cache.save_listed_bodies([older, same], authoritative=True)
        assert store.search.row("o1").reference == "S"  # type: ignore[union-attr]  # as new: the later copy
    finally:
        store.close()
