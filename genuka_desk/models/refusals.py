"""Why a change waits refused: the desk's own sentences, and the server's known refusals.

The queue keeps a refusal as an English sentence (the CLI and the log show
it so). The desk's own are made from the templates here; the server's are its
``message``. :func:`read_refusal` tells which desk template (and values) a kept
sentence came from, and :func:`server_text` strips what the server's debug
answers put before its words (``App\\Exceptions\\BusinessException: ``), so the
desktop can say the refusals it knows in the clerk's language and keep the
server's own text only as a detail.
"""

from __future__ import annotations

import re

from .held import read_template

# A write to an order the server no longer has (404).
GONE = "This order no longer exists on the server."
# The server answered a write without applying part of it.
NOT_APPLIED = "The server answered but did not apply: {keys}. Check the order, then retry or discard the change."
# A change given up after its tries (the server kept failing).
GAVE_UP = "Not sent after {tries} tries: {reason}"

REFUSALS = {"gone": GONE, "not_applied": NOT_APPLIED, "gave_up": GAVE_UP}

# "App\Exceptions\BusinessException: ..." or "Illuminate\...\QueryException: ..." in a debug answer.
_EXCEPTION_PREFIX = re.compile(r"^\s*(?:[A-Za-z_][\w]*\\)+[A-Za-z_]\w*(?:Exception|Error):\s*")


def read_refusal(message: str | None) -> tuple[str, dict[str, str]] | None:
    """The code and values of one of the desk's refusal sentences; None: not one of them."""
    return read_template(REFUSALS, message)


def server_text(message: str) -> str:
    """The server's own words of a refusal, without an exception's class name before them."""
    return _EXCEPTION_PREFIX.sub("", message).strip()
