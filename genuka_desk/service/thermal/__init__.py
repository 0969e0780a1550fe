"""Receipts straight to an ESC/POS thermal printer, and its cash drawer (no Qt).

The bytes of a receipt, a Z report, a test page and a drawer kick are made
with python-escpos's ``Dummy`` printer (:mod:`.ticket`), from the same facts
the PDF documents use (``service.paper.PaperFacts``) and the words the front
end gives in the clerk's language (:mod:`.words`); they go to a network, USB
or serial printer through the library's own printers (:mod:`.send`). The
library is loaded with the first ticket, never at the desk's start
(:mod:`.library`). This package's own names need no printer library.
"""

from __future__ import annotations

from .errors import PrinterError, PrinterProblem
from .target import COLUMNS, DEFAULT_PORT, WIDTHS, PrinterKind, PrinterTarget, network_address, usb_ids

__all__ = [
    "COLUMNS",
    "DEFAULT_PORT",
    "WIDTHS",
    "PrinterError",
    "PrinterKind",
    "PrinterProblem",
    "PrinterTarget",
    "network_address",
    "usb_ids",
]
