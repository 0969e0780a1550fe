"""The speed measures that reach past their own module, fenced here and switched on at the start only.

Each buys a figure measured on this project's machine and can go when its
condition holds: its module's docstring says both, and bench/README.md
("Tuning") lists them side by side. The start (``genuka_desk/ui/main.py``)
switches them on, and nothing else does: :func:`check_imports` as its first
step, :func:`install` once Qt's application exists. A test or a tool that
does not install the tuning runs the same program untuned.

- :mod:`.import_check`: PySide's after-import check answered from the file's bytes.
- :mod:`.collector`: no automatic garbage collection; a main-thread timer collects.
- :mod:`.gil_share`: the GIL's switch interval, 5 ms -> 0.5 ms.
- :mod:`.first_request`: the HTTP backends loaded in a worker thread before the first sync.

Taken out (its figure no longer showed): the paint courtesy, the list's paint
making a sync's storing thread wait (bench/README.md, "Tuning"; its hooks
went with it).

Measures kept elsewhere, each in its own module: the first look
(``ui/first_list.py``, the start's first paint), whose Qt numbers written out
are checked against Qt's by tests/ui/test_tuning.py; ``sync/gc_pace.py``,
which serves a sync in a process collecting automatically (the command line,
bench_sync) and does nothing under this collector.

This module imports only the import check: the others are imported by
:func:`install`, after it is in.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from . import import_check

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from .collector import MainThreadCollector


class Tuning:
    """The measures in force; :meth:`remove` gives the process back as it found it."""

    def __init__(self, collector: MainThreadCollector, switch_interval: float, collecting: bool) -> None:
        self.collector = collector
        self.switch_interval = switch_interval  # the GIL's, before
        self.collecting = collecting  # whether Python collected automatically before

    def remove(self) -> None:
        """Switch every measure off again (the program's end; a test's)."""
        from . import first_request, gil_share

        self.collector.stop()
        if not self.collecting:
            gc.disable()
        first_request.uninstall()
        gil_share.uninstall(self.switch_interval)
        import_check.uninstall()


def check_imports() -> None:
    """PySide's cheap import check alone: the start's first step, before the rest of the program is imported."""
    import_check.install()


def install(app: QObject) -> Tuning:
    """Switch every measure on (the import check too, when :func:`check_imports` was not called)."""
    import_check.install()
    from . import first_request, gil_share  # (after the import check)
    from .collector import MainThreadCollector

    collecting = gc.isenabled()
    collector = MainThreadCollector(app)
    switch_interval = gil_share.install()
    first_request.install()
    return Tuning(collector, switch_interval, collecting)
