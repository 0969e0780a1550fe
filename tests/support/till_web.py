"""Till sessions made elsewhere: on the web dashboard (or another counter) by the demo's cashier, over real HTTP.

The till's history and Z report tests use them as the sessions this desk
never saw opened: the server's list brings them.
"""

from __future__ import annotations

from typing import Any

import httpx

from genuka_desk.demo import DemoServer
from genuka_desk.demo.accounts import DEMO_PASSWORD

CASHIER = "Aïcha Bello"  # the demo's cashier (caisse@genuka.com)
SESSIONS = "/admin/cash-register-sessions"


def cashier_token(server: DemoServer) -> str:
    """The cashier's token, from a password login on the web."""
    answer = httpx.post(
        f"{server.url}/2023-11/auth/login",
        json={"email": "caisse@genuka.com", "password": DEMO_PASSWORD},
        headers={"Accept": "application/json"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["accessToken"])


def web(server: DemoServer, token: str, method: str, path: str, body: Any = None, **params: Any) -> dict[str, Any]:
    """One request of the dashboard with ``token``; its JSON (a failure fails the test)."""
    headers = {"Authorization": f"Bearer {token}", "X-Company": server.company_id, "Accept": "application/json"}
    answer = httpx.request(
        method, f"{server.url}/2023-11{path}", json=body, params=params or None, headers=headers, timeout=10
    )
    assert answer.status_code < 300, answer.text
    return dict(answer.json())


def cash_account(server: DemoServer) -> str:
    """The demo's cash treasury account ("Caisse boutique")."""
    return str(next(a["id"] for a in server.store.data.treasury_accounts if a["type"] == "cash"))


def bill(server: DemoServer, token: str, value: int) -> str:
    """The id of the XAF bill of ``value``."""
    listed = web(server, token, "GET", "/admin/cash-denominations", currency_code="XAF")["data"]
    return str(next(d["id"] for d in listed if d["type"] == "bill" and d["value"] == value))


def web_shift(
    server: DemoServer,
    token: str,
    *,
    tens: int = 1,
    counted: int | None = None,
    reason: str | None = None,
    notes: str = "",
    close_notes: str = "",
) -> str:
    """A shift on the web: opened with ``tens`` 10 000 bills, closed with ``counted`` (None: the opening); its id."""
    ten = bill(server, token, 10000)
    body: dict[str, Any] = {
        "treasury_account_id": cash_account(server),
        "balance_start": tens * 10000,
        "cash_count_details": [{"denomination_id": ten, "quantity": tens}],
    }
    if notes:
        body["metadata"] = {"notes": notes}
    session_id = str(web(server, token, "POST", SESSIONS, body)["session"]["id"])
    close: dict[str, Any] = {"balance_counted": tens * 10000 if counted is None else counted}
    if reason:
        close["difference_reason"] = reason
    if close_notes:
        close["notes"] = close_notes
    web(server, token, "POST", f"{SESSIONS}/{session_id}/close", close)
    return session_id
