"""The credit book on A4, as a PDF: the rows the window shows, with their total (the papers' own page and painting)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtGui import QTextDocument

from ... import service as _service
from ...models.coerce import WAT
from ...service.credit_book import Debtor
from ..dates import moment_text
from ..paper.output import fit, paint, save_pdf
from ..rich_text import unbroken
from .model import Column, CreditBookModel


def book_html(debtors: list[Debtor], language: str, shop: str = "") -> str:
    """The book as rich text: a title, a table of the debtors, the total owed."""
    model = CreditBookModel(language)
    model.debtors = debtors
    head = "".join(f"<th align='left'>{escape(t)}</th>" for t in model.titles())
    rows = []
    for d in debtors:
        cells = []
        for column in Column:
            align = " align='right'" if column in (Column.BALANCE, Column.UNPAID, Column.OVERDUE) else ""
            cells.append(f"<td{align}>{unbroken(escape(model.text(d, column)))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    total = sum((d.balance for d in debtors), Decimal(0))
    title = model.book_title()
    summary = model.summary(len(debtors), total, debtors[0].currency if debtors else "XAF")
    when = moment_text(datetime.now(WAT), language)
    return (
        f"<h2>{escape(title)}</h2><p>{escape(' — '.join(part for part in (shop, when) if part))}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
        f"<tr>{head}</tr>{''.join(rows)}</table><p><b>{escape(summary)}</b></p>"
    )


def write_book_pdf(debtors: list[Debtor], path: Path, language: str, shop: str = "") -> Path:
    """The book as an A4 PDF at ``path`` (written beside, then moved in place)."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSizeF(8.5)
    document.setDefaultFont(font)
    document.setHtml(f"<html><body>{book_html(debtors, language, shop)}</body></html>")
    layout = fit(document, _service.PaperKind.INVOICE)
    return save_pdf(path, "Credit book", lambda writer: paint(writer, document, layout))
