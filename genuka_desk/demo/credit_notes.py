"""Credit notes in the demo, read only as documented (06-orders-sales.md, "Credit Notes").

``GET /admin/credit-notes`` filters (``source_id``, ``source_type``,
``company_id``, ``status``, ``reference`` partly, ``order_id``, ``search``
over reference, status and beneficiary name), sorts (``amount``,
``reference``, ``status``, ``beneficiary.name``, ``issued_at``; by default
``-created_at``; another sort is a 400, as Spatie answers it) and pages in
the ``{"data", "pagination"}`` envelope; ``GET /admin/credit-notes/{id}``
shows one, or a 404. Nothing documented writes one: the demo makes them
when a return is approved on an order already paid beyond its new total
(:mod:`.returns`). The reading permission is not documented; the demo asks
for ``orders.view``, as the order they come from.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .accounts import require
from .errors import DemoError, invalid
from .pages import envelope, page_params
from .state import DemoState
from .values import as_object, iso, json_number, number, ulid

SORTABLE = ("amount", "reference", "status", "beneficiary.name", "issued_at", "created_at")
_ORDER_TYPES = ("Order", "App\\Models\\Order")


def _not_found() -> DemoError:
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "Credit note not found."})


def _beneficiary_name(note: dict[str, Any]) -> str:
    who = as_object(note.get("beneficiary"))
    return f"{who.get('first_name') or ''} {who.get('last_name') or ''}".strip()


class CreditNotes:
    """The credit notes the demo made, and their two read routes."""

    def __init__(self, state: DemoState) -> None:
        self.state = state
        self.notes: list[dict[str, Any]] = []  # oldest first; kept as made (the source is shown at read time)

    def issue(self, order: dict[str, Any], amount: Decimal, lines: list[dict[str, Any]], reason: str) -> dict[str, Any]:
        """A new ``pending`` credit note of ``amount`` on ``order`` for its customer (``CN-0001``, ...)."""
        state = self.state
        now = iso(state.clock.now())
        note_id = ulid(state.rng, state.clock.now())
        customer = as_object(order.get("customer"))
        note = {
            "id": note_id,
            "reference": f"CN-{len(self.notes) + 1:04d}",
            "amount": json_number(amount),
            "status": "pending",
            "reason": reason,
            "issued_at": now,
            "refunded_at": None,
            "cancelled_at": None,
            "metadata": {},
            "company_id": state.data.company_id,
            "creditable_id": None,
            "creditable_type": None,
            "creditable": None,
            "beneficiary_id": order.get("customer_id") or customer.get("id"),
            "beneficiary_type": "Customer",
            "beneficiary": copy.deepcopy(customer) or None,
            "source_id": order["id"],
            "source_type": "Order",
            "lines": [
                {**line, "id": n + 1, "credit_note_id": note_id, "tax_id": None, "tax": None}
                | {"discount_id": None, "discount": None}
                for n, line in enumerate(lines)
            ],
            "taxes": [],
            "book_entries": [],
            "payments": [],
            "refund_amount": 0,
            "created_at": now,
            "updated_at": now,
        }
        self.notes.append(note)
        return note

    def paid_back(self, order_id: str, amount: Decimal) -> None:
        """``amount`` paid beyond the order's total went back to its customer: its pending credit notes, oldest
        first, are refunded by it (``refund_amount``; ``refunded`` once whole). A demo reading: nothing documented
        links a payment write to a credit note (see :mod:`.return_money`)."""
        now = iso(self.state.clock.now())
        for note in self.notes:
            if amount <= 0:
                break
            if note["source_id"] != order_id or note["status"] != "pending":
                continue
            owed = (number(note["amount"]) or Decimal(0)) - (number(note["refund_amount"]) or Decimal(0))
            part = min(owed, amount)
            amount -= part
            note["refund_amount"] = json_number((number(note["refund_amount"]) or Decimal(0)) + part)
            note["updated_at"] = now
            if part >= owed:
                note.update(status="refunded", refunded_at=now)

    def used_up(self, order_id: str, amount: Decimal) -> None:
        """``amount`` of what was paid beyond the order's total went to a raise of its lines: its pending credit
        notes, oldest first, are lowered by it (``cancelled`` once nothing is left of one). A demo reading."""
        now = iso(self.state.clock.now())
        for note in self.notes:
            if amount <= 0:
                break
            if note["source_id"] != order_id or note["status"] != "pending":
                continue
            owed = (number(note["amount"]) or Decimal(0)) - (number(note["refund_amount"]) or Decimal(0))
            part = min(owed, amount)
            amount -= part
            note["amount"] = json_number((number(note["amount"]) or Decimal(0)) - part)
            note["updated_at"] = now
            if part >= owed:
                note["status"] = "cancelled"

    def of_order(self, order_id: str) -> list[dict[str, Any]]:
        """The credit notes whose source is this order (without their ``source``), oldest first."""
        return [copy.deepcopy(n) for n in self.notes if n["source_id"] == order_id]

    def shown(self, note: dict[str, Any]) -> dict[str, Any]:
        """One credit note as the API shows it: its source order's body loaded."""
        body = copy.deepcopy(note)
        try:
            index = self.state.index.index_of(str(note["source_id"]))
        except DemoError:
            body["source"] = None
        else:
            body["source"] = self.state.body(index)
        return body

    def list_notes(self, params: dict[str, str], user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/credit-notes``."""
        require(user, "orders.view")
        sort = params.get("sort", "-created_at")
        field = sort.lstrip("-")
        if field not in SORTABLE:
            raise invalid({"sort": [f"Requested sort(s) `{field}` is not allowed."]})
        with self.state.lock:
            notes = [n for n in self.notes if self._matches(n, params)]
            notes = sorted(notes, key=lambda n: self._sort_key(n, field), reverse=sort.startswith("-"))
            page, per_page = page_params(params)
            chosen = [self.shown(n) for n in notes[(page - 1) * per_page : page * per_page]]
        return envelope(chosen, len(notes), page, per_page, params, "", "pagination")

    def show_note(self, note_id: str, user: dict[str, Any]) -> dict[str, Any]:
        """``GET /admin/credit-notes/{id}``."""
        require(user, "orders.view")
        with self.state.lock:
            note = next((n for n in self.notes if n["id"] == note_id), None)
            if note is None:
                raise _not_found()
            return self.shown(note)

    @staticmethod
    def _sort_key(note: dict[str, Any], field: str) -> tuple[Any, str]:
        if field == "amount":
            return number(note["amount"]) or Decimal(0), note["id"]
        if field == "beneficiary.name":
            return _beneficiary_name(note).lower(), note["id"]
        return str(note.get(field) or ""), note["id"]

    @staticmethod
    def _matches(note: dict[str, Any], params: dict[str, str]) -> bool:
        exact = {
            "filter[source_id]": note["source_id"],
            "filter[order_id]": note["source_id"],
            "filter[company_id]": note["company_id"],
            "filter[status]": note["status"],
        }
        for key, value in exact.items():
            if params.get(key) and params[key] != value:
                return False
        source_type = params.get("filter[source_type]")
        if source_type and not (note["source_type"] == "Order" and source_type in _ORDER_TYPES):
            return False
        reference = params.get("filter[reference]", "").strip().lower()
        if reference and reference not in note["reference"].lower():
            return False
        search = params.get("filter[search]", "").strip().lower()
        haystack = (note["reference"], note["status"], _beneficiary_name(note))
        return not search or any(search in text.lower() for text in haystack)
