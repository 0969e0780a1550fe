"""Run as a child process by ``bench_startup``: start a window, print "shown" once it is painted, exit.

``python -m bench.startup_probe bare`` shows a bare PySide6 window holding an
empty QTableView; ``python -m bench.startup_probe app DATA_DIR`` starts the
real program (``genuka_desk.ui.main.main``) on a profile. Both report when the
table's viewport has been painted the first time, then exit.
"""

from __future__ import annotations

import os
import sys


def _report_first_paint(view: object) -> None:
    """Print "shown" after ``view``'s viewport is first painted, then quit the app."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QTableView

    assert isinstance(view, QTableView)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # The filter runs before the paint: report once it has happened.
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            print("shown", flush=True)
            # Only the time to this point is measured; leave without the shutdown.
            os._exit(0)

    probe = FirstPaint(view)
    view.viewport().installEventFilter(probe)


def bare() -> int:
    """The floor: the least a PySide6 program with a table does to show it."""
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTableView()
    window.setCentralWidget(view)
    window.resize(1200, 760)
    _report_first_paint(view)
    window.show()
    return app.exec()


def ours(data_dir: str) -> int:
    """The real program, hooked only to report its first painted table."""
    from genuka_desk.ui import main, main_window

    shown = main_window.MainWindow.show

    def show_and_watch(window: main_window.MainWindow) -> None:
        _report_first_paint(window.table)
        shown(window)

    main_window.MainWindow.show = show_and_watch  # type: ignore[method-assign]
    return main.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else ours(sys.argv[2]))
