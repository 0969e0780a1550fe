"""Billing and shipping addresses."""

from __future__ import annotations

import re

from .base import GenukaModel
from .loose import LooseBool, LooseDatetime, LooseDecimal, LooseDict, LooseStr

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

ADDRESS_FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "line1",
    "line2",
    "city",
    "state",
    "postal_code",
    "country",
    "phone",
    "email",
)


def is_valid_email(text: str | None) -> bool:
    """A plausible address (one @, a dot after it, no spaces)."""
    return bool(text) and _EMAIL.match(text or "") is not None


class Address(GenukaModel):
    """A postal address attached to an order (billing or shipping)."""

    id: LooseStr = None
    label: LooseStr = None
    first_name: LooseStr = None
    last_name: LooseStr = None
    line1: LooseStr = None
    line2: LooseStr = None
    city: LooseStr = None
    state: LooseStr = None
    postal_code: LooseStr = None
    country: LooseStr = None
    phone: LooseStr = None
    # Not an EmailStr: the docs site mangles emails into "[email protected]".
    email: LooseStr = None
    company: LooseStr = None
    is_billing: LooseBool = None
    is_shipping: LooseBool = None
    is_primary: LooseBool = None
    latitude: LooseDecimal = None
    longitude: LooseDecimal = None
    addressable_id: LooseStr = None
    addressable_type: LooseStr = None
    company_id: LooseStr = None
    metadata: LooseDict = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    @property
    def full_name(self) -> str:
        """First and last name joined, blanks skipped."""
        return " ".join(p.strip() for p in (self.first_name, self.last_name) if p and p.strip())

    @property
    def email_valid(self) -> bool:
        """Whether the email looks like an address (a mangled one does not)."""
        return is_valid_email(self.email)
