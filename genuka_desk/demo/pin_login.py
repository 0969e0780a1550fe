"""PIN login in the demo, as 02-authentication.md documents it: a company's short code, then a clerk's PIN.

``POST /auth/verify-company-code {company_code}`` (no token) answers the
company's public card (name, logo, ids, address, currency) or a 422 with the
documented body; it is rate-limited to 5 requests a minute (then 429 with
``Retry-After``, like Laravel's throttle; one counter for the whole server,
as every caller comes from this computer; on the server's clock).
``POST /auth/login-with-pin {company_code, pin}`` (no token) answers a
token that expires 24 hours after it was issued (``token.expires_at``): the
server's clock decides, and a token used later answers 401 as a revoked one
does. An unknown code is a 422; a wrong PIN, or a user without one, the
documented 401 ``Invalid company code or PIN.``. ``POST /user/set-pin
{pin, pin_confirmation}`` (a token) sets the caller's 4-digit PIN; the
answer is the JSON string ``"PIN set successfully"``.

The demo's codes: ``MBOA-001`` (the main company) and ``MBOA002`` (the
second one, when the server has two). Its PINs: the admin 1234, the
cashier 2580, the read-only user none (:mod:`.accounts`). One thing the
reference leaves open: two users of a company holding the same PIN would
make a PIN login ambiguous, so setting a PIN another user of the company
holds is refused (422 ``The pin has already been taken.``).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from .accounts import Accounts
from .data import DemoData
from .errors import DemoError
from .values import iso

PIN_LIFE = timedelta(hours=24)
CODE_CHECKS_PER_MINUTE = 5
_PIN = re.compile(r"^[0-9]{4}$")


def _invalid_code(message: str = "The selected company_code is invalid.") -> DemoError:
    return DemoError(422, {"message": message, "errors": {"company_code": [message]}})


def _company(accounts: Accounts, body: Any) -> dict[str, Any]:
    """The company a body's ``company_code`` names (required, at most 16 characters, known), or the 422."""
    code = body.get("company_code") if isinstance(body, dict) else None
    if code is None or code == "":
        raise _invalid_code("The company_code field is required.")
    if not isinstance(code, str):
        raise _invalid_code("The company_code field must be a string.")
    if len(code) > 16:
        raise _invalid_code("The company_code field must not be greater than 16 characters.")
    found = next((c for c in accounts.companies if c.get("company_code") == code), None)
    if found is None:
        raise _invalid_code()
    return found


def _throttle(accounts: Accounts, now: datetime) -> None:
    """Laravel's ``throttle:5,1``: the sixth call within a minute is a 429 until the first is a minute old."""
    window = now - timedelta(minutes=1)
    accounts.code_checks[:] = [at for at in accounts.code_checks if at > window]
    if len(accounts.code_checks) >= CODE_CHECKS_PER_MINUTE:
        wait = max(1, int((accounts.code_checks[0] - window).total_seconds()))
        limit = str(CODE_CHECKS_PER_MINUTE)
        headers = {"Retry-After": str(wait), "X-RateLimit-Limit": limit, "X-RateLimit-Remaining": "0"}
        raise DemoError(429, {"message": "Too Many Attempts."}, headers)
    accounts.code_checks.append(now)


def verify_company_code(accounts: Accounts, data: DemoData, body: Any, now: datetime, host: str) -> dict[str, Any]:
    """``POST /auth/verify-company-code``: the company's card for the PIN screen."""
    _throttle(accounts, now)
    company = _company(accounts, body)
    if company["id"] == data.company_id:
        profile = data.company_profile(host)
        metadata, address = profile["metadata"], profile["address"]
        logo, business_id, tax_id = profile["logoUrl"], metadata.get("rccm"), metadata.get("fiscalID")
        where = {"street": address.get("line1"), "city": address.get("city"), "country": address.get("country")}
        created = profile["created_at"]
    else:
        logo, business_id, tax_id, where, created = None, None, None, None, company.get("created_at")
    currency = company.get("currency_code") or "XAF"
    return {
        "name": company["name"],
        "logo": logo,
        "logoUrl": logo,
        "business_id": business_id,
        "tax_id": tax_id,
        "address": where,
        "currency_name": "FCFA",
        "currency_code": currency,
        "created_at": created,
        "currency": {"code": currency, "name": "FCFA"},
    }


def login_with_pin(accounts: Accounts, body: Any, now: datetime) -> dict[str, Any]:
    """``POST /auth/login-with-pin``: a 24-hour token for the user of that company holding that PIN."""
    company = _company(accounts, body)
    pin = body.get("pin")
    if pin is None or pin == "":
        message = "The pin field is required."
        raise DemoError(422, {"message": message, "errors": {"pin": [message]}})
    if not isinstance(pin, str):
        message = "The pin field must be a string."
        raise DemoError(422, {"message": message, "errors": {"pin": [message]}})
    user = next((u for u in accounts.users if accounts.pins.get(u["id"]) == pin), None)
    if user is None:
        raise DemoError(401, {"message": "Invalid company code or PIN.", "code": 401})
    answer = accounts.issue(user, company["id"], now, PIN_LIFE, shape="documented")
    # The documented answer's token: id, name, scopes, expires_at (24 hours after issuance).
    answer["token"] = {k: answer["token"][k] for k in ("id", "name", "scopes")} | {"expires_at": iso(now + PIN_LIFE)}
    return answer


def set_pin(
    accounts: Accounts,
    user: dict[str, Any],
    body: Any,
    writes: list[dict[str, Any]],
    request_id: str | None,
    now: datetime,
) -> str:
    """``POST /user/set-pin``: the caller's PIN set (or replaced); 422 as documented when it is not 4 digits.

    A line in the clerks' write log (kind ``set_pin``; the PIN itself is not written there).
    """
    body = body if isinstance(body, dict) else {}
    pin, confirmation = body.get("pin"), body.get("pin_confirmation")
    problems: list[str] = []
    if pin is None or pin == "":
        problems.append("The pin field is required.")
    else:
        text = pin if isinstance(pin, str) else str(pin)
        if not isinstance(pin, str):
            problems.append("The pin must be a string.")
        if len(text) != 4:
            problems.append("The pin must be 4 characters.")
        if not _PIN.match(text):
            problems.append("The pin format is invalid.")
        if confirmation != pin:
            problems.append("The pin confirmation does not match.")
        taken = any(accounts.pins.get(u["id"]) == pin for u in accounts.users if u["id"] != user["id"])
        if not problems and taken:
            problems.append("The pin has already been taken.")
    if problems:
        raise DemoError(422, {"message": "The given data was invalid.", "errors": {"pin": problems}})
    accounts.pins[user["id"]] = str(pin)
    writes.append(
        {
            "request_id": request_id,
            "order_id": None,
            "user_id": user["id"],
            "kind": "set_pin",
            "changes": {},
            "at": iso(now),
            "sent_keys": sorted(body),
            "effects": [],
        }
    )
    return "PIN set successfully"
