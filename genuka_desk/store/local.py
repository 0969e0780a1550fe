"""The local store of one profile: small stores over one pair of connections.

Everything the app shows comes from here, so it works with no network.
:class:`LocalStore` opens the files (:mod:`.files`: the connections, their
locks and their recovery) and hands them to small stores, each with one
job: the cached orders and their overlay (:attr:`~LocalStore.cache`), the
list and search (:attr:`~LocalStore.search`), the change queue
(:attr:`~LocalStore.queue`), the sales taken here (:attr:`~LocalStore.sales`),
the payments (:attr:`~LocalStore.payments`), the catalogue and customers
(:attr:`~LocalStore.catalog`), the Today figures
(:attr:`~LocalStore.figures`) and the till's cash sessions
(:attr:`~LocalStore.till`). Callers ask the store they need. The shared
connections keep the one-transaction rule: a queued change and the overlay
it lays on its order are written together, or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from .cache import OrderCache
from .catalog import CatalogCache
from .change_queue import ChangeQueue
from .discounts import DiscountStore
from .figures import FiguresCache
from .files import CACHE_FILE, QUEUE_FILE, StoreFiles
from .new_orders import NewOrders
from .notices import NoticeQueue
from .payments import PaymentQueue
from .returns import ReturnStore
from .search import OrderSearch
from .till import TillStore

__all__ = ["CACHE_FILE", "QUEUE_FILE", "LocalStore"]


class LocalStore:
    """The SQLite files of one profile and the small stores over them (thread-safe: one lock per connection)."""

    delete_files = staticmethod(StoreFiles.delete_files)
    move_files = staticmethod(StoreFiles.move_files)

    def __init__(self, folder: str | Path) -> None:
        self.files = StoreFiles(folder)
        self.cache = OrderCache(self.files)
        self.queue = ChangeQueue(self.files, self.cache)
        self.sales = NewOrders(self.files, self.cache, self.queue)
        self.payments = PaymentQueue(self.files, self.cache, self.queue, self.sales)
        self.search = OrderSearch(self.files)
        self.catalog = CatalogCache(self.files)
        self.figures = FiguresCache(self.files)
        self.till = TillStore(self.files, self.queue)
        self.notices = NoticeQueue(self.files, self.cache, self.queue)  # e-mails to the customer (notify)
        self.returns = ReturnStore(self.files, self.cache, self.queue)  # returns taken here, their operations
        self.discounts = DiscountStore(self.files)  # the shop's discounts (pulled with the catalogue), their usage
        self.files.reconcile = self.reconcile  # after a cache is rebuilt too
        try:
            self.files.settle()
        except BaseException:
            self.files.close()
            raise

    @property
    def folder(self) -> Path:
        """The profile's data folder."""
        return self.files.folder

    def reconcile(self) -> None:
        """Lay every sale not created yet again from its draft, then every queued change on its order.

        At start (a crash may have cut between the two files) and after a
        damaged cache was replaced by an empty one.
        """
        self.sales.reconcile()
        self.cache.reconcile()

    def close(self) -> None:
        """Close the files (a later call does nothing)."""
        self.files.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
