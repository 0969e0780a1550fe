"""The async Genuka API client: headers, errors, retries, pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .client import API_VERSION, MAX_PER_PAGE, GenukaClient, RetryPolicy
    from .errors import (
        RETRYABLE,
        AuthError,
        BadResponseError,
        ClientError,
        ForbiddenError,
        GenukaError,
        NetworkError,
        NotFoundError,
        RateLimitedError,
        RefusedError,
        RouteNotFoundError,
        ServerError,
        SetupError,
        ValidationError,
        clerk_message,
    )
    from .first_request import FIRST_REQUEST_MODULES
    from .query import OrderQuery, api_time
    from .urls import InsecureURLError, check_base_url, is_loopback

# Each name imported at its first use: not every start needs them (see genuka_desk.lazy_exports).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "API_VERSION": ".client",
        "FIRST_REQUEST_MODULES": ".first_request",
        "MAX_PER_PAGE": ".client",
        "GenukaClient": ".client",
        "RetryPolicy": ".client",
        "RETRYABLE": ".errors",
        "AuthError": ".errors",
        "BadResponseError": ".errors",
        "ClientError": ".errors",
        "ForbiddenError": ".errors",
        "GenukaError": ".errors",
        "NetworkError": ".errors",
        "NotFoundError": ".errors",
        "RateLimitedError": ".errors",
        "RefusedError": ".errors",
        "RouteNotFoundError": ".errors",
        "ServerError": ".errors",
        "SetupError": ".errors",
        "ValidationError": ".errors",
        "clerk_message": ".errors",
        "OrderQuery": ".query",
        "api_time": ".query",
        "InsecureURLError": ".urls",
        "check_base_url": ".urls",
        "is_loopback": ".urls",
    },
)

__all__ = [
    "API_VERSION",
    "FIRST_REQUEST_MODULES",
    "MAX_PER_PAGE",
    "RETRYABLE",
    "AuthError",
    "BadResponseError",
    "ClientError",
    "ForbiddenError",
    "GenukaClient",
    "GenukaError",
    "InsecureURLError",
    "NetworkError",
    "NotFoundError",
    "OrderQuery",
    "RateLimitedError",
    "RefusedError",
    "RetryPolicy",
    "RouteNotFoundError",
    "ServerError",
    "SetupError",
    "ValidationError",
    "api_time",
    "check_base_url",
    "clerk_message",
    "is_loopback",
]
