"""What a server offers, found out without writing anything (19-company-settings.md, 08-payments-pos.md).

Three requests, each sent once:

- ``GET /admin/sync/pull?limit=1`` (a read): the documented answer means Mobile Sync's pull is there.
- ``POST /admin/sync/push`` with ``{"operations": []}``: the reference requires 1 to 50 operations,
  so a server with the endpoint refuses it (422) and applies nothing; one without it answers 404.
- ``GET /admin/cash-register-sessions/active``: 403 while the company's cash control is off;
  the list (or a 404 with a message: no session open) when it is on.

A 404 or 405 for the address says "not there"; an outage, a refusal of the
token or an odd answer leaves the answer unknown (None), with the reason.
Every answer's ``Date`` header also gives the difference between the
server's clock and this computer's.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from ..models.capabilities import ServerCapabilities
from .client import GenukaClient
from .errors import (
    AuthError,
    BadResponseError,
    ClientError,
    ForbiddenError,
    GenukaError,
    NetworkError,
    NotFoundError,
    RouteNotFoundError,
    SetupError,
    ValidationError,
)
from .mobile_sync import pull_page
from .server_clock import clock_skew

log = logging.getLogger(__name__)

# Answers that end the look: nothing else can be learnt without the network or a valid token.
_STOPS = (NetworkError, AuthError, SetupError)


def _absent(exc: GenukaError) -> bool:
    """A 404 for the address, or a 405: the server has no such endpoint."""
    return isinstance(exc, RouteNotFoundError | NotFoundError) or (isinstance(exc, ClientError) and exc.status == 405)


async def has_sync_pull(client: GenukaClient) -> bool:
    """Whether ``GET /admin/sync/pull`` answers as documented (a read of one change)."""
    try:
        body = await client._send("GET", "/admin/sync/pull", params={"limit": 1}, probe=True)
    except GenukaError as exc:
        if _absent(exc):
            return False
        raise
    try:
        pull_page(body)
    except BadResponseError:
        return False  # JSON, but not the documented answer: some other page at that address
    return True


async def has_sync_push(client: GenukaClient) -> bool:
    """Whether ``POST /admin/sync/push`` exists: an empty push is refused (422) where it does."""
    try:
        body = await client._send("POST", "/admin/sync/push", body={"operations": []}, probe=True)
    except ValidationError:
        return True
    except GenukaError as exc:
        if _absent(exc):
            return False
        raise
    # Taken without a refusal: there if it answered with results, else something else lives there.
    return isinstance(body, dict) and isinstance(body.get("results"), list)


async def has_cash_control(client: GenukaClient) -> bool:
    """Whether the company's cash control is on (its cash-register endpoints answer)."""
    try:
        await client._send("GET", "/admin/cash-register-sessions/active", probe=True)
    except ForbiddenError:
        return False
    except RouteNotFoundError:
        return False  # a server without cash registers at all
    except NotFoundError:
        return True  # "no open session" said as a 404 with a message: the feature is on
    except ClientError as exc:
        if exc.status == 405:
            return False
        raise
    return True


async def look_at_server(client: GenukaClient) -> tuple[ServerCapabilities, GenukaError | None]:
    """What the server offers (see the module's rules), and the error that ended the look early (None: none did)."""
    found: dict[str, bool | None] = {}
    stopped: GenukaError | None = None
    problem: str | None = None
    before = client.server_clock
    checks: tuple[tuple[str, Callable[[GenukaClient], Awaitable[bool]]], ...] = (
        ("sync_pull", has_sync_pull),
        ("sync_push", has_sync_push),
        ("cash_control", has_cash_control),
    )
    for name, check in checks:
        try:
            found[name] = await check(client)
        except _STOPS as exc:
            stopped, problem = exc, exc.message
            break
        except GenukaError as exc:
            log.info("what the server offers (%s) is not known: %s", name, exc.message)
            problem = problem or exc.message
    clock = client.server_clock
    capabilities = ServerCapabilities(
        sync_pull=found.get("sync_pull"),
        sync_push=found.get("sync_push"),
        cash_control=found.get("cash_control"),
        checked_at=datetime.now(UTC),
        server_date_skew_seconds=clock_skew(clock) if clock is not before else None,
        problem=problem,
    )
    return capabilities, stopped
