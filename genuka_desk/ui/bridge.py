"""The OrderService seen from Qt: its events as signals, its coroutines as tracked tasks."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from .. import service as _service
from .refusal_words import RefusalWords

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)
T = TypeVar("T")


class ServiceBridge(QObject):
    """Re-emits the service's events as Qt signals and runs its coroutines on the qasync loop."""

    ordersChanged = Signal(list, bool)  # order ids, bulk
    ordersArrived = Signal(list)  # ids of orders never seen on this computer (a notice)
    queueChanged = Signal(int, int, int)  # pending, failed, conflict
    connectivityChanged = Signal(bool, str)
    syncProgress = Signal(str, int, int)  # phase, done, total (-1: unknown)
    syncFinished = Signal(object)  # SyncFinished
    authRequired = Signal(str)
    cacheRebuilt = Signal(str)  # where the damaged file was set aside
    taskFailed = Signal(str)  # a message fit for the clerk

    def __init__(self, service: _service.OrderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe = service.subscribe(self._on_event)

    def _on_event(self, event: _service.Event) -> None:
        if isinstance(event, _service.OrdersChanged):
            self.ordersChanged.emit(list(event.order_ids), event.bulk)
        elif isinstance(event, _service.OrdersArrived):
            self.ordersArrived.emit(list(event.order_ids))
        elif isinstance(event, _service.QueueChanged):
            self.queueChanged.emit(event.pending, event.failed, event.conflict)
        elif isinstance(event, _service.ConnectivityChanged):
            self.connectivityChanged.emit(event.online, event.reason)
        elif isinstance(event, _service.SyncProgress):
            self.syncProgress.emit(event.phase, event.done, -1 if event.total is None else event.total)
        elif isinstance(event, _service.SyncFinished):
            self.syncFinished.emit(event)
        elif isinstance(event, _service.AuthRequired):
            self.authRequired.emit(event.message)
        elif isinstance(event, _service.CacheRebuilt):
            self.cacheRebuilt.emit(event.moved_to)

    def run(
        self,
        work: Awaitable[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> asyncio.Task[T]:
        """Run ``work`` as a task (kept referenced); results and errors come back on the Qt side."""
        import asyncio  # loaded with the loop: the window is painted before it

        task: asyncio.Task[T] = asyncio.ensure_future(work)
        self._tasks.add(task)

        def finished(done: asyncio.Task[T]) -> None:
            self._tasks.discard(done)
            if done.cancelled():
                return
            exc = done.exception()
            if exc is None:
                if on_done is not None:
                    on_done(done.result())
                return
            if not isinstance(exc, Exception):
                return
            if on_error is not None:
                on_error(exc)
            else:
                self.taskFailed.emit(self.message_of(exc))

        task.add_done_callback(finished)
        return task

    def message_of(self, exc: Exception, fallback: str | None = None) -> str:
        """What the clerk reads for a failed task: its own message, else ``fallback`` (the trace is logged)."""
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            return RefusalWords(self).text(message)  # the ones the desk knows, in the clerk's language
        log.error("background task failed", exc_info=exc)
        return fallback or self.tr("Something went wrong; the details are in the log file.")

    @property
    def busy(self) -> bool:
        """Whether tasks are still running."""
        return bool(self._tasks)

    def close(self) -> None:
        """Stop listening and cancel running tasks."""
        self._unsubscribe()
        for task in list(self._tasks):
            task.cancel()
