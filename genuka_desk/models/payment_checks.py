"""A payment's local checks: what stops the desk from queueing it."""

from __future__ import annotations

from typing import Any

from .payment import NewPayment, balance_of
from .validation import FieldProblem


def validate_payment(raw: dict[str, Any], payment: NewPayment) -> list[FieldProblem]:
    """Why the payment cannot be taken on this order (nothing: it can)."""
    problems: list[FieldProblem] = []
    balance = balance_of(raw)
    if payment.amount <= 0:
        problems.append(FieldProblem("amount", "amount_min", "The amount must be more than 0."))
    elif payment.amount > balance:
        problems.append(
            FieldProblem("amount", "amount_over_balance", f"The amount is more than the balance due ({balance}).")
        )
    if not payment.method.strip():
        problems.append(FieldProblem("method", "method_required", "Choose how the customer paid."))
    if not payment.treasury_account_id.strip():
        problems.append(FieldProblem("treasury_account_id", "account_required", "Choose the account it goes into."))
    if payment.tendered is not None and payment.tendered < payment.amount:
        problems.append(FieldProblem("tendered", "tendered_short", "The cash handed over is less than the amount."))
    return problems
