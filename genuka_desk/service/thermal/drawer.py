"""The cash drawer on the receipt printer's drawer port: its pulse, and the log of every opening."""

from __future__ import annotations

import logging

from . import library
from .send import send
from .target import PrinterTarget

log = logging.getLogger(__name__)


def kick_bytes() -> bytes:
    """The drawer's pulse alone (``ESC p`` on pin 2): nothing is printed, nothing of the printer's state changes."""
    printer = library.dummy()
    printer.cashdraw(2)
    return bytes(printer.output)


def open_drawer(target: PrinterTarget, why: str, clerk: str = "", timeout: float = 3.0) -> None:
    """Open the drawer (raises :class:`.PrinterError` when the printer cannot be reached); logged when it opened.

    ``why``: what opened it, for the log (``cash sale DESK-0007``, ``asked from the menu``);
    ``clerk``: who works at the desk (a name, never a token).
    """
    send(target, kick_bytes(), timeout)
    log.info("cash drawer opened: %s%s", why, f", by {clerk}" if clerk else "")
