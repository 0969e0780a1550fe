"""Entry point of the frozen program (PyInstaller starts here)."""

import os
import sys

from genuka_desk.__main__ import main

if __name__ == "__main__":
    # The Linux bundle ships Qt's xcb platform only (X11, and XWayland on Wayland
    # desktops): say so, so that Qt never looks for a Wayland plugin it does not have.
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main())
