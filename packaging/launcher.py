"""Entry point of the frozen program (PyInstaller starts here)."""

import sys

from genuka_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
