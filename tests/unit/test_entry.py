"""The entry tells the CLI from the desktop program, whatever the order of the connection options."""

from __future__ import annotations

import pytest

from genuka_desk.__main__ import cli_args
from genuka_desk.cli import COMMANDS


def test_a_command_after_connection_options_is_the_cli() -> None:
    assert cli_args(["--data-dir", "/tmp/d", "sync"], COMMANDS) == ["sync", "--data-dir", "/tmp/d"]
    assert cli_args(["--token=t", "--data-dir", "d", "orders", "list"], COMMANDS) == [
        "orders",
        "list",
        "--token=t",
        "--data-dir",
        "d",
    ]
    assert cli_args(["orders", "list"], COMMANDS) == ["orders", "list"]


def test_the_desktop_programs_own_options_stay_the_gui() -> None:
    assert cli_args([], COMMANDS) is None
    assert cli_args(["--demo"], COMMANDS) is None
    assert cli_args(["--data-dir", "d"], COMMANDS) is None
    assert cli_args(["--data-dir", "d", "--lang", "fr"], COMMANDS) is None
    assert cli_args(["--lang", "fr", "sync"], COMMANDS) is None  # --lang is the GUI's: not moved


def test_the_moved_options_parse_on_the_sub_command() -> None:
    from genuka_desk.cli.parser import build_parser

    args = build_parser().parse_args(cli_args(["--data-dir", "d", "orders", "show", "X-1", "--json"], COMMANDS))
    assert (args.data_dir, args.order, args.json) == ("d", "X-1", True)


def test_the_packages_import_nothing_heavy_until_used() -> None:
    """Importing a layer costs nothing: pydantic, httpx and keyring load with the first name that needs them."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import genuka_desk.models, genuka_desk.store, genuka_desk.api, genuka_desk.sync, genuka_desk.service\n"
        "from genuka_desk.models import BillingStatus, format_money\n"
        "print(sorted(m for m in ('pydantic', 'httpx', 'keyring') if m in sys.modules))\n"
        "from genuka_desk.models import Order\n"
        "print('pydantic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["[]", "True"], done.stdout + done.stderr


def test_every_cli_command_is_routed_to_the_cli_not_the_gui() -> None:
    import argparse

    from genuka_desk import cli
    from genuka_desk.cli.parser import build_parser

    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(actions[0].choices) == set(cli.COMMANDS)  # a command missing here would open the desktop window


@pytest.mark.parametrize(
    "argv",
    [
        ["queue", "--data-dir", "d", "retry", "ab12"],
        ["queue", "retry", "ab12", "--data-dir", "d"],  # after the action too (it was refused)
        ["queue", "discard", "ab12", "--data-dir", "d"],
        ["queue", "resolve", "ab12", "--keep", "mine", "--data-dir", "d"],
    ],
)
def test_a_queue_action_takes_the_connection_options_before_or_after_it(argv: list[str]) -> None:
    from genuka_desk.cli.parser import build_parser

    args = build_parser().parse_args(argv)
    assert (args.data_dir, args.change) == ("d", "ab12")
