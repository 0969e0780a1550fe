"""A queued change in the terminal's words: field names, statuses and money as the clerk knows them.

The GUI has ``ui/change_words.py`` (through Qt's translation); the CLI has no
Qt, so it keeps this small bilingual table. ``Delivery: Delivered``,
``Sac bleu (quantity): 3``, ``Payment of 5,000 FCFA (cash)`` instead of the
queue's raw keys (``shipping.status``, ``lines.812.quantity``). How a change
is read is shared with the GUI (:mod:`genuka_desk.service.change_wording`):
only the words are here.
"""

from __future__ import annotations

from typing import Any

from ..models import BillingStatus, Order, ShippingStatus, text_of
from ..service import Change, change_wording
from .words import terminal_language

# (English, French) for each word; the language picks the column.
_FIELDS: dict[str, tuple[str, str]] = {
    "shipping.status": ("Delivery", "Livraison"),
    "billing.status": ("Payment", "Paiement"),
    "billing.method": ("Payment method", "Moyen de paiement"),
    "billing.treasury_account_id": ("Payment account", "Compte de paiement"),
    "billing.scheduled_at": ("Payment date", "Date de paiement"),
    "shipping.mode": ("Delivery mode", "Mode de livraison"),
    "shipping.amount": ("Shipping cost", "Frais de livraison"),
    "shipping.scheduled_at": ("Delivery date", "Date de livraison"),
    "billing": ("Billing address", "Adresse de facturation"),
    "shipping": ("Shipping address", "Adresse de livraison"),
}
_ADDRESS_PARTS: dict[str, tuple[str, str]] = {
    "first_name": ("first name", "prénom"),
    "last_name": ("last name", "nom"),
    "line1": ("street", "rue"),
    "line2": ("street, line 2", "rue, ligne 2"),
    "city": ("city", "ville"),
    "state": ("region", "région"),
    "postal_code": ("postal code", "code postal"),
    "country": ("country", "pays"),
    "phone": ("phone", "téléphone"),
    "email": ("email", "e-mail"),
}
_SHIPPING: dict[ShippingStatus, tuple[str, str]] = {
    ShippingStatus.PENDING: ("Pending", "En attente"),
    ShippingStatus.TAKEN_IN_CHARGE: ("Taken in charge", "Prise en charge"),
    ShippingStatus.DELIVERED: ("Delivered", "Livrée"),
    ShippingStatus.PARTIAL_DELIVERY: ("Partly delivered", "Livrée en partie"),
}
_BILLING: dict[BillingStatus, tuple[str, str]] = {
    BillingStatus.PENDING: ("Awaiting payment", "En attente de paiement"),
    BillingStatus.PAID: ("Paid", "Payée"),
    BillingStatus.PARTIALLY_PAID: ("Partly paid", "Payée en partie"),
    BillingStatus.UNPAID: ("Unpaid", "Impayée"),
    BillingStatus.CANCELED: ("Canceled", "Annulée"),
}
_MODES: dict[str, tuple[str, str]] = {
    "delivery": ("Delivery", "Livraison"),
    "pickup": ("Pickup", "Retrait"),
}
_STATES: dict[str, tuple[str, str]] = {
    "pending": ("waiting", "en attente"),
    "sending": ("sending", "en envoi"),
    "sent": ("sent", "envoyée"),
    "failed": ("refused", "refusée"),
    "conflict": ("conflict", "conflit"),
    "discarded": ("discarded", "abandonnée"),
}
_PHRASES: dict[str, tuple[str, str]] = {
    "a line": ("a line", "une ligne"),
    "quantity": ("quantity", "quantité"),
    "unit price": ("unit price", "prix unitaire"),
    "removed": ("%s: removed", "%s : retirée"),
    "added": ("Line added: %s × %s", "Ligne ajoutée : %s × %s"),
    "payment": ("Payment of %s (%s)", "Paiement de %s (%s)"),
    "payment deleted": ("Payment deleted", "Paiement supprimé"),
    "sale": ("New sale for %s: %s", "Nouvelle vente pour %s : %s"),
    "till opened": ("Till opened with %s", "Caisse ouverte avec %s"),
    "till closed": ("Till closed, %s counted", "Caisse fermée, %s comptés"),
    "emailed": ("Order e-mailed to the customer (%s)", "Commande envoyée au client par e-mail (%s)"),
    "returned": ("Return of %s", "Retour de %s"),
    "return approved": ("Return approved, the total lowered by %s", "Retour approuvé, le total baissé de %s"),
    "refunded": ("%s handed back (%s)", "%s rendu (%s)"),
    "pair": ("%s: %s", "%s : %s"),
    "server has": ("the server now has", "le serveur a maintenant"),
    "unsure": (
        "sent without an answer, then the order changed on the server: it may have been made and changed back",
        "envoyée sans réponse, puis la commande a changé sur le serveur : elle a peut-être été faite puis annulée",
    ),
    "choose": (
        "(genuka-desk queue resolve %s --keep mine|theirs)",
        "(genuka-desk queue resolve %s --keep mine|theirs pour garder la vôtre ou la sienne)",
    ),
    "empty": ("The queue is empty: everything was sent.", "La file est vide : tout a été envoyé."),
}


def _say(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "fr" else pair[0]


def phrase(name: str, language: str | None = None) -> str:
    """One of the table's phrases in ``language`` (the terminal's by default)."""
    return _say(_PHRASES[name], language or terminal_language())


def state_word(state: str, language: str | None = None) -> str:
    """Where a change stands, in words (``refused`` for ``failed``)."""
    pair = _STATES.get(state)
    return _say(pair, language or terminal_language()) if pair else state


class _Terminal:
    """The table's words in one language: the terminal's :class:`~genuka_desk.service.change_wording.Wording`."""

    def __init__(self, language: str) -> None:
        self.language = language

    def _say(self, name: str) -> str:
        return _say(_PHRASES[name], self.language)

    def a_line(self) -> str:
        return self._say("a line")

    def quantity(self) -> str:
        return self._say("quantity")

    def unit_price(self) -> str:
        return self._say("unit price")

    def address_side(self, side: str) -> str:
        return _say(_FIELDS[side], self.language)

    def address_part(self, part: str) -> str:
        pair = _ADDRESS_PARTS.get(part)
        return _say(pair, self.language) if pair else part

    def field(self, key: str) -> str:
        pair = _FIELDS.get(key)
        return _say(pair, self.language) if pair else key

    def value(self, key: str, value: Any) -> str:
        pair = None
        if key == "shipping.status":
            pair = _SHIPPING.get(ShippingStatus.parse(value))
        elif key == "billing.status":
            pair = _BILLING.get(BillingStatus.parse(value))
        elif key == "shipping.mode":
            pair = _MODES.get(str(value).lower())
        return _say(pair, self.language) if pair else text_of(value)

    def pair(self, label: str, value: str) -> str:
        return self._say("pair") % (label, value)

    def line_quantity(self, line: str, quantity: int) -> str:
        return self.pair(f"{line} ({self.quantity()})", str(quantity))

    def line_price(self, line: str, price: str) -> str:
        return self.pair(f"{line} ({self.unit_price()})", price)

    def payment(self, amount: str, method: str) -> str:
        return self._say("payment") % (amount, method)  # the way's code, as typed after --method

    def payment_deleted(self) -> str:
        return self._say("payment deleted")

    def sale(self, who: str, lines: str) -> str:
        return self._say("sale") % (who, lines)

    def till_opened(self, amount: str) -> str:
        return self._say("till opened") % amount

    def till_closed(self, amount: str) -> str:
        return self._say("till closed") % amount

    def emailed(self, language: str) -> str:
        return self._say("emailed") % language

    def returned(self, lines: str) -> str:
        return self._say("returned") % lines

    def return_approved(self, amount: str) -> str:
        return self._say("return approved") % amount

    def refunded(self, amount: str, method: str) -> str:
        return self._say("refunded") % (amount, method)

    def removed(self, line: str) -> str:
        return self._say("removed") % line

    def added(self, title: str, quantity: int) -> str:
        return self._say("added") % (title, quantity)


def key_label(key: str, order: Order | None, language: str) -> str:
    """What the clerk calls the field at ``key`` (a line by its title, an address part by its side)."""
    return change_wording.key_label(key, order, _Terminal(language))


def key_value(key: str, value: Any, currency: str, language: str) -> str:
    """A value in words: statuses named, money with its currency, "—" for nothing."""
    return change_wording.key_value(key, value, currency, language, _Terminal(language))


def change_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """The change, one line per thing it changes, in ``language`` (the terminal's by default)."""
    lang = language or terminal_language()
    return change_wording.change_lines(change, order, lang, _Terminal(lang))


def theirs_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """A conflict: what the server has now for each field, in words."""
    lang = language or terminal_language()
    currency = order.currency_code if order is not None else change_wording.DEFAULT_CURRENCY
    pair = _say(_PHRASES["pair"], lang)
    return [pair % (key_label(k, order, lang), key_value(k, v, currency, lang)) for k, v in change.theirs.items()]


def errors_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """The server's reasons, one line per field it named (the field in words, the reason as the server said it)."""
    lang = language or terminal_language()
    pair = _say(_PHRASES["pair"], lang)
    return [pair % (key_label(k, order, lang), "; ".join(texts)) for k, texts in change.field_errors.items()]
