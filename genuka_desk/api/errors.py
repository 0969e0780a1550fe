"""What can go wrong talking to Genuka, as a small hierarchy.

Every error carries the server's ``message`` (never a trace), the HTTP status
and the request id. Messages never contain the token.
"""

from __future__ import annotations

import json
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
    if status == 401:
        return AuthError(message, **common)
    if status == 403:
        return ForbiddenError(message, **common)
    if status == 404:
        return NotFoundError(message, **common)
    if status in (400, 422):
        errors = _field_errors(body.get("errors")) if isinstance(body, dict) else {}
        return ValidationError(message, field_errors=errors, **common)
    if status == 429:
        return RateLimitedError(message, retry_after=parse_retry_after(response.headers.get("Retry-After")), **common)
    if status >= 500:
        if body is None and response.content:
            return ServerError(None, **common)
        return ServerError(message, **common)
    return ClientError(message, **common)
