"""Run as a child process by ``bench_startup``: start a window, print "shown" once it is painted, exit.

``python -m bench.startup_probe bare`` shows a bare PySide6 window holding an
empty QTableView; ``python -m bench.startup_probe app DATA_DIR`` starts the
real program (``genuka_desk.ui.main.main``) on a profile and prints "shown"
when its order list has been painted; ``usable DATA_DIR`` prints "usable"
once the program answers the clerk (the event loop runs, the service is
started and the window wired to it: a status change would go through).
Each then exits at once (only the time to that point is measured).
"""

from __future__ import annotations

import os
import sys
from typing import Any


class _Painted:
    """Notes when a widget's first paint event arrives (the paint follows it at once)."""

    def __init__(self, view: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.done = False
        outer = self

        class Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.done = True
                return False

        self.filter = Filter(view)
        view.viewport().installEventFilter(self.filter)


def _say(word: str) -> None:
    print(word, flush=True)
    os._exit(0)


def bare() -> int:
    """The floor: the least a PySide6 program with a table does to show it (shown, then its events processed)."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1200, 760)
    painted = _Painted(view)
    window.show()
    app.processEvents()
    if painted.done:
        _say("shown")
    return 1


def _as_the_start_does() -> None:
    """PySide's cheap import check in first, as the start's first step puts it before the rest of the program.

    The patches below import parts of the program before ``main`` runs: without
    this they would pay PySide's own check, which the program does not.
    """
    from genuka_desk.ui import tuning

    tuning.check_imports()


def ours(data_dir: str) -> int:
    """The real program: "shown" once its first step (the list from the local copy) has painted the list.

    As for the bare window, only the list's own viewport is watched: the first
    look's, or the main window's when the start paints that one instead.
    """
    _as_the_start_does()
    from genuka_desk.ui import early, first_list, main

    watched: list[_Painted] = []
    shown = first_list.FirstList.show

    def show_first(window: first_list.FirstList) -> None:
        watched.append(_Painted(window.table))
        shown(window)

    first_list.FirstList.show = show_first  # type: ignore[method-assign,assignment]
    build = early.build_window

    def build_and_watch(*args: Any, **kwargs: Any) -> Any:
        window = build(*args, **kwargs)
        watched.append(_Painted(window.table))
        return window

    early.build_window = build_and_watch
    paint = early.paint_early

    def paint_and_report(*args: Any, **kwargs: Any) -> Any:
        result = paint(*args, **kwargs)
        if watched and watched[0].done:
            _say("shown")
        return result

    early.paint_early = paint_and_report  # (the start imports it after this)
    return main.main(["--data-dir", data_dir])


def usable(data_dir: str) -> int:
    """The real program: "usable" once the loop runs with the service started and the window wired."""
    _as_the_start_does()
    from PySide6.QtCore import QTimer

    from genuka_desk.ui import app, main

    show = app.DesktopApp.show

    def show_and_report(desktop: app.DesktopApp) -> Any:
        window = show(desktop)
        QTimer.singleShot(0, lambda: _say("usable"))  # runs once the loop takes events: the clerk's too
        return window

    app.DesktopApp.show = show_and_report  # type: ignore[method-assign,assignment]
    return main.main(["--data-dir", data_dir])


if __name__ == "__main__":
    mode = sys.argv[1]
    sys.exit(bare() if mode == "bare" else ours(sys.argv[2]) if mode == "app" else usable(sys.argv[2]))
