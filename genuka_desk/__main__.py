"""Entry point: ``genuka-desk COMMAND ...`` runs the CLI, anything else the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    from . import cli

    if args[:2] == ["orders", "print"]:
        # The documents are laid out by the GUI's code (Qt's print support), offscreen.
        from .ui.paper.headless import render_pdf

        return cli.main(args, render=render_pdf)
    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help")):
        return cli.main(args)
    from .ui.main import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
