"""``genuka-desk --self-test``: prove an installed package works, without a screen or a network.

Starts the GUI offscreen on the embedded demo API with a throwaway data
folder, syncs, shows the main window, opens one order in the editor and
checks what is on screen. Prints one line and returns 0, or says what failed
and returns 1. Every package is smoke-tested with it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 90.0


def main() -> int:
    """Run the self-test; returns the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="genuka-desk-selftest-") as root:
            summary = _run(Path(root))
    except Exception as exc:  # the point is to report any failure as one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s: {summary}")
    return 0


def _run(root: Path) -> str:
    import qasync
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from ..service import AppPaths
    from ..service.demo import start_demo
    from ..service.logs import setup_logging
    from .app import DesktopApp, app_icon
    from .editor import OrderEditor
    from .errors import install_qt_message_handler
    from .i18n import install_language
    from .order_table_model import Column

    paths = AppPaths.under(root).ensure()
    setup_logging(paths.log_file)
    install_qt_message_handler()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    server, session = start_demo(paths)
    settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "fr")
    result: list[str] = []

    async def check() -> None:
        desktop = DesktopApp(app, paths, session, settings)
        try:
            report = await asyncio.wait_for(desktop.service.sync(), TIMEOUT)
            if not report.complete:
                raise RuntimeError(f"sync with the demo API failed: {report.error}")
            window = desktop.show()
            await asyncio.sleep(0.2)
            rows = window.model.rowCount()
            if rows == 0 or not window.isVisible():
                raise RuntimeError("the main window shows no orders")
            total = str(window.model.index(0, Column.TOTAL).data())
            if not total.endswith("FCFA"):
                raise RuntimeError(f"money is not formatted ({total!r}): Babel's locale data is missing")
            first = window.model.row_at(0)
            assert first is not None
            editor = window.open_order(first.id)
            if not isinstance(editor, OrderEditor) or not editor.isVisible():
                raise RuntimeError("the order editor did not open")
            await asyncio.sleep(0.2)
            if editor.lines.table.rowCount() == 0:
                raise RuntimeError("the order editor shows no lines")
            translated = window.windowTitle().startswith("Genuka Desk — Commandes")
            if not translated:
                raise RuntimeError("the French translation did not load")
            qt_text = ("QFileDialog", "&Look in:")  # Qt's own text, not ours: kept out of our catalogue
            if QCoreApplication.translate(*qt_text) == qt_text[1]:
                raise RuntimeError("Qt's own French (qtbase_fr.qm, qt_extra_fr.qm: file dialogs) did not load")
            if app_icon().pixmap(32, 32).isNull():
                raise RuntimeError("the program's icon did not load")
            result.append(f"{rows} orders listed, order {first.reference} opened, French loaded, icon shown")
            editor.close()
            window.close()
        finally:
            await desktop.service.close()
            install_language("en")

    try:
        qasync.run(check())
    finally:
        server.stop()
    return result[0]
