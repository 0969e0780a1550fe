"""The test page Preferences prints: the printer's code page, the roll's width and its QR code, checked by eye."""

from __future__ import annotations

from .ticket import Ticket
from .words import CheckWords

LETTERS = "àâäçéèêëîïôöùûüÿœ ÀÂÇÉÈÊËÎÏÔÙÛÜ «»"


def check_page_bytes(words: CheckWords, width: int = 80, where: str = "") -> bytes:
    """A short page: the title, the French letters, a ruler as wide as a line, a QR code; then a cut."""
    ticket = Ticket(width)
    ticket.line(words.title, align="center", bold=True, tall=True)
    ticket.line(words.works, align="center")
    if where:
        ticket.line(where, align="center")
    ticket.rule()
    ticket.line(words.paper % (ticket.width, ticket.columns))
    ruler = "".join(str(n % 10) for n in range(1, ticket.columns + 1))
    ticket.line(ruler)
    ticket.line(f"{words.letters} {LETTERS}")
    ticket.rule()
    ticket.line(words.code, align="center")
    ticket.qr("Genuka Desk")
    ticket.cut()
    return ticket.output
