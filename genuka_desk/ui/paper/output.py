"""Documents on paper: the page each one takes, a PDF, a printer remembered per document.

The invoice takes A4 and the delivery slip A5, with the usual margins; a
receipt takes the roll's width (58 or 80 mm) and exactly the length it
needs, on one page, as thermal printers want it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSettings, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ... import service as _service
from .document import build_document

RECEIPT_WIDTHS = (58, 80)  # mm: the thermal rolls shops use
_RECEIPT_MARGIN = 4.0  # mm each side (the printer's own dead zone)
_SCREEN_DPI = 96.0  # QTextDocument lays out in these logical pixels


def _mm(pixels: float) -> float:
    return pixels / _SCREEN_DPI * 25.4


def page_layout(kind: _service.PaperKind, width: int = 80, document: QTextDocument | None = None) -> QPageLayout:
    """The page of a document: A4 (invoice), A5 (slip), or the roll's width and the receipt's length."""
    sheets = {
        _service.PaperKind.INVOICE: (QPageSize.PageSizeId.A4, 15.0),
        _service.PaperKind.SLIP: (QPageSize.PageSizeId.A5, 10.0),
    }
    if kind in sheets:
        sheet, margin = sheets[kind]
        margins = QMarginsF(margin, margin, margin, margin)
        return QPageLayout(QPageSize(sheet), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    length = 200.0
    if document is not None:
        # The receipt's own length, with room to spare: the printer's layout may run a little longer.
        length = _mm(document.size().height()) * 1.02 + 2 * _RECEIPT_MARGIN + 8  # rounding at print: room
    size = QPageSize(QSizeF(width, length), QPageSize.Unit.Millimeter, f"Receipt {width} mm")
    margins = QMarginsF(_RECEIPT_MARGIN, _RECEIPT_MARGIN, _RECEIPT_MARGIN, _RECEIPT_MARGIN)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def text_width_mm(kind: _service.PaperKind, width: int = 80) -> float:
    """The width the text runs in."""
    if kind is _service.PaperKind.INVOICE:
        return 210 - 30
    if kind is _service.PaperKind.SLIP:
        return 148 - 20
    return width - 2 * _RECEIPT_MARGIN


def laid_out(
    facts: _service.PaperFacts, kind: _service.PaperKind, language: str, width: int = 80
) -> tuple[QTextDocument, QPageLayout]:
    """The document and its page."""
    document = build_document(facts, kind, language, width_mm=text_width_mm(kind, width))
    return document, fit(document, kind, width)


def fit(document: QTextDocument, kind: _service.PaperKind, width: int = 80) -> QPageLayout:
    """Set ``document``'s text width for the paper of ``kind`` and give its page (any rich text: the Z report too)."""
    document.setTextWidth(text_width_mm(kind, width) / 25.4 * _SCREEN_DPI)
    return page_layout(kind, width, document)


def put_on(
    device: QPagedPaintDevice, facts: _service.PaperFacts, kind: _service.PaperKind, language: str, width: int = 80
) -> None:
    """Lay the document out for ``device`` (a printer, a PDF) and paint it there, page after page."""
    paint(device, *laid_out(facts, kind, language, width))


def paint(device: QPagedPaintDevice, document: QTextDocument, layout: QPageLayout) -> None:
    """Paint a laid-out ``document`` on ``device`` with its page ``layout``, page after page."""
    device.setPageLayout(layout)
    resolution = device.logicalDpiX()
    area = layout.paintRectPixels(resolution)
    scale = resolution / _SCREEN_DPI  # the document's logical pixels to the device's
    page = QSizeF(area.width() / scale, area.height() / scale)
    document.setPageSize(page)  # pages of the paint area: a block never straddles two
    painter = QPainter(device)
    try:
        for number in range(document.pageCount()):
            if number and not device.newPage():
                break
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * page.height())
            document.drawContents(painter, QRectF(0, number * page.height(), page.width(), page.height()))
            painter.restore()
    finally:
        painter.end()


def write_pdf(facts: _service.PaperFacts, kind: _service.PaperKind, path: Path, language: str, width: int = 80) -> Path:
    """The document as a PDF at ``path`` (written beside, then moved in place)."""
    if kind is _service.PaperKind.RECEIPT and width not in RECEIPT_WIDTHS:
        raise ValueError(f"A receipt is {' or '.join(map(str, RECEIPT_WIDTHS))} mm wide.")
    return save_pdf(path, facts.reference, lambda writer: put_on(writer, facts, kind, language, width))


def save_pdf(path: Path, title: str, draw: Callable[[QPdfWriter], None]) -> Path:
    """A PDF at ``path`` titled ``title``, drawn by ``draw`` (written beside, then moved in place)."""
    part = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(part))
    writer.setResolution(300)
    writer.setCreator("Genuka Desk")
    writer.setTitle(title)
    draw(writer)
    del writer  # the file is complete once the writer is gone
    part.replace(path)
    return path


class PrintSetup:
    """The printer and roll width chosen for each document, kept in the settings."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def printer(self, kind: _service.PaperKind) -> QPrinter:
        """A printer for the document: the one chosen last time when it is still there."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = str(self.settings.value(f"paper/{kind.value}/printer", "") or "")
        if name and name in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(name)
        return printer

    def known(self, kind: _service.PaperKind) -> bool:
        """Whether a printer was chosen for this document (then one click prints it again)."""
        name = str(self.settings.value(f"paper/{kind.value}/printer", "") or "")
        return bool(name) and name in QPrinterInfo.availablePrinterNames()

    def remember(self, kind: _service.PaperKind, printer: QPrinter | None = None, width: int | None = None) -> None:
        """Keep the printer (and the roll's width) chosen for the document."""
        if printer is not None and printer.printerName():
            self.settings.setValue(f"paper/{kind.value}/printer", printer.printerName())
        if width is not None:
            self.settings.setValue(f"paper/{kind.value}/width", width)
