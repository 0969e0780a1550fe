"""A document's layout: rich text with the shop's logo and a QR code, laid out by :class:`QTextDocument`."""

from __future__ import annotations

from decimal import Decimal
from html import escape

import segno
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from ... import models as _models
from ... import service as _service
from ..dates import day_text, moment_text
from ..labels import method_label
from ..rich_text import unbroken

LOGO_URL = QUrl("paper://logo")
QR_URL = QUrl("paper://qr")


def qr_image(text: str, scale: int = 6) -> QImage:
    """The QR code of ``text`` as a black-on-white image (a quiet zone of 2 modules)."""
    matrix = segno.make(text, error="m").matrix
    border = 2
    size = (len(matrix) + 2 * border) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + border) * scale, (y + border) * scale, scale, scale, QColor("black"))
    painter.end()
    return image


class DocumentWriter(QObject):
    """The rich text of one document, in the clerk's language (a QObject for ``tr``)."""

    def __init__(self, facts: _service.PaperFacts, kind: _service.PaperKind, language: str) -> None:
        super().__init__()
        self.facts = facts
        self.kind = kind
        self.language = language

    def title(self, kind: _service.PaperKind) -> str:
        """The document's name."""
        return {
            _service.PaperKind.INVOICE: self.tr("Invoice"),
            _service.PaperKind.RECEIPT: self.tr("Receipt"),
            _service.PaperKind.SLIP: self.tr("Delivery slip"),
        }[kind]

    def tax_label(self, key: str) -> str:
        """The name of a registration number."""
        return {"rccm": self.tr("Trade register (RCCM)"), "fiscal_id": self.tr("Tax number (NIU)")}.get(key, key)

    def money(self, amount: Decimal | None) -> str:
        return unbroken(_models.format_money(amount, self.facts.currency, self.language))

    def shop(self, centred: bool) -> str:
        shop = self.facts.shop
        align = "center" if centred else "left"
        parts = [f"<div align='{align}'>"]
        if shop.logo:
            size = 48 if centred else 64
            parts.append(f"<img src='{LOGO_URL.toString()}' width='{size}' height='{size}'><br>")
        parts.append(f"<b style='font-size:{'12' if centred else '16'}pt'>{escape(shop.name)}</b>")
        for line in [*(_models.country_name(a, self.language) for a in shop.address), shop.phone, shop.email]:
            if line:
                parts.append(f"<br>{escape(line)}")
        for key, value in shop.tax_ids:
            parts.append(f"<br>{escape(self.tax_label(key))}: {escape(value)}")
        parts.append("</div>")
        return "".join(parts)

    def reference(self) -> str:
        facts = self.facts
        text = f"<b>{escape(self.title(self.kind))} {escape(facts.reference)}</b>"
        text += f"<br>{escape(moment_text(facts.created_at, self.language))}"
        if facts.temporary:
            text += (
                "<br><i>" + escape(self.tr("Temporary reference: this sale is not on the Genuka server yet.")) + "</i>"
            )
        return text

    def customer(self) -> str:
        facts = self.facts
        customer, deliver = self.tr("Customer"), self.tr("Deliver to")
        lines = [f"<b>{escape(customer)}</b>", escape(facts.customer or "—")]
        if facts.customer_phone:
            lines.append(escape(facts.customer_phone))
        if facts.delivery:
            lines.append(f"<b>{escape(deliver)}</b>")
            lines += [escape(line) for line in facts.delivery]
        elif facts.pickup:
            lines.append(escape(self.tr("Picked up at the shop")))
        if facts.scheduled is not None and not facts.pickup:
            lines.append(escape(self.tr("Delivery day: %s") % day_text(facts.scheduled, self.language)))
        return "<br>".join(lines)

    def totals(self) -> list[tuple[str, str, bool]]:
        money = self.facts.totals
        rows = [(self.tr("Subtotal"), self.money(money.subtotal), False)]
        if money.discounts:
            names = self.facts.discount_names
            label = self.tr("Discount") + (f" ({', '.join(names)})" if names else "")
            rows.append((label, "−" + self.money(money.discounts), False))
        if money.shipping:
            rows.append((self.tr("Shipping"), self.money(money.shipping), False))
        if money.taxes:
            rows.append((self.tr("Taxes"), self.money(money.taxes), False))
        rows.append((self.tr("Total"), self.money(money.total), True))
        rows.append((self.tr("Amount paid"), self.money(money.paid), False))
        rows.append((self.tr("Balance due"), self.money(money.amount_due), True))
        return rows

    def totals_rows(self, label_cell: str, value_cell: str) -> str:
        """The totals as table rows (the total and the balance in bold)."""
        rows = []
        for label, value, bold in self.totals():
            start, end = ("<b>", "</b>") if bold else ("", "")
            rows.append(f"<tr>{label_cell}{start}{escape(label)}{end}</td>{value_cell}{start}{value}{end}</td></tr>")
        return "".join(rows)

    def lines_table(self, columns: list[tuple[str, str]], last: list[str]) -> str:
        """The lines as a bordered table: #, the item (and its variant), then ``last`` cells of each line."""
        header = "".join(f"<th align='{align}' bgcolor='#eeeeee'>{escape(title)}</th>" for title, align in columns)
        rows = "".join(
            f"<tr><td>{n}</td><td>{escape(line.title)}"
            + (f"<br><small>{escape(line.detail)}</small>" if line.detail else "")
            + (
                f"<br><small>{escape(self.tr('Discount'))} −{self.money(line.discount)}</small>"
                if line.discount
                else ""
            )
            + "</td>"
            + "".join(
                cell.format(q=line.quantity, unit=self.money(line.unit), total=self.money(line.total)) for cell in last
            )
            + "</tr>"
            for n, line in enumerate(self.facts.lines, start=1)
        )
        return f"<table width='100%' cellpadding='4' cellspacing='0' border='0.5'><tr>{header}</tr>{rows}</table>"

    def payments(self, narrow: bool = False) -> str:
        if not self.facts.payments:
            return ""
        rows = []
        not_sent, title = self.tr("not sent yet"), self.tr("Payments")
        for p in self.facts.payments:
            day = escape(day_text(p.day, self.language) if p.day else "")
            way = escape(method_label(p.processor, p.method)) + (f" <i>({escape(not_sent)})</i>" if p.queued else "")
            amount = f"<td align='right'>{self.money(p.amount)}</td>"
            rows.append(
                f"<tr><td>{day} · {way}</td>{amount}</tr>"
                if narrow
                else f"<tr><td>{day}</td><td>{way}</td>{amount}</tr>"
            )
            if narrow and p.tendered is not None and p.change is not None:
                # The cash handed over and the change: the desk's own note (Genuka keeps neither).
                for label, value in ((self.tr("Cash given"), p.tendered), (self.tr("Change given"), p.change)):
                    rows.append(
                        f"<tr><td>&nbsp;&nbsp;{escape(label)}</td><td align='right'>{self.money(value)}</td></tr>"
                    )
        return f"<p><b>{escape(title)}</b></p><table width='100%' cellpadding='2'>{''.join(rows)}</table>"

    def footer(self) -> str:
        parts = []
        if self.facts.clerk:
            parts.append(escape(self.tr("Served by %s") % self.facts.clerk))
        align = " align='center'" if self.kind is not _service.PaperKind.INVOICE else ""  # the roll is centred
        return f"<p{align}>" + "<br>".join(parts) + "</p>" if parts else ""

    # -- the three documents ---------------------------------------------------

    def invoice(self) -> str:
        head = (
            "<table width='100%'><tr>"
            f"<td width='60%' valign='top'>{self.shop(centred=False)}</td>"
            f"<td width='40%' valign='top' align='right'><span style='font-size:14pt'>{self.reference()}</span></td>"
            "</tr></table>"
        )
        table = self.lines_table(
            [
                ("#", "left"),
                (self.tr("Item"), "left"),
                (self.tr("Qty"), "right"),
                (self.tr("Unit price"), "right"),
                (self.tr("Amount"), "right"),
            ],
            ["<td align='right'>{q}</td>", "<td align='right'>{unit}</td>", "<td align='right'>{total}</td>"],
        )
        totals = self.totals_rows("<td align='right'>", "<td align='right' width='30%'>")
        return (
            f"{head}<hr><p>{self.customer()}</p>"
            f"{table}<table width='100%' cellpadding='3'>{totals}</table>{self.payments()}{self.footer()}"
        )

    def receipt(self) -> str:
        thanks = self.tr("Thank you for your purchase!")
        lines = "".join(
            f"<tr><td colspan='2'>{escape(line.title)}"
            + (f" <small>{escape(line.detail)}</small>" if line.detail else "")
            + f"</td></tr><tr><td>{line.quantity} × {self.money(line.unit)}</td>"
            f"<td align='right'>{self.money(line.total)}</td></tr>"
            + (
                f"<tr><td>{escape(self.tr('Discount'))}</td><td align='right'>−{self.money(line.discount)}</td></tr>"
                if line.discount
                else ""
            )
            for line in self.facts.lines
        )
        totals = self.totals_rows("<td>", "<td align='right'>")
        return (
            f"{self.shop(centred=True)}<hr><div align='center'>{self.reference()}</div>"
            f"<p>{self.customer()}</p><hr><table width='100%' cellpadding='1'>{lines}</table><hr>"
            f"<table width='100%' cellpadding='1'>{totals}</table>{self.payments(narrow=True)}"
            f"<div align='center'><img src='{QR_URL.toString()}' width='96' height='96'><br>"
            f"{escape(self.facts.reference)}</div>{self.footer()}"
            f"<div align='center'>{escape(thanks)}</div>"
        )

    def slip(self) -> str:
        table = self.lines_table(
            [("#", "left"), (self.tr("Item"), "left"), (self.tr("Qty"), "right"), (self.tr("Checked"), "left")],
            ["<td align='right'><b>{q}</b></td>", "<td width='18%'>&nbsp;</td>"],
        )
        collect = ""
        if self.facts.totals.amount_due > 0:
            collect = (
                "<p style='font-size:13pt'><b>"
                + escape(
                    self.tr("To collect on delivery: %s")
                    % _models.format_money(self.facts.totals.amount_due, self.facts.currency, self.language)
                )
                + "</b></p>"
            )
        else:
            collect = "<p><b>" + escape(self.tr("Paid in full: nothing to collect.")) + "</b></p>"
        return (
            "<table width='100%'><tr>"
            f"<td width='60%' valign='top'>{self.shop(centred=False)}</td>"
            f"<td width='40%' valign='top' align='right'>{self.reference()}<br>"
            f"<img src='{QR_URL.toString()}' width='110' height='110'></td></tr></table><hr>"
            f"<p style='font-size:12pt'>{self.customer()}</p>"
            f"{table}{collect}{self.footer()}"
            "<p><br>" + escape(self.tr("Received in good condition — name and signature:")) + "<br><br>"
            "____________________________________</p>"
        )


def build_document(
    facts: _service.PaperFacts, kind: _service.PaperKind, language: str, *, width_mm: float = 190.0
) -> QTextDocument:
    """The document laid out for a text width of ``width_mm`` (the page's width less its margins)."""
    writer = DocumentWriter(facts, kind, language)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = document.defaultFont()
    font.setPointSizeF(
        7.5
        if kind is _service.PaperKind.RECEIPT and width_mm < 50
        else 9.0
        if kind is _service.PaperKind.RECEIPT
        else 10.0
    )
    document.setDefaultFont(font)
    if facts.shop.logo:
        logo = QImage.fromData(facts.shop.logo)
        if not logo.isNull():
            document.addResource(QTextDocument.ResourceType.ImageResource, LOGO_URL, logo)
    if kind is not _service.PaperKind.INVOICE:
        document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, qr_image(facts.qr))
    body = {
        _service.PaperKind.INVOICE: writer.invoice,
        _service.PaperKind.RECEIPT: writer.receipt,
        _service.PaperKind.SLIP: writer.slip,
    }[kind]()
    document.setHtml(f"<html><body>{body}</body></html>")
    return document
