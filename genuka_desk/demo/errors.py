"""The demo API's error answers: the status and body the real API sends, and the time limit's.

Every room of the demo raises these; the server turns them into answers.
"""

from __future__ import annotations

from typing import Any


class RequestTimedOut(Exception):
    """The request ran past the server's time limit: its worker is stopped, nothing applied."""


class DemoError(Exception):
    """An error answer: HTTP status and JSON body."""

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        super().__init__(body.get("message", ""))
        self.status = status
        self.body = body
        self.headers = headers or {}


def invalid(errors: dict[str, list[str]], message: str | None = None) -> DemoError:
    """A 400 validation answer in Laravel's shape."""
    first = next(iter(errors.values()))[0]
    return DemoError(400, {"message": message or first, "errors": errors})


def not_found() -> DemoError:
    """The 404 answer for an order that does not exist."""
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "The order does not exist"})


def unauthorized() -> DemoError:
    """The 403 answer of a user without the permission."""
    return DemoError(403, {"message": "This action is unauthorized."})


def unprocessable(errors: dict[str, list[str]], message: str | None = None) -> DemoError:
    """Laravel's 422: the first message (and how many more), and every field's."""
    first = next(iter(errors.values()))[0]
    count = sum(len(messages) for messages in errors.values()) - 1
    more = f" (and {count} more error{'s' if count > 1 else ''})" if count else ""
    return DemoError(422, {"message": message or f"{first}{more}", "errors": errors})
