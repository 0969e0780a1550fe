"""Reading the cash register in the demo: the list, the open sessions, one session, its transactions and history,
the statistics, the enums (08-payments-pos.md).

The list answers in the documented ``pagination`` envelope (``paginate=false``:
every session under ``data``), newest opening first; its filters, sorts and
includes are the documented ones, and anything else is a 400 as Spatie's
query builder answers it. ``active`` is every ``opened`` session opened in the
last 24 hours (by the server's clock). A session's transactions and history
come oldest first, 15 a page. The statistics cover the sessions opened in
the range that were counted (closed or awaiting approval): ``total_income``
is what they should have held, ``total_counted`` what was counted, the
average difference is over those sessions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from .cash_resource import (
    RELATIONS,
    expected,
    history_body,
    money,
    session_body,
    shown,
    stamp,
    summary,
    transaction_body,
)
from .cash_sessions import CashSessions
from .errors import DemoError, unprocessable
from .pages import envelope, page_params
from .state import DemoState
from .values import parse_time

SORTS = ("opened_at", "closed_at", "balance_start", "difference", "created_at")
FILTERS = ("treasury_account_id", "user_id", "shop_id", "company_id", "status", "created_at", "search")
ENUMS: dict[str, list[dict[str, str]]] = {
    "statuses": [
        {"value": "opened", "label": "Opened"},
        {"value": "pending_approval", "label": "Pending Approval"},
        {"value": "closed", "label": "Closed"},
        {"value": "rejected", "label": "Rejected"},
    ],
    "difference_reasons": [
        {"value": "none", "label": "No Difference"},
        {"value": "rounding", "label": "Rounding"},
        {"value": "change_mistake", "label": "Change Mistake"},
        {"value": "lost_receipt", "label": "Lost Receipt"},
        {"value": "system_error", "label": "System Error"},
        {"value": "found_cash", "label": "Found Cash"},
        {"value": "suspected_theft", "label": "Suspected Theft"},
        {"value": "other", "label": "Other"},
    ],
    "transaction_types": [
        {"value": "payment_inbound", "label": "Payment Received"},
        {"value": "payment_outbound", "label": "Payment Made"},
        {"value": "adjustment_positive", "label": "Positive Adjustment"},
        {"value": "adjustment_negative", "label": "Negative Adjustment"},
        {"value": "expense", "label": "Expense"},
        {"value": "transfer_out", "label": "Transfer Out"},
        {"value": "transfer_in", "label": "Transfer In"},
    ],
    "actions": [
        {"value": "opened", "label": "Opened"},
        {"value": "closed", "label": "Closed"},
        {"value": "approved", "label": "Approved"},
        {"value": "rejected", "label": "Rejected"},
        {"value": "adjusted", "label": "Adjusted"},
    ],
}


def _not_allowed(what: str, asked: list[str], allowed: tuple[str, ...]) -> DemoError:
    """Spatie's query builder's 400 for an include, filter or sort it does not allow."""
    names, allowed_names = ", ".join(asked), ", ".join(allowed)
    message = f"Requested {what}(s) `{names}` are not allowed. Allowed {what}(s) are `{allowed_names}`."
    return DemoError(400, {"message": message})


def _loaded(params: dict[str, str]) -> tuple[str, ...]:
    asked = [part.strip() for part in (params.get("include") or "").split(",") if part.strip()]
    unknown = [part for part in asked if part not in RELATIONS]
    if unknown:
        raise _not_allowed("include", unknown, RELATIONS)
    return tuple(asked)


def _filters(params: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    unknown = []
    for key, value in params.items():
        if not key.startswith("filter["):
            continue
        name = key[len("filter[") :].split("]", 1)[0]
        if name not in FILTERS:
            unknown.append(name)
        found[key[len("filter[") :].replace("]", "").replace("[", ".")] = value
    if unknown:
        raise _not_allowed("filter", unknown, FILTERS)
    return found


def _when(text: str, key: str, end: bool = False) -> float:
    """A date or date-time as a timestamp (a date alone: its first second, or its last for an end); 422 if not one."""
    stamp_of = parse_time(text)
    if stamp_of is None:
        raise unprocessable({key: [f"The {key} is not a valid date."]})
    if end and len(text.strip()) <= 10:
        stamp_of += 86_399
    return stamp_of


def _matcher(state: DemoState, filters: dict[str, str]) -> Callable[[dict[str, Any]], bool]:
    accounts = {a["id"]: str(a.get("label") or "") for a in state.data.treasury_accounts}
    start = _when(filters["created_at.start"], "filter.created_at.start") if "created_at.start" in filters else None
    end = _when(filters["created_at.end"], "filter.created_at.end", end=True) if "created_at.end" in filters else None
    search = (filters.get("search") or "").strip().lower()
    plain = {"treasury_account_id", "shop_id", "company_id", "status"} & filters.keys()

    def match(record: dict[str, Any]) -> bool:
        if any(str(record[key]) != filters[key] for key in plain):
            return False
        if "user_id" in filters and record["user"].get("id") != filters["user_id"]:
            return False
        opened = record["opened_at"].timestamp()
        if (start is not None and opened < start) or (end is not None and opened > end):
            return False
        if search:
            words = f"{accounts.get(record['treasury_account_id'], '')} {record['user'].get('name') or ''}".lower()
            return search in words
        return True

    return match


def _sorted(records: list[dict[str, Any]], sort: str) -> list[dict[str, Any]]:
    field = sort.lstrip("-")
    if field not in SORTS or not field:
        raise _not_allowed("sort", [field], SORTS)
    floor = datetime.min.replace(tzinfo=UTC)

    def key(record: dict[str, Any]) -> tuple[bool, Any, str]:
        value = record.get("opened_at" if field == "created_at" else field)
        if field == "difference" and value is None:
            return (False, Decimal(0), record["id"])
        return (value is not None, value if value is not None else floor, record["id"])

    return sorted(records, key=key, reverse=sort.startswith("-"))


class CashReads:
    """What the cash register's GET endpoints answer."""

    def __init__(self, state: DemoState, sessions: CashSessions) -> None:
        self.state = state
        self.sessions = sessions

    def list_sessions(self, company: str, params: dict[str, str]) -> dict[str, Any]:
        """``GET /admin/cash-register-sessions``."""
        loaded, filters = _loaded(params), _filters(params)
        with self.state.lock:
            match = _matcher(self.state, filters)
            mine = [r for r in self.state.cash_sessions.values() if r["company_id"] == company and match(r)]
            chosen = _sorted(mine, params.get("sort") or "-opened_at")
            if params.get("paginate") == "false":
                return {"data": [session_body(self.state, r, loaded) for r in chosen]}
            page, per_page = page_params(params)
            items = [session_body(self.state, r, loaded) for r in chosen[(page - 1) * per_page : page * per_page]]
        return envelope(items, len(chosen), page, per_page, params, "", "pagination")

    def active(self, company: str, params: dict[str, str]) -> dict[str, Any]:
        """``GET .../active``: the sessions opened in the last 24 hours and still open."""
        with self.state.lock:
            since = self.state.clock.now() - timedelta(hours=24)
            found = [
                r
                for r in self.state.cash_sessions.values()
                if r["company_id"] == company
                and r["status"] == "opened"
                and r["opened_at"] >= since
                and params.get("treasury_account_id") in (None, r["treasury_account_id"])
                and params.get("user_id") in (None, r["user"].get("id"))
            ]
            found.sort(key=lambda r: (r["opened_at"], r["id"]), reverse=True)
            return {"data": [session_body(self.state, r, ("treasuryAccount", "user")) for r in found]}

    def show(self, session_id: str, company: str) -> dict[str, Any]:
        """``GET .../{session}``: the session with everything loaded, and its summary."""
        with self.state.lock:
            record = self.sessions.find(session_id, company)
            return {"session": shown(self.state, record), "summary": summary(self.state, record)}

    def transactions(self, session_id: str, company: str, params: dict[str, str]) -> dict[str, Any]:
        """``GET .../{session}/transactions``, oldest first."""
        with self.state.lock:
            self.sessions.find(session_id, company)
            entries = [transaction_body(t) for t in self.state.cash_transactions.get(session_id, [])]
        return self._page(entries, params)

    def history(self, session_id: str, company: str, params: dict[str, str]) -> dict[str, Any]:
        """``GET .../{session}/history``, oldest first."""
        with self.state.lock:
            self.sessions.find(session_id, company)
            entries = [history_body(h) for h in self.state.cash_history.get(session_id, [])]
        return self._page(entries, params)

    def statistics(self, company: str, params: dict[str, str]) -> dict[str, Any]:
        """``GET .../statistics`` over the counted sessions opened in the range."""
        with self.state.lock:
            now = self.state.clock.now()
            first = datetime.combine(now.date().replace(day=1), time(0), UTC).timestamp()
            last = datetime.combine(now.date(), time(23, 59, 59), UTC).timestamp()
            start = _when(params["start_date"], "start_date") if params.get("start_date") else first
            end = _when(params["end_date"], "end_date", end=True) if params.get("end_date") else last
            account = params.get("treasury_account_id")
            counted = [
                r
                for r in self.state.cash_sessions.values()
                if r["company_id"] == company
                and r.get("closed_at") is not None
                and start <= r["opened_at"].timestamp() <= end
                and account in (None, r["treasury_account_id"])
            ]
            income = sum((expected(self.state, r) for r in counted), Decimal(0))
            total_counted = sum((r["balance_counted"] for r in counted), Decimal(0))
        differences = [r["difference"] for r in counted]
        accurate = sum(1 for d in differences if d == 0)
        total_difference = sum(differences, Decimal(0))
        return {
            "start_date": stamp(datetime.fromtimestamp(start, UTC)),
            "end_date": stamp(datetime.fromtimestamp(end, UTC)),
            "total_sessions": len(counted),
            "accurate_sessions": accurate,
            "accuracy_rate": float(round(Decimal(accurate * 100) / len(counted), 2)) if counted else 0,
            "total_income": money(income),
            "total_counted": money(total_counted),
            "total_difference": money(total_difference),
            "average_difference": money(total_difference / len(counted)) if counted else 0,
            "total_with_differences": len(counted) - accurate,
        }

    @staticmethod
    def enums() -> dict[str, Any]:
        """``GET .../enums``."""
        return {name: [dict(v) for v in values] for name, values in ENUMS.items()}

    @staticmethod
    def _page(entries: list[dict[str, Any]], params: dict[str, str]) -> dict[str, Any]:
        page, per_page = page_params(params)
        return envelope(
            entries[(page - 1) * per_page : page * per_page], len(entries), page, per_page, params, "", "pagination"
        )
