"""Entry point: ``genuka-desk COMMAND ...`` runs the CLI, anything else the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The CLI's connection options that take a value: they may come before the command too.
_VALUED = ("--base-url", "--company", "--token", "--data-dir")


def cli_args(args: list[str], commands: Sequence[str]) -> list[str] | None:
    """``args`` with the command first when they name a CLI command.

    ``--data-dir D orders list`` is ``orders list --data-dir D``.

    None when they do not: the desktop program's own options (``--demo``, ``--lang``...).
    """
    index = 0
    while index < len(args) and args[index].startswith("--"):
        name = args[index].split("=", 1)[0]
        if name not in _VALUED:
            return None
        index += 1 if "=" in args[index] else 2
    if index < len(args) and args[index] in commands:
        # At the end: the options belong to the last sub-command (``orders list``), argparse takes them there.
        return [*args[index:], *args[:index]]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the CLI or the GUI."""
    from . import cli

    args = list(sys.argv[1:] if argv is None else argv)
    args = cli_args(args, cli.COMMANDS) or args

    if args[:2] == ["orders", "print"]:
        # The documents are laid out by the GUI's code (Qt's print support), offscreen.
        from .ui.paper.headless import render_pdf

        return cli.main(args, render=render_pdf)
    if args[:2] == ["orders", "send"]:
        from .ui.send.words import send_words  # the message's words, in the customer's language (Qt's catalogue)

        return cli.main(args, words=send_words)
    if args[:2] == ["till", "report"] and "--pdf" in args:
        from .ui.till.headless import render_z_pdf  # the Z report's A4 layout is the GUI's, offscreen

        return cli.main(args, render=render_z_pdf)
    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help")):
        return cli.main(args)
    from .ui.main import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
