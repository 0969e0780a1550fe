"""Work for the receipt printer in a thread of its own, its outcome back on the GUI thread.

A printer may be slow, switched off or unplugged: the GUI never waits for
it. The work runs in a daemon thread (bounded by its own time limits, see
``service/thermal/send.py``) and its result, or the error it raised, comes
back through a queued Qt signal. A job is held here until it is done, so
its window may close meanwhile: its receivers are simply gone then.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...service.thermal import PrinterError

log = logging.getLogger(__name__)

_running: set[ThermalJob] = set()  # held until done: a job outlives the window that started it


class ThermalJob(QObject):
    """One piece of printer work; ``finished`` gives its result (or the exception it met) and its ``context``."""

    finished = Signal(object, object)

    def __init__(self, work: Callable[[], Any], context: object = None) -> None:
        super().__init__()  # no parent: it may outlive the window that asked for it
        self._work = work
        self._context = context
        self.finished.connect(self._forget)

    def start(self) -> ThermalJob:
        """Begin the work in its thread."""
        _running.add(self)
        threading.Thread(target=self._run, name="receipt-printer", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            outcome: Any = self._work()
        except PrinterError as exc:
            log.warning("receipt printer: %s", exc)
            outcome = exc
        except Exception as exc:  # a bug must not die silently in a thread: logged, said as a failure
            log.exception("receipt printer work failed")
            outcome = exc
        self.finished.emit(outcome, self._context)

    def _forget(self, *_: object) -> None:
        _running.discard(self)


def run_thermal(work: Callable[[], Any], on_done: Callable[[Any, Any], None], context: object = None) -> ThermalJob:
    """Run ``work`` off the GUI thread; ``on_done`` gets its result (or the exception it raised) and ``context``.

    ``on_done`` is called on the GUI thread; make it a method of a Qt object, so that
    it is not called once that object is gone.
    """
    job = ThermalJob(work, context)
    job.finished.connect(on_done)
    return job.start()


def busy() -> bool:
    """Whether some printer work is still under way (the tests wait for it)."""
    return bool(_running)
