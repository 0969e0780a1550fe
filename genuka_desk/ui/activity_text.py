"""An entry of the server's history as one line in the clerk's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from .. import models as _models
from ..models.activity import FieldChange
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
        return f"{side} ({parts[2].replace('_', ' ')})"
    return field


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


def event_text(activity: _models.Activity) -> str | None:
    """A whole-order event (created, cancelled, restored) in words; None for a field change."""
    event = (activity.event or activity.description or "").strip().lower()
    if event == "created":
        return QCoreApplication.translate("History", "created the order")
    if event == "deleted":
        return QCoreApplication.translate("History", "cancelled the order")
    if event == "restored":
        return QCoreApplication.translate("History", "restored the order")
    return None


def activity_text(activity: _models.Activity) -> str:
    """What changed and who did it, without the time (the caller adds it in the clerk's format)."""
    who = activity.author or QCoreApplication.translate("History", "someone")
    event = event_text(activity)
    if event is not None:
        return QCoreApplication.translate("History", "%s: %s") % (who, event)
    props = activity.properties or {}
    changes = [
        change_text(c, props.get(c.field) if isinstance(props.get(c.field), dict) else None)
        for c in activity.changes()
        if c.field
    ]
    unnamed = [c for c in activity.changes() if not c.field]
    what = ", ".join(changes)
    if unnamed or not what:
        # A change the log does not name: the server's own words, then the values.
        described = activity.description or ""
        values = ", ".join(f"{value_text('', c.old)} → {value_text('', c.new)}" for c in unnamed)
        what = ", ".join(p for p in (what, f"{described} {values}".strip()) if p)
    return QCoreApplication.translate("History", "%s: %s") % (who, what)
