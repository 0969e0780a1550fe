"""Local checks of a sale before it is queued: what the server would refuse, and what a clerk would regret.

Problems use the same :class:`~.validation.FieldProblem` as edits (a stable
code for the GUI's words, an English message for the CLI), keyed by where
they are: ``customer``, ``customer.phone``, ``lines``, ``lines.<key>.price``,
``shipping.address.city``, ``billing.amount``...
"""

from __future__ import annotations

from decimal import Decimal

from .address import is_valid_email
from .new_order import NewOrder
from .phone import normal_phone
from .validation import FieldProblem, check_price, check_quantity
from .write_body import REQUIRED_ADDRESS


def validate_new_order(draft: NewOrder) -> list[FieldProblem]:
    """Every problem with ``draft`` (empty when it can be queued)."""
    problems: list[FieldProblem] = []

    def add(key: str, found: tuple[str, str] | None) -> None:
        if found:
            problems.append(FieldProblem(key, *found))

    customer = draft.customer
    if not customer.id and not customer.name and not customer.phone:
        add("customer", ("customer_required", "Choose a customer, or give a name or a phone number."))
    if customer.phone and normal_phone(customer.phone) != customer.phone:
        add("customer.phone", ("phone_invalid", "The phone number is not valid (digits, optional +)."))
    if customer.email and not is_valid_email(customer.email):
        add("customer.email", ("email_invalid", "The email address is not valid."))
    if not draft.lines:
        add("lines", ("lines_empty", "An order needs at least one line."))
    for line in draft.lines:
        key = f"lines.+{line.key}"
        if not line.title.strip():
            add(f"{key}.title", ("title_required", "A line needs a title."))
        add(f"{key}.quantity", check_quantity(line.quantity))
        add(f"{key}.price", check_price(line.price))
    if draft.mode not in ("pickup", "delivery"):
        add("shipping.mode", ("mode_unknown", "The shipping mode must be delivery or pickup."))
    if draft.mode == "delivery" and not draft.address_id:
        for name in REQUIRED_ADDRESS:
            if not (draft.address.get(name) or "").strip():
                add(f"shipping.address.{name}", ("address_required", "Street, city and country are required."))
    if draft.shipping_amount is not None and check_price(draft.shipping_amount):
        add("shipping.amount", ("amount_invalid", "The shipping amount must be a number, 0 or more."))
    paid = draft.paid_amount
    if paid is not None:
        if check_price(paid):
            add("billing.amount", ("amount_invalid", "The amount paid must be a number, 0 or more."))
        elif paid > draft.total:
            add("billing.amount", ("paid_too_much", "The amount paid is more than the total (give the change)."))
        if paid and paid > Decimal(0) and not draft.method:
            add("billing.method", ("method_required", "Choose how the customer paid."))
        elif paid and paid > Decimal(0) and not draft.treasury_account_id:
            # The payment recorded once the order exists needs its account (POST .../payments).
            add(
                "billing.treasury_account_id",
                ("account_required", "Choose the account the money goes into (sync once to know the accounts)."),
            )
    return problems
