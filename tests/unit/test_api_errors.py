"""Every error shape maps to the right exception, with the server's message and no trace."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from genuka_desk.api import (
    AuthError,
    BadResponseError,
    ClientError,
    ForbiddenError,
    GenukaClient,
    InsecureURLError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ValidationError,
    check_base_url,
)
from genuka_desk.api.errors import error_from_response, parse_retry_after
from tests.support.fixtures import load_fixture


def response(status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None):
    content = text.encode() if text is not None else json.dumps(body).encode() if body is not None else b""
    return httpx.Response(status, content=content, headers=headers or {})


def test_401() -> None:
    error = error_from_response(response(401, load_fixture("unauthenticated.401.json")))
    assert isinstance(error, AuthError) and error.message == "Unauthenticated." and error.status == 401


def test_404_error_envelope() -> None:
    error = error_from_response(response(404, load_fixture("order-get.404.json")))
    assert isinstance(error, NotFoundError) and error.message == "The order does not exist"


def test_400_validation_with_field_errors() -> None:
    error = error_from_response(response(400, load_fixture("validation-error.400.json")))
    assert isinstance(error, ValidationError)
    assert error.message == "The email field is required when phone is not present."
    assert error.field_errors["phone"] == ["The phone field is required when email is not present."]


def test_422_and_company_required() -> None:
    assert isinstance(error_from_response(response(422, {"message": "x", "errors": {"a": "b"}})), ValidationError)
    error = error_from_response(response(400, {"message": "Company id required", "code": 400}))
    assert isinstance(error, ValidationError) and error.message == "Company id required" and error.field_errors == {}


def test_403_and_other_4xx() -> None:
    assert isinstance(error_from_response(response(403, {"message": "This action is unauthorized."})), ForbiddenError)
    assert isinstance(error_from_response(response(409, {"message": "Conflict"})), ClientError)


def test_429_retry_after_seconds_and_date() -> None:
    error = error_from_response(response(429, {"message": "Too Many Attempts."}, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitedError) and error.retry_after == 7
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: no wait
    assert parse_retry_after("nonsense") is None
    assert parse_retry_after("99999") == 600.0


def test_500_debug_trace_is_not_shown() -> None:
    body = {
        "message": "Server Error",
        "exception": "ErrorException",
        "file": "/var/www/app.php",
        "trace": [{"file": "/var/www/x.php", "line": 3}],
    }
    error = error_from_response(response(500, body))
    assert isinstance(error, ServerError)
    assert error.message == ServerError.default_message
    assert "trace" not in str(error) and "/var/www" not in str(error)


def test_html_error_page() -> None:
    error = error_from_response(response(502, text="<html><body>Bad Gateway</body></html>"))
    assert isinstance(error, ServerError) and "<html" not in error.message


def test_token_never_in_repr_or_errors() -> None:
    secret = "s3cr3t-token-value-1234"
    client = GenukaClient("https://api.genuka.com", token=secret, company_id="c1")
    assert secret not in repr(client)
    assert secret not in repr(client._http.headers)


def test_urls() -> None:
    assert check_base_url("https://api.genuka.com/") == "https://api.genuka.com"
    assert check_base_url("https://api.genuka.com/2023-11") == "https://api.genuka.com"
    assert check_base_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert check_base_url("http://localhost:1") == "http://localhost:1"
    with pytest.raises(InsecureURLError):
        check_base_url("http://api.genuka.com")
    with pytest.raises(ValueError, match="Not a server address"):
        check_base_url("api.genuka.com")


def test_an_html_400_page_is_a_garbled_answer_not_a_refusal_of_the_data() -> None:
    # A proxy's or the web server's own "400 Bad Request" page: tried again, never shown as a refusal.
    error = error_from_response(response(400, text="<html><body><h1>400 Bad Request</h1></body></html>"))
    assert isinstance(error, BadResponseError) and "<html" not in error.message and "<h1>" in error.excerpt
