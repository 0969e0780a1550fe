"""The lines every receipt on the roll shares: the shop at its head, the QR code and the clerk at its foot.

The sale's receipt (:mod:`.receipt`) and the return receipt
(:mod:`.return_receipt`) both start and end so; each has its own words.
"""

from __future__ import annotations

from typing import Protocol

from ... import models as _models
from ..paper import Shop
from .ticket import Ticket


class ShopWords(Protocol):
    """The words the shared lines need (both receipts' words have them)."""

    @property
    def language(self) -> str: ...
    @property
    def pair(self) -> str: ...
    @property
    def served_by(self) -> str: ...
    @property
    def tax_names(self) -> dict[str, str]: ...


def shop_head(ticket: Ticket, shop: Shop, words: ShopWords, *, logo: bool = True) -> None:
    """The shop (logo, name, address, phone, e-mail, tax numbers), centred, then a rule."""
    if logo:
        ticket.logo(shop.logo)
    if shop.name:
        ticket.line(shop.name, align="center", bold=True, tall=True)
    for text in [*(_models.country_name(a, words.language) for a in shop.address), shop.phone, shop.email]:
        if text:
            ticket.line(text, align="center")
    for key, value in shop.tax_ids:
        ticket.line(words.pair % (words.tax_names.get(key, key), value), align="center")
    ticket.rule()


def signed_foot(ticket: Ticket, qr: str, shown: str, clerk: str, last: str, words: ShopWords) -> None:
    """A blank, the QR code of ``qr`` with ``shown`` under it, who served, the ``last`` line; then the cut."""
    ticket.blank()
    ticket.qr(qr)
    ticket.line(shown, align="center")
    if clerk:
        ticket.line(words.served_by % clerk, align="center")
    ticket.line(last, align="center")
    ticket.cut()
