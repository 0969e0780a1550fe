"""Leave a bench profile as a desk that has been used: the main window shown once and closed.

A real desk's settings hold the window's place, the columns' layout and where
the list sits (saved at each close); the start-up figures are of such a desk.
``python -m bench.used_once DATA_DIR`` opens the main window offscreen on the
profile's local copy, shows it and saves what its close saves.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from genuka_desk import service
from genuka_desk.ui.assets import settings_for
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.early import build_window


def main(data_dir: str) -> int:
    """Show the kept profile's main window once and save its settings as its close does."""
    app = QApplication(sys.argv[:1])
    paths = service.AppPaths.resolve(data_dir).ensure()
    profile = service.kept_profile(paths)
    if profile is None:
        raise SystemExit(f"no kept profile in {data_dir}")
    orders = service.Desk(paths).open_kept(profile, language="fr")
    bridge = ServiceBridge(orders)
    settings = settings_for(paths)
    settings.setValue("language", "fr")
    window = build_window(orders, bridge, profile, language="fr", read_only=False, settings=settings)
    window.resize(1360, 780)
    window.show()
    app.processEvents()
    window.save_settings()
    window.quit_flow.leaving = True
    window.hide()
    bridge.close()
    orders.close_files()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
