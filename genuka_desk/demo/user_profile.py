"""``GET /user`` in the demo (02-authentication.md): who a token belongs to, in its company.

The profile as documented: the user's names, role and permissions
(``permissions`` and ``allPermissions``), ``has_pin`` and ``pin_enabled``
(whether the user set a PIN: a clerk without one logs in by password),
``has_multiple_companies`` (with ``companies`` only then), the company the
token is for and no subscription (``null``, as the reference allows).
``include=availabilities`` adds an empty list; any other include is ignored.
"""

from __future__ import annotations

from typing import Any

from .accounts import Accounts
from .data import DemoData


def user_profile(
    accounts: Accounts, data: DemoData, user: dict[str, Any], company_id: str, params: dict[str, str]
) -> dict[str, Any]:
    """The documented ``GET /user`` body for ``user`` in ``company_id``."""
    company = next((c for c in accounts.companies if c["id"] == company_id), accounts.main)
    has_pin = user.get("id") in accounts.pins
    several = len(accounts.companies) > 1
    keys = ("id", "first_name", "last_name", "name", "email", "phone", "role", "metadata", "created_at", "updated_at")
    body: dict[str, Any] = {k: user.get(k) for k in keys}
    body |= {
        "company_id": company_id,
        "email_verified_at": user.get("created_at"),
        "last_activity": user.get("last_activity"),
        "pin_enabled": has_pin,
        "permissions": list(user.get("permissions") or []),
        "allPermissions": list(user.get("permissions") or []),
        "has_pin": has_pin,
        "has_multiple_companies": several,
        "company": {
            "id": company_id,
            "name": company.get("name"),
            "currency_code": company.get("currency_code") or "XAF",
            "currency_name": "FCFA",
            "logoUrl": None,
            "business_id": None,
            "tax_id": None,
            "address": None,
            "onboarding": None,
            "paymentMethods": data.payment_methods if company_id == data.company_id else [],
            "variables": None,
            "custom_fields": None,
            "medias": [],
        },
        "subscription": None,
    }
    if several:
        body["companies"] = accounts.choices(company_id)
    if "availabilities" in (params.get("include") or ""):
        body["availabilities"] = []
    return body
