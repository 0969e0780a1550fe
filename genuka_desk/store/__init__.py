"""The local SQLite store: the order cache and the durable change queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports
from .list_row import CACHE_FILE, OrderRow, fold
from .listing import SORT_COLUMNS, ListQuery

if TYPE_CHECKING:
    from .catalog import CatalogItem, CustomerRow
    from .changes import ACTIVE_STATES, Change, ChangeKind, ChangeState, Clerk, Subject
    from .db import StoreError
    from .figures import Figures
    from .local import QUEUE_FILE, LocalStore
    from .sender_lock import SenderLock

# The rest, imported at its first use: not every start needs them (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "CatalogItem": ".catalog",
        "CustomerRow": ".catalog",
        "ACTIVE_STATES": ".changes",
        "Change": ".changes",
        "ChangeKind": ".changes",
        "ChangeState": ".changes",
        "Clerk": ".changes",
        "Subject": ".changes",
        "StoreError": ".db",
        "Figures": ".figures",
        "QUEUE_FILE": ".local",
        "LocalStore": ".local",
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
    "Clerk",
    "CustomerRow",
    "Figures",
    "ListQuery",
    "LocalStore",
    "OrderRow",
    "SenderLock",
    "StoreError",
    "Subject",
    "fold",
]
