"""The printed documents: the A4 invoice, the thermal receipt (58 or 80 mm), the delivery slip.

Laid out as rich text (:mod:`.document`) from the service's facts, in the
clerk's language (money and dates through Babel), and put on paper with
Qt's own print support (:mod:`.output`): a preview, a printer remembered per
document, a PDF. Everything comes from the local copy: it prints offline.
A receipt printer set in Preferences takes the receipts straight, as
ESC/POS (:mod:`.till_printer`, :mod:`.printer_part`, ``service/thermal``).

The names below load at their first use: the main window's menus reach the
receipt printer's part at the start, without Qt's print support.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .document import build_document
    from .output import RECEIPT_WIDTHS, PrintSetup, write_pdf

__getattr__, __dir__ = lazy_exports(
    __name__,
    {"build_document": ".document", "RECEIPT_WIDTHS": ".output", "PrintSetup": ".output", "write_pdf": ".output"},
)

__all__ = ["RECEIPT_WIDTHS", "PrintSetup", "build_document", "write_pdf"]
