"""The printed documents: the A4 invoice, the thermal receipt (58 or 80 mm), the delivery slip.

Laid out as rich text (:mod:`.document`) from the service's facts, in the
clerk's language (money and dates through Babel), and put on paper with
Qt's own print support (:mod:`.output`): a preview, a printer remembered per
document, a PDF. Everything comes from the local copy: it prints offline.
"""

from .document import build_document
from .output import RECEIPT_WIDTHS, PrintSetup, write_pdf

__all__ = ["RECEIPT_WIDTHS", "PrintSetup", "build_document", "write_pdf"]
