"""The cash register's endpoints (08-payments-pos.md), over one :class:`GenukaClient`.

A room of its own beside the client: the till's calls are built on the
client's one request (``_send``, never retried: a write that got no answer
is looked up by the sync before any resend) and its retried reads
(``_get``). Every answer is checked against the documented shape; one of
another shape is a :class:`BadResponseError`, never a crash. A company
whose cash control is off answers 403 (:class:`ForbiddenError`) to every
call: :func:`is_cash_control_off` tells it from a permission refusal.
"""

from __future__ import annotations

from typing import Any

from ..models.page import EnvelopeError, Page, parse_page
from ..models.till import (
    DISABLED_MESSAGE,
    CashSession,
    CashTransaction,
    CloseAnswer,
    Denomination,
    SessionEvent,
    SessionSummary,
)
from .client import GenukaClient, _unexpected
from .errors import ForbiddenError, GenukaError

BASE = "/admin/cash-register-sessions"
MAX_PAGES = 50  # a session's transactions, 100 a page: far beyond a day at one till


def is_cash_control_off(exc: GenukaError) -> bool:
    """Whether a refusal says the company's cash control is off (the documented 403), not a missing permission."""
    if not isinstance(exc, ForbiddenError):
        return False
    message = (exc.message or "").strip()
    return message == DISABLED_MESSAGE or "cash control" in message.lower()


def _object(body: Any, key: str, what: str) -> dict[str, Any]:
    if isinstance(body, dict) and isinstance(body.get(key), dict):
        return dict(body[key])
    raise _unexpected(what, body, f"The server's answer to {what} is not as documented (no {key}).")


def _items(body: Any, what: str) -> list[dict[str, Any]]:
    """The objects of a plain collection (``{"data": [...]}``, or a bare list)."""
    items = body.get("data") if isinstance(body, dict) else body
    if not isinstance(items, list):
        raise _unexpected(what, body, f"The server's answer to {what} is not as documented (no list).")
    return [item for item in items if isinstance(item, dict)]


def _session(body: Any, what: str) -> CashSession:
    return CashSession.model_validate(_object(body, "session", what))


class CashRegister:
    """The cash register sessions and denominations of the client's company."""

    def __init__(self, client: GenukaClient) -> None:
        self.client = client

    async def denominations(self, currency: str) -> list[Denomination]:
        """The active bills and coins of ``currency``, largest first (as the server orders them)."""
        body = await self.client._get("/admin/cash-denominations", {"currency_code": currency})
        return [Denomination.model_validate(item) for item in _items(body, "the cash denominations")]

    async def active(self, account_id: str | None = None) -> list[CashSession]:
        """The sessions open now (opened within the last 24 hours), on ``account_id`` if given."""
        params = {"treasury_account_id": account_id} if account_id else None
        body = await self.client._get(f"{BASE}/active", params)
        return [CashSession.model_validate(item) for item in _items(body, "the open cash sessions")]

    async def open_sessions(self, account_id: str | None = None) -> list[CashSession]:
        """Every session still open (on ``account_id`` if given), however long ago it was opened.

        ``/active`` lists only those opened in the last 24 hours: a till left
        open overnight would be missed, and a second session opened beside it.
        The list endpoint's ``filter[status]=opened`` has no such limit.
        """
        found: list[CashSession] = []
        for page in range(1, MAX_PAGES + 1):
            listed = await self.sessions(page=page, per_page=50, status="opened", account_id=account_id)
            found += [s for s in listed.items if s.open]
            last = listed.last_page
            if not listed.items or (page >= last if last is not None else len(listed.items) < 50):
                break
        return found

    async def sessions(
        self,
        *,
        page: int = 1,
        per_page: int = 15,
        status: str | None = None,
        since: str | None = None,
        account_id: str | None = None,
    ) -> Page[CashSession]:
        """The company's sessions, most recently opened first; opened from ``since`` (ISO 8601) if given."""
        params: dict[str, Any] = {
            "page": page,
            "per_page": per_page,
            "include": "treasuryAccount,user,approvedBy",
            "sort": "-opened_at",
        }
        if status:
            params["filter[status]"] = status
        if since:
            params["filter[created_at][start]"] = since
        if account_id:
            params["filter[treasury_account_id]"] = account_id
        body = await self.client._get(BASE, params)
        try:
            return parse_page(body, CashSession.model_validate)
        except EnvelopeError as exc:
            raise _unexpected("the cash sessions", body) from exc

    async def session(self, session_id: str) -> tuple[CashSession, SessionSummary | None]:
        """One session with its summary."""
        body = await self.client._get(f"{BASE}/{session_id}")
        summary = body.get("summary") if isinstance(body, dict) else None
        return _session(body, "a cash session"), (
            SessionSummary.model_validate(summary) if isinstance(summary, dict) else None
        )

    async def open(self, body: dict[str, Any], *, request_id: str) -> CashSession:
        """Open a session (``body`` in the documented shape, see ``store.till``); never retried here."""
        answer = await self.client._send("POST", BASE, body=body, request_id=request_id)
        return _session(answer, "opening the till")

    async def close(self, session_id: str, body: dict[str, Any], *, request_id: str) -> CloseAnswer:
        """Close a session with the count; the answer says whether a manager must approve the difference."""
        answer = await self.client._send("POST", f"{BASE}/{session_id}/close", body=body, request_id=request_id)
        _object(answer, "session", "closing the till")
        return CloseAnswer.model_validate(answer)

    async def approve(self, session_id: str, notes: str = "") -> CashSession:
        """Approve a session's difference (a manager): it is closed."""
        body = {"notes": notes} if notes else {}
        answer = await self.client._send("POST", f"{BASE}/{session_id}/approve-difference", body=body)
        return _session(answer, "approving the difference")

    async def reject(self, session_id: str, reason: str) -> CashSession:
        """Reject a closure (a manager): the session opens again for a recount."""
        answer = await self.client._send("POST", f"{BASE}/{session_id}/reject-closure", body={"reason": reason})
        return _session(answer, "rejecting the closure")

    async def transactions(self, session_id: str) -> list[CashTransaction]:
        """Every transaction of a session (all pages)."""
        return await self._all(f"{BASE}/{session_id}/transactions", CashTransaction.model_validate, "transactions")

    async def history(self, session_id: str) -> list[SessionEvent]:
        """A session's audit history (opened, closed, approved, rejected, adjusted)."""
        return await self._all(f"{BASE}/{session_id}/history", SessionEvent.model_validate, "history")

    async def _all(self, path: str, parse: Any, what: str) -> list[Any]:
        out: list[Any] = []
        for page in range(1, MAX_PAGES + 1):
            body = await self.client._get(path, {"page": page, "per_page": 100})
            try:
                got = parse_page(body, parse)
            except EnvelopeError as exc:
                raise _unexpected(f"a cash session's {what}", body) from exc
            out.extend(got.items)
            if not got.has_next:
                break
        return out
