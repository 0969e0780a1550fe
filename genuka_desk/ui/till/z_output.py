"""The Z report on paper: A4 or the receipt roll, printed through Qt or written as a PDF.

The page and the painting are the documents' own (``ui/paper/output.py``):
A4 with the invoice's margins, the roll at its width and exactly the length
the report needs.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QTextDocument

from ... import service as _service
from ..paper.output import RECEIPT_WIDTHS, fit, paint, save_pdf
from .z_document import build_z_document

if TYPE_CHECKING:
    from ...service.till_report import ZReport

A4 = 0  # the width that means a sheet of A4, not a roll


def _check(width: int) -> None:
    if width not in (A4, *RECEIPT_WIDTHS):
        raise ValueError(f"A roll is {' or '.join(map(str, RECEIPT_WIDTHS))} mm wide.")


Ways = Mapping[str, str] | None  # the shop's names of its ways of paying (labels.way_names)


def z_laid_out(report: ZReport, language: str, width: int = A4, ways: Ways = None) -> tuple[QTextDocument, QPageLayout]:
    """The report and its page: A4 (``width`` 0) or a roll of 58 or 80 mm."""
    _check(width)
    document = build_z_document(report, language, width, ways)
    kind = _service.PaperKind.INVOICE if width == A4 else _service.PaperKind.RECEIPT
    return document, fit(document, kind, width or 80)


def put_z_on(device: QPagedPaintDevice, report: ZReport, language: str, width: int = A4, ways: Ways = None) -> None:
    """Paint the report on ``device`` (a printer, a preview, a PDF)."""
    paint(device, *z_laid_out(report, language, width, ways))


def write_z_pdf(report: ZReport, path: Path, language: str, width: int = A4, ways: Ways = None) -> Path:
    """The report as a PDF at ``path`` (A4 unless a roll's ``width`` is given)."""
    _check(width)  # refused before any file is made
    return save_pdf(path, f"Z {report.session_id}", lambda writer: put_z_on(writer, report, language, width, ways))
