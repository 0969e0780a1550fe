"""A queued change in the clerk's words: one line per thing it changes, names and money as the clerk knows them.

``Delivery: Pending → Delivered``, ``Sac bleu: quantity 3``, ``Payment of
5 000 FCFA (Cash)``: used by the editor's History and conflict view, its
refusal strip and the list's row menu, instead of the raw keys the queue
keeps (``shipping.status``, ``lines.812.quantity``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import models as _models
from .. import service as _service
from ..models.coerce import to_decimal
from .activity_text import address_part, field_label, value_text


def key_label(key: str, order: _models.Order | None = None) -> str:
    """What the clerk calls the field at ``key`` (a line by its title)."""
    parts = key.split(".")
    if parts[0] == "lines" and len(parts) >= 2:
        line = order.line(parts[1]) if order is not None else None
        title = line.title if line is not None and line.title else QCoreApplication.translate("ChangeWords", "a line")
        if len(parts) == 3:
            quantity = QCoreApplication.translate("ChangeWords", "quantity")
            price = QCoreApplication.translate("ChangeWords", "unit price")
            return f"{title} ({quantity if parts[2] == 'quantity' else price})"
        return title
    if len(parts) == 3 and parts[1] == "address" and parts[2] in _models.ADDRESS_FIELDS:
        side = (
            QCoreApplication.translate("ChangeWords", "Billing address")
            if parts[0] == "billing"
            else QCoreApplication.translate("ChangeWords", "Shipping address")
        )
        return f"{side} ({address_part(parts[2])})"
    return field_label(key)


def key_value(key: str, value: Any, currency: str, language: str) -> str:
    """A value as the clerk reads it: statuses in words, money with its currency, "—" for nothing."""
    if value is None or value == "":
        return "—"
    if key == "shipping.amount" or key.endswith(".price"):
        amount = to_decimal(value)
        return _models.format_money(amount, currency, language) if amount is not None else _models.text_of(value)
    return value_text(key, value)


def change_lines(change: _service.Change, order: _models.Order | None, language: str) -> list[str]:
    """The change, one line per thing it changes."""
    currency = order.currency_code if order is not None else "XAF"
    if change.payment is not None:
        amount = _models.format_money(change.payment.amount, currency, language)
        methods = order.company.payment_methods if order is not None and order.company else []
        way = next((m.name for m in methods if change.payment.method in (m.processor, m.name) and m.name), None)
        return [
            QCoreApplication.translate("ChangeWords", "Payment of %s (%s)") % (amount, way or change.payment.method)
        ]
    if change.removal is not None:
        return [QCoreApplication.translate("ChangeWords", "Payment deleted")]
    if change.draft is not None:
        who = change.draft.customer.name or change.draft.customer.phone or "—"
        lines = ", ".join(f"{line.title} × {line.quantity}" for line in change.draft.lines)
        return [QCoreApplication.translate("ChangeWords", "New sale for %s: %s") % (who, lines)]
    edit = change.edit
    out = []
    for key, value in edit.fields.items():
        # French puts a space before the colon: the pattern is the translator's.
        label, shown = key_label(key, order), key_value(key, value, currency, language)
        out.append(QCoreApplication.translate("ChangeWords", "%s: %s") % (label, shown))
    for line_id, line in edit.lines.items():
        label = key_label(f"lines.{line_id}", order)
        if line.quantity is not None:
            out.append(QCoreApplication.translate("ChangeWords", "%s: quantity %s") % (label, line.quantity))
        if line.price is not None:
            out.append(
                QCoreApplication.translate("ChangeWords", "%s: unit price %s")
                % (label, _models.format_money(line.price, currency, language))
            )
    for line_id in edit.removed_lines:
        out.append(QCoreApplication.translate("ChangeWords", "%s: removed") % key_label(f"lines.{line_id}", order))
    for added in edit.added_lines:
        out.append(
            QCoreApplication.translate("ChangeWords", "Line added: %s × %s")
            % (added.title or added.product_id or "—", added.quantity)
        )
    return out


def field_errors_lines(errors: dict[str, list[str]], order: _models.Order | None) -> list[str]:
    """The server's reasons, one line per field it named, the field in the clerk's words."""
    return [f"{key_label(key, order)}: {' '.join(texts)}" for key, texts in errors.items()]
