"""The credit book's sums, in SQL on the cached orders: per customer, what their orders owe and their last payment.

Each order row keeps its customer's id, its due date and its latest payment
received (cache v11, read by :mod:`.body_columns`); ``due_num`` already
holds what the order really owes (``models.owed``). A partial, covering
index makes the sum read only the orders that owe; each customer's last
payment is one seek in another. Filtering, sorting and the page asked for
are SQL's too: Python builds only the rows shown (30,000 customers owing
would cost more as Python objects than the whole sum).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .catalog import _word_match
from .files import StoreFiles

# The bare columns of a min() row are that row's (SQLite): the oldest unpaid order's id, reference and due date.
# Days overdue are Douala's days (UTC+1) to the day given, from the due date when there is one, else the order's.
_OWING = """
SELECT customer_key AS k, count(*) AS n, sum(due_num) AS b, min(created_at) AS oldest, id, reference, due_at,
    customer, phone, currency,
    max(CAST(julianday(:today) - julianday(date(CASE WHEN due_at != '' THEN due_at ELSE min(created_at) END,
        '+1 hours')) AS INTEGER), 0) AS days
FROM cache.orders INDEXED BY orders_owing WHERE due_num > 0 AND customer_key != '' GROUP BY customer_key
"""
# The directory's name (else the order's), for the book sorted by name.
_NAMED = """
SELECT o.*, coalesce(nullif(c.name, ''), o.customer) AS name
FROM owing AS o LEFT JOIN cache.customers AS c ON c.id = o.k
"""
_LAST_PAID = (
    "(SELECT paid_at || ' ' || coalesce(paid_amount, '') FROM cache.orders INDEXED BY orders_paid "
    "WHERE customer_key = {table}.k AND paid_at != '' ORDER BY paid_at DESC LIMIT 1)"
)
ORDERS = {
    "balance": "b",
    "overdue": "days",
    "name": "name COLLATE NOCASE",
    "unpaid": "n",
    "last_payment": "paid",
}


@dataclass(frozen=True)
class OwingRow:
    """One customer who owes, as the cache sums it (times are the rows' sortable UTC texts)."""

    customer_id: str
    unpaid: int
    balance: float  # the sum of ``due_num``; the service rounds it to the currency
    oldest_at: str
    oldest_id: str
    oldest_reference: str
    oldest_due_at: str  # '' when the oldest unpaid order has no due date
    name: str
    phone: str
    currency: str
    days_overdue: int
    last_paid: str | None  # "<paid_at> <amount>" of the latest payment received (None: none)


@dataclass(frozen=True)
class OwingPage:
    """The rows asked for, and how many customers (and how much) the whole filtered book holds."""

    rows: list[OwingRow]
    count: int
    total: float
    currency: str


@dataclass(frozen=True)
class OwingFilter:
    """What the clerk narrowed the book to: folded words of a name, digits of a phone, a minimum, overdue only."""

    words: tuple[str, ...] = ()
    digits: str = ""
    min_balance: float | None = None
    overdue_only: bool = False


class CreditBookStore:
    """Reads ``cache.orders`` and ``cache.customers`` (offline, by index)."""

    def __init__(self, files: StoreFiles) -> None:
        """The sums over the cache that ``files`` open."""
        self.files = files

    def page(
        self,
        today: str,
        where: OwingFilter,
        *,
        order: str = "balance",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> OwingPage:
        """The customers who owe, as ``where`` narrows them, sorted by ``order`` (a key of :data:`ORDERS`);
        ``limit`` rows from ``offset`` (None: all); days overdue counted to ``today`` (an ISO day)."""
        params: dict[str, Any] = {"today": today, "limit": -1 if limit is None else limit, "offset": offset}
        tests = []
        if where.words or where.digits:
            # The directory's word and phone indexes find the customers; the orders' own name or phone those
            # the directory does not know.
            said = []
            match = _word_match(" ".join(where.words)) if where.words else None
            if match is not None:
                params["match"] = match
                said.append(
                    "k IN (SELECT id FROM cache.customers WHERE rowid IN "
                    "(SELECT rowid FROM cache.customers_words WHERE customers_words MATCH :match))"
                )
                likes = []
                for n, word in enumerate(where.words):
                    params[f"w{n}"] = f"%{word}%"
                    likes.append(f"customer LIKE :w{n}")
                said.append(f"({' AND '.join(likes)})")
            if where.digits:
                params["digits"] = f"%{where.digits}%"
                said.append("k IN (SELECT id FROM cache.customers WHERE digits LIKE :digits)")
                said.append("replace(replace(phone, ' ', ''), '+', '') LIKE :digits")
            tests.append(f"({' OR '.join(said) or '0'})")
        if where.min_balance is not None:
            params["minimum"] = where.min_balance - 0.005  # the sums are REAL: a cent's tolerance
            tests.append("b >= :minimum")
        if where.overdue_only:
            tests.append("days > 0")
        filtered = f"WHERE {' AND '.join(tests)}" if tests else ""
        sort = ORDERS.get(order, "b")
        direction = "DESC" if descending else "ASC"
        # The directory is joined, and the last payment read, for the rows shown only unless the order needs
        # them for every customer (30,000 look-ups cost more than the sum itself).
        book = _NAMED if order == "name" else "SELECT *, customer AS name FROM owing"
        paid_inside = f", {_LAST_PAID.format(table='f')} AS paid" if order == "last_payment" else ""
        paid_outside = "p.paid" if order == "last_payment" else _LAST_PAID.format(table="p")
        sql = (
            f"WITH owing AS ({_OWING}), f AS (SELECT * FROM ({book}) {filtered}) "
            "SELECT p.k, p.n, p.b, p.oldest, p.id, p.reference, p.due_at, "
            "coalesce(nullif(c.name, ''), p.name), coalesce(nullif(c.phone, ''), p.phone), p.currency, p.days, "
            f"{paid_outside}, p.total_count, p.total_sum FROM ("
            f"SELECT f.*{paid_inside}, count(*) OVER () AS total_count, sum(b) OVER () AS total_sum FROM f "
            f"ORDER BY {sort} {direction}, k LIMIT :limit OFFSET :offset) AS p "
            f"LEFT JOIN cache.customers AS c ON c.id = p.k ORDER BY p.{sort} {direction}, p.k"
        )
        with self.files.read() as conn:
            found = conn.execute(sql, params).fetchall()
            if not found and offset:
                counted = f"WITH owing AS ({_OWING}) SELECT count(*), sum(b) FROM ({book}) {filtered}"
                count, total = conn.execute(counted, params).fetchone()
                return OwingPage([], int(count), float(total or 0), "")
        if not found:
            return OwingPage([], 0, 0.0, "")
        rows = [OwingRow(*row[:12]) for row in found]
        return OwingPage(rows, int(found[0][12]), float(found[0][13]), rows[0].currency)
