"""Accounts on the demo server: the two login answers, several companies, switching, logging out.

02-authentication.md: ``POST /auth/login`` answers ``accessToken`` (a string)
with ``token`` details; another documented spelling puts the string in
``plainTextToken`` and the details under ``accessToken``. ``companies`` is
present only when the user belongs to more than one company; switching
revokes every token of the user and issues a new one; logging out revokes
the token used. A wrong password is a 500, as Genuka answers it; a user
without a permission gets a 403.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any

from .errors import DemoError, invalid, unauthorized
from .values import iso

DEMO_ADMIN_KEY = "gdk_demo_admin_key"
DEMO_READONLY_KEY = "gdk_demo_readonly_key"
DEMO_PASSWORD = "password"
LOGIN_SHAPES = ("documented", "plain")
SECOND_COMPANY = {
    "id": "01demo0second0company00000",
    "name": "Boutique Mboa Bonapriso (démo)",
    "company_code": "MBOA002",
    "currency_code": "XAF",
    "role": "manager",
}


def check_login(users: list[dict[str, Any]], body: Any) -> dict[str, Any]:
    """The user ``POST /auth/login`` names; a wrong password is a 500, as Genuka does."""
    if not isinstance(body, dict):
        raise invalid({"email": ["The email field is required."]})
    email, password = body.get("email"), body.get("password")
    errors = {}
    if not isinstance(email, str) or not email:
        errors["email"] = ["The email field is required."]
    if not isinstance(password, str) or not password:
        errors["password"] = ["The password field is required."]
    if errors:
        raise invalid(errors)
    user = next((u for u in users if u["email"] == str(email).strip().lower()), None)
    if user is None or password != DEMO_PASSWORD:
        raise DemoError(500, {"message": "Invalid email or password.", "exception": "Exception"})
    return user


def require(user: dict[str, Any], permission: str) -> None:
    """403 unless the user holds ``permission`` (or its area's ``.*``)."""
    area = permission.split(".", 1)[0]
    if not {permission, f"{area}.*", "*"} & set(user.get("permissions", [])):
        raise unauthorized()


class Accounts:
    """Login tokens per user and company; API keys apart (Bearer only: no ``X-API-Key`` is documented)."""

    def __init__(self, main_company: dict[str, Any], api_keys: dict[str, dict[str, Any]], companies: int = 1) -> None:
        self.main = main_company
        self.api_keys = api_keys
        self.companies = [main_company, SECOND_COMPANY][: max(1, min(2, companies))]
        self.tokens: dict[str, tuple[dict[str, Any], str]] = {}  # token -> (user, company id)
        self.login_shape = "documented"

    def company_ids(self) -> set[str]:
        """The companies a request may name in ``X-Company``."""
        return {str(c["id"]) for c in self.companies}

    def issue(self, user: dict[str, Any], company_id: str, now: datetime) -> dict[str, Any]:
        """A new token for ``user`` in ``company_id``, as the login answer shapes it."""
        token = secrets.token_urlsafe(32)
        self.tokens[token] = (user, company_id)
        company = next(c for c in self.companies if c["id"] == company_id)
        details = {
            "id": secrets.token_hex(40),
            "client_id": "01985553-6f93-7089-8cca-2c4bcec93c66",
            "name": user["name"],
            "user_id": user["id"],
            "revoked": False,
            "scopes": list(user["permissions"]),
            "created_at": iso(now),
            "updated_at": iso(now),
            "expires_at": iso(now + timedelta(days=365)),
        }
        answer: dict[str, Any] = {"companyId": company_id, "company_code": company.get("company_code")}
        if self.login_shape == "plain":
            answer |= {"plainTextToken": token, "accessToken": details}
        else:
            answer |= {"accessToken": token, "token": details}
        if len(self.companies) > 1:
            answer["companies"] = self.choices(company_id)
        return answer

    def choices(self, current: str) -> list[dict[str, Any]]:
        """The user's companies, the current one first."""
        ordered = sorted(self.companies, key=lambda c: c["id"] != current)
        return [{**c, "logoUrl": None, "is_current": c["id"] == current} for c in ordered]

    def who(self, bearer: str | None) -> tuple[dict[str, Any], str | None] | None:
        """(user, the company a login token is bound to; None for API keys) or None."""
        if bearer and bearer in self.api_keys:
            return self.api_keys[bearer], None
        if bearer and bearer in self.tokens:
            return self.tokens[bearer]
        return None

    def switch(self, bearer: str | None, body: Any, now: datetime) -> dict[str, Any]:
        """``POST /user/switch-company``: every token of the user revoked, a new one issued."""
        found = self.tokens.get(bearer or "")
        if found is None:
            raise DemoError(401, {"message": "Unauthenticated."})
        wanted = body.get("company_id") if isinstance(body, dict) else None
        if not isinstance(wanted, str) or not wanted:
            raise DemoError(
                422, {"message": "The company id field is required.", "errors": {"company_id": ["required"]}}
            )
        if wanted not in self.company_ids():
            raise DemoError(403, {"message": "You do not belong to this company."})
        user = found[0]
        for old in [t for t, (u, _) in self.tokens.items() if u["id"] == user["id"]]:
            del self.tokens[old]
        answer = self.issue(user, wanted, now)
        fresh = answer["accessToken"] if isinstance(answer["accessToken"], str) else answer["plainTextToken"]
        return {"accessToken": fresh, "companyId": wanted, "company_code": answer["company_code"], "user": user}

    def logout(self, bearer: str | None) -> dict[str, Any]:
        """``POST /auth/logout``: the token used is revoked."""
        if not bearer or bearer not in self.tokens:
            raise DemoError(401, {"message": "Unauthenticated."})
        del self.tokens[bearer]
        return {"message": "Successfully logged out"}
