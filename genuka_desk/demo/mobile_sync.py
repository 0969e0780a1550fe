"""Mobile Sync in the demo: ``POST /admin/sync/push`` and ``GET /admin/sync/pull`` (19-company-settings.md).

Push takes 1 to 50 operations, each with ``idempotency_key``, ``entity_type``
(product, customer, order, order_product, payment), ``operation`` (create,
update, delete), ``local_id`` and ``payload``; a missing or invalid one is a
422 for the whole request, nothing applied. Each operation then gets its own
result (``success``, ``server_id``, ``error``, ``conflict``,
``server_entity``). An applied operation's result is kept under its company
and key: the same key again (a retry, after a lost answer too) answers that
first result and applies nothing. A refused operation applied nothing, so its
key is not kept and a retry tries again.

The demo applies two pairs through the classic endpoints' own code:
``order``/``create`` (the payload is the body of ``POST /admin/orders``; the
result's ``server_id`` is the new order's id) and ``payment``/``create``
(``{order_id, amount, method, treasury_account_id, date?}``, as
``POST /admin/orders/{order}/payments`` takes it; ``server_id`` is the
payment's id). Any other pair answers ``success: false`` with a reason.

Pull lists the orders (and their payments) updated after ``cursor``, oldest
first, ``limit`` (1-100, default 50) changes a page; ``cursor`` in the answer
is the last change's time, to the whole second, and the next page holds
what changed in a later second: a page cut inside a second leaves that
second's other changes behind it, as on a server that compares times (a
client pulls from a little earlier and drops what it has). An order's
payments come right after it and a page never splits them. Products, customers and order
lines are not served (no changes of those types). The demo's write log names
each applied operation by its idempotency key.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from .creation import OrderCreation
from .errors import DemoError, invalid
from .payments import Payments
from .rows import Row
from .state import DemoState
from .values import iso, parse_time

ENTITY_TYPES = ("product", "customer", "order", "order_product", "payment")
OPERATIONS = ("create", "update", "delete")
REQUIRED = ("idempotency_key", "entity_type", "operation", "local_id", "payload")
MAX_OPERATIONS = 50
MAX_LIMIT = 100
DEFAULT_LIMIT = 50


def _unprocessable(errors: dict[str, list[str]]) -> DemoError:
    """Laravel's 422: the first message, and every field's."""
    first = next(iter(errors.values()))[0]
    more = len(errors) - 1
    message = first if not more else f"{first} (and {more} more error{'s' if more > 1 else ''})"
    return DemoError(422, {"message": message, "errors": errors})


def _operations(body: Any) -> list[dict[str, Any]]:
    """The operations of a push body, or the 422 that refuses the whole request."""
    operations = body.get("operations") if isinstance(body, dict) else None
    if not isinstance(operations, list) or not operations:
        # Laravel's "required" fails on an empty array as on a missing one.
        raise _unprocessable({"operations": ["The operations field is required."]})
    if len(operations) > MAX_OPERATIONS:
        raise _unprocessable({"operations": [f"The operations field must not have more than {MAX_OPERATIONS} items."]})
    errors: dict[str, list[str]] = {}
    for n, operation in enumerate(operations):
        if not isinstance(operation, dict):
            errors[f"operations.{n}"] = [f"The operations.{n} field must be an array."]
            continue
        for key in REQUIRED:
            value = operation.get(key)
            if value is None or value == "" or value == {} or value == []:
                errors[f"operations.{n}.{key}"] = [f"The operations.{n}.{key} field is required."]
            elif key == "payload" and not isinstance(value, dict):
                errors[f"operations.{n}.{key}"] = [f"The operations.{n}.{key} field must be an array."]
            elif key != "payload" and not isinstance(value, str):
                errors[f"operations.{n}.{key}"] = [f"The operations.{n}.{key} field must be a string."]
        for key, allowed in (("entity_type", ENTITY_TYPES), ("operation", OPERATIONS)):
            value = operation.get(key)
            if isinstance(value, str) and value and value not in allowed:
                errors[f"operations.{n}.{key}"] = [f"The selected operations.{n}.{key} is invalid."]
    if errors:
        raise _unprocessable(errors)
    return operations


def _refusal(exc: DemoError) -> str:
    """An operation's error text: the server's message, with each field's reason when there are several."""
    errors = exc.body.get("errors")
    if isinstance(errors, dict) and len(errors) > 1:
        return " ".join(str(m) for messages in errors.values() for m in messages)
    return str(exc.body.get("message") or "The operation was refused.")


def _documented_order(payload: dict[str, Any]) -> dict[str, Any]:
    """An order payload read as the reference's example shows it (``customer_id``, ``amount``, ``shop_id``) only.

    ``DemoStore.sync_order_shape = "documented"`` plays a server that reads
    nothing else: the lines sent are not read, the order gets one line of
    ``amount`` (0 when none is sent).
    """
    customer = {"id": payload["customer_id"]} if payload.get("customer_id") else payload.get("customer") or {}
    body: dict[str, Any] = {
        "customer": customer,
        "products": [{"title": "Vente", "price": payload.get("amount") or 0, "quantity": 1}],
    }
    if payload.get("shop_id"):
        body["shop_id"] = payload["shop_id"]
    return body


def _pull_params(params: dict[str, str]) -> tuple[float | None, set[str], int]:
    errors: dict[str, list[str]] = {}
    text = params.get("limit", str(DEFAULT_LIMIT)).strip()
    limit = int(text) if text.lstrip("-").isdigit() else None
    if limit is None:
        errors["limit"] = ["The limit field must be an integer."]
    elif not 1 <= limit <= MAX_LIMIT:
        errors["limit"] = [f"The limit field must be between 1 and {MAX_LIMIT}."]
    types = {t.strip() for t in params.get("entity_types", "").split(",") if t.strip()}
    if types - set(ENTITY_TYPES):
        errors["entity_types"] = ["The selected entity_types is invalid."]
    cursor = params.get("cursor")
    since = parse_time(cursor) if cursor else None
    if since is not None:
        since = float(math.floor(since))  # the server's times are whole seconds
    if cursor and since is None:
        errors["cursor"] = ["The cursor field must be a valid date."]
    if errors:
        raise _unprocessable(errors)
    assert limit is not None
    return since, types or set(ENTITY_TYPES), limit


def _stamp(seconds: float) -> str:
    return iso(datetime.fromtimestamp(seconds, UTC))


def _made_at(state: DemoState, row: Row) -> int:
    """The second an order was made on the server (a create may give an earlier ``created_at``)."""
    for entry in state.activities.get(row.index) or []:
        if entry.get("event") == "created":
            return math.floor(parse_time(str(entry.get("created_at") or "")) or row.created)
    return math.floor(row.created)


def _group(state: DemoState, row: Row, since: float | None, wanted: set[str]) -> list[dict[str, Any]]:
    """One order's changes after ``since``: the order, then its payments (deleted ones as ``delete``)."""
    body = state.body(row.index)
    group: list[dict[str, Any]] = []
    if "order" in wanted:
        made = _made_at(state, row)
        operation = "delete" if row.deleted else ("create" if since is None or made > since else "update")
        group.append({"entity_type": "order", "operation": operation, "entity": body})
    if "payment" in wanted:
        for payment in body.get("payments") or []:
            if not isinstance(payment, dict):
                continue
            made = math.floor(parse_time(str(payment.get("created_at") or "")) or 0)
            when = math.floor(parse_time(str(payment.get("updated_at") or "")) or made)
            if since is None or when > since:
                operation = "create" if since is None or made > since else "update"
                entity = {**payment, "order_id": row.id}
                group.append({"entity_type": "payment", "operation": operation, "entity": entity})
        for gone in state.deleted_payments:
            gone_at = math.floor(parse_time(str(gone.get("deleted_at") or "")) or 0)
            if gone.get("order_id") == row.id and (since is None or gone_at > since):
                group.append({"entity_type": "payment", "operation": "delete", "entity": dict(gone)})
    return group


class MobileSync:
    """Mobile Sync's push (with its ledger of applied operations) and pull."""

    def __init__(self, state: DemoState, creation: OrderCreation, payments: Payments) -> None:
        self.state = state
        self.creation = creation
        self.payments = payments
        # Each applied operation's result by (company, idempotency key). It lives with the store: a
        # server restarted on the same store keeps them, as a database would.
        self._ledger: dict[tuple[str, str], dict[str, Any]] = {}

    def push(self, company: str, body: Any, user: dict[str, Any], own_data: bool) -> dict[str, Any]:
        """``POST /admin/sync/push``: every operation's result, in the order sent (see the module's rules)."""
        operations = _operations(body)
        ledger = self._ledger
        results = []
        with self.state.lock:  # a retry racing its first try waits for it, then finds its result
            for operation in operations:
                kept = ledger.get((company, operation["idempotency_key"]))
                if kept is None:
                    kept = self._apply(operation, user, own_data)
                    if kept["success"]:
                        ledger[(company, operation["idempotency_key"])] = kept
                results.append(dict(kept))
        return {"results": results}

    def pull(self, params: dict[str, str], own_data: bool) -> dict[str, Any]:
        """``GET /admin/sync/pull``: the changes after ``cursor``, oldest first (see the module's rules)."""
        since, wanted, limit = _pull_params(params)
        cursor = None if since is None else _stamp(since)
        if not own_data:
            return {"cursor": cursor, "has_more": False, "changes": []}
        state = self.state
        changes: list[dict[str, Any]] = []
        has_more = False
        with state.lock:
            pool = state.index.rows if since is None else state.index.updated_since(since + 1)
            # Compared to the second, as the server's updated_at columns hold them.
            rows = sorted(pool, key=lambda r: (math.floor(r.updated), r.index))
            for n, row in enumerate(rows):
                group = _group(state, row, since, wanted)
                if not group:
                    continue
                if changes and len(changes) + len(group) > limit:
                    has_more = True
                    break
                # An order with more changes than a page holds is cut (the rest of it is not served).
                changes += group[:limit]
                cursor = _stamp(math.floor(row.updated))
                if len(changes) >= limit:
                    has_more = n + 1 < len(rows)
                    break
        return {"cursor": cursor, "has_more": has_more, "changes": changes}

    def _payment(self, payload: dict[str, Any], user: dict[str, Any], key: str) -> str | None:
        """Record a payment as ``POST /orders/{order}/payments`` does; its id (the classic answer has none)."""
        order_id = payload.get("order_id")
        if not isinstance(order_id, str) or not order_id:
            raise invalid({"order_id": ["The order id field is required."]})
        index = self.state.index.index_of(order_id)

        def ids() -> list[Any]:
            return [p.get("id") for p in self.state.body(index).get("payments") or [] if isinstance(p, dict)]

        before = set(ids())
        self.payments.add_payment(order_id, {k: v for k, v in payload.items() if k != "order_id"}, user, key)
        made = [i for i in ids() if i not in before]
        return str(made[0]) if len(made) == 1 else None

    def _apply(self, operation: dict[str, Any], user: dict[str, Any], own_data: bool) -> dict[str, Any]:
        """Apply one operation through the classic endpoints' code; its result (refused: ``success`` false)."""
        key = operation["idempotency_key"]
        result: dict[str, Any] = {
            "idempotency_key": key,
            "success": False,
            "server_id": None,
            "error": None,
            "conflict": False,
            "server_entity": None,
        }
        pair = (operation["entity_type"], operation["operation"])
        if not own_data:
            return result | {"error": "This company has no data on the demo server."}
        try:
            if pair == ("order", "create"):
                payload = operation["payload"]
                if self.state.sync_order_shape == "refuse":
                    return result | {"error": "Unsupported order payload."}
                if self.state.sync_order_shape == "documented":
                    payload = _documented_order(payload)
                order = self.creation.create_order(payload, user, key)
                return result | {"success": True, "server_id": order["id"]}
            if pair == ("payment", "create"):
                return result | {"success": True, "server_id": self._payment(operation["payload"], user, key)}
        except DemoError as exc:
            return result | {"error": _refusal(exc)}
        return result | {"error": f"The demo server does not apply {pair[0]} {pair[1]} operations."}
