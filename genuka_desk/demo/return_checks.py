"""A return's body checked as 07-discounts-delivery.md's "Create a return" validates it, then against its order.

Validation is a 422 with every field's errors; a variant not in the order, or
more coming back than the order holds less what earlier returns took back,
is a business refusal: a 500 with a message, as Genuka answers it. A create
or PUT ``confirmed`` or ``done`` is refused too (the demo's reading: a
return is confirmed only through its approval, see :mod:`.returns`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DemoError, unprocessable
from .state import DemoState
from .stocks import warehouses
from .values import as_object, parse_time

STATUSES = ("draft", "waiting_approval", "confirmed", "done", "cancelled")
REASONS = ("defective", "nonconforming", "delivery", "dissatisfaction")


def not_found() -> DemoError:
    return DemoError(404, {"status": "error", "code": 404, "data": None, "message": "Return not found."})


def refused(message: str) -> DemoError:
    return DemoError(500, {"message": message})


def text(body: dict[str, Any], key: str, errors: dict[str, list[str]], label: str, field: str = "") -> str | None:
    """An optional text of at most 500 characters (its error under ``field``, else ``key``)."""
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        errors[field or key] = [f"The {label} field must be a string."]
    elif len(value) > 500:
        errors[field or key] = [f"The {label} field must not be greater than 500 characters."]
    return value if isinstance(value, str) else None


def checked(state: DemoState, body: Any, taken: Callable[[str], dict[str, int]]) -> dict[str, Any]:
    """The fields of a create or PUT, validated (422) then held against the order (500).

    ``taken``: what earlier returns of an order (not this one) took back, by variant.
    """
    body = body if isinstance(body, dict) else {}
    errors: dict[str, list[str]] = {}
    order_id, index = body.get("order_id"), None
    if not isinstance(order_id, str) or not order_id:
        errors["order_id"] = ["The order id field is required."]
    else:
        try:
            index = state.index.index_of(order_id)
        except DemoError:
            errors["order_id"] = ["The selected order id is invalid."]
    status = body.get("status")
    if status is None or status == "":
        errors["status"] = ["The status field is required."]
    elif status not in STATUSES:
        errors["status"] = ["The selected status is invalid."]
    lines = _lines(state, body.get("lines"), errors)
    comment = text(body, "comment", errors, "comment")
    customer = body.get("customer_id")
    known = {c["id"] for c in state.data.customers} | {c["id"] for c in state.created_customers}
    if customer is not None and customer not in known:
        errors["customer_id"] = ["The selected customer id is invalid."]
    warehouse = body.get("warehouse_id")
    if warehouse is not None and warehouse not in {w["id"] for w in warehouses(state)}:
        errors["warehouse_id"] = ["The selected warehouse id is invalid."]
    when = body.get("return_date")
    if when is not None and (not isinstance(when, str) or parse_time(when) is None):
        errors["return_date"] = ["The return date field must be a valid date."]
    if errors:
        raise unprocessable(errors)
    assert index is not None
    if status in ("confirmed", "done"):
        raise refused(f"A return cannot be set to {status} here: it is confirmed through its approval.")
    order = state.body(index)
    _hold(order, lines, taken(order["id"]))
    return {"order": order, "status": status, "lines": lines, "comment": comment, "customer": customer} | {
        "return_date": when,
        "warehouse": warehouse,
    }


def _lines(state: DemoState, lines: Any, errors: dict[str, list[str]]) -> list[dict[str, Any]]:
    if lines is None:
        errors["lines"] = ["The lines field is required."]
        return []
    if not isinstance(lines, list) or not lines:
        errors["lines"] = ["The lines field must have at least 1 items."]
        return []
    variants = {v["id"]: v for p in state.data.products for v in p["variants"]}
    kept = []
    for n, line in enumerate(lines):
        line = line if isinstance(line, dict) else {}
        variant, quantity, reason = line.get("variant_id"), line.get("quantity"), line.get("reason")
        if variant is None or variant == "":
            errors[f"lines.{n}.variant_id"] = [f"The lines.{n}.variant_id field is required."]
        elif variant not in variants:
            errors[f"lines.{n}.variant_id"] = [f"The selected lines.{n}.variant_id is invalid."]
        if quantity is None:
            errors[f"lines.{n}.quantity"] = [f"The lines.{n}.quantity field is required."]
        elif not isinstance(quantity, int) or isinstance(quantity, bool):
            errors[f"lines.{n}.quantity"] = [f"The lines.{n}.quantity field must be an integer."]
        elif quantity < 1:
            errors[f"lines.{n}.quantity"] = [f"The lines.{n}.quantity field must be at least 1."]
        if reason is None or reason == "":
            errors[f"lines.{n}.reason"] = [f"The lines.{n}.reason field is required."]
        elif reason not in REASONS:
            errors[f"lines.{n}.reason"] = [f"The selected lines.{n}.reason is invalid."]
        comment = text(line, "comment", errors, f"lines.{n}.comment", f"lines.{n}.comment")
        if variant in variants:
            title = variants[variant]["title"]
            kept.append(
                {"variant_id": variant, "title": title, "quantity": quantity, "reason": reason} | {"comment": comment}
            )
    return kept


def _hold(order: dict[str, Any], lines: list[dict[str, Any]], taken: dict[str, int]) -> None:
    """500 when a variant is not in the order, or more comes back than it holds less earlier returns."""
    held: dict[str, int] = {}
    for entry in order.get("order_products") or []:
        if isinstance(entry, dict) and entry.get("variant_id"):
            held[entry["variant_id"]] = held.get(entry["variant_id"], 0) + int(entry.get("quantity") or 0)
    asked: dict[str, int] = {}
    for line in lines:
        asked[line["variant_id"]] = asked.get(line["variant_id"], 0) + line["quantity"]
    for variant, quantity in asked.items():
        if variant not in held:
            raise refused(f"The variant {variant} is not in order {order.get('reference')}.")
        left = held[variant] - taken.get(variant, 0)
        if quantity > left:
            raise refused(f"Quantity exceeded for variant {variant}: {quantity} asked, {max(left, 0)} returnable.")


def matches(item: dict[str, Any], params: dict[str, str], email: str | None) -> bool:
    """Whether a return passes the list's documented filters (``email``: its customer's, for the search)."""
    customer = as_object(item.get("customer"))
    for key, value in (
        ("filter[status]", item["status"]),
        ("filter[order_id]", item["order_id"]),
        ("filter[customer_id]", customer.get("id")),
    ):
        if params.get(key) and params[key] != value:
            return False
    search = params.get("filter[search]", "").strip().lower()
    texts = (item["status"], item.get("source"), item["order"]["reference"], customer.get("first_name"), email)
    return not search or any(search in str(t).lower() for t in texts if t)
