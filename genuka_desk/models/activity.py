"""An entry of an order's history (``GET .../orders/{id}/activities``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .base import GenukaModel, Nested
from .company import User
from .enums import BillingStatus, ShippingStatus
from .loose import LooseDatetime, LooseDict, LooseStr


class ActivityKind(StrEnum):
    """What an activity's description (or event) says happened, for the descriptions the desk knows."""

    CREATED = "created"
    DELETED = "deleted"
    RESTORED = "restored"
    UPDATED = "updated"
    STATUS_CHANGED = "status_changed"
    PAYMENT_STATUS_CHANGED = "payment_status_changed"
    SHIPPING_STATUS_CHANGED = "shipping_status_changed"
    PAYMENT_ADDED = "payment_added"
    PAYMENT_UPDATED = "payment_updated"
    PAYMENT_DELETED = "payment_deleted"
    PAYMENT_RESTORED = "payment_restored"


# The server's words, lower-cased: Laravel's model events (``created``, ``updated``...), the
# documented "Order status changed", and the payment processes' entries ("Payment added").
_KINDS: dict[str, ActivityKind] = {
    "created": ActivityKind.CREATED,
    "order created": ActivityKind.CREATED,
    "deleted": ActivityKind.DELETED,
    "order deleted": ActivityKind.DELETED,
    "order cancelled": ActivityKind.DELETED,
    "order canceled": ActivityKind.DELETED,
    "restored": ActivityKind.RESTORED,
    "order restored": ActivityKind.RESTORED,
    "updated": ActivityKind.UPDATED,
    "order updated": ActivityKind.UPDATED,
    "status changed": ActivityKind.STATUS_CHANGED,
    "order status changed": ActivityKind.STATUS_CHANGED,
    "order status updated": ActivityKind.STATUS_CHANGED,
    "payment status changed": ActivityKind.PAYMENT_STATUS_CHANGED,
    "billing status changed": ActivityKind.PAYMENT_STATUS_CHANGED,
    "shipping status changed": ActivityKind.SHIPPING_STATUS_CHANGED,
    "delivery status changed": ActivityKind.SHIPPING_STATUS_CHANGED,
    "payment added": ActivityKind.PAYMENT_ADDED,
    "payment created": ActivityKind.PAYMENT_ADDED,
    "payment recorded": ActivityKind.PAYMENT_ADDED,
    "payment updated": ActivityKind.PAYMENT_UPDATED,
    "payment deleted": ActivityKind.PAYMENT_DELETED,
    "payment removed": ActivityKind.PAYMENT_DELETED,
    "payment restored": ActivityKind.PAYMENT_RESTORED,
}


def _words(text: str | None) -> str:
    """``Payment_Added.`` -> ``payment added``: how the lookup reads a description."""
    return re.sub(r"[\s_]+", " ", (text or "").strip().rstrip(".").casefold()).strip()


@dataclass(frozen=True)
class FieldChange:
    """One field an activity changed, old and new value as the server sent them."""

    field: str
    old: Any
    new: Any


class Activity(GenukaModel):
    """Something that happened to an order, with the fields it changed."""

    id: LooseStr = None
    description: LooseStr = None
    event: LooseStr = None
    properties: LooseDict = None
    username: LooseStr = None
    user: Nested[User] = None
    causer: Nested[User] = None
    created_at: LooseDatetime = None

    @property
    def kind(self) -> ActivityKind | None:
        """What the description (else the event) says happened; None: words the desk does not know."""
        for text in (self.description, self.event):
            kind = _KINDS.get(_words(text))
            if kind is not None:
                return kind
        return None

    @property
    def server_words(self) -> str:
        """The server's own text for the entry (its description, else its event), or an empty string."""
        return (self.description or self.event or "").strip()

    @property
    def author(self) -> str:
        """Who did it (the documented ``username`` first), or an empty string."""
        if self.username and self.username.strip():
            return self.username.strip()
        who = self.user or self.causer
        return who.display_name if who else ""

    def changes(self) -> list[FieldChange]:
        """The changed fields, from any of the shapes the server logs.

        The documented flat shape ``{"old": "pending", "new": "paid"}`` (the
        field is then told by the values: a status the other list lacks), the
        field-keyed ``{field: {old, new}}``, and Laravel's ``{old: {}, attributes: {}}``.
        """
        props = self.properties or {}
        if _flat(props):
            before, after = props.get("old"), props.get("new")
            return [FieldChange(_status_field(before, after, self.description or ""), before, after)]
        if isinstance(props.get("attributes"), dict):
            old_value = props.get("old")
            old: dict[str, Any] = old_value if isinstance(old_value, dict) else {}
            return [FieldChange(k, old.get(k), v) for k, v in props["attributes"].items()]
        out = []
        for key, value in props.items():
            if isinstance(value, dict) and ("old" in value or "new" in value):
                out.append(FieldChange(key, value.get("old"), value.get("new")))
        return out


def _flat(props: dict[str, Any]) -> bool:
    """``{"old": x, "new": y}`` with plain values (not Laravel's dicts of attributes)."""
    keys = set(props) - {"attributes"}
    return bool(keys) and keys <= {"old", "new"} and not any(isinstance(props.get(k), dict) for k in keys)


def _status_field(old: Any, new: Any, description: str) -> str:
    """Which status a flat entry changed: the one whose values fit (``pending`` fits both)."""
    values = [v.strip().lower() for v in (old, new) if isinstance(v, str) and v.strip()]
    shipping = {s.value for s in ShippingStatus} - {"unknown"}
    billing = {s.value for s in BillingStatus} - {"unknown"} | {"cancelled"}
    if any(v in billing and v not in shipping for v in values):
        return "billing.status"
    if any(v in shipping and v not in billing for v in values):
        return "shipping.status"
    if values and all(v in billing for v in values) and "pay" in description.lower():
        return "billing.status"
    if values and all(v in shipping for v in values):
        return "shipping.status"
    return ""
