"""The PIN login of a shared counter PC (02-authentication.md), over one :class:`GenukaClient`.

``POST /auth/verify-company-code`` shows which company a short code opens
(rate-limited to 5 a minute); ``POST /auth/login-with-pin`` gives a token
that lasts 24 hours; ``POST /user/set-pin`` sets the logged-in user's
4-digit PIN; ``GET /user`` says who a token belongs to. Beside the client,
like :mod:`.cash_register`: built on its one request (``_send``, never
retried) and its retried reads. A PIN login's token is *returned*, not put
on the client: the caller decides when the clerk who typed it takes the desk.
A PIN is never logged: it travels in the body only.
"""

from __future__ import annotations

import re
from typing import Any

from ..models.auth import AccountUser, CompanyCard, LoginResult
from .client import GenukaClient, _unexpected
from .errors import AuthError, BadResponseError, RefusedError

PIN_FORMAT = re.compile(r"[0-9]{4}")  # set-pin: "exactly 4 digits ([0-9]{4})"
MAX_CODE = 16  # login-with-pin: company_code "max 16 chars"


def valid_pin(pin: str) -> bool:
    """Whether ``pin`` is a PIN as set-pin takes it: exactly four digits."""
    return PIN_FORMAT.fullmatch(pin) is not None


async def verify_company_code(client: GenukaClient, code: str) -> CompanyCard:
    """``POST /auth/verify-company-code``: the company ``code`` opens; an unknown code is a 422 (ValidationError)."""
    body = await client._send("POST", "/auth/verify-company-code", body={"company_code": code.strip()})
    if not isinstance(body, dict):
        raise _unexpected("company code", body)
    return CompanyCard.model_validate(body)


async def login_with_pin(client: GenukaClient, company_code: str, pin: str) -> LoginResult:
    """``POST /auth/login-with-pin``: the clerk's token (24 hours) and company; the client's own token is untouched.

    A wrong code or PIN is the documented 401 (:class:`AuthError`); a refusal
    Genuka words as a 500 with a message is read the same way (its password
    login answers so). An unknown company code is a 422.
    """
    body_sent = {"company_code": company_code.strip()[:MAX_CODE], "pin": pin}
    try:
        body = await client._send("POST", "/auth/login-with-pin", body=body_sent)
    except RefusedError as exc:
        raise AuthError(exc.message, status=exc.status) from exc
    return _login(body)


def _login(body: Any) -> LoginResult:
    if not isinstance(body, dict):
        raise _unexpected("PIN login", body)
    result = LoginResult.from_body(body)
    if not result.access_token.get_secret_value():
        raise BadResponseError("The server's PIN login answer holds no token.")
    return result


async def set_pin(client: GenukaClient, pin: str) -> None:
    """``POST /user/set-pin`` for the client's user (``pin_confirmation`` the same): a 422 says why it was refused."""
    await client._send("POST", "/user/set-pin", body={"pin": pin, "pin_confirmation": pin})


async def current_user(client: GenukaClient) -> AccountUser:
    """``GET /user``: who the client's token belongs to (a retried read)."""
    body = await client._get("/user")
    if isinstance(body, dict) and isinstance(body.get("data"), dict) and "id" not in body:
        body = body["data"]
    if not isinstance(body, dict):
        raise _unexpected("user", body)
    return AccountUser.model_validate(body)
