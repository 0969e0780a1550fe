"""An entry of the server's history as one line in the clerk's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import models as _models
from ..models.activity import FieldChange
from ..models.coerce import to_decimal
from .labels import billing_label, shipping_label


def field_label(field: str) -> str:
    """A logged field's name as the clerk knows it (the raw key when unknown)."""
    names = {
        "shipping.status": QCoreApplication.translate("History", "Delivery"),
        "billing.status": QCoreApplication.translate("History", "Payment"),
        "billing.method": QCoreApplication.translate("History", "Payment method"),
        "billing.treasury_account_id": QCoreApplication.translate("History", "Payment account"),
        "billing.scheduled_at": QCoreApplication.translate("History", "Payment date"),
        "shipping.mode": QCoreApplication.translate("History", "Delivery mode"),
        "shipping.amount": QCoreApplication.translate("History", "Shipping cost"),
        "shipping.scheduled_at": QCoreApplication.translate("History", "Delivery date"),
        "amount": QCoreApplication.translate("History", "Total"),
        "reference": QCoreApplication.translate("History", "Reference"),
    }
    if field in names:
        return names[field]
    parts = field.split(".")
    if len(parts) == 3 and parts[0] in ("billing", "shipping") and parts[1] == "address":
        side = (
            QCoreApplication.translate("History", "Billing address")
            if parts[0] == "billing"
            else QCoreApplication.translate("History", "Shipping address")
        )
        return f"{side} ({address_part(parts[2])})"
    return field


def address_part(name: str) -> str:
    """A part of an address as the clerk names it (the raw key, spaced, when unknown)."""
    return {
        "first_name": QCoreApplication.translate("History", "first name"),
        "last_name": QCoreApplication.translate("History", "last name"),
        "line1": QCoreApplication.translate("History", "street"),
        "line2": QCoreApplication.translate("History", "street, line 2"),
        "city": QCoreApplication.translate("History", "city"),
        "state": QCoreApplication.translate("History", "region"),
        "postal_code": QCoreApplication.translate("History", "postal code"),
        "country": QCoreApplication.translate("History", "country"),
        "phone": QCoreApplication.translate("History", "phone"),
        "email": QCoreApplication.translate("History", "email"),
    }.get(name, name.replace("_", " "))


def value_text(field: str, value: Any) -> str:
    """A logged value: statuses in words, the rest as sent ("—" for nothing)."""
    if value is None or value == "":
        return "—"
    if field == "shipping.status":
        return shipping_label(_models.ShippingStatus.parse(value))
    if field == "billing.status":
        return billing_label(_models.BillingStatus.parse(value))
    return _models.text_of(value)


def change_text(change: FieldChange, extra: dict[str, Any] | None = None) -> str:
    """``Field: old → new`` (a line's title names it when the log gives one)."""
    parts = change.field.split(".")
    if len(parts) == 3 and parts[0] == "lines":
        title = str((extra or {}).get("title") or parts[1])
        what = (
            QCoreApplication.translate("History", "quantity")
            if parts[2] == "quantity"
            else QCoreApplication.translate("History", "price")
            if parts[2] == "price"
            else parts[2]
        )
        label = f"{title} ({what})"
    else:
        label = field_label(change.field)
    # French puts a space before the colon: the pattern is the translator's.
    return QCoreApplication.translate("History", "%s: %s → %s") % (
        label,
        value_text(change.field, change.old),
        value_text(change.field, change.new),
    )


def kind_text(kind: _models.ActivityKind) -> str:
    """What the server's known words say happened, as the clerk says it (after who did it)."""
    kinds = _models.ActivityKind
    words = {
        kinds.CREATED: QCoreApplication.translate("History", "created the order"),
        kinds.DELETED: QCoreApplication.translate("History", "cancelled the order"),
        kinds.RESTORED: QCoreApplication.translate("History", "restored the order"),
        kinds.UPDATED: QCoreApplication.translate("History", "changed the order"),
        kinds.STATUS_CHANGED: QCoreApplication.translate("History", "changed the order's status"),
        kinds.PAYMENT_STATUS_CHANGED: QCoreApplication.translate("History", "changed the payment status"),
        kinds.SHIPPING_STATUS_CHANGED: QCoreApplication.translate("History", "changed the delivery status"),
        kinds.PAYMENT_ADDED: QCoreApplication.translate("History", "added a payment"),
        kinds.PAYMENT_UPDATED: QCoreApplication.translate("History", "changed a payment"),
        kinds.PAYMENT_DELETED: QCoreApplication.translate("History", "deleted a payment"),
        kinds.PAYMENT_RESTORED: QCoreApplication.translate("History", "restored a payment"),
    }
    return words[kind]


def _payment_text(kind: _models.ActivityKind, amount: str) -> str:
    """A payment added or deleted, with its amount (other kinds: their words alone)."""
    if kind is _models.ActivityKind.PAYMENT_ADDED:
        return QCoreApplication.translate("History", "added a payment of %s") % amount
    if kind is _models.ActivityKind.PAYMENT_DELETED:
        return QCoreApplication.translate("History", "deleted a payment of %s") % amount
    return kind_text(kind)


# Whole-order events: their words say it all (a creation's logged reference adds nothing).
_EVENTS = (_models.ActivityKind.CREATED, _models.ActivityKind.DELETED, _models.ActivityKind.RESTORED)
# Words that only say "something changed": the changed fields, when logged, tell more.
_PLAIN = (
    _models.ActivityKind.UPDATED,
    _models.ActivityKind.STATUS_CHANGED,
    _models.ActivityKind.PAYMENT_STATUS_CHANGED,
    _models.ActivityKind.SHIPPING_STATUS_CHANGED,
)


def _unchanged(change: FieldChange) -> bool:
    """A logged change whose value stayed the same (a number rewritten as ``6500.00``)."""
    old, new = to_decimal(change.old), to_decimal(change.new)
    if old is not None and new is not None:
        return old == new
    return change.old == change.new


def activity_text(activity: _models.Activity, amount: str = "") -> str:
    """What changed and who did it, without the time (the caller adds it in the clerk's format).

    The server's words are said in the clerk's language when the desk knows
    them ("Payment added": "added a payment"), with the fields it changed;
    words it does not know stay as the server wrote them. ``amount``: a
    payment entry's money, as written ("added a payment of 5 000 FCFA").
    """
    who = activity.author or QCoreApplication.translate("History", "someone")
    kind = activity.kind
    if kind is not None and kind in _EVENTS:
        return QCoreApplication.translate("History", "%s: %s") % (who, kind_text(kind))
    props = activity.properties or {}
    logged = [c for c in activity.changes() if not _unchanged(c)]  # "Total: 6500 → 6500.00" tells nothing
    changes = [
        change_text(c, props.get(c.field) if isinstance(props.get(c.field), dict) else None) for c in logged if c.field
    ]
    unnamed = [c for c in logged if not c.field]
    named = ", ".join(changes)
    values = ", ".join(f"{value_text('', c.old)} → {value_text('', c.new)}" for c in unnamed)
    if kind is not None:
        said = _payment_text(kind, amount) if amount else kind_text(kind)
    elif unnamed or not named:
        said = activity.server_words  # words the desk does not know: the server's own
    else:
        said = ""
    if kind in _PLAIN and named and not unnamed:
        said = ""  # "changed the order": the fields say which
    # "added a payment (Payment: Awaiting payment → Partly paid)"; a change the log does not name: its values.
    detail = ", ".join(p for p in (named, values) if p)
    what = f"{said} ({detail})" if said and detail else said or detail
    return QCoreApplication.translate("History", "%s: %s") % (who, what)
