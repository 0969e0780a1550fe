"""The login answers (``POST /auth/login``, ``/auth/login-with-pin``) and the PIN login's company card."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field, SecretStr, field_validator

from .base import GenukaModel, Nested, NestedList
from .loose import LooseBool, LooseDatetime, LooseList, LooseStr


def person_name(value: Any) -> str | None:
    """A person's name as Genuka gives it (``Aïcha Mbarga``); None for nothing, or an email address in its place."""
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    return name if name and "@" not in name else None


class TokenInfo(GenukaModel):
    """What the server says about the token: owner, expiry, scopes."""

    id: LooseStr = None
    name: LooseStr = None
    user_id: LooseStr = None
    expires_at: LooseDatetime = None
    scopes: LooseList = []

    def __repr_args__(self) -> Any:
        # The token id identifies the secret server-side; keep it out of reprs.
        return [(k, v) for k, v in super().__repr_args__() if k != "id"]


class CompanyChoice(GenukaModel):
    """One company a user belongs to (login answer, ``GET /user/companies``)."""

    id: LooseStr = None
    name: LooseStr = None
    company_code: LooseStr = None
    role: LooseStr = None
    currency_code: LooseStr = None
    is_current: LooseBool = None
    last_used_at: LooseDatetime = None

    @property
    def label(self) -> str:
        """The company as a clerk picks it: its name, and its code when it has one."""
        name = (self.name or self.id or "").strip()
        return f"{name} ({self.company_code})" if self.company_code else name


class LoginResult(GenukaModel):
    """A successful login: the bearer token (secret) and the company it opens."""

    access_token: SecretStr = Field(alias="accessToken")
    company_id: LooseStr = Field(default=None, alias="companyId")
    company_code: LooseStr = None
    token: Nested[TokenInfo] = None
    # Only when the user belongs to more than one company (02-authentication.md).
    companies: NestedList[CompanyChoice] = []

    @field_validator("access_token", mode="before")
    @classmethod
    def _token_any_name(cls, value: Any) -> Any:
        return value if isinstance(value, str) else ""

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> LoginResult:
        """Read both documented answers and the older spellings.

        ``{"accessToken": "<token>", "token": {...}}`` and
        ``{"plainTextToken": "<token>", "accessToken": {...}}`` (the token's
        details under ``accessToken``), as well as ``access_token`` or a plain
        ``token`` string.
        """
        data = dict(body)
        if isinstance(data.get("accessToken"), dict):
            details = data.pop("accessToken")
            if not isinstance(data.get("token"), dict):
                data["token"] = details
        for alt in ("plainTextToken", "access_token"):
            if not isinstance(data.get("accessToken"), str) and isinstance(data.get(alt), str):
                data["accessToken"] = data[alt]
        if not data.get("accessToken") and isinstance(data.get("token"), str):
            data["accessToken"] = data.pop("token")
        user = data.get("user")
        if "token" not in data and isinstance(user, dict) and isinstance(user.get("permissions"), list):
            # A company switch answers the user's permissions in the new company, not token details.
            data["token"] = {"scopes": user["permissions"], "user_id": user.get("id"), "name": user.get("name")}
        return cls.model_validate(data)

    @property
    def must_pick_company(self) -> bool:
        """True when the user belongs to several companies: the clerk chooses which one this desk serves."""
        return len(self.companies) > 1

    @property
    def user_name(self) -> str | None:
        """The logged-in user's name: the token's, which the documented login answer gives as the user's.

        A company switch answers the user object, whose ``name`` lands there too (see :meth:`from_body`).
        """
        return person_name(self.token.name if self.token else None)

    @property
    def user_id(self) -> str | None:
        """The logged-in user's id when the answer names it (the token's ``user_id``; not documented: may be None)."""
        return self.token.user_id if self.token else None

    @property
    def expires_at(self) -> datetime | None:
        """When the token ends (a PIN login's: 24 hours after it was issued); None: not said."""
        return self.token.expires_at if self.token else None

    @property
    def scopes(self) -> list[str]:
        """The permissions the token carries."""
        return [s for s in (self.token.scopes if self.token else []) if isinstance(s, str)]

    @property
    def read_only(self) -> bool:
        """A token whose scopes are known and do not include changing orders: the desk only reads."""
        return bool(self.scopes) and not self.can("orders.update")

    def can(self, permission: str) -> bool:
        """Whether the scopes grant ``permission`` (``orders.*`` and ``*`` count)."""
        scopes = set(self.scopes)
        area = permission.split(".", 1)[0]
        return bool(scopes & {permission, f"{area}.*", "*"})


class CompanyCard(GenukaModel):
    """What ``POST /auth/verify-company-code`` shows of a company before its PIN screen (every key kept as sent)."""

    name: LooseStr = None
    currency_code: LooseStr = None


class AccountUser(GenukaModel):
    """The logged-in user as ``GET /user`` describes them (every other key kept as sent)."""

    id: LooseStr = None
    name: LooseStr = None
