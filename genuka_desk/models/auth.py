"""The login answer (``POST /auth/login``)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, SecretStr, field_validator

from .base import GenukaModel, Nested
from .coerce import LooseDatetime, LooseList, LooseStr


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


class LoginResult(GenukaModel):
    """A successful login: the bearer token (secret) and the company it opens."""

    access_token: SecretStr = Field(alias="accessToken")
    company_id: LooseStr = Field(default=None, alias="companyId")
    company_code: LooseStr = None
    token: Nested[TokenInfo] = None

    @field_validator("access_token", mode="before")
    @classmethod
    def _token_any_name(cls, value: Any) -> Any:
        return value if isinstance(value, str) else ""

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> LoginResult:
        """Accept ``accessToken``, ``plainTextToken`` or ``access_token``."""
        data = dict(body)
        for alt in ("plainTextToken", "access_token"):
            if not data.get("accessToken") and isinstance(data.get(alt), str):
                data["accessToken"] = data[alt]
        if not data.get("accessToken") and isinstance(data.get("token"), str):
            data["accessToken"] = data.pop("token")
        return cls.model_validate(data)

    @property
    def scopes(self) -> list[str]:
        """The permissions the token carries."""
        return [s for s in (self.token.scopes if self.token else []) if isinstance(s, str)]

    def can(self, permission: str) -> bool:
        """Whether the scopes grant ``permission`` (``orders.*`` and ``*`` count)."""
        scopes = set(self.scopes)
        area = permission.split(".", 1)[0]
        return bool(scopes & {permission, f"{area}.*", "*"})
