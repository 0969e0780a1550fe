"""The local SQLite store: the order cache and the durable change queue."""

from .catalog import CatalogItem, CustomerRow
from .changes import ACTIVE_STATES, Change, ChangeKind, ChangeState
from .db import StoreError
from .figures import Figures
from .listing import SORT_COLUMNS, ListQuery
from .local import CACHE_FILE, QUEUE_FILE, LocalStore
from .rows import OrderRow, fold
from .sender_lock import SenderLock

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
