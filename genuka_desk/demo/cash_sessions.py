"""The cash register's sessions in the demo: open, close, approve, reject, and the cash that lands in them.

08-payments-pos.md, "Cash Register Sessions", with what it leaves open
decided here (never friendlier than Genuka):

- One open session per treasury account: opening a second on an account
  that has a session ``opened`` (however old) is a 422 on
  ``treasury_account_id`` (the reference says nothing; a session waiting for
  approval does not block the next shift). Rejecting a closure while another
  session is open on the account is a 400, as rejecting one that was never
  closed is: two open sessions on one drawer never happen.
- Opening and closing need ``orders.create`` (someone who sells: the
  documented cashier role holds it, a viewer does not); approving and
  rejecting need ``treasury_accounts.*`` (the permission the reference ties
  to the cash-control settings; a manager's). Else 403.
- Close: ``difference = counted - expected``; any difference other than 0
  needs a manager's approval (``pending_approval``, "Awaiting approval."),
  none closes it (``closed``). Approving closes it and keeps the difference
  (the demo keeps no books to adjust). Rejecting opens it again for a
  recount: ``closed_at``, the count and the difference go back to null,
  ``difference_status`` says ``rejected``, the transactions stay.
- The cash that lands: a payment recorded on an order (the classic
  endpoint, Mobile Sync's push, a create already ``paid``, a colleague's)
  into a treasury account with an open session adds a ``payment_inbound``
  transaction, whatever the method is called: the session counts its
  account. A deleted payment adds a ``payment_outbound`` to the session open
  on its account now (the cash leaves the drawer now), if any. A colleague's
  expense (:meth:`CashSessions.expense`) adds an ``expense``; a colleague's
  other movement (:meth:`CashSessions.movement`) a ``transfer_out``, a
  ``transfer_in`` or an adjustment (the documented ``transaction_types``;
  the reference documents no endpoint that makes them, so they come only
  from the dashboard's side here, as expenses do).
- Each action leaves a history entry with the user; each of the clerks'
  actions a line in the write log (``till_open``, ``till_close``,
  ``till_approve``, ``till_reject``) with the request id.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from .accounts import require
from .cash_checks import check_close, check_notes, check_open, check_reason
from .cash_resource import INBOUND, OUTBOUND, expected, money, session_body, summary
from .errors import DemoError, unprocessable
from .state import DemoState
from .values import iso, json_number, ulid

LOADED = ("treasuryAccount", "user")  # what the open answer shows loaded


def session_not_found() -> DemoError:
    """The 404 of a session that does not exist (in this company)."""
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "Cash register session not found."})


class CashSessions:
    """The sessions' writes, and the transactions that payments and expenses add to them."""

    def __init__(self, state: DemoState) -> None:
        self.state = state

    # -- finding -------------------------------------------------------------

    def find(self, session_id: str, company: str) -> dict[str, Any]:
        """A session of ``company`` by id, or the 404."""
        record = self.state.cash_sessions.get(session_id)
        if record is None or record["company_id"] != company:
            raise session_not_found()
        return record

    def open_on(self, account_id: str | None) -> dict[str, Any] | None:
        """The session open on a treasury account, if any."""
        if not account_id:
            return None
        return next(
            (
                r
                for r in self.state.cash_sessions.values()
                if r["treasury_account_id"] == account_id and r["status"] == "opened"
            ),
            None,
        )

    # -- the clerks' writes ----------------------------------------------------

    def open(self, company: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``POST /admin/cash-register-sessions``: a session opened with its count (201)."""
        require(user, "orders.create")
        state = self.state
        with state.lock:
            sent = check_open(state, company, body)
            if state.one_session_per_account and self.open_on(sent["treasury_account_id"]) is not None:
                message = "A cash register session is already open for this treasury account."
                raise unprocessable({"treasury_account_id": [message]})
            state.clock.check_deadline()
            now = state.clock.now()
            record: dict[str, Any] = {
                "id": ulid(state.rng, now),
                "treasury_account_id": sent["treasury_account_id"],
                "user": {"id": user.get("id"), "name": user.get("name")},
                "shop_id": state.data.shop_id,
                "company_id": company,
                "currency_code": "XAF",
                "status": "opened",
                "balance_start": sent["balance_start"],
                "metadata": sent["metadata"] if state.keeps_till_metadata else _notes_only(sent["metadata"]),
                "opened_at": now,
                "updated_at": now,
            }
            state.cash_sessions[record["id"]] = record
            state.cash_transactions[record["id"]] = []
            state.cash_history[record["id"]] = []
            self._history(record, "opened", user, now, {"balance_start": money(sent["balance_start"])})
            self._log("till_open", record, None, request_id, body, now)
            return {"message": "Cash register session opened", "session": session_body(state, record, LOADED)}

    def close(
        self, session_id: str, company: str, body: Any, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``POST .../{session}/close``: the count against what was expected; a manager's approval when they differ."""
        require(user, "orders.create")
        state = self.state
        with state.lock:
            record = self.find(session_id, company)
            if record["status"] != "opened":
                raise DemoError(400, {"message": "The cash register session is not open."})
            sent = check_close(state, body)
            state.clock.check_deadline()
            now = state.clock.now()
            should = expected(state, record)
            old = record["status"]
            difference = sent["balance_counted"] - should
            pending = difference != 0
            record.update(
                status="pending_approval" if pending else "closed",
                expected_at_close=should,
                balance_counted=sent["balance_counted"],
                difference=difference,
                difference_reason=sent["difference_reason"],
                difference_status="pending_approval" if pending else None,
                closed_at=now,
                updated_at=now,
            )
            if sent["notes"] is not None:
                record["metadata"] = {**(record.get("metadata") or {}), "closing_notes": sent["notes"]}
            facts = {
                "balance_expected": money(should),
                "balance_counted": money(sent["balance_counted"]),
                "difference": money(difference),
                "difference_reason": sent["difference_reason"],
                "notes": sent["notes"],
            }
            self._history(record, "closed", user, now, facts)
            self._log("till_close", record, old, request_id, body, now)
            alert = f"Difference of {difference:.2f} {record['currency_code']} detected." if pending else None
            return {
                "message": "Cash register closed. Awaiting approval." if pending else "Cash register closed.",
                "session": session_body(state, record, LOADED),
                "summary": summary(state, record),
                "alert": alert,
                "requires_approval": pending,
            }

    def approve(
        self, session_id: str, company: str, body: Any, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``POST .../{session}/approve-difference``: a manager accepts the difference; the session is closed."""
        require(user, "treasury_accounts.*")
        state = self.state
        with state.lock:
            record = self.find(session_id, company)
            if record["status"] != "pending_approval":
                raise DemoError(400, {"message": "The cash register session is not awaiting approval."})
            notes = check_notes(body)
            state.clock.check_deadline()
            now = state.clock.now()
            old = record["status"]
            record.update(
                status="closed",
                difference_status="approved",
                approved_by_user={"id": user.get("id"), "name": user.get("name")},
                approved_at=now,
                updated_at=now,
            )
            self._history(record, "approved", user, now, {"difference": money(record["difference"]), "notes": notes})
            self._log("till_approve", record, old, request_id, body, now)
            return {"message": "Difference approved and applied", "session": session_body(state, record, LOADED)}

    def reject(
        self, session_id: str, company: str, body: Any, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``POST .../{session}/reject-closure``: a manager refuses the count; the session opens again."""
        require(user, "treasury_accounts.*")
        state = self.state
        with state.lock:
            record = self.find(session_id, company)
            if record.get("closed_at") is None:
                raise DemoError(400, {"message": "The cash register session has not been closed."})
            reason = check_reason(body)
            other = self.open_on(record["treasury_account_id"])
            if other is not None:
                message = "Another cash register session is open on this treasury account: close it first."
                raise DemoError(400, {"message": message})
            state.clock.check_deadline()
            now = state.clock.now()
            facts = {"reason": reason, "balance_counted": money(record.get("balance_counted"))}
            old = record["status"]
            record.update(
                status="opened",
                expected_at_close=None,
                balance_counted=None,
                difference=None,
                difference_reason=None,
                difference_status="rejected",
                approved_by_user=None,
                approved_at=None,
                closed_at=None,
                updated_at=now,
            )
            self._history(record, "rejected", user, now, facts)
            self._log("till_reject", record, old, request_id, body, now)
            return {
                "message": "Closure rejected. Cash register reopened.",
                "session": session_body(state, record, LOADED),
            }

    # -- the cash that lands -----------------------------------------------------

    def payment_in(self, payment: dict[str, Any], order: dict[str, Any]) -> None:
        """A payment was recorded on ``order``: into its account's open session, if any."""
        self._add(payment, order, "payment_inbound", f"Payment for order {order.get('reference')}")

    def payment_out(self, payment: dict[str, Any], order: dict[str, Any]) -> None:
        """A payment was deleted: out of the session open on its account now, if any."""
        self._add(payment, order, "payment_outbound", f"Payment deleted on order {order.get('reference')}")

    def payment_lowered(self, payment: dict[str, Any], order: dict[str, Any], by: Decimal) -> None:
        """A payment was lowered by ``by`` (money handed back): that much out of its account's open session."""
        gone = {**payment, "amount": by}
        self._add(gone, order, "payment_outbound", f"Payment lowered on order {order.get('reference')}")

    def expense(self, amount: Decimal, description: str, account_id: str | None = None) -> dict[str, Any]:
        """A colleague pays an expense out of a drawer (the cash account by default); the session it lands in.

        Not the clerks' write (no write-log line); a 400 when no session is open on the account.
        """
        return self.movement("expense", amount, description, account_id)

    def movement(self, kind: str, amount: Decimal, description: str, account_id: str | None = None) -> dict[str, Any]:
        """A colleague moves cash in or out of a drawer (``kind``: a documented type other than a payment's).

        ``amount`` is positive; the type gives the direction. Not the clerks'
        write (no write-log line); a 400 when no session is open on the
        account, a ValueError for a type the reference does not list.
        """
        if kind not in INBOUND + OUTBOUND or kind.startswith("payment_") or amount <= 0:
            raise ValueError(f"not a cash movement: {kind} of {amount}")
        state = self.state
        with state.lock:
            account = account_id or state.data.treasury_accounts[0]["id"]  # "Caisse boutique", the cash account
            record = self.open_on(account)
            if record is None:
                raise DemoError(400, {"message": "No cash register session is open on this treasury account."})
            now = state.clock.now()
            prefix = {"expense": "EXP", "transfer_out": "TRF", "transfer_in": "TRF"}.get(kind, "ADJ")
            reference = f"#{prefix}_{state.next_activity_id()}"
            self._transaction(record, kind, amount, description, now, reference=reference)
            return session_body(state, record, LOADED)

    # -- the parts -------------------------------------------------------------

    def _add(self, payment: dict[str, Any], order: dict[str, Any], kind: str, description: str) -> None:
        record = self.open_on(payment.get("treasury_account_id"))
        amount = Decimal(str(payment.get("amount") or 0))
        if record is None or amount <= 0:
            return
        now = self.state.clock.now()
        metadata = {"order_id": order.get("id"), "method": payment.get("method")}
        self._transaction(record, kind, amount, description, now, payment.get("id"), payment.get("reference"), metadata)

    def _transaction(
        self,
        record: dict[str, Any],
        kind: str,
        amount: Decimal,
        description: str,
        now: datetime,
        payment_id: Any = None,
        reference: Any = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self.state.cash_transactions[record["id"]].append(
            {
                "id": ulid(self.state.rng, now),
                "session_id": record["id"],
                "payment_id": payment_id,
                "type": kind,
                "description": description,
                "amount": amount,
                "reference": reference,
                "metadata": metadata,
                "at": now,
            }
        )
        record["updated_at"] = now

    def _history(
        self, record: dict[str, Any], action: str, user: dict[str, Any], now: datetime, facts: dict[str, Any]
    ) -> None:
        self.state.cash_history[record["id"]].append(
            {
                "id": ulid(self.state.rng, now),
                "session_id": record["id"],
                "action": action,
                "user": {"id": user.get("id"), "name": user.get("name")},
                "metadata": {k: v for k, v in facts.items() if v is not None},
                "at": now,
            }
        )

    def _log(
        self, kind: str, record: dict[str, Any], old: str | None, request_id: str | None, sent: Any, now: datetime
    ) -> None:
        """A line of the clerks' write log (the order writes' keys, ``order_id`` None), naming the session."""
        self.state.writes.append(
            {
                "request_id": request_id,
                "order_id": None,
                "session_id": record["id"],
                "kind": kind,
                "changes": {"status": {"old": old, "new": record["status"]}},
                "at": iso(now),
                "sent_keys": sorted(sent) if isinstance(sent, dict) else [],
                "effects": [],
                "balance_expected": json_number(expected(self.state, record)),
            }
        )


def _notes_only(metadata: Any) -> dict[str, Any] | None:
    """What a server that keeps only the opening notes holds of the metadata it was sent."""
    if isinstance(metadata, dict) and metadata.get("notes"):
        return {"notes": metadata["notes"]}
    return None
