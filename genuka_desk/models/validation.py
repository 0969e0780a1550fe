"""Local validation of a clerk's edit, before anything is queued.

Each problem carries a stable ``code`` (the GUI words it in the clerk's
language) and an English ``message`` (for the CLI and the log).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .address import is_valid_email
from .coerce import to_datetime, to_decimal
from .edits import EDITABLE_FIELDS, OrderEdit
from .enums import BillingStatus, ShippingMode, ShippingStatus
from .order import Order
from .write_body import missing_address_parts

MAX_QUANTITY = 1_000_000
MAX_PRICE = Decimal(10) ** 12

_PHONE = re.compile(r"^\+?[0-9 ().\-]{6,24}$")


@dataclass(frozen=True)
class FieldProblem:
    """Why one touched key cannot be saved."""

    key: str
    code: str
    message: str


def is_valid_phone(text: str) -> bool:
    """Digits with the usual separators and an optional leading +, 6 to 15 digits."""
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE.match(text.strip())) and 6 <= digits <= 15


def check_quantity(value: Any) -> tuple[str, str] | None:
    """A whole number from 1 up; returns (code, message) when it is not."""
    if isinstance(value, bool) or not isinstance(value, int):
        number = to_decimal(value)
        if number is None or number != number.to_integral_value():
            return "quantity_whole", "The quantity must be a whole number."
        value = int(number)
    if value < 1:
        return "quantity_min", "The quantity must be at least 1."
    if value > MAX_QUANTITY:
        return "quantity_max", f"The quantity cannot exceed {MAX_QUANTITY}."
    return None


def check_price(value: Any) -> tuple[str, str] | None:
    """A number from 0 up; returns (code, message) when it is not."""
    number = value if isinstance(value, Decimal) else to_decimal(value)
    if number is None:
        return "price_number", "The price must be a number."
    if number < 0:
        return "price_min", "The price cannot be negative."
    if number > MAX_PRICE:
        return "price_max", "The price is too large."
    return None


def _check_field(key: str, value: Any) -> tuple[str, str] | None:
    if key not in EDITABLE_FIELDS:
        return "not_editable", f"The field {key} cannot be edited."
    name = key.rsplit(".", 1)[-1]
    text = value.strip() if isinstance(value, str) else value
    if key == "shipping.status":
        if not isinstance(value, str) or ShippingStatus.parse(value) in (ShippingStatus.UNKNOWN,):
            return "status_unknown", f"Unknown fulfilment status: {value!r}."
    elif key == "billing.status":
        if not isinstance(value, str) or BillingStatus.parse(value) is BillingStatus.UNKNOWN:
            return "status_unknown", f"Unknown payment status: {value!r}."
    elif key == "shipping.mode":
        if not isinstance(value, str) or ShippingMode.parse(value) is ShippingMode.UNKNOWN:
            return "mode_unknown", "The shipping mode must be delivery or pickup."
    elif key == "discounts":  # the shop's discounts by code: [{discount_id, code}]
        if not isinstance(value, list) or not all(
            isinstance(i, dict) and (i.get("discount_id") or i.get("code")) for i in value
        ):
            return "discounts_invalid", "Each discount needs its id or its code."
    elif key == "shipping.amount":
        problem = check_price(value)
        if problem:
            return "amount_invalid", "The shipping amount must be a number, 0 or more."
    elif name == "scheduled_at":
        if text not in (None, "") and to_datetime(text) is None:
            return "date_invalid", "The date is not valid."
    elif name == "email":
        if text not in (None, "") and not (isinstance(text, str) and is_valid_email(text)):
            return "email_invalid", "The email address is not valid."
    elif name == "phone":
        if text not in (None, "") and not (isinstance(text, str) and is_valid_phone(text)):
            return "phone_invalid", "The phone number is not valid (digits, optional +)."
    elif value is not None and not isinstance(value, str):
        return "text_expected", f"The field {key} takes text."
    elif isinstance(value, str) and len(value) > 500:
        return "text_too_long", "The text is too long (500 characters at most)."
    return None


HIDDEN_DISCOUNTS = (
    "This order has line discounts the server does not show on its lines: change its lines on Genuka, "
    "so the discounts are not lost."
)


def hidden_line_discounts(order: Order) -> bool:
    """Whether the billing counts line discounts none of the lines shows (a line edit could not keep them)."""
    billing = order.billing
    total = billing.line_discounts_total if billing is not None else None
    if not total or total <= 0:
        return False
    rows = order.raw_view.get("order_products")
    shown = [r.get("discounts") for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    return not any(isinstance(d, list) and d for d in shown)


def validate_edit(order: Order, edit: OrderEdit) -> list[FieldProblem]:
    """Every problem with ``edit`` against ``order`` (empty when it can be queued)."""
    problems: list[FieldProblem] = []

    def add(key: str, found: tuple[str, str] | None) -> None:
        if found:
            problems.append(FieldProblem(key, *found))

    if order.cancelled and not edit.is_empty():
        # Genuka keeps cancelled orders for the record; the desk does not write to them.
        return [FieldProblem("order", "order_cancelled", "This order is cancelled; it cannot be changed.")]
    for key, value in edit.fields.items():
        add(key, _check_field(key, value))
    flagged = {problem.key for problem in problems}
    for key in missing_address_parts(order.raw_view, edit):
        # The server refuses an inline address without these (a 422 the clerk would meet later).
        if key not in flagged:
            add(key, ("address_required", "Street, city and country are required in an address."))

    known = {line.id for line in order.lines if line.id}
    known |= {
        "+" + str(line.metadata.get("genuka_desk_line_key"))
        for line in order.lines
        if line.metadata and line.metadata.get("genuka_desk_line_key")
    }
    for line_id, change in edit.lines.items():
        if line_id not in known:
            add(f"lines.{line_id}", ("line_unknown", f"The order has no line {line_id}."))
            continue
        if change.quantity is not None:
            add(f"lines.{line_id}.quantity", check_quantity(change.quantity))
        if change.price is not None:
            add(f"lines.{line_id}.price", check_price(change.price))
    for line_id in edit.removed_lines:
        if line_id not in known:
            add(f"lines.{line_id}", ("line_unknown", f"The order has no line {line_id}."))
    if (edit.lines or edit.removed_lines or edit.added_lines) and hidden_line_discounts(order):
        # products[] replaces every line: discounts the desk cannot see on them could be lost with it.
        add("lines", ("line_discounts_hidden", HIDDEN_DISCOUNTS))
    for line in edit.added_lines:
        key = f"lines.+{line.key}"
        if not line.product_id:
            add(key, ("product_missing", "Choose a product for the new line."))
        add(f"{key}.quantity", check_quantity(line.quantity))
        add(f"{key}.price", check_price(line.price))
    remaining = len(known - set(edit.removed_lines)) + len(edit.added_lines)
    if edit.removed_lines and remaining == 0:
        problems.append(FieldProblem("lines", "lines_empty", "An order needs at least one line."))
    problems += _final_invoice_problems(order, edit)
    return problems


FINAL_INVOICE = "A paid final invoice fixes the lines: they can be added or raised, not removed or lowered."


def _final_invoice_problems(order: Order, edit: OrderEdit) -> list[FieldProblem]:
    """Genuka refuses to remove or lower a line once a final invoice is paid: say so before the clerk tries."""
    final = any(i.is_final and (i.status or "").lower() == "paid" for i in order.invoices)
    if not final:
        return []
    problems = [FieldProblem(f"lines.{line_id}", "final_invoice", FINAL_INVOICE) for line_id in edit.removed_lines]
    for line_id, change in edit.lines.items():
        held = order.line(line_id)
        if change.quantity is not None and held is not None and change.quantity < (held.quantity or 0):
            problems.append(FieldProblem(f"lines.{line_id}.quantity", "final_invoice", FINAL_INVOICE))
    return problems
