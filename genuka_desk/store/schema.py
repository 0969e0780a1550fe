"""Table definitions, as numbered migrations (append, never edit a shipped one)."""

from __future__ import annotations

import json
import sqlite3


def _queue_v1(conn: sqlite3.Connection, s: str) -> None:
    conn.execute(
        f"""CREATE TABLE {s}.changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            order_id TEXT NOT NULL,
            order_ref TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            group_id TEXT,
            intent TEXT NOT NULL,
            base TEXT NOT NULL,
            base_updated_at TEXT,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            last_error TEXT,
            field_errors TEXT,
            theirs TEXT,
            theirs_updated_at TEXT,
            created_at REAL NOT NULL,
            changed_at REAL NOT NULL,
            sent_at REAL
        )"""
    )
    conn.execute(f"CREATE INDEX {s}.changes_order ON changes(order_id, seq)")
    conn.execute(f"CREATE INDEX {s}.changes_state ON changes(state, next_attempt_at)")
    conn.execute(f"CREATE TABLE {s}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _cache_v1(conn: sqlite3.Connection, s: str) -> None:
    conn.execute(
        f"""CREATE TABLE {s}.orders (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            reference TEXT NOT NULL DEFAULT '',
            customer TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            total TEXT,
            total_num REAL,
            currency TEXT NOT NULL DEFAULT 'XAF',
            shipping_status TEXT NOT NULL DEFAULT '',
            billing_status TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            item_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            server_updated_at TEXT,
            pending INTEGER NOT NULL DEFAULT 0,
            conflict INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            server_body BLOB NOT NULL,
            local_body BLOB
        )"""
    )
    for name, columns in (
        ("created", "created_at"),
        ("updated", "updated_at"),
        ("total", "total_num"),
        ("reference", "reference"),
        ("customer", "customer COLLATE NOCASE"),
        ("shipping", "shipping_status, created_at"),
        ("billing", "billing_status, created_at"),
        ("pending", "pending"),
    ):
        conn.execute(f"CREATE INDEX {s}.orders_{name} ON orders({columns})")
    # Trigram: substring search in references, names, phones and product titles.
    conn.execute(f"CREATE VIRTUAL TABLE {s}.orders_fts USING fts5(text, tokenize='trigram')")
    conn.execute(f"CREATE TABLE {s}.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _cache_v2(conn: sqlite3.Connection, s: str) -> None:
    # The orders showing a local change: read at every start (reconcile) without a full scan.
    conn.execute(f"CREATE INDEX {s}.orders_overlaid ON orders(id) WHERE pending > 0 OR local_body IS NOT NULL")


def _queue_v2(conn: sqlite3.Connection, s: str) -> None:
    # Until when a change that may still be in flight at the server is neither judged nor sent again.
    conn.execute(f"ALTER TABLE {s}.changes ADD COLUMN settle_until REAL NOT NULL DEFAULT 0")


def _cache_v3(conn: sqlite3.Connection, s: str) -> None:
    # The order's state (quotation / sales order / invoice) and whether it was cancelled or
    # deleted on the server: shown in the list. Rows cached before are re-read from their bodies.
    from .body_columns import body_columns
    from .rows import decode_body

    conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN state INTEGER NOT NULL DEFAULT 0")
    conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0")
    rows = conn.execute(f"SELECT rowid, coalesce(local_body, server_body) FROM {s}.orders").fetchall()
    for rowid, blob in rows:
        values, _ = body_columns(decode_body(blob))
        conn.execute(
            f"UPDATE {s}.orders SET state = ?, cancelled = ? WHERE rowid = ?",
            (values["state"], values["cancelled"], rowid),
        )


def _cache_v4(conn: sqlite3.Connection, s: str) -> None:
    # The catalogue (one row per sellable variant) and the customers, for the counter offline.
    # ``words`` is the folded text searched by word prefix; SKUs and barcodes are matched whole.
    conn.execute(
        f"""CREATE TABLE {s}.variants (
            rowid INTEGER PRIMARY KEY,
            variant_id TEXT NOT NULL UNIQUE,
            product_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            variant_title TEXT NOT NULL DEFAULT '',
            sku TEXT NOT NULL DEFAULT '',
            barcode TEXT NOT NULL DEFAULT '',
            price TEXT,
            stock REAL,
            words TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute(f"CREATE INDEX {s}.variants_product ON variants(product_id)")
    conn.execute(f"CREATE INDEX {s}.variants_sku ON variants(sku) WHERE sku != ''")
    conn.execute(f"CREATE INDEX {s}.variants_barcode ON variants(barcode) WHERE barcode != ''")
    conn.execute(
        f"""CREATE TABLE {s}.customers (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            digits TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            words TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            body BLOB NOT NULL
        )"""
    )
    conn.execute(f"CREATE INDEX {s}.customers_digits ON customers(digits)")


def _cache_v5(conn: sqlite3.Connection, s: str) -> None:
    # Word-prefix indexes of the catalogue and the customers (what the counter searches as the
    # clerk types): a rare word is found without reading every row, a common one without
    # sorting every row. Kept in step by triggers; the stores write by delete then insert.
    for table in ("variants", "customers"):
        conn.execute(
            f"CREATE VIRTUAL TABLE {s}.{table}_words USING fts5(words, content='{table}', "
            "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
        )
        conn.execute(f"INSERT INTO {s}.{table}_words({table}_words) VALUES ('rebuild')")
        conn.execute(
            f"CREATE TRIGGER {s}.{table}_words_added AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {table}_words(rowid, words) VALUES (new.rowid, new.words); END"
        )
        conn.execute(
            f"CREATE TRIGGER {s}.{table}_words_gone AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {table}_words({table}_words, rowid, words) VALUES ('delete', old.rowid, old.words); END"
        )
        conn.execute(
            f"CREATE TRIGGER {s}.{table}_words_changed AFTER UPDATE OF words ON {table} BEGIN "
            f"INSERT INTO {table}_words({table}_words, rowid, words) VALUES ('delete', old.rowid, old.words); "
            f"INSERT INTO {table}_words(rowid, words) VALUES (new.rowid, new.words); END"
        )


def _cache_v6(conn: sqlite3.Connection, s: str) -> None:
    # What is still owed on each order (``amount_due``): the list's Balance column, sortable.
    # Rows cached before are read again from their bodies (the overlay's, where a change is laid).
    from .body_columns import owed
    from .rows import decode_body

    conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN due TEXT")
    conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN due_num REAL")
    rows = conn.execute(f"SELECT rowid, coalesce(local_body, server_body) FROM {s}.orders")
    values = []
    for rowid, blob in rows:
        due = owed(decode_body(blob))
        values.append((None if due is None else str(due), None if due is None else float(due), rowid))
    conn.executemany(f"UPDATE {s}.orders SET due = ?, due_num = ? WHERE rowid = ?", values)
    conn.execute(f"CREATE INDEX {s}.orders_due ON orders(due_num)")


def _cache_v7(conn: sqlite3.Connection, s: str) -> None:
    # The orders whose detail is due, newest first, as a table: a first sync of 100,000
    # orders added each page's ids to one JSON list rewritten whole per page (quadratic).
    conn.execute(f"CREATE TABLE {s}.details_due (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)")
    row = conn.execute(f"SELECT value FROM {s}.meta WHERE key = 'pull.details'").fetchone()
    try:
        ids = json.loads(row[0]) if row is not None and row[0] else []
    except ValueError:
        ids = []
    if isinstance(ids, list):
        conn.executemany(f"INSERT OR IGNORE INTO {s}.details_due (id) VALUES (?)", [(str(i),) for i in ids])
    conn.execute(f"DELETE FROM {s}.meta WHERE key = 'pull.details'")


def _cache_v8(conn: sqlite3.Connection, s: str) -> None:
    # A balance counts only what is really owed (models.owed): rows stored before kept the raw amount_due
    # of cancelled orders, cancelled payment statuses and quotations, which the Balance sort still used.
    conn.execute(
        f"UPDATE {s}.orders SET due = '0', due_num = 0 WHERE cancelled = 1 OR billing_status = 'canceled' OR state = 2"
    )


def _cache_v9(conn: sqlite3.Connection, s: str) -> None:
    # A customer's phone is kept in one form (models.phone.phone_key) on rows stored before too, so the
    # counter finds a known customer by an exact, indexed look-up instead of scanning every phone.
    from ..models.phone import phone_key

    rows = conn.execute(f"SELECT rowid, phone FROM {s}.customers").fetchall()
    conn.executemany(f"UPDATE {s}.customers SET digits = ? WHERE rowid = ?", [(phone_key(p), r) for r, p in rows])


def _cache_v10(conn: sqlite3.Connection, s: str) -> None:
    # Detail bodies read in the second they were written (store.cache.YOUNG_SECONDS): fetched again when a
    # list shows them unchanged, so a write later in that second (same updated_at) is not missed.
    conn.execute(f"CREATE TABLE IF NOT EXISTS {s}.young (id TEXT PRIMARY KEY, version TEXT NOT NULL)")


def _queue_v3(conn: sqlite3.Connection, s: str) -> None:
    # The money taken with a sale went as billing.amount on create, which records no payment on Genuka:
    # every sale not yet created gets it as a payment change of its own (see store.new_orders).
    import uuid

    from .. import models as _models

    rows = conn.execute(
        f"SELECT id, order_id, order_ref, intent FROM {s}.changes WHERE kind = 'create' AND state != 'sent'"
    ).fetchall()
    for change_id, order_id, order_ref, intent in rows:
        payment = _models.NewOrder.model_validate_json(intent).payment()
        if payment is None:
            continue
        conn.execute(
            f"INSERT INTO {s}.changes (id, order_id, order_ref, kind, intent, base, state, created_at, changed_at) "
            "VALUES (?, ?, ?, 'payment', ?, ?, 'pending', strftime('%s', 'now'), strftime('%s', 'now'))",
            (
                str(uuid.uuid4()),
                order_id,
                order_ref,
                payment.model_dump_json(),
                json.dumps({"posted": 0, "sale": change_id}),
            ),
        )


def _queue_v4(conn: sqlite3.Connection, s: str) -> None:
    # The cash handed over for a payment taken here, which Genuka has no field for: kept on this computer for
    # the receipt (store.cash_given), after its change is forgotten. A payment dropped before it was sent takes
    # its row with it. The payments already queued with cash handed over get theirs. (Made to run again
    # harmlessly: a file set back to an older version number by hand keeps opening.)
    from .. import models as _models
    from .cash_given import keep_cash

    conn.execute(
        f"""CREATE TABLE IF NOT EXISTS {s}.cash_given (
            payment_key TEXT PRIMARY KEY,
            order_id TEXT NOT NULL,
            amount TEXT NOT NULL,
            method TEXT NOT NULL,
            tendered TEXT NOT NULL,
            taken_at REAL NOT NULL
        )"""
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS {s}.cash_given_order ON cash_given(order_id)")
    conn.execute(
        f"CREATE TRIGGER IF NOT EXISTS {s}.cash_given_dropped AFTER DELETE ON changes "
        "WHEN old.kind = 'payment' AND old.state != 'sent' BEGIN "
        "DELETE FROM cash_given WHERE payment_key = json_extract(old.intent, '$.key'); END"
    )
    rows = conn.execute(f"SELECT order_id, intent FROM {s}.changes WHERE kind = 'payment' ORDER BY seq").fetchall()
    for order_id, intent in rows:
        try:
            payment = _models.NewPayment.model_validate_json(intent)
        except ValueError:
            continue  # an intent this version cannot read: its payment is still sent, only the receipt lacks it
        keep_cash(conn, order_id, payment)


def _queue_v5(conn: sqlite3.Connection, s: str) -> None:
    # The queue of operations: each item names what it acts on (its subject), the subject's local id and
    # its server id once known, and its key. The key of an item queued before is its id: the one every
    # try of it was sent with (X-Request-Id, and sync/push's idempotency_key), so a retry after the
    # upgrade goes with the same key.
    have = {row[1] for row in conn.execute(f"PRAGMA {s}.table_info(changes)")}
    for column in ("subject TEXT NOT NULL DEFAULT 'order'", "local_id TEXT NOT NULL DEFAULT ''", "server_id TEXT"):
        if column.split()[0] not in have:
            conn.execute(f"ALTER TABLE {s}.changes ADD COLUMN {column}")
    if "op_key" not in have:
        conn.execute(f"ALTER TABLE {s}.changes ADD COLUMN op_key TEXT NOT NULL DEFAULT ''")
    conn.execute(
        f"""UPDATE {s}.changes SET
            subject = CASE kind WHEN 'create' THEN 'sale' WHEN 'payment' THEN 'payment'
                WHEN 'payment_removal' THEN 'payment' ELSE 'order' END,
            local_id = CASE kind
                WHEN 'payment' THEN 'desk-pay-' || coalesce(json_extract(intent, '$.key'), '')
                WHEN 'payment_removal' THEN coalesce(json_extract(intent, '$.payment_id'), '')
                ELSE coalesce(
                    (SELECT substr(m.key, 9) FROM {s}.meta m
                     WHERE m.key LIKE 'created:local-%' AND m.value = changes.order_id),
                    order_id)
                END,
            server_id = CASE
                WHEN kind = 'payment' THEN NULL
                WHEN kind = 'payment_removal' THEN json_extract(intent, '$.payment_id')
                WHEN order_id LIKE 'local-%' THEN NULL
                ELSE order_id END,
            op_key = id
        WHERE op_key = ''"""
    )


def _queue_v6(conn: sqlite3.Connection, s: str) -> None:
    # Who queued each operation (a shared counter PC: clerks switch by PIN). Items queued before name nobody.
    have = {row[1] for row in conn.execute(f"PRAGMA {s}.table_info(changes)")}
    if "clerk_id" not in have:
        conn.execute(f"ALTER TABLE {s}.changes ADD COLUMN clerk_id TEXT")
    if "clerk_name" not in have:
        conn.execute(f"ALTER TABLE {s}.changes ADD COLUMN clerk_name TEXT NOT NULL DEFAULT ''")


def _queue_v7(conn: sqlite3.Connection, s: str) -> None:
    # The till's cash sessions opened at this desk (store.till): in the queue's file, since a till opened
    # offline must outlive a rebuilt cache like every operation does.
    conn.execute(
        f"""CREATE TABLE IF NOT EXISTS {s}.till_sessions (
            local_id TEXT PRIMARY KEY,
            server_id TEXT,
            account_id TEXT NOT NULL,
            account_label TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT 'XAF',
            status TEXT NOT NULL,
            opened_at REAL NOT NULL,
            opened_by TEXT NOT NULL DEFAULT '',
            balance_start TEXT NOT NULL,
            open_counts TEXT NOT NULL DEFAULT '{{}}',
            open_notes TEXT NOT NULL DEFAULT '',
            closed_at REAL,
            closed_by TEXT NOT NULL DEFAULT '',
            balance_counted TEXT,
            close_counts TEXT,
            reason TEXT,
            close_notes TEXT NOT NULL DEFAULT '',
            server_body TEXT,
            summary TEXT,
            read_at REAL
        )"""
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS {s}.till_sessions_opened ON till_sessions(opened_at)")


def _queue_v8(conn: sqlite3.Connection, s: str) -> None:
    # The till's history from the server's list (sessions of other desks and the web, never the till's own
    # current session: ``from_list``), and what a Z report read of a session, kept for offline: its
    # transactions and audit history (JSON, read only by the report), when they were read, and the note a
    # manager gave here on approving or rejecting it.
    have = {row[1] for row in conn.execute(f"PRAGMA {s}.table_info(till_sessions)")}
    for column in (
        "from_list INTEGER NOT NULL DEFAULT 0",
        "transactions TEXT",
        "events TEXT",
        "details_at REAL",
        "review_note TEXT NOT NULL DEFAULT ''",
    ):
        if column.split()[0] not in have:
            conn.execute(f"ALTER TABLE {s}.till_sessions ADD COLUMN {column}")


def _queue_v9(conn: sqlite3.Connection, s: str) -> None:
    # The returns taken at the desk (store.returns): shown at once, offline and after a restart, with the
    # server's id and reference once it made them, and the money handed back (its payment, amount, state).
    conn.execute(
        f"""CREATE TABLE IF NOT EXISTS {s}.desk_returns (
            key TEXT PRIMARY KEY,
            order_id TEXT NOT NULL,
            server_id TEXT,
            reference TEXT,
            status TEXT NOT NULL DEFAULT 'queued',
            lines TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL DEFAULT '0',
            refund TEXT,
            refund_state TEXT,
            note TEXT NOT NULL DEFAULT '',
            taken_at REAL NOT NULL,
            clerk TEXT NOT NULL DEFAULT ''
        )"""
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS {s}.desk_returns_order ON desk_returns(order_id)")


def _cache_v11(conn: sqlite3.Connection, s: str) -> None:
    # The credit book (store.credit_book): each order's customer id, due date and last payment received,
    # so what every customer owes is summed by index. Rows cached before are read again from their bodies.
    from .body_columns import body_columns
    from .rows import decode_body

    have = {row[1] for row in conn.execute(f"PRAGMA {s}.table_info(orders)")}  # a file set back to older keeps them
    for column in ("customer_key", "due_at", "paid_at"):
        if column not in have:
            conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    if "paid_amount" not in have:
        conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN paid_amount TEXT")
    values = []
    for rowid, blob in conn.execute(f"SELECT rowid, coalesce(local_body, server_body) FROM {s}.orders"):
        read, _ = body_columns(decode_body(blob))
        values.append((read["customer_key"], read["due_at"], read["paid_at"], read["paid_amount"], rowid))
    conn.executemany(
        f"UPDATE {s}.orders SET customer_key = ?, due_at = ?, paid_at = ?, paid_amount = ? WHERE rowid = ?", values
    )
    # What is owed, by customer (covering: the book is summed from the index alone); payments likewise.
    conn.execute(
        f"CREATE INDEX IF NOT EXISTS {s}.orders_owing ON orders(customer_key, created_at, due_num, due_at, id, "
        "reference, customer, phone, currency) WHERE due_num > 0"
    )
    conn.execute(
        f"CREATE INDEX IF NOT EXISTS {s}.orders_paid ON orders(customer_key, paid_at, paid_amount) WHERE paid_at != ''"
    )


def _cache_v12(conn: sqlite3.Connection, s: str) -> None:
    # The stock of the desk's shop per variant (Σ stocks_warehouse over the shop's warehouses, /admin/stocks),
    # apart from the variants' rows: a product saved again does not lose it.
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {s}.shop_stock (variant_id TEXT PRIMARY KEY, quantity REAL NOT NULL, "
        "updated_at TEXT NOT NULL DEFAULT '')"
    )


def _cache_v13(conn: sqlite3.Connection, s: str) -> None:
    # The shop's discounts (store.discounts: the local copy of /admin/discounts, soft-deleted ones removed),
    # and each order's discount ids (body_columns), so a discount's usage is counted from the local orders.
    from .body_columns import discount_ids
    from .rows import decode_body

    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {s}.discounts (id TEXT PRIMARY KEY, code TEXT NOT NULL, "
        "automatic INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL DEFAULT '', body TEXT NOT NULL)"
    )
    conn.execute(f"CREATE INDEX IF NOT EXISTS {s}.discounts_code ON discounts(code)")
    have = {row[1] for row in conn.execute(f"PRAGMA {s}.table_info(orders)")}
    if "discount_ids" not in have:
        conn.execute(f"ALTER TABLE {s}.orders ADD COLUMN discount_ids TEXT NOT NULL DEFAULT ''")
    values = []
    for rowid, blob in conn.execute(f"SELECT rowid, coalesce(local_body, server_body) FROM {s}.orders"):
        ids = discount_ids(decode_body(blob))
        if ids:
            values.append((ids, rowid))
    conn.executemany(f"UPDATE {s}.orders SET discount_ids = ? WHERE rowid = ?", values)


QUEUE_MIGRATIONS = (
    _queue_v1,
    _queue_v2,
    _queue_v3,
    _queue_v4,
    _queue_v5,
    _queue_v6,
    _queue_v7,
    _queue_v8,
    _queue_v9,
)
CACHE_MIGRATIONS = (
    _cache_v1,
    _cache_v2,
    _cache_v3,
    _cache_v4,
    _cache_v5,
    _cache_v6,
    _cache_v7,
    _cache_v8,
    _cache_v9,
    _cache_v10,
    _cache_v11,
    _cache_v12,
    _cache_v13,
)
