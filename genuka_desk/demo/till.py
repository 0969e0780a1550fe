"""The cash register's routes in the demo (08-payments-pos.md): which room answers which request.

Every ``/admin/cash-register-sessions`` endpoint needs the company setting
``cash_control.enabled``: while it is off (the demo's default) each answers
403 ``Cash control is disabled for this company.``; ``DemoServer(cash_control=True)``
turns it on. The sessions' writes are :mod:`.cash_sessions`' (with the
choices the reference leaves open), the reads :mod:`.cash_reads`'.
``GET /admin/cash-denominations`` (:mod:`.denominations`) is a resource of
its own and answers either way. Mobile Sync documents no cash-session
entity type, so sync/push has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .accounts import require
from .errors import DemoError
from .store import DemoStore

DISABLED = "Cash control is disabled for this company."
BASE = "/2023-11/admin/cash-register-sessions"
DENOMINATIONS = "/2023-11/admin/cash-denominations"
_ONE = re.compile(rf"^{BASE}/(?P<id>[^/]+)(?:/(?P<action>[a-z-]+))?$")


def cash_register(
    store: DemoStore,
    cash_control: bool,
    method: str,
    path: str,
    params: dict[str, str],
    body: Callable[[], Any],
    who: tuple[dict[str, Any], str, str | None],
) -> tuple[int, Any] | None:
    """``(status, answer)`` for a cash-register request, or None when the path is none of the cash register's.

    ``body`` reads the request's JSON; ``who`` is the user, the company and the request id.
    """
    user, company, request_id = who
    if path == DENOMINATIONS and method == "GET":
        return 200, store.state.denominations.listing(params)
    if path != BASE and not path.startswith(BASE + "/"):
        return None
    if not cash_control:
        raise DemoError(403, {"message": DISABLED})
    sessions, reads = store.cash_sessions, store.cash_reads
    if method == "GET":
        may_read(user)
    if path == BASE:
        if method == "GET":
            return 200, reads.list_sessions(company, params)
        if method == "POST":
            return 201, sessions.open(company, body(), user, request_id)
        return None
    match = _ONE.match(path)
    if match is None:
        return None
    session_id, action = match["id"], match["action"]
    if method == "GET" and action is None:
        fixed: dict[str, Callable[[], Any]] = {
            "active": lambda: reads.active(company, params),
            "enums": reads.enums,
            "statistics": lambda: reads.statistics(company, params),
        }
        read = fixed.get(session_id)
        return 200, read() if read is not None else reads.show(session_id, company)
    if method == "GET" and action == "transactions":
        return 200, reads.transactions(session_id, company, params)
    if method == "GET" and action == "history":
        return 200, reads.history(session_id, company, params)
    writes = {"close": sessions.close, "approve-difference": sessions.approve, "reject-closure": sessions.reject}
    write = writes.get(action or "")
    if method == "POST" and write is not None:
        return 200, write(session_id, company, body(), user, request_id)
    return None


def may_read(user: dict[str, Any]) -> None:
    """403 ("not authorized to view", 08-payments-pos.md) for a login that neither sells nor manages the till.

    The reference names no permission for reading sessions: a viewer who
    cannot open one (``orders.create``) nor approve one (``treasury_accounts.*``)
    is refused here, never friendlier than Genuka may be.
    """
    try:
        require(user, "orders.create")
    except DemoError:
        require(user, "treasury_accounts.*")
