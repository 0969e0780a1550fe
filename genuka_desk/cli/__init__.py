"""genuka-desk from a terminal: the same service the GUI uses.

Every command takes ``--base-url``, ``--company``, ``--token`` (or the
``GENUKA_BASE_URL``, ``GENUKA_COMPANY``, ``GENUKA_TOKEN`` variables) and
``--data-dir``. Errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

# The entry checks this list before deciding CLI or GUI: kept here so that check imports nothing else.
COMMANDS = (
    "login",
    "logout",
    "company",
    "sync",
    "orders",
    "customers",
    "products",
    "discounts",
    "returns",
    "queue",
    "till",
    "doctor",
    "demo-server",
)


def main(
    argv: Sequence[str] | None = None,
    *,
    render: Callable[..., Any] | None = None,
    words: Callable[[str], Any] | None = None,
) -> int:
    """Run one CLI command; returns its exit code. Never lets a traceback out.

    ``render`` writes a document's PDF (``orders print``): the entry hands in
    the GUI's, so the documents look the same from a terminal. ``words``: the
    GUI's words of a message to the customer in a language (``orders send``).
    """
    from .run import main as run_main

    return run_main(argv, render=render, words=words)
