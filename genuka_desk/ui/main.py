"""The desktop program's entry: the tuning, its options, Qt's application, then the start (:mod:`.start`).

The tuning (:mod:`.tuning`) goes in first: PySide's import check, made
cheap, before any more of the program is imported (it then covers every
module after it), the other measures once Qt's application exists. So this
module imports little, and the start's sequence is its own module.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from . import tuning


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's own options."""
    from .i18n import LANGUAGES  # (after the import check: main() calls this once it is in)

    parser = argparse.ArgumentParser(prog="genuka-desk", description="Genuka Desk, the desktop app.")
    parser.add_argument("--demo", action="store_true", help="start on the embedded demo API")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all local state in DIR")
    parser.add_argument("--lang", choices=sorted(LANGUAGES), help="language of this run")
    parser.add_argument("--self-test", action="store_true", help="check this installation offscreen, then exit")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str]) -> int:
    """Run the desktop app (with ``--self-test``, check it offscreen); returns the exit code."""
    tuning.check_imports()  # first: every module imported from here on passes PySide's cheap check
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed: set before Qt starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    tuned = tuning.install(app)  # the other speed measures, before the rest of the program is imported
    try:
        if args.self_test:
            from .selftest import main as self_test

            return self_test()
        from .start import start

        return start(app, args)
    finally:
        tuned.remove()
