"""How the demo shows a cash register session, its transactions and history (08-payments-pos.md).

The sessions are kept as plain records (decimals and datetimes) in the
state; these build the documented resources from them. Times are whole
seconds in the shape the reference shows for this resource
(``2024-03-15T08:00:00+00:00``). ``balance_expected`` is the opening
balance plus the session's inbound transactions less its outbound ones
while the session is open, and the figure it had at the close once it is
closed. ``difference_percentage`` is the difference against the expected
balance (none when nothing was expected). Relationships (``treasury_account``,
``user``, ``approved_by_user``, ``shop``, ``company``, ``transactions``,
``history``) appear only when loaded (``include``), as Laravel's
``whenLoaded`` shows them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from .state import DemoState
from .values import json_number

INBOUND = ("payment_inbound", "adjustment_positive", "transfer_in")
OUTBOUND = ("payment_outbound", "adjustment_negative", "expense", "transfer_out")
RELATIONS = ("treasuryAccount", "user", "approvedBy", "shop", "company", "transactions", "history")


def stamp(when: datetime | None) -> str | None:
    """``2024-03-15T08:00:00+00:00``, the cash register's date shape (whole seconds, UTC)."""
    return None if when is None else when.astimezone(UTC).replace(microsecond=0).isoformat()


def money(value: Decimal | None) -> int | float | None:
    """An amount as JSON writes it (None stays null)."""
    return None if value is None else json_number(value.quantize(Decimal("0.01")))


def net(state: DemoState, session_id: str) -> tuple[Decimal, Decimal]:
    """(total inbound, total outbound) of a session's transactions."""
    inbound = outbound = Decimal(0)
    for entry in state.cash_transactions.get(session_id, []):
        if entry["type"] in INBOUND:
            inbound += entry["amount"]
        elif entry["type"] in OUTBOUND:
            outbound += entry["amount"]
    return inbound, outbound


def expected(state: DemoState, record: dict[str, Any]) -> Decimal:
    """What the drawer should hold: live while open, as it stood at the close after."""
    if record["status"] != "opened" and record.get("expected_at_close") is not None:
        return Decimal(record["expected_at_close"])
    inbound, outbound = net(state, record["id"])
    return Decimal(record["balance_start"]) + inbound - outbound


def summary(state: DemoState, record: dict[str, Any]) -> dict[str, Any]:
    """The show and close answers' ``summary``."""
    inbound, outbound = net(state, record["id"])
    return {
        "total_inbound": money(inbound),
        "total_outbound": money(outbound),
        "net": money(inbound - outbound),
        "requires_approval": record["status"] == "pending_approval",
    }


def _person(user: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if user is None else {"id": user.get("id"), "name": user.get("name")}


def session_body(state: DemoState, record: dict[str, Any], loaded: tuple[str, ...] = ()) -> dict[str, Any]:
    """The ``CashRegisterSessionResource`` of one session, with the relationships ``loaded``."""
    difference: Decimal | None = record.get("difference")
    balance_expected = expected(state, record)
    percentage = None
    if difference is not None and balance_expected:
        percentage = float(round(difference / balance_expected * 100, 2))
    body: dict[str, Any] = {
        "id": record["id"],
        "treasury_account_id": record["treasury_account_id"],
        "user_id": record["user"].get("id"),
        "shop_id": record["shop_id"],
        "currency_code": record["currency_code"],
        "company_id": record["company_id"],
        "status": record["status"],
        "balance_start": money(record["balance_start"]),
        "balance_expected": money(balance_expected),
        "balance_counted": money(record.get("balance_counted")),
        "difference": money(difference),
        "difference_percentage": percentage,
        "difference_reason": record.get("difference_reason"),
        "difference_status": record.get("difference_status"),
        "approved_by": (record.get("approved_by_user") or {}).get("id"),
        "approved_at": stamp(record.get("approved_at")),
        "opened_at": stamp(record["opened_at"]),
        "closed_at": stamp(record.get("closed_at")),
        "metadata": record.get("metadata"),
        "is_opened": record["status"] == "opened",
        "is_closed": record.get("closed_at") is not None,
        "is_pending_approval": record["status"] == "pending_approval",
        "has_difference": bool(difference),
        "created_at": stamp(record["opened_at"]),
        "updated_at": stamp(record["updated_at"]),
    }
    if "treasuryAccount" in loaded:
        account = next((a for a in state.data.treasury_accounts if a["id"] == record["treasury_account_id"]), {})
        body["treasury_account"] = {k: account.get(k) for k in ("id", "label", "type")}
    if "user" in loaded:
        body["user"] = _person(record["user"])
    if "approvedBy" in loaded:
        body["approved_by_user"] = _person(record.get("approved_by_user"))
    if "shop" in loaded:
        body["shop"] = {k: state.data.shop_body()[k] for k in ("id", "name")}
    if "company" in loaded:
        body["company"] = {k: state.data.company_body()[k] for k in ("id", "name", "currency_code")}
    if "transactions" in loaded:
        body["transactions"] = [transaction_body(t) for t in state.cash_transactions.get(record["id"], [])]
    if "history" in loaded:
        body["history"] = [history_body(h) for h in state.cash_history.get(record["id"], [])]
    return body


def shown(state: DemoState, record: dict[str, Any]) -> dict[str, Any]:
    """One session as ``GET .../{session}`` shows it: everything loaded, with its counts."""
    body = session_body(state, record, ("treasuryAccount", "user", "approvedBy", "shop"))
    body["transactions_count"] = len(state.cash_transactions.get(record["id"], []))
    body["history_count"] = len(state.cash_history.get(record["id"], []))
    return body


def transaction_body(entry: dict[str, Any]) -> dict[str, Any]:
    """One ``CashRegisterTransactionResource``."""
    inbound = entry["type"] in INBOUND
    amount: Decimal = entry["amount"]
    return {
        "id": entry["id"],
        "cash_register_session_id": entry["session_id"],
        "payment_id": entry.get("payment_id"),
        "payment": None,
        "type": entry["type"],
        "description": entry["description"],
        "amount": money(amount),
        "signed_amount": money(amount if inbound else -amount),
        "reference": entry.get("reference"),
        "metadata": entry.get("metadata"),
        "is_inbound": inbound,
        "is_outbound": not inbound,
        "created_at": stamp(entry["at"]),
        "updated_at": stamp(entry["at"]),
    }


def history_body(entry: dict[str, Any]) -> dict[str, Any]:
    """One history entry (``action``: opened, closed, approved, rejected, adjusted)."""
    return {
        "id": entry["id"],
        "cash_register_session_id": entry["session_id"],
        "action": entry["action"],
        "user_id": entry["user"].get("id"),
        "user": _person(entry["user"]),
        "metadata": entry.get("metadata"),
        "created_at": stamp(entry["at"]),
        "updated_at": stamp(entry["at"]),
    }
