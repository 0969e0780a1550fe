"""The words sent to a customer's WhatsApp: the receipt or invoice in short, and the public invoice link.

The text is made here from the printed documents' facts (``service.paper``),
in the customer's language; the words come from the front end (the GUI
translates them through Qt, in that language), as the receipt printer's do.
A ``%s`` stands for the value put in its place.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import models as _models
from ..models.phone import looks_like_phone
from .paper import PaperFacts, PaperKind


@dataclass(frozen=True)
class SendWords:
    """The message's words, in one language (English here: the front end gives the others)."""

    language: str = "en"
    hello: str = "Hello %s,"
    hello_alone: str = "Hello,"
    receipt_intro: str = "Here is your receipt for order %s from %s:"
    invoice_intro: str = "Here is your invoice for order %s from %s:"
    line: str = "- %s × %s: %s"  # a line: its title, quantity and amount
    discount: str = "Discount: %s"
    shipping: str = "Delivery: %s"
    total: str = "Total: %s"
    paid: str = "Paid: %s"
    balance: str = "Still to pay: %s"
    receipt_link: str = "Your receipt: %s"
    invoice_link: str = "Your invoice (PDF): %s"
    thanks: str = "Thank you for your purchase!"


def public_link(base_url: str, order_id: str, kind: PaperKind) -> str | None:
    """The public page of an order on Genuka (no login): the receipt view, or the PDF invoice.

    ``GET /invoices/{orderId}?receipt=1`` and ``GET /invoices/{orderId}/invoice``
    (06-orders-sales.md). None for a sale not on the server yet: only a server id has one.
    """
    if _models.is_local_id(order_id):
        return None
    base = f"{base_url.rstrip('/')}/2023-11/invoices/{order_id}"
    return f"{base}?receipt=1" if kind is PaperKind.RECEIPT else f"{base}/invoice"


def message_text(facts: PaperFacts, kind: PaperKind, words: SendWords, link: str | None) -> str:
    """The message: who it is for, the lines, the total, what was paid and is owed, and the link when there is one."""

    def money(amount: Decimal) -> str:
        return _models.format_money(amount, facts.currency, words.language)

    name = facts.customer if facts.customer and not looks_like_phone(facts.customer) else ""
    intro = words.receipt_intro if kind is PaperKind.RECEIPT else words.invoice_intro
    lines = [words.hello % name if name else words.hello_alone, "", intro % (facts.reference, facts.shop.name)]
    lines += [words.line % (line.title, line.quantity, money(line.total)) for line in facts.lines]
    totals = facts.totals
    lines.append("")
    if totals.discounts:
        lines.append(words.discount % money(totals.discounts))
    if totals.shipping:
        lines.append(words.shipping % money(totals.shipping))
    lines.append(words.total % money(totals.total))
    if totals.paid:
        lines.append(words.paid % money(totals.paid))
    if totals.amount_due:
        lines.append(words.balance % money(totals.amount_due))
    if link:
        lines += ["", (words.receipt_link if kind is PaperKind.RECEIPT else words.invoice_link) % link]
    lines += ["", words.thanks]
    return "\n".join(lines)
