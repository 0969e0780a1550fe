"""What the order list shows of one order, and the folding and times its query uses.

Kept apart from :mod:`.rows` (the stored bodies' JSON and compression) so the
first look at the list reads its rows without loading orjson or zstd.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ..models.coerce import to_datetime
from ..models.enums import BillingStatus, OrderState, ShippingStatus
from ..models.owed import owes

# The cache's file name in a profile's folder (the files module opens it; the first look reads it).
CACHE_FILE = "cache.sqlite3"

_UNMARK: dict[int, None] | None = None


def _unmark_table() -> dict[int, None]:
    # Every combining mark of the Basic Multilingual Plane, built once (~15 ms).
    global _UNMARK
    if _UNMARK is None:
        _UNMARK = {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}
    return _UNMARK


def fold(text: str) -> str:
    """Lower case without accents, for search ("Élodie" matches "elodie")."""
    if text.isascii():
        return text.casefold()  # nothing to take off (and the table is not built for an empty search)
    return unicodedata.normalize("NFKD", text).translate(_unmark_table()).casefold()


@functools.lru_cache(maxsize=8192)
def fold_part(text: str) -> str:
    """:func:`fold` of a value that repeats across orders (product titles, cities, names), cached."""
    return fold(text)


def join_folded(parts: list[str]) -> str:
    """The search text of distinct non-empty ``parts``, folded (same as folding the joined text)."""
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen.setdefault(part, None)
    return " | ".join(fold_part(part) for part in seen)


_ISO_UTC = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$")


def sortable_time(value: Any) -> str:
    """A date in any accepted shape as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (UTC), sortable as text."""
    if isinstance(value, str) and _ISO_UTC.match(value):
        return value  # already the API's usual shape (the common case: no parsing)
    moment = value if isinstance(value, datetime) else to_datetime(value)
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class OrderRow:
    """One line of the order list, as the cache holds it (overlay included)."""

    id: str
    reference: str
    customer: str
    phone: str
    total: Decimal | None
    currency: str
    shipping_status: ShippingStatus
    billing_status: BillingStatus
    source: str
    item_count: int
    created_at: datetime | None
    updated_at: datetime | None
    pending: int = 0
    conflict: bool = False
    failed: bool = False
    state: OrderState = OrderState.UNKNOWN  # quotation, sales order or invoice
    cancelled: bool = False  # deleted or cancelled on the server
    balance: Decimal | None = None  # what is really owed (``models.owed``: 0 on a cancelled order or a quotation)


# What an order really owes, as ``models.owed.owes`` says it, over the cache's columns (sums, figures).
OWED_SQL = (
    f"(CASE WHEN cancelled = 0 AND billing_status != '{BillingStatus.CANCELED.value}' "
    f"AND state != {int(OrderState.QUOTATION)} THEN max(coalesce(due_num, 0), 0) ELSE 0 END)"
)

ROW_COLUMNS = (
    "id, reference, customer, phone, total, currency, shipping_status, billing_status, source, "
    "item_count, created_at, updated_at, pending, conflict, failed, state, cancelled, due"
)


def row_from_sql(values: tuple[Any, ...]) -> OrderRow:
    """An :class:`OrderRow` from a ``SELECT`` of :data:`ROW_COLUMNS`."""
    oid, ref, customer, phone, total, currency, ship, bill, source, items, created, updated = values[:12]
    pending, conflict, failed, state, cancelled, due = values[12:]
    billing, document, gone = BillingStatus.parse(bill), OrderState.parse(state), bool(cancelled)
    return OrderRow(
        id=oid,
        reference=ref,
        customer=customer,
        phone=phone,
        total=None if total is None else Decimal(total),
        currency=currency,
        shipping_status=ShippingStatus.parse(ship),
        billing_status=billing,
        source=source,
        item_count=int(items),
        created_at=to_datetime(created) if created else None,
        updated_at=to_datetime(updated) if updated else None,
        pending=int(pending),
        conflict=bool(conflict),
        failed=bool(failed),
        state=document,
        cancelled=gone,
        balance=owes(None if due is None else Decimal(due), cancelled=gone, billing_status=billing, state=document),
    )
