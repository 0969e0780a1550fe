"""The local SQLite store: the order cache and the durable change queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .catalog import CatalogItem, CustomerRow
    from .changes import ACTIVE_STATES, Change, ChangeKind, ChangeState
    from .db import StoreError
    from .figures import Figures
    from .list_row import OrderRow, fold
    from .listing import SORT_COLUMNS, ListQuery
    from .local import CACHE_FILE, QUEUE_FILE, LocalStore
    from .sender_lock import SenderLock

# Where each name lives: imported at its first use (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "CatalogItem": ".catalog",
        "CustomerRow": ".catalog",
        "ACTIVE_STATES": ".changes",
        "Change": ".changes",
        "ChangeKind": ".changes",
        "ChangeState": ".changes",
        "StoreError": ".db",
        "Figures": ".figures",
        "SORT_COLUMNS": ".listing",
        "ListQuery": ".listing",
        "CACHE_FILE": ".local",
        "QUEUE_FILE": ".local",
        "LocalStore": ".local",
        "OrderRow": ".list_row",
        "fold": ".list_row",
        "SenderLock": ".sender_lock",
    },
)

__all__ = [
    "ACTIVE_STATES",
    "CACHE_FILE",
    "QUEUE_FILE",
    "SORT_COLUMNS",
    "CatalogItem",
    "Change",
    "ChangeKind",
    "ChangeState",
    "CustomerRow",
    "Figures",
    "ListQuery",
    "LocalStore",
    "OrderRow",
    "SenderLock",
    "StoreError",
    "fold",
]
