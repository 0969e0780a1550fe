"""An entry of an order's history (``GET .../orders/{id}/activities``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import GenukaModel, Nested
from .coerce import LooseDatetime, LooseDict, LooseStr
from .company import User


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
    user: Nested[User] = None
    causer: Nested[User] = None
    created_at: LooseDatetime = None

    @property
    def author(self) -> str:
        """Who did it, or an empty string."""
        who = self.user or self.causer
        return who.display_name if who else ""

    def changes(self) -> list[FieldChange]:
        """The changed fields: ``{field: {old, new}}`` or Laravel's ``{old: {}, attributes: {}}``."""
        props = self.properties or {}
        if isinstance(props.get("attributes"), dict):
            old_value = props.get("old")
            old: dict[str, Any] = old_value if isinstance(old_value, dict) else {}
            return [FieldChange(k, old.get(k), v) for k, v in props["attributes"].items()]
        out = []
        for key, value in props.items():
            if isinstance(value, dict) and ("old" in value or "new" in value):
                out.append(FieldChange(key, value.get("old"), value.get("new")))
        return out
