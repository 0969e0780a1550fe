"""The async Genuka API client: headers, errors, retries, pages."""

from .client import API_VERSION, AUTH_SCHEMES, MAX_PER_PAGE, GenukaClient, RetryPolicy
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
from .query import OrderQuery, api_time
from .urls import InsecureURLError, check_base_url, is_loopback

__all__ = [
    "API_VERSION",
    "AUTH_SCHEMES",
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
