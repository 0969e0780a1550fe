"""A queued change in the terminal's words: field names, statuses and money as the clerk knows them.

The GUI has ``ui/change_words.py`` (through Qt's translation); the CLI has no
Qt, so it keeps this small bilingual table. ``Delivery: Delivered``,
``Sac bleu (quantity): 3``, ``Payment of 5,000 FCFA (cash)`` instead of the
queue's raw keys (``shipping.status``, ``lines.812.quantity``).
"""

from __future__ import annotations

from typing import Any

from ..models import ADDRESS_FIELDS, BillingStatus, Order, ShippingStatus, format_money, text_of
from ..models.coerce import to_decimal
from ..service import Change
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


def key_label(key: str, order: Order | None, language: str) -> str:
    """What the clerk calls the field at ``key`` (a line by its title, an address part by its side)."""
    parts = key.split(".")
    if parts[0] == "lines" and len(parts) >= 2:
        line = order.line(parts[1]) if order is not None else None
        title = line.title if line is not None and line.title else _say(_PHRASES["a line"], language)
        if len(parts) == 3:
            what = _PHRASES["quantity"] if parts[2] == "quantity" else _PHRASES["unit price"]
            return f"{title} ({_say(what, language)})"
        return title
    if len(parts) == 3 and parts[1] == "address" and parts[0] in ("billing", "shipping"):
        part = _ADDRESS_PARTS.get(parts[2]) if parts[2] in ADDRESS_FIELDS else None
        side = _say(_FIELDS[parts[0]], language)
        return f"{side} ({_say(part, language) if part else parts[2]})"
    pair = _FIELDS.get(key)
    return _say(pair, language) if pair else key


def key_value(key: str, value: Any, currency: str, language: str) -> str:
    """A value in words: statuses named, money with its currency, "—" for nothing."""
    if value is None or value == "":
        return "—"
    if key == "shipping.status":
        pair = _SHIPPING.get(ShippingStatus.parse(value))
        return _say(pair, language) if pair else text_of(value)
    if key == "billing.status":
        pair = _BILLING.get(BillingStatus.parse(value))
        return _say(pair, language) if pair else text_of(value)
    if key == "shipping.mode" and str(value).lower() in _MODES:
        return _say(_MODES[str(value).lower()], language)
    if key == "shipping.amount" or key.endswith(".price"):
        amount = to_decimal(value)
        return format_money(amount, currency, language) if amount is not None else text_of(value)
    return text_of(value)


def change_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """The change, one line per thing it changes, in ``language`` (the terminal's by default)."""
    lang = language or terminal_language()
    currency = order.currency_code if order is not None else "XAF"
    pair = _say(_PHRASES["pair"], lang)
    if change.payment is not None:
        amount = format_money(change.payment.amount, currency, lang)
        return [_say(_PHRASES["payment"], lang) % (amount, change.payment.method)]
    if change.removal is not None:
        return [_say(_PHRASES["payment deleted"], lang)]
    if change.draft is not None:
        who = change.draft.customer.name or change.draft.customer.phone or "—"
        lines = ", ".join(f"{line.title} × {line.quantity}" for line in change.draft.lines)
        return [_say(_PHRASES["sale"], lang) % (who, lines)]
    edit = change.edit
    out = [pair % (key_label(k, order, lang), key_value(k, v, currency, lang)) for k, v in edit.fields.items()]
    for line_id, line in edit.lines.items():
        if line.quantity is not None:
            out.append(pair % (key_label(f"lines.{line_id}.quantity", order, lang), line.quantity))
        if line.price is not None:
            price = format_money(line.price, currency, lang)
            out.append(pair % (key_label(f"lines.{line_id}.price", order, lang), price))
    for line_id in edit.removed_lines:
        out.append(_say(_PHRASES["removed"], lang) % key_label(f"lines.{line_id}", order, lang))
    for added in edit.added_lines:
        out.append(_say(_PHRASES["added"], lang) % (added.title or added.product_id or "—", added.quantity))
    return out


def theirs_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """A conflict: what the server has now for each field, in words."""
    lang = language or terminal_language()
    currency = order.currency_code if order is not None else "XAF"
    pair = _say(_PHRASES["pair"], lang)
    return [pair % (key_label(k, order, lang), key_value(k, v, currency, lang)) for k, v in change.theirs.items()]


def errors_lines(change: Change, order: Order | None = None, language: str | None = None) -> list[str]:
    """The server's reasons, one line per field it named (the field in words, the reason as the server said it)."""
    lang = language or terminal_language()
    pair = _say(_PHRASES["pair"], lang)
    return [pair % (key_label(k, order, lang), "; ".join(texts)) for k, texts in change.field_errors.items()]
