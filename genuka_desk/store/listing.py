"""The order list's query: search, filters, sort and window, as SQL on the cache."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..models.enums import BillingStatus, OrderState
from .list_row import fold, sortable_time

# What the list may be sorted by, and the column (with a tie-breaker) behind it.
SORT_COLUMNS: dict[str, str] = {
    "created_at": "created_at",
    "updated_at": "updated_at",
    "total": "total_num",
    "balance": "due_num",
    "reference": "reference",
    "customer": "customer COLLATE NOCASE",
    "shipping_status": "shipping_status",
    "billing_status": "billing_status",
    "items": "item_count",
    "source": "source",
}


_OPEN = ", ".join(f"'{s.value}'" for s in (BillingStatus.PENDING, BillingStatus.UNPAID, BillingStatus.PARTIALLY_PAID))
# An order whose payment status disagrees with its money (``models.owed.payment_mismatch``, in SQL over
# the cache's columns): paid yet owing, partly paid with nothing paid, awaiting payment yet all paid.
PAYMENT_MISMATCH_SQL = (
    f"(cancelled = 0 AND state != {int(OrderState.QUOTATION)} AND total_num > 0 AND due_num IS NOT NULL AND ("
    f"(billing_status = '{BillingStatus.PAID.value}' AND due_num > 0)"
    f" OR (billing_status = '{BillingStatus.PARTIALLY_PAID.value}' AND due_num >= total_num)"
    f" OR (billing_status IN ({_OPEN}) AND due_num <= 0 AND pending = 0)))"
)


@dataclass(frozen=True)
class ListQuery:
    """Which cached orders to list, in what order, which window of them."""

    search: str = ""
    shipping_status: tuple[str, ...] = ()
    billing_status: tuple[str, ...] = ()
    source: str | None = None
    only_unsent: bool = False
    needs_attention: bool = False  # refused or conflicting changes, a payment status at odds with the money
    created_from: datetime | None = None
    created_to: datetime | None = None  # exclusive
    sort: str = "created_at"
    descending: bool = True
    offset: int = 0
    limit: int | None = 100

    def __post_init__(self) -> None:
        if self.sort not in SORT_COLUMNS:
            raise ValueError(f"Cannot sort by {self.sort!r}; one of: {', '.join(SORT_COLUMNS)}.")


def _fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def search_tokens(text: str) -> list[str]:
    """The folded words of a search; digit groups typed apart ("699 55 87") join into one number."""
    tokens: list[str] = []
    for token in fold(text).split():
        if token.isdigit() and tokens and tokens[-1].isdigit():
            tokens[-1] += token  # phones are kept as bare digits too
        else:
            tokens.append(token)
    # A single character narrows nothing worth a scan: it is ignored.
    return [t for t in tokens if len(t) >= 2]


def search_select(search: str) -> tuple[str, list[Any]] | None:
    """``SELECT rowid ...`` of the orders matching every word of ``search`` (None: no search)."""
    tokens = search_tokens(search)
    if not tokens:
        return None
    selects: list[str] = []
    params: list[Any] = []
    # The trigram index answers words of 3+ characters.
    long_tokens = [t for t in tokens if len(t) >= 3]
    if long_tokens:
        selects.append("SELECT rowid FROM cache.orders_fts WHERE orders_fts MATCH ?")
        params.append(" ".join(_fts_phrase(t) for t in long_tokens))
    # Two characters: scan the index's own copy of the text (FTS5 keeps it in
    # <table>_content, columns id and c0), much faster than LIKE through FTS5.
    for token in (t for t in tokens if len(t) == 2):
        selects.append("SELECT id FROM cache.orders_fts_content WHERE c0 LIKE ? ESCAPE '\\'")
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return " INTERSECT ".join(selects), params


def where_clause(query: ListQuery, hits: str | None = None) -> tuple[str, list[Any]]:
    """``WHERE ...`` (or empty) and its parameters for ``query``.

    ``hits`` is a ready clause over the rowids that match the search (see
    :meth:`LocalStore.list_rows`); without it the search runs inline.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if hits is not None:
        clauses.append(hits)
    else:
        found = search_select(query.search)
        if found is not None:
            clauses.append(f"rowid IN ({found[0]})")
            params.extend(found[1])
    for column, values in (("shipping_status", query.shipping_status), ("billing_status", query.billing_status)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)
    if query.source:
        clauses.append("source = ?")
        params.append(query.source)
    if query.only_unsent:
        clauses.append("pending > 0")
    if query.needs_attention:
        clauses.append(f"(failed > 0 OR conflict > 0 OR {PAYMENT_MISMATCH_SQL})")
    if query.created_from is not None:
        clauses.append("created_at >= ?")
        params.append(sortable_time(query.created_from))
    if query.created_to is not None:
        clauses.append("created_at < ?")
        params.append(sortable_time(query.created_to))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_clause(query: ListQuery) -> str:
    """``ORDER BY ...`` with a stable tie-breaker."""
    direction = "DESC" if query.descending else "ASC"
    return f" ORDER BY {SORT_COLUMNS[query.sort]} {direction}, rowid {direction}"
