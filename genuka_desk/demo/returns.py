"""Product returns in the demo, as 07-discounts-delivery.md documents them ("Product Returns").

``GET/POST /admin/returns``, ``GET/PUT/PATCH/DELETE /admin/returns/{id}``,
``PATCH /admin/returns/{id}/approve`` and ``GET /admin/returns/{id}/audit``.
A create answers 200 (not 201) with the Return resource; the list is
``{"data", "pagination"}`` with the documented filters and sorts (another
sort is a 400). Validation is a 422 with every field's errors; business
refusals are 500s with a message: a variant not in the order, a quantity
beyond what the order holds less what earlier returns (not cancelled, not
deleted) took back, a change to a ``confirmed``/``cancelled``/``done``
return, an approval of a return not ``waiting_approval``. PATCH takes the
status from the query or the body and only ``draft``, ``waiting_approval``
or ``cancelled`` (another value is a 422). Permissions: ``returns.view``,
``.create``, ``.update``, ``.delete``, ``.approve`` (or ``returns.*``).

The demo's readings where the reference is silent (ref36 ambiguities 2, 5-7):

- a create or PUT with ``confirmed`` or ``done`` is refused (500): a return
  is confirmed only through its approval, which restocks and recalculates;
- a return line is matched to the order's lines by ``variant_id``
  (``order_product`` stays null, as in every example); lines typed by hand
  have no variant here, so they cannot be returned;
- approval sets ``confirmed`` and ``metadata.approval_comment``; every reason
  restocks (by :mod:`.stocks`' rule for a sale's lines put back: into the
  first warehouse of the order's shop, whatever ``warehouse_id`` names; a
  variant that does not follow stock moves nothing); the order keeps its lines as sold, its
  ``billing.returns_total`` grows by the returned lines' value (unit price x
  quantity, less their share of the line's discounts, plus their share of
  its taxes, less their share of the order-level discounts, rounded to the
  unit: :mod:`.return_money`) and its total, balance and billing status
  are recomputed by the rules of :mod:`.order_lines` and :mod:`.payments`;
  the part of that value already paid (what was paid beyond the new total)
  becomes a ``pending`` credit note (:mod:`.credit_notes`), listed in the
  return's ``credit_notes`` and its audit's ``financial_impact``;
- a delete (204, soft) of a confirmed return undoes neither stock nor bill.

Every write is in the write log with its ``X-Request-ID`` (kinds
``return_create``, ``return_update``, ``return_status``, ``return_approve``,
``return_delete``) and leaves an entry in its order's history.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .accounts import require
from .credit_notes import CreditNotes
from .errors import DemoError, invalid, unprocessable
from .history import History
from .pages import envelope, page_params
from .public_invoice import RawBody
from .return_checks import checked, matches, not_found, refused, text
from .return_money import rebill, restock, returned_value
from .state import DemoState
from .stocks import warehouses
from .values import as_object, iso, json_number, ulid
from .write_log import log_write

TERMINAL = ("confirmed", "done", "cancelled")
SORTABLE = ("status", "order_id", "customer_id", "return_date", "created_at")
BASE = "/2023-11/admin/returns"
NOTES = "/2023-11/admin/credit-notes"
_ONE = re.compile(rf"^{BASE}/(?P<id>[^/]+)(?:/(?P<action>approve|audit))?$")
_NOTE = re.compile(rf"^{NOTES}/(?P<id>[^/]+)$")


class Returns:
    """The returns, by id (soft-deleted ones kept apart), their audit, and what approving one does."""

    def __init__(self, state: DemoState, history: History, notes: CreditNotes) -> None:
        self.state = state
        self.history = history
        self.notes = notes
        self.returns: dict[str, dict[str, Any]] = {}  # id -> resource (without its credit notes)
        self.extra: dict[str, dict[str, Any]] = {}  # id -> deleted, trail, status history, value, notes, email

    # -- reading --------------------------------------------------------------------------

    def shown(self, return_id: str) -> dict[str, Any]:
        """One return as the API shows it (its credit notes without their source)."""
        body = copy.deepcopy(self.returns[return_id])
        body["credit_notes"] = [n for n in self.notes.of_order(body["order_id"]) if n["id"] in self._notes(return_id)]
        return body

    def _notes(self, return_id: str) -> list[str]:
        return list(self.extra[return_id]["notes"])

    def _live(self, return_id: str) -> dict[str, Any]:
        if return_id not in self.returns or self.extra[return_id]["deleted"]:
            raise not_found()
        return self.returns[return_id]

    def relations(self, order_id: str) -> dict[str, Any]:
        """What an order's full body shows of its returns and credit notes (``returns``, ``returns_count``)."""
        live = [i for i, r in self.returns.items() if r["order_id"] == order_id and not self.extra[i]["deleted"]]
        notes = self.notes.of_order(order_id)
        return {"returns": [self.shown(i) for i in live], "returns_count": len(live), "credit_notes": notes}

    def list_returns(self, params: dict[str, str], user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/returns``."""
        require(user, "returns.view")
        sort = params.get("sort", "created_at")
        field = sort.lstrip("-")
        if field not in SORTABLE:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})
        with self.state.lock:
            found = [
                r
                for i, r in self.returns.items()
                if not self.extra[i]["deleted"] and matches(r, params, self.extra[i]["email"])
            ]
            found.sort(key=lambda r: (str(r.get(field) or ""), r["created_at"], r["id"]), reverse=sort.startswith("-"))
            page, per_page = page_params(params)
            items = [self.shown(r["id"]) for r in found[(page - 1) * per_page : page * per_page]]
        return envelope(items, len(found), page, per_page, params, "", "pagination")

    def show(self, return_id: str, user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/returns/{id}``."""
        require(user, "returns.view")
        with self.state.lock:
            self._live(return_id)
            return self.shown(return_id)

    def audit(self, return_id: str, user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/returns/{id}/audit``: trail, status history and what the return weighed in money."""
        require(user, "returns.view")
        with self.state.lock:
            item = self._live(return_id)
            extra = self.extra[return_id]
            notes = [n for n in self.notes.notes if n["id"] in extra["notes"]]
            value = (
                extra["value"]
                if extra["value"] is not None
                else returned_value(self.state, item, self._taken(item["order_id"], item["id"]))[0]
            )
            return {
                "return": {"id": item["id"], "status": item["status"]},
                "audit_trail": copy.deepcopy(extra["trail"]),
                "status_history": copy.deepcopy(extra["statuses"]),
                "financial_impact": {
                    "return_amount": json_number(value),
                    "credit_notes_total": json_number(sum((Decimal(str(n["amount"])) for n in notes), Decimal(0))),
                    "refunds_total": json_number(sum((Decimal(str(n["refund_amount"])) for n in notes), Decimal(0))),
                },
            }

    # -- writing --------------------------------------------------------------------------

    def create(self, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``POST /admin/returns``: checked, stored with the next ``RET-`` reference; 200 with the resource."""
        require(user, "returns.create")
        with self.state.lock:
            fields = checked(self.state, body, lambda order_id: self._taken(order_id, None))
            now = self.state.clock.now()
            return_id = ulid(self.state.rng, now)
            self.returns[return_id] = {"id": return_id, "reference": f"RET-{len(self.returns) + 1:04d}"}
            self.extra[return_id] = {"deleted": False, "trail": [], "statuses": [], "value": None, "notes": []}
            self._fill(return_id, fields, iso(now))
            self.returns[return_id]["created_at"] = iso(now)
            self._log(return_id, "return_create", "created", user, request_id, body, {"status": fields["status"]})
            return self.shown(return_id)

    def replace(self, return_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /admin/returns/{id}``: every field replaced, the lines too (500 once terminal)."""
        require(user, "returns.update")
        with self.state.lock:
            item = self._live(return_id)
            fields = checked(self.state, body, lambda order_id: self._taken(order_id, return_id))
            if item["status"] in TERMINAL:
                raise refused(f"The return is in a terminal status ({item['status']}) and cannot be updated.")
            old = item["status"]
            self._fill(return_id, fields, iso(self.state.clock.now()))
            self._moved(return_id, old, fields["status"])
            self._log(return_id, "return_update", "updated", user, request_id, body, {"status": fields["status"]})
            return self.shown(return_id)

    def set_status(
        self, return_id: str, params: dict[str, str], body: Any, user: dict[str, Any], request_id: str | None
    ) -> dict[str, Any]:
        """``PATCH /admin/returns/{id}``: ``draft``, ``waiting_approval`` or ``cancelled`` (query or body)."""
        require(user, "returns.update")
        with self.state.lock:
            item = self._live(return_id)
            sent = body.get("status") if isinstance(body, dict) and "status" in body else params.get("status")
            if sent is None or sent == "":
                raise unprocessable({"status": ["The status field is required."]})
            if sent not in ("draft", "waiting_approval", "cancelled"):
                raise unprocessable({"status": ["The selected status is invalid."]})
            if item["status"] in TERMINAL:
                raise refused(f"The return is already in a terminal status ({item['status']}).")
            old = item["status"]
            item["status"] = sent
            item["updated_at"] = iso(self.state.clock.now())
            self._moved(return_id, old, sent)
            self._log(return_id, "return_status", "status_changed", user, request_id, {"status": sent}, {"to": sent})
            return self.shown(return_id)

    def delete(self, return_id: str, user: dict[str, Any], request_id: str | None) -> RawBody:
        """``DELETE /admin/returns/{id}``: soft-deleted; 204 with no body."""
        require(user, "returns.delete")
        with self.state.lock:
            self._live(return_id)
            self.extra[return_id]["deleted"] = True
            self.returns[return_id]["deleted_at"] = iso(self.state.clock.now())
            self._log(return_id, "return_delete", "deleted", user, request_id, None, {})
        return RawBody(b"", "application/json")

    def approve(self, return_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PATCH /admin/returns/{id}/approve``: confirmed, restocked, the order's bill recalculated."""
        require(user, "returns.approve")
        with self.state.lock:
            item = self._live(return_id)
            errors: dict[str, list[str]] = {}
            comment = text(body if isinstance(body, dict) else {}, "approval_comment", errors, "approval comment")
            if errors:
                raise unprocessable(errors)
            if item["status"] != "waiting_approval":
                raise refused(f"The return is not in waiting_approval status ({item['status']}).")
            value, note_lines = returned_value(self.state, item, self._taken(item["order_id"], item["id"]))
            note = rebill(self.state, self.history, self.notes, item, value, note_lines, user, request_id, body)
            restock(self.state, item)
            extra = self.extra[return_id]
            extra["value"] = value
            if note is not None:
                extra["notes"].append(note["id"])
            item["status"] = "confirmed"
            item["metadata"] = {**as_object(item.get("metadata")), "approval_comment": comment}
            item["updated_at"] = iso(self.state.clock.now())
            self._moved(return_id, "waiting_approval", "confirmed")
            self._trail(return_id, "approved", user, {"approval_comment": comment})
            return self.shown(return_id)

    # -- the rules --------------------------------------------------------------------------

    def _taken(self, order_id: str, current: str | None) -> dict[str, int]:
        """What earlier returns of the order (not cancelled, not deleted) took back, by variant."""
        taken: dict[str, int] = {}
        for return_id, item in self.returns.items():
            if return_id == current or self.extra[return_id]["deleted"] or item.get("status") == "cancelled":
                continue
            if item.get("order_id") == order_id:
                for line in item["lines"]:
                    taken[line["variant_id"]] = taken.get(line["variant_id"], 0) + int(line["quantity"])
        return taken

    def _fill(self, return_id: str, fields: dict[str, Any], now: str) -> None:
        """Write a create's or a PUT's fields into the return (the lines replaced, their ids kept by position)."""
        item, order = self.returns[return_id], fields["order"]
        old_lines = item.get("lines") or []
        who = as_object(order.get("customer"))
        if fields["customer"] is not None:
            made = [*self.state.data.customers, *self.state.created_customers]
            who = next(c for c in made if c["id"] == fields["customer"])
        lines = []
        for n, line in enumerate(fields["lines"]):
            old = old_lines[n] if n < len(old_lines) else None
            lines.append(
                {
                    "id": old["id"] if old else ulid(self.state.rng, self.state.clock.now()),
                    "return_id": return_id,
                    "variant_id": line["variant_id"],
                    "variant": {"id": line["variant_id"], "title": line["title"]},
                    "order_product": None,
                    "quantity": line["quantity"],
                    "reason": line["reason"],
                    "comment": line["comment"],
                    "created_at": old["created_at"] if old else now,
                    "updated_at": now,
                }
            )
        date = fields["return_date"] or item.get("return_date") or now
        item.update(
            return_date=date,
            status=fields["status"],
            source=None,
            comment=fields["comment"],
            order_id=order["id"],
            warehouse_id=fields["warehouse"],
            metadata=item.get("metadata"),
            credit_notes=[],
            warehouse=next(
                ({"id": w["id"], "name": w["name"]} for w in warehouses(self.state) if w["id"] == fields["warehouse"]),
                None,
            ),
            order={"id": order["id"], "reference": order.get("reference")},
            customer={k: who.get(k) for k in ("id", "first_name", "last_name")} if who else None,
            lines=lines,
            created_at=item.get("created_at", now),
            updated_at=now,
        )
        self.extra[return_id]["email"] = who.get("email") if who else None

    def _moved(self, return_id: str, old: str, new: str) -> None:
        if old != new:
            at = iso(self.state.clock.now())
            self.extra[return_id]["statuses"].append({"from": old, "to": new, "at": at})

    def _trail(self, return_id: str, action: str, user: dict[str, Any], details: dict[str, Any]) -> None:
        """The return's audit trail, and the order's history."""
        at = iso(self.state.clock.now())
        self.extra[return_id]["trail"].append(
            {"action": action, "user_name": user.get("name"), "timestamp": at, "details": details}
        )
        item = self.returns[return_id]
        self.history.activities_of(self.state.index.index_of(item["order_id"])).append(
            {
                "id": self.state.next_activity_id(),
                "description": f"Return {item['reference']} {action.replace('_', ' ')}",
                "event": f"return_{action}",
                "log_name": "return",
                "properties": {"return_id": return_id, "reference": item["reference"], **details},
                "causer_id": user.get("id"),
                "username": user.get("name"),
                "user": {"id": user.get("id"), "name": user.get("name")},
                "created_at": at,
            }
        )

    def _log(
        self,
        return_id: str,
        kind: str,
        action: str,
        user: dict[str, Any],
        request_id: str | None,
        sent: Any,
        details: dict[str, Any],
    ) -> None:
        """A clerk's write: the write log (with its request id) and the audit trail."""
        self.state.clock.check_deadline()
        self._trail(return_id, action, user, details)
        log_write(self.state, kind, request_id, sent, self.returns[return_id]["order_id"], return_id=return_id)


def returns_room(
    returns: Returns,
    method: str,
    path: str,
    params: dict[str, str],
    body: Callable[[], Any],
    who: tuple[dict[str, Any], str | None, bool],
) -> tuple[int, Any] | None:
    """``(status, answer)`` for a returns or credit-notes request; None when the path is neither's.

    ``who`` is the user, the request id, and whether the company is the one with the data (the
    other company has none: empty lists, 404s).
    """
    user, request_id, own = who
    if path in (BASE, NOTES) and method == "GET" and not own:
        require(user, "returns.view" if path == BASE else "orders.view")
        return 200, envelope([], 0, 1, 15, params, "", "pagination")
    if path == NOTES and method == "GET":
        return 200, returns.notes.list_notes(params, user)
    if (match := _NOTE.match(path)) and method == "GET":
        if not own:
            raise DemoError(404, {"status": "error", "code": 404, "data": None, "message": "Credit note not found."})
        return 200, returns.notes.show_note(match["id"], user)
    if path == BASE:
        if method == "GET":
            return 200, returns.list_returns(params, user)
        if method == "POST":
            if not own:
                raise unprocessable({"order_id": ["The selected order id is invalid."]})
            return 200, returns.create(body(), user, request_id)
        return None
    match = _ONE.match(path)
    if match is None:
        return None
    if not own:
        raise not_found()
    return_id, action = match["id"], match["action"]
    if action == "approve":
        return (200, returns.approve(return_id, body(), user, request_id)) if method == "PATCH" else None
    if action == "audit":
        return (200, returns.audit(return_id, user)) if method == "GET" else None
    answers: dict[str, Callable[[], Any]] = {
        "GET": lambda: returns.show(return_id, user),
        "PUT": lambda: returns.replace(return_id, body(), user, request_id),
        "PATCH": lambda: returns.set_status(return_id, params, body(), user, request_id),
        "DELETE": lambda: returns.delete(return_id, user, request_id),
    }
    if method not in answers:
        return None
    answer = answers[method]()
    return (204 if method == "DELETE" else 200), answer
