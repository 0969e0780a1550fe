"""The demo's cash register over real HTTP, as 08-payments-pos.md documents it (issue 35).

Each endpoint's happy path and its documented errors, the 403 while cash
control is off, the denominations, a cash payment (classic, Mobile Sync, a
colleague's) moving the expected balance, a deleted payment and an expense
taking it back down, the close with and without a difference, approval and
rejection, the write log.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_READONLY_KEY, DemoServer

SESSIONS = "/2023-11/admin/cash-register-sessions"
DISABLED = {"message": "Cash control is disabled for this company."}


@pytest.fixture
def till() -> Iterator[DemoServer]:
    """A demo API with cash control on, and Mobile Sync."""
    server = DemoServer(orders=30, seed=5, cash_control=True).start()
    yield server
    server.stop()


def call(
    server: DemoServer, method: str, path: str, key: str = DEMO_ADMIN_KEY, request_id: str | None = None, **kw: Any
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}", "X-Company": server.company_id, "Accept": "application/json"}
    if request_id:
        headers["X-Request-ID"] = request_id
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=10, **kw)


def denominations(server: DemoServer) -> dict[tuple[str, int], str]:
    """(type, value) -> id of the XAF bills and coins."""
    answer = call(server, "GET", "/2023-11/admin/cash-denominations", params={"currency_code": "XAF"})
    assert answer.status_code == 200, answer.text
    return {(d["type"], d["value"]): d["id"] for d in answer.json()["data"]}


def cash_account(server: DemoServer) -> str:
    return str(next(a["id"] for a in server.store.data.treasury_accounts if a["type"] == "cash"))


def open_till(server: DemoServer, balance: int = 25000, key: str = DEMO_ADMIN_KEY, **extra: Any) -> dict[str, Any]:
    """Open a session on the cash account with ``balance`` counted as 10 000 notes and 500 coins."""
    ids = denominations(server)
    details = [
        {"denomination_id": ids[("bill", 10000)], "quantity": balance // 10000},
        {"denomination_id": ids[("coin", 500)], "quantity": balance % 10000 // 500},
    ]
    body = {"treasury_account_id": cash_account(server), "balance_start": balance, "cash_count_details": details}
    answer = call(server, "POST", SESSIONS, key=key, json=body | extra)
    assert answer.status_code == 201, answer.text
    assert answer.json()["message"] == "Cash register session opened"
    return dict(answer.json()["session"])


def show(server: DemoServer, session_id: str) -> dict[str, Any]:
    answer = call(server, "GET", f"{SESSIONS}/{session_id}")
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def owing_order(server: DemoServer, n: int = 0) -> str:
    return [r.id for r in server.store.rows if r.billing_status == "pending" and r.amount >= 5000][n]


def test_every_session_endpoint_is_a_403_while_cash_control_is_off() -> None:
    with DemoServer(orders=5) as server:
        for method, path in (
            ("GET", SESSIONS),
            ("POST", SESSIONS),
            ("GET", f"{SESSIONS}/active"),
            ("GET", f"{SESSIONS}/enums"),
            ("GET", f"{SESSIONS}/statistics"),
            ("GET", f"{SESSIONS}/01anything"),
            ("POST", f"{SESSIONS}/01anything/close"),
            ("POST", f"{SESSIONS}/01anything/approve-difference"),
            ("POST", f"{SESSIONS}/01anything/reject-closure"),
            ("GET", f"{SESSIONS}/01anything/transactions"),
            ("GET", f"{SESSIONS}/01anything/history"),
        ):
            answer = call(server, method, path, json={} if method == "POST" else None)
            assert (answer.status_code, answer.json()) == (403, DISABLED), (method, path)
        # The denominations are a resource of their own: served either way.
        assert len(denominations(server)) == 13
        assert call(server, "GET", SESSIONS, key="nobody").status_code == 401  # who asks comes first


def test_the_xaf_notes_and_coins_largest_first_with_ids_stable_per_seed(till: DemoServer) -> None:
    answer = call(till, "GET", "/2023-11/admin/cash-denominations", params={"currency_code": "XAF"}).json()
    items = answer["data"]
    assert "pagination" not in answer and "meta" not in answer  # a plain collection
    assert [(d["type"], d["value"]) for d in items] == [
        *(("bill", v) for v in (10000, 5000, 2000, 1000, 500)),
        *(("coin", v) for v in (500, 100, 50, 25, 10, 5, 2, 1)),
    ]
    assert items[0] | {"id": "x"} == {
        "id": "x",
        "currency_code": "XAF",
        "type": "bill",
        "value": 10000,
        "label": "10 000 FCFA",
        "sort_order": 100,
        "is_active": True,
    }
    sorts = [d["sort_order"] for d in items]
    assert sorts == sorted(sorts, reverse=True) and len({d["id"] for d in items}) == 13
    with DemoServer(orders=3, seed=5) as same, DemoServer(orders=3, seed=6) as other:
        assert denominations(same) == denominations(till)
        assert set(denominations(other).values()).isdisjoint(denominations(till).values())
    assert call(till, "GET", "/2023-11/admin/cash-denominations", params={"currency_code": "EUR"}).json() == {
        "data": []
    }
    missing = call(till, "GET", "/2023-11/admin/cash-denominations")
    assert missing.status_code == 422 and "currency_code" in missing.json()["errors"]


def test_opening_the_till_and_what_an_opening_must_hold(till: DemoServer) -> None:
    ids = denominations(till)
    account = cash_account(till)

    def refused(body: dict[str, Any], key: str = DEMO_ADMIN_KEY) -> httpx.Response:
        answer = call(till, "POST", SESSIONS, key=key, json=body)
        assert answer.status_code in (403, 422), answer.text
        return answer

    def errors(body: dict[str, Any]) -> dict[str, list[str]]:
        return dict(refused(body).json()["errors"])

    assert "treasury_account_id" in errors({"balance_start": 0})
    assert "treasury_account_id" in errors({"treasury_account_id": "01nosuchaccount"})
    assert "cash_count_details" in errors({"treasury_account_id": account, "balance_start": 5000})
    assert "balance_start" in errors({"treasury_account_id": account, "balance_start": -1})
    unknown = [{"denomination_id": "01nosuchdenomination000000", "quantity": 1}]
    assert "cash_count_details.0.denomination_id" in errors(
        {"treasury_account_id": account, "balance_start": 5000, "cash_count_details": unknown}
    )
    negative = [{"denomination_id": ids[("bill", 5000)], "quantity": -1}]
    assert "cash_count_details.0.quantity" in errors(
        {"treasury_account_id": account, "balance_start": 5000, "cash_count_details": negative}
    )
    wrong_sum = [{"denomination_id": ids[("bill", 5000)], "quantity": 2}]
    said = errors({"treasury_account_id": account, "balance_start": 5000, "cash_count_details": wrong_sum})
    assert "add up to 10000" in said["cash_count_details"][0]
    long_notes = {"treasury_account_id": account, "metadata": {"notes": "x" * 501}}
    assert "metadata.notes" in errors(long_notes)
    # A read-only user does not sell: no till for them.
    assert refused({"treasury_account_id": account}, key=DEMO_READONLY_KEY).status_code == 403
    assert till.stats()["writes"] == [], "nothing refused was applied"

    session = open_till(till, 25000, metadata={"notes": "Ouverture du matin"})
    assert session["status"] == "opened" and session["is_opened"] and not session["is_closed"]
    assert (session["balance_start"], session["balance_expected"], session["balance_counted"]) == (25000, 25000, None)
    assert session["treasury_account"]["label"] == "Caisse boutique" and session["user"]["name"] == "Payton Donnelly"
    assert session["metadata"] == {"notes": "Ouverture du matin"} and session["opened_at"].endswith("+00:00")
    assert session["opened_at"][-12:-6].count(".") == 0  # whole seconds
    # Zero counted needs no details; one session open per account at a time.
    second = call(till, "POST", SESSIONS, json={"treasury_account_id": account})
    assert second.status_code == 422 and "already open" in second.json()["errors"]["treasury_account_id"][0]
    other = next(a["id"] for a in till.store.data.treasury_accounts if a["id"] != account)
    assert call(till, "POST", SESSIONS, json={"treasury_account_id": other}).status_code == 201


def test_cash_payments_move_the_expected_balance_and_a_deleted_one_takes_it_back(till: DemoServer) -> None:
    session = open_till(till, 20000)
    sid, account = session["id"], cash_account(till)
    first, second, third = owing_order(till, 0), owing_order(till, 1), owing_order(till, 2)
    paid = call(
        till,
        "POST",
        f"/2023-11/admin/orders/{first}/payments",
        json={"amount": 3500, "method": "cash", "treasury_account_id": account},
    )
    assert paid.status_code == 200, paid.text
    assert show(till, sid)["session"]["balance_expected"] == 23500
    # Mobile Sync's push records it through the same code; a colleague's payment lands too.
    payment = {"order_id": second, "amount": 1500, "method": "cash", "treasury_account_id": account}
    op = {"idempotency_key": "k-till-1", "entity_type": "payment", "operation": "create", "local_id": "l1"}
    pushed = call(till, "POST", "/2023-11/admin/sync/push", json={"operations": [op | {"payload": payment}]})
    assert pushed.json()["results"][0]["success"], pushed.text
    till.store.colleague_payment(third, Decimal(1000))
    # Money into another account (Orange Money) is not this drawer's.
    momo = till.store.data.treasury_accounts[1]["id"]
    call(
        till,
        "POST",
        f"/2023-11/admin/orders/{third}/payments",
        json={"amount": 500, "method": "notchpay", "treasury_account_id": momo},
    )
    shown = show(till, sid)
    assert shown["session"]["balance_expected"] == 26000 and shown["session"]["transactions_count"] == 3
    assert shown["summary"] == {"total_inbound": 6000, "total_outbound": 0, "net": 6000, "requires_approval": False}

    order = till.store.get_order(first)
    gone = call(till, "DELETE", f"/2023-11/admin/orders/{first}/payments/{order['payments'][-1]['id']}")
    assert gone.status_code == 200, gone.text
    till.store.colleague_expense(Decimal(700), "Sacs plastiques")
    transactions = call(till, "GET", f"{SESSIONS}/{sid}/transactions").json()
    kinds = [(t["type"], t["amount"], t["signed_amount"]) for t in transactions["data"]]
    assert kinds == [
        ("payment_inbound", 3500, 3500),
        ("payment_inbound", 1500, 1500),
        ("payment_inbound", 1000, 1000),
        ("payment_outbound", 3500, -3500),
        ("expense", 700, -700),
    ]
    inbound = transactions["data"][0]
    assert inbound["payment_id"] == order["payments"][-1]["id"] and inbound["description"].startswith("Payment for")
    assert transactions["pagination"] == {"total": 5, "count": 5, "per_page": 15, "current_page": 1, "total_pages": 1}
    assert show(till, sid)["session"]["balance_expected"] == 20000 + 6000 - 3500 - 700
    page = call(till, "GET", f"{SESSIONS}/{sid}/transactions", params={"per_page": 2, "page": 3}).json()
    assert [t["type"] for t in page["data"]] == ["expense"] and page["pagination"]["total_pages"] == 3


def test_a_close_with_a_difference_waits_for_a_manager_who_approves_it(till: DemoServer) -> None:
    session = open_till(till, 10000, key="gdk_demo_admin_key")
    sid = session["id"]
    call(
        till,
        "POST",
        f"/2023-11/admin/orders/{owing_order(till)}/payments",
        json={"amount": 5000, "method": "cash", "treasury_account_id": cash_account(till)},
    )
    ids = denominations(till)
    count = [
        {"denomination_id": ids[("bill", 10000)], "quantity": 1},
        {"denomination_id": ids[("bill", 2000)], "quantity": 2},
        {"denomination_id": ids[("coin", 100)], "quantity": 8},
    ]
    bad = call(till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": 15000, "cash_count_details": count})
    assert bad.status_code == 422 and "cash_count_details" in bad.json()["errors"]
    assert call(till, "POST", f"{SESSIONS}/{sid}/close", json={"difference_reason": "luck"}).status_code == 422
    closed = call(
        till,
        "POST",
        f"{SESSIONS}/{sid}/close",
        request_id="close-1",
        json={
            "balance_counted": 14800,
            "difference_reason": "change_mistake",
            "notes": "200 de moins",
            "cash_count_details": count,
        },
    )
    assert closed.status_code == 200, closed.text
    answer = closed.json()
    assert answer["message"] == "Cash register closed. Awaiting approval." and answer["requires_approval"] is True
    assert answer["alert"] == "Difference of -200.00 XAF detected."
    assert answer["summary"]["requires_approval"] is True
    got = answer["session"]
    assert (got["status"], got["balance_expected"], got["balance_counted"], got["difference"]) == (
        "pending_approval",
        15000,
        14800,
        -200,
    )
    assert got["is_pending_approval"] and got["has_difference"] and got["closed_at"] and not got["is_opened"]
    assert got["difference_percentage"] == -1.33 and got["difference_reason"] == "change_mistake"
    # Closed: no second close; the cash that lands now is not this session's.
    assert call(till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": 1}).status_code == 400
    assert call(till, "GET", f"{SESSIONS}/active").json() == {"data": []}

    # The cashier (by PIN) may not approve; the manager does; twice is a 400.
    pin = httpx.post(
        f"{till.url}/2023-11/auth/login-with-pin", json={"company_code": "MBOA-001", "pin": "2580"}, timeout=10
    ).json()["accessToken"]
    assert call(till, "POST", f"{SESSIONS}/{sid}/approve-difference", key=pin, json={}).status_code == 403
    approved = call(till, "POST", f"{SESSIONS}/{sid}/approve-difference", request_id="ok-1", json={"notes": "Vu"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["message"] == "Difference approved and applied"
    done = approved.json()["session"]
    assert done["status"] == "closed" and done["is_closed"] and not done["is_pending_approval"]
    assert done["approved_by"] == till.store.data.users[0]["id"] and done["approved_at"]
    assert done["difference"] == -200 and done["difference_status"] == "approved"
    assert call(till, "POST", f"{SESSIONS}/{sid}/approve-difference", json={}).status_code == 400
    history = call(till, "GET", f"{SESSIONS}/{sid}/history").json()["data"]
    assert [(h["action"], h["user"]["name"]) for h in history] == [
        ("opened", "Payton Donnelly"),
        ("closed", "Payton Donnelly"),
        ("approved", "Payton Donnelly"),
    ]
    assert history[0]["metadata"] == {"balance_start": 10000}
    writes = [(w["kind"], w["request_id"], w["session_id"]) for w in till.stats()["writes"] if w.get("session_id")]
    assert writes == [("till_open", None, sid), ("till_close", "close-1", sid), ("till_approve", "ok-1", sid)]


def test_a_rejected_closure_opens_the_till_again_for_a_recount(till: DemoServer) -> None:
    sid = open_till(till, 5000)["id"]
    never = call(till, "POST", f"{SESSIONS}/{sid}/reject-closure", json={"reason": "Recompter"})
    assert never.status_code == 400  # never closed
    call(till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": 4000})
    assert call(till, "POST", f"{SESSIONS}/{sid}/reject-closure", json={}).status_code == 422  # a reason is required
    rejected = call(till, "POST", f"{SESSIONS}/{sid}/reject-closure", request_id="no-1", json={"reason": "Recompter"})
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["message"] == "Closure rejected. Cash register reopened."
    again = rejected.json()["session"]
    assert again["status"] == "opened" and again["closed_at"] is None and again["is_opened"] and not again["is_closed"]
    assert again["balance_counted"] is None and again["difference"] is None
    assert [s["id"] for s in call(till, "GET", f"{SESSIONS}/active").json()["data"]] == [sid]
    # More cash than expected is a difference too: a manager looks at it.
    over = call(
        till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": 5100, "difference_reason": "found_cash"}
    )
    assert over.json()["requires_approval"] is True and over.json()["session"]["difference"] == 100
    assert call(till, "POST", f"{SESSIONS}/{sid}/reject-closure", json={"reason": "Encore"}).status_code == 200
    # The recount matches: closed without approval.
    recount = call(till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": 5000, "cash_count_details": []})
    assert recount.json()["message"] == "Cash register closed." and recount.json()["requires_approval"] is False
    assert recount.json()["session"]["status"] == "closed" and recount.json()["alert"] is None
    actions = [h["action"] for h in call(till, "GET", f"{SESSIONS}/{sid}/history").json()["data"]]
    assert actions == ["opened", "closed", "rejected", "closed", "rejected", "closed"]
    # A closed till rejected while another is open on the same drawer would make two: refused.
    open_till(till, 0)
    assert call(till, "POST", f"{SESSIONS}/{sid}/reject-closure", json={"reason": "x"}).status_code == 400


def test_unknown_sessions_are_404s(till: DemoServer) -> None:
    for method, path in (
        ("GET", f"{SESSIONS}/01nosuchsession"),
        ("POST", f"{SESSIONS}/01nosuchsession/close"),
        ("POST", f"{SESSIONS}/01nosuchsession/approve-difference"),
        ("POST", f"{SESSIONS}/01nosuchsession/reject-closure"),
        ("GET", f"{SESSIONS}/01nosuchsession/transactions"),
        ("GET", f"{SESSIONS}/01nosuchsession/history"),
    ):
        assert call(till, method, path, json={} if method == "POST" else None).status_code == 404, path


def test_the_list_its_filters_sorts_includes_and_pages_and_the_active_ones(till: DemoServer) -> None:
    accounts = [a["id"] for a in till.store.data.treasury_accounts]
    first = open_till(till, 10000)["id"]
    call(till, "POST", f"{SESSIONS}/{first}/close", json={"balance_counted": 9000})
    till.advance_clock(3600)
    second = call(till, "POST", SESSIONS, json={"treasury_account_id": accounts[1]}).json()["session"]["id"]
    till.advance_clock(1)  # two openings in one second tie (whole-second times): one second apart
    third = open_till(till, 0)["id"]

    def listed(**params: Any) -> dict[str, Any]:
        answer = call(till, "GET", SESSIONS, params=params)
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    everything = listed()
    assert [s["id"] for s in everything["data"]] == [third, second, first]  # newest opening first
    assert everything["pagination"]["total"] == 3 and "user" not in everything["data"][0]  # nothing loaded unasked
    assert [s["id"] for s in listed(**{"filter[status]": "pending_approval"})["data"]] == [first]
    assert [s["id"] for s in listed(**{"filter[treasury_account_id]": accounts[1]})["data"]] == [second]
    assert len(listed(**{"filter[search]": "caisse"})["data"]) == 2 and listed(**{"filter[search]": "zz"})["data"] == []
    assert len(listed(**{"filter[user_id]": till.store.data.users[0]["id"]})["data"]) == 3
    since = show(till, second)["session"]["opened_at"]
    assert {s["id"] for s in listed(**{"filter[created_at][start]": since})["data"]} == {second, third}
    assert [s["id"] for s in listed(sort="difference")["data"]][-1] == first
    assert listed(sort="balance_start")["data"][-1]["id"] == first
    paged = listed(per_page=2, page=2)
    assert [s["id"] for s in paged["data"]] == [first] and paged["pagination"]["total_pages"] == 2
    assert len(listed(paginate="false")["data"]) == 3 and "pagination" not in listed(paginate="false")
    loaded = listed(include="treasuryAccount,user,approvedBy,transactions,history")["data"][-1]
    assert loaded["treasury_account"]["type"] == "cash" and loaded["user"]["name"] == "Payton Donnelly"
    assert loaded["approved_by_user"] is None and [h["action"] for h in loaded["history"]] == ["opened", "closed"]
    for wrong in ({"include": "cashier"}, {"filter[colour]": "red"}, {"sort": "colour"}):
        assert call(till, "GET", SESSIONS, params=wrong).status_code == 400, wrong

    active = call(till, "GET", f"{SESSIONS}/active", params={"treasury_account_id": accounts[1]}).json()["data"]
    assert [s["id"] for s in active] == [second] and active[0]["treasury_account"]["id"] == accounts[1]
    assert {s["id"] for s in call(till, "GET", f"{SESSIONS}/active").json()["data"]} == {second, third}
    till.advance_clock(24 * 3600 + 1)  # opened more than 24 hours ago: no longer "active", still open
    assert call(till, "GET", f"{SESSIONS}/active").json() == {"data": []}
    still = call(till, "POST", SESSIONS, json={"treasury_account_id": accounts[1]})
    assert still.status_code == 422, "an old open session still holds its account"


def test_the_enums_and_the_statistics(till: DemoServer) -> None:
    enums = call(till, "GET", f"{SESSIONS}/enums").json()
    assert [s["value"] for s in enums["statuses"]] == ["opened", "pending_approval", "closed", "rejected"]
    assert [r["value"] for r in enums["difference_reasons"]][:3] == ["none", "rounding", "change_mistake"]
    assert {"value": "expense", "label": "Expense"} in enums["transaction_types"]
    assert [a["value"] for a in enums["actions"]] == ["opened", "closed", "approved", "rejected", "adjusted"]
    for counted in (10000, 9800, 10000):
        sid = open_till(till, 10000)["id"]
        call(till, "POST", f"{SESSIONS}/{sid}/close", json={"balance_counted": counted})
    open_till(till, 10000)  # still open: not counted yet
    wide = {"start_date": "2000-01-01", "end_date": "2999-12-31"}  # no midnight at the month's end in the way
    stats = call(till, "GET", f"{SESSIONS}/statistics", params=wide).json()
    assert stats | {"start_date": "", "end_date": ""} == {
        "start_date": "",
        "end_date": "",
        "total_sessions": 3,
        "accurate_sessions": 2,
        "accuracy_rate": 66.67,
        "total_income": 30000,
        "total_counted": 29800,
        "total_difference": -200,
        "average_difference": -66.67,
        "total_with_differences": 1,
    }
    default = call(till, "GET", f"{SESSIONS}/statistics").json()  # this month, up to the end of today
    assert default["start_date"].endswith("-01T00:00:00+00:00") and default["end_date"].endswith("T23:59:59+00:00")
    empty = call(till, "GET", f"{SESSIONS}/statistics", params={"start_date": "2020-01-01", "end_date": "2020-01-31"})
    assert empty.json()["total_sessions"] == 0 and empty.json()["end_date"] == "2020-01-31T23:59:59+00:00"
    assert call(till, "GET", f"{SESSIONS}/statistics", params={"start_date": "soon"}).status_code == 422
