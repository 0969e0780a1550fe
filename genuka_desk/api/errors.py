"""What can go wrong talking to Genuka, as a small hierarchy.

Every error carries the server's ``message`` (never a trace), the HTTP status
and the request id. Messages never contain the token.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx


class GenukaError(Exception):
    """Base of every API error; ``message`` is fit to show a clerk."""

    default_message = "The Genuka server answered with an error."

    def __init__(self, message: str | None = None, *, status: int | None = None, request_id: str | None = None):
        self.message = (message or "").strip() or self.default_message
        self.status = status
        self.request_id = request_id
        super().__init__(self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status!r}, message={self.message!r})"


class AuthError(GenukaError):
    """401: the token is missing, wrong or expired (log in again)."""

    default_message = "Your session has expired or the credentials are wrong. Please log in again."


class ForbiddenError(GenukaError):
    """403: the user may not do this."""

    default_message = "You are not allowed to do this."


class NotFoundError(GenukaError):
    """404: no such order (or other object)."""

    default_message = "Not found on the server."


class ValidationError(GenukaError):
    """400/422: the server refused the input; ``field_errors`` says why per field."""

    default_message = "The server refused the data."

    def __init__(self, message: str | None = None, *, field_errors: dict[str, list[str]] | None = None, **kw: Any):
        super().__init__(message, **kw)
        self.field_errors = field_errors or {}


class ClientError(GenukaError):
    """Another 4xx the client cannot fix by retrying."""


class RefusedError(GenukaError):
    """The server refused the request for a business rule (Genuka sends these as 500 with a message).

    Not an outage: retrying the same request gets the same answer, so the
    change is shown to the clerk at once ("Failed to add payment: ...").
    """

    default_message = "The server refused this change."


class SetupError(GenukaError):
    """The request lacks something the whole session needs (``company_id_required``): sync pauses."""

    default_message = "The server asks for the company: check the company in the login settings, then log in again."


class RouteNotFoundError(GenukaError):
    """404 for the address itself (no such route), not for an order: the server address is wrong."""

    default_message = "The server does not know this address: check the server address in the login settings."


class RateLimitedError(GenukaError):
    """429: too many requests; ``retry_after`` seconds to wait (None: unknown)."""

    default_message = "The server is busy (too many requests). Trying again shortly."

    def __init__(self, message: str | None = None, *, retry_after: float | None = None, **kw: Any):
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(GenukaError):
    """5xx: the server failed; worth retrying later."""

    default_message = "The Genuka server had a problem. Trying again shortly."


class NetworkError(GenukaError):
    """The server could not be reached, or the connection broke.

    ``maybe_sent`` is True when the request may have reached the server (a
    timeout or reset after sending): a write may then have been applied.
    """

    default_message = "Cannot reach the Genuka server. Check the internet connection."

    def __init__(self, message: str | None = None, *, maybe_sent: bool = False, **kw: Any):
        super().__init__(message, **kw)
        self.maybe_sent = maybe_sent


class BadResponseError(GenukaError):
    """The server answered, but not with the JSON we expect (HTML page, bad shape).

    ``excerpt`` holds the start of the body for the log, never for the clerk.
    """

    default_message = "The server sent something unexpected."

    def __init__(self, message: str | None = None, *, excerpt: str = "", **kw: Any):
        super().__init__(message, **kw)
        self.excerpt = excerpt


RETRYABLE = (NetworkError, ServerError, RateLimitedError)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date), capped at 10 minutes."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, 600.0))


def _field_errors(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    out: dict[str, list[str]] = {}
    for key, messages in value.items():
        if isinstance(messages, list):
            out[str(key)] = [str(m) for m in messages if isinstance(m, str | int | float)]
        elif isinstance(messages, str):
            out[str(key)] = [messages]
    return out


def body_excerpt(content: bytes, limit: int = 2000) -> str:
    """The start of a body as text, for the log."""
    return content[:limit].decode("utf-8", errors="replace")


# 500 messages that say nothing of the request: an outage, not a refusal.
_GENERIC_500 = (
    "server error",
    "internal server error",
    "whoops, something went wrong",
    "an error occurred",
    "service unavailable",
)
# Marks of a crash report rather than a sentence for people.
_TECHNICAL = re.compile(
    r"SQLSTATE|Stack trace|\.php\b|#\d+ /|Illuminate\\|vendor/"
    r"|Call to (a )?(member|undefined)|Undefined (index|array key|variable)",
    re.IGNORECASE,
)
_EXCEPTION_PREFIX = re.compile(r"^(?:[A-Za-z_]+\\)*[A-Za-z_]*Exception:\s*")


def is_technical(message: str) -> bool:
    """Whether a server message is a crash report (SQL, PHP paths, traces) a clerk must not see."""
    return bool(_TECHNICAL.search(message))


def clerk_message(message: str | None) -> str | None:
    """A server message fit for a clerk: exception class names cut, technical text withheld (None)."""
    if message is None:
        return None
    text = _EXCEPTION_PREFIX.sub("", message.strip()).strip()
    if not text or is_technical(text):
        return None
    return text


def _business_refusal(body: Any) -> bool:
    """A 500 that refuses the request for a business rule (a message for people, not an outage)."""
    if not isinstance(body, dict) or not isinstance(body.get("message"), str):
        return False
    message = body["message"].strip()
    exception = str(body.get("exception") or "")
    if "businessexception" in f"{exception} {message}".lower():
        return True
    if not message or body.get("error") == "internal_server_error" or body.get("trace") or is_technical(message):
        return False
    return not message.lower().startswith(_GENERIC_500)


def _route_missing(body: Any, message: str | None) -> bool:
    """A 404 for the address (Laravel's route message, or no JSON at all) rather than for a record."""
    if not isinstance(body, dict):
        return True
    if body.get("status") == "error" or body.get("error") == "model_not_found":
        return False
    text = (message or "").lower()
    return text.startswith("the route") or ("could not be found" in text and "route" in text)


def error_from_response(response: httpx.Response, request_id: str | None = None) -> GenukaError:
    """Map an error response (status >= 400) to the matching :class:`GenukaError`."""
    status = response.status_code
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        body = None
    message = None
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        message = body["message"]
    common: dict[str, Any] = {"status": status, "request_id": request_id}
    if isinstance(body, dict) and body.get("error") == "company_id_required":
        return SetupError(None, **common)
    if status == 401:
        return AuthError(message, **common)
    if status == 403:
        return ForbiddenError(message, **common)
    if status == 404:
        if _route_missing(body, message):
            return RouteNotFoundError(None, **common)
        return NotFoundError(clerk_message(message), **common)
    if status in (400, 422) and not isinstance(body, dict):
        # An HTML "Bad Request" page (a proxy, the web server itself) says nothing about the data:
        # like a garbled answer, it is tried again (a few times), not shown as a refusal.
        return BadResponseError(excerpt=body_excerpt(response.content), **common)
    if status in (400, 422):
        errors = _field_errors(body.get("errors")) if isinstance(body, dict) else {}
        return ValidationError(clerk_message(message), field_errors=errors, **common)
    if status == 429:
        return RateLimitedError(message, retry_after=parse_retry_after(response.headers.get("Retry-After")), **common)
    if status == 500 and _business_refusal(body):
        return RefusedError(clerk_message(message), **common)
    if status >= 500:
        # The clerk sees a plain sentence; what the server said is in the log.
        return ServerError(None, **common)
    return ClientError(clerk_message(message), **common)
