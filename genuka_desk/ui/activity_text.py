"""An entry of the server's history as one line in the clerk's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..models import Activity, BillingStatus, ShippingStatus
from ..models.activity import FieldChange
from .labels import billing_label, shipping_label
from .order_form import text_of


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def field_label(field: str) -> str:
    """A logged field's name as the clerk knows it (the raw key when unknown)."""
    names = {
        "shipping.status": _tr("Delivery"),
        "billing.status": _tr("Payment"),
        "billing.method": _tr("Payment method"),
        "billing.treasury_account_id": _tr("Payment account"),
        "billing.scheduled_at": _tr("Payment date"),
        "shipping.mode": _tr("Delivery mode"),
        "shipping.amount": _tr("Shipping cost"),
        "shipping.scheduled_at": _tr("Delivery date"),
        "amount": _tr("Total"),
        "reference": _tr("Reference"),
    }
    if field in names:
        return names[field]
    parts = field.split(".")
    if len(parts) == 3 and parts[0] in ("billing", "shipping") and parts[1] == "address":
        side = _tr("Billing address") if parts[0] == "billing" else _tr("Shipping address")
        return f"{side} ({parts[2].replace('_', ' ')})"
    return field


def value_text(field: str, value: Any) -> str:
    """A logged value: statuses in words, the rest as sent ("—" for nothing)."""
    if value is None or value == "":
        return "—"
    if field == "shipping.status":
        return shipping_label(ShippingStatus.parse(value))
    if field == "billing.status":
        return billing_label(BillingStatus.parse(value))
    return text_of(value)


def change_text(change: FieldChange, extra: dict[str, Any] | None = None) -> str:
    """``Field: old → new`` (a line's title names it when the log gives one)."""
    parts = change.field.split(".")
    if len(parts) == 3 and parts[0] == "lines":
        title = str((extra or {}).get("title") or parts[1])
        what = _tr("quantity") if parts[2] == "quantity" else _tr("price") if parts[2] == "price" else parts[2]
        label = f"{title} ({what})"
    else:
        label = field_label(change.field)
    return f"{label}: {value_text(change.field, change.old)} → {value_text(change.field, change.new)}"


def activity_text(activity: Activity) -> str:
    """What changed and who did it, without the time (the caller adds it in the clerk's format)."""
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
    who = activity.author or _tr("someone")
    return f"{who}: {what}"
