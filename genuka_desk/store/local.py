"""The local store of one profile: the order cache and the change queue, behind one facade.

Everything the app shows comes from here, so it works with no network.
Each part has its own module: the files and their recovery
(:mod:`.files`), the cached orders and their overlay (:mod:`.cache`),
the list and search (:mod:`.search`) and the change queue
(:mod:`.change_queue`), with the sales taken here (:mod:`.new_orders`) and the
payments (:mod:`.payments`), and the
catalogue and customers (:mod:`.catalog`). The facade joins them over one pair of
connections, which keeps the one-transaction rule: a queued change and the
overlay it lays on its order are written together, or not at all.
"""

from __future__ import annotations

from .catalog import CatalogCache
from .figures import FiguresCache
from .files import CACHE_FILE, QUEUE_FILE
from .payments import PaymentQueue
from .search import OrderSearch

__all__ = ["CACHE_FILE", "QUEUE_FILE", "LocalStore"]


class LocalStore(PaymentQueue, OrderSearch, CatalogCache, FiguresCache):
    """The SQLite files of one profile: cache, queue and list, one lock per connection (thread-safe)."""
