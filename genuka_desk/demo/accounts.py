"""Accounts on the demo server: the two login answers, several companies, switching, logging out.

02-authentication.md: ``POST /auth/login`` answers ``accessToken`` (a string)
with ``token`` details; another documented spelling puts the string in
``plainTextToken`` and the details under ``accessToken``. ``companies`` is
present only when the user belongs to more than one company; switching
revokes every token of the user and issues a new one; logging out revokes
the token used. A wrong password is a 500, as Genuka answers it; a user
without a permission gets a 403.

The users live here: the seeded admin (Payton Donnelly, ``demo@genuka.com``,
PIN ``1234``) and read-only user (Awa Mbida, ``lecture@genuka.com``, no PIN),
and a cashier (Aïcha Bello, ``caisse@genuka.com``, PIN ``2580``: sells and
works the till, takes a return, cannot approve a cash difference nor a
return). Every password is
``password``. A token expires (a PIN login's after 24 hours, see
:mod:`.pin_login`): used after that, it answers 401 as a revoked one does.
The main company's short code (``company_code``, for PIN login) is
``MBOA-001``.
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
COMPANY_CODE = "MBOA-001"  # the main company's short code (as GET /admin/company gives it)
DEMO_PINS = {"demo@genuka.com": "1234", "caisse@genuka.com": "2580"}  # the read-only user has none
TOKEN_LIFE = timedelta(days=365)  # a password login's token (the captured answer's expires_at)
CASHIER: dict[str, Any] = {
    "id": "01demo0cashier000000000000",
    "first_name": "Aïcha",
    "last_name": "Bello",
    "name": "Aïcha Bello",
    "email": "caisse@genuka.com",
    "phone": "+237 699 00 00 09",
    "role": "cashier",
    # The documented "Senior Cashier" role (19-company-settings.md), customers besides: sells, takes
    # payments, opens and closes the till; no treasury_accounts.* (approving a cash difference).
    # Returns besides: takes one back at the counter; approving it (restock, bill) is a manager's.
    "permissions": [
        "orders.view",
        "orders.create",
        "orders.update",
        "products.view",
        "customers.view",
        "returns.view",
        "returns.create",
        "discounts.view",  # the shop's discounts, to check a code at the counter
    ],
    "metadata": {"lang": "fr"},
}
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

    def __init__(
        self,
        main_company: dict[str, Any],
        api_keys: dict[str, dict[str, Any]],
        companies: int = 1,
        users: list[dict[str, Any]] | None = None,
    ) -> None:
        self.main = main_company
        self.api_keys = api_keys
        self.companies = [main_company, SECOND_COMPANY][: max(1, min(2, companies))]
        self.users = list(users or api_keys.values())  # everyone who can log in (each of every company)
        self.tokens: dict[str, tuple[dict[str, Any], str]] = {}  # token -> (user, company id)
        self.expiry: dict[str, datetime] = {}  # token -> when it stops working
        self.pins = {u["id"]: DEMO_PINS[u["email"]] for u in self.users if u.get("email") in DEMO_PINS}
        self.code_checks: list[datetime] = []  # verify-company-code calls (rate-limited, see pin_login)
        self.login_shape = "documented"

    def company_ids(self) -> set[str]:
        """The companies a request may name in ``X-Company``."""
        return {str(c["id"]) for c in self.companies}

    def issue(
        self, user: dict[str, Any], company_id: str, now: datetime, life: timedelta = TOKEN_LIFE, shape: str = ""
    ) -> dict[str, Any]:
        """A new token for ``user`` in ``company_id`` that works for ``life``, as the login answer shapes it."""
        token = secrets.token_urlsafe(32)
        self.tokens[token] = (user, company_id)
        self.expiry[token] = now + life
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
            "expires_at": iso(now + life),
        }
        answer: dict[str, Any] = {"companyId": company_id, "company_code": company.get("company_code")}
        if (shape or self.login_shape) == "plain":
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

    def who(self, bearer: str | None, now: datetime) -> tuple[dict[str, Any], str | None] | None:
        """(user, the company a login token is bound to; None for API keys) or None (expired too)."""
        if bearer and bearer in self.api_keys:
            return self.api_keys[bearer], None
        return self._live(bearer, now)

    def _live(self, bearer: str | None, now: datetime) -> tuple[dict[str, Any], str] | None:
        """A login token's (user, company) while it works; an expired one is revoked on sight."""
        if not bearer or bearer not in self.tokens:
            return None
        if now >= self.expiry.get(bearer, now + TOKEN_LIFE):
            self.revoke(bearer)
            return None
        return self.tokens[bearer]

    def revoke(self, bearer: str) -> None:
        """The token stops working."""
        self.tokens.pop(bearer, None)
        self.expiry.pop(bearer, None)

    def switch(self, bearer: str | None, body: Any, now: datetime) -> dict[str, Any]:
        """``POST /user/switch-company``: every token of the user revoked, a new one issued."""
        found = self._live(bearer, now)
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
            self.revoke(old)
        answer = self.issue(user, wanted, now)
        fresh = answer["accessToken"] if isinstance(answer["accessToken"], str) else answer["plainTextToken"]
        return {"accessToken": fresh, "companyId": wanted, "company_code": answer["company_code"], "user": user}

    def logout(self, bearer: str | None, now: datetime) -> dict[str, Any]:
        """``POST /auth/logout``: the token used is revoked."""
        if not bearer or self._live(bearer, now) is None:
            raise DemoError(401, {"message": "Unauthenticated."})
        self.revoke(bearer)
        return {"message": "Successfully logged out"}
