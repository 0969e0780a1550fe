"""A queued change in the clerk's words: one line per thing it changes, names and money as the clerk knows them.

``Delivery: Pending → Delivered``, ``Sac bleu: quantity 3``, ``Payment of
5 000 FCFA (Cash)``: used by the editor's History and conflict view, its
refusal strip and the list's row menu, instead of the raw keys the queue
keeps (``shipping.status``, ``lines.812.quantity``). How a change is read is
shared with the terminal (:mod:`genuka_desk.service.change_wording`): only
the translated words are here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import models as _models
from .. import service as _service
from ..service import change_wording
from .activity_text import address_part, field_label, value_text


class _Qt:
    """The translated words: the desktop's :class:`~genuka_desk.service.change_wording.Wording`.

    ``order`` names the ways of paying: a payment says the shop's name for its way.
    """

    def __init__(self, order: _models.Order | None = None) -> None:
        self.order = order

    def a_line(self) -> str:
        return QCoreApplication.translate("ChangeWords", "a line")

    def quantity(self) -> str:
        return QCoreApplication.translate("ChangeWords", "quantity")

    def unit_price(self) -> str:
        return QCoreApplication.translate("ChangeWords", "unit price")

    def address_side(self, side: str) -> str:
        if side == "billing":
            return QCoreApplication.translate("ChangeWords", "Billing address")
        return QCoreApplication.translate("ChangeWords", "Shipping address")

    def address_part(self, part: str) -> str:
        return address_part(part)

    def field(self, key: str) -> str:
        return field_label(key)

    def value(self, key: str, value: Any) -> str:
        return value_text(key, value)

    def pair(self, label: str, value: str) -> str:
        # French puts a space before the colon: the pattern is the translator's.
        return QCoreApplication.translate("ChangeWords", "%s: %s") % (label, value)

    def line_quantity(self, line: str, quantity: int) -> str:
        return QCoreApplication.translate("ChangeWords", "%s: quantity %s") % (line, quantity)

    def line_price(self, line: str, price: str) -> str:
        return QCoreApplication.translate("ChangeWords", "%s: unit price %s") % (line, price)

    def payment(self, amount: str, method: str) -> str:
        way = change_wording.method_name(self.order, method) or method
        return QCoreApplication.translate("ChangeWords", "Payment of %s (%s)") % (amount, way)

    def payment_deleted(self) -> str:
        return QCoreApplication.translate("ChangeWords", "Payment deleted")

    def sale(self, who: str, lines: str) -> str:
        return QCoreApplication.translate("ChangeWords", "New sale for %s: %s") % (who, lines)

    def till_opened(self, amount: str) -> str:
        return QCoreApplication.translate("ChangeWords", "Till opened with %s") % amount

    def till_closed(self, amount: str) -> str:
        return QCoreApplication.translate("ChangeWords", "Till closed, %s counted") % amount

    def emailed(self, language: str) -> str:
        if language == "fr":
            return QCoreApplication.translate("ChangeWords", "Order e-mailed to the customer, in French")
        return QCoreApplication.translate("ChangeWords", "Order e-mailed to the customer, in English")

    def returned(self, lines: str) -> str:
        return QCoreApplication.translate("ChangeWords", "Return of %s") % lines

    def return_approved(self, amount: str) -> str:
        return QCoreApplication.translate("ChangeWords", "Return approved, the total lowered by %s") % amount

    def refunded(self, amount: str, method: str) -> str:
        return QCoreApplication.translate("ChangeWords", "%s handed back (%s)") % (amount, method)

    def removed(self, line: str) -> str:
        return QCoreApplication.translate("ChangeWords", "%s: removed") % line

    def added(self, title: str, quantity: int) -> str:
        return QCoreApplication.translate("ChangeWords", "Line added: %s × %s") % (title, quantity)


def key_label(key: str, order: _models.Order | None = None) -> str:
    """What the clerk calls the field at ``key`` (a line by its title)."""
    return change_wording.key_label(key, order, _Qt())


def key_value(key: str, value: Any, currency: str, language: str) -> str:
    """A value as the clerk reads it: statuses in words, money with its currency, "—" for nothing."""
    return change_wording.key_value(key, value, currency, language, _Qt())


def change_lines(change: _service.Change, order: _models.Order | None, language: str) -> list[str]:
    """The change, one line per thing it changes."""
    return change_wording.change_lines(change, order, language, _Qt(order))


def field_errors_lines(errors: dict[str, list[str]], order: _models.Order | None) -> list[str]:
    """The server's reasons, one line per field it named, the field in the clerk's words."""
    return [f"{key_label(key, order)}: {' '.join(texts)}" for key, texts in errors.items()]
