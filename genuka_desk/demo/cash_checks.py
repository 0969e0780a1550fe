"""The rules of the cash register's request bodies, as 08-payments-pos.md lists them: 422 when one fails.

Open: ``treasury_account_id`` required and known; ``balance_start`` a
number, at least 0 (0 when absent); ``cash_count_details`` required when
``balance_start > 0``, each item a known ``denomination_id`` and an integer
``quantity`` of at least 0; ``metadata`` an object, ``metadata.notes`` at
most 500 characters. Close: ``balance_counted`` a number, at least 0 (0
when absent), ``difference_reason`` one of the documented reasons,
``notes`` at most 1000 characters, the same ``cash_count_details``.
Approve: ``notes`` at most 1000. Reject: ``reason`` required, at most 1000.

One rule the reference does not write, and the demo keeps (never friendlier
than Genuka): a count's details must add up to the balance it comes with
(``balance_start`` when opening, ``balance_counted`` when closing), to the
franc; otherwise the count and the figure would say two things.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .errors import unprocessable
from .state import DemoState
from .values import number

REASONS = (
    "none",
    "rounding",
    "change_mistake",
    "lost_receipt",
    "system_error",
    "found_cash",
    "suspected_theft",
    "other",
)


def _object(body: Any) -> dict[str, Any]:
    return body if isinstance(body, dict) else {}


def _amount(body: dict[str, Any], key: str, errors: dict[str, list[str]]) -> Decimal:
    """A ``min:0`` number (0 when absent)."""
    raw = body.get(key)
    if raw is None:
        return Decimal(0)
    found = number(raw)
    label = key.replace("_", " ")
    if found is None:
        errors[key] = [f"The {label} field must be a number."]
        return Decimal(0)
    if found < 0:
        errors[key] = [f"The {label} field must be at least 0."]
    return found


def _text(body: dict[str, Any], key: str, limit: int, errors: dict[str, list[str]], path: str = "") -> str | None:
    """An optional string of at most ``limit`` characters."""
    raw = body.get(key)
    name = path or key
    if raw is None:
        return None
    if not isinstance(raw, str):
        errors[name] = [f"The {name} field must be a string."]
        return None
    if len(raw) > limit:
        errors[name] = [f"The {name} field must not be greater than {limit} characters."]
    return raw


def _quantity(raw: Any) -> int | None:
    """Laravel's ``integer``: an int, or a string of one (never a boolean)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
        return int(raw.strip())
    return None


def count_details(state: DemoState, body: dict[str, Any], errors: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The ``cash_count_details`` sent, checked item by item: ``[{denomination_id, quantity}]``."""
    raw = body.get("cash_count_details")
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors["cash_count_details"] = ["The cash count details field must be an array."]
        return []
    details = []
    for n, item in enumerate(raw):
        item = _object(item)
        key = f"cash_count_details.{n}"
        denomination = item.get("denomination_id")
        if not isinstance(denomination, str) or not denomination:
            errors[f"{key}.denomination_id"] = [f"The {key}.denomination_id field is required."]
        elif state.denominations.value_of(denomination) is None:
            errors[f"{key}.denomination_id"] = [f"The selected {key}.denomination_id is invalid."]
        quantity = _quantity(item.get("quantity"))
        if item.get("quantity") is None:
            errors[f"{key}.quantity"] = [f"The {key}.quantity field is required."]
        elif quantity is None:
            errors[f"{key}.quantity"] = [f"The {key}.quantity field must be an integer."]
        elif quantity < 0:
            errors[f"{key}.quantity"] = [f"The {key}.quantity field must be at least 0."]
        details.append({"denomination_id": denomination, "quantity": quantity or 0})
    return details


def _adds_up(state: DemoState, details: list[dict[str, Any]], balance: Decimal, key: str) -> list[str]:
    """The demo's own rule: the details add up to the balance they come with."""
    total = sum((state.denominations.value_of(d["denomination_id"]) or Decimal(0)) * d["quantity"] for d in details)
    if total == balance:
        return []
    return [f"The cash count details add up to {total:f}, not the {key.replace('_', ' ')} of {balance:f}."]


def check_open(state: DemoState, company: str, body: Any) -> dict[str, Any]:
    """The fields of an opening, checked; a 422 naming every field that fails."""
    body = _object(body)
    errors: dict[str, list[str]] = {}
    account = body.get("treasury_account_id")
    accounts = {a["id"] for a in state.data.treasury_accounts if a.get("company_id") == company}
    if not isinstance(account, str) or not account:
        errors["treasury_account_id"] = ["The treasury account id field is required."]
    elif account not in accounts:
        errors["treasury_account_id"] = ["The selected treasury account id is invalid."]
    balance = _amount(body, "balance_start", errors)
    details = count_details(state, body, errors)
    if balance > 0 and not body.get("cash_count_details") and "balance_start" not in errors:
        message = "The cash count details field is required when balance start is greater than 0."
        errors["cash_count_details"] = [message]
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        errors["metadata"] = ["The metadata field must be an array."]
    elif isinstance(metadata, dict):
        _text(metadata, "notes", 500, errors, "metadata.notes")
    if not errors and details and (wrong := _adds_up(state, details, balance, "balance_start")):
        errors["cash_count_details"] = wrong
    if errors:
        raise unprocessable(errors)
    return {"treasury_account_id": account, "balance_start": balance, "details": details, "metadata": metadata}


def check_close(state: DemoState, body: Any) -> dict[str, Any]:
    """The fields of a closing, checked; a 422 naming every field that fails."""
    body = _object(body)
    errors: dict[str, list[str]] = {}
    counted = _amount(body, "balance_counted", errors)
    reason = body.get("difference_reason")
    if reason is not None and reason not in REASONS:
        errors["difference_reason"] = ["The selected difference reason is invalid."]
    notes = _text(body, "notes", 1000, errors)
    details = count_details(state, body, errors)
    if not errors and details and (wrong := _adds_up(state, details, counted, "balance_counted")):
        errors["cash_count_details"] = wrong
    if errors:
        raise unprocessable(errors)
    return {"balance_counted": counted, "difference_reason": reason, "notes": notes, "details": details}


def check_notes(body: Any) -> str | None:
    """An approval's optional ``notes``."""
    errors: dict[str, list[str]] = {}
    notes = _text(_object(body), "notes", 1000, errors)
    if errors:
        raise unprocessable(errors)
    return notes


def check_reason(body: Any) -> str:
    """A rejection's required ``reason``."""
    errors: dict[str, list[str]] = {}
    reason = _text(_object(body), "reason", 1000, errors)
    if not errors and not (reason or "").strip():
        errors["reason"] = ["The reason field is required."]
    if errors:
        raise unprocessable(errors)
    return str(reason)
