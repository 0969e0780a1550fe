"""``PUT /orders/{id}``: the partial update, as the reference describes it (06-orders-sales.md).

What is sent is kept, what is not sent stays: top-level keys are read as
plain values (:data:`~.order_fields.ORDER_INPUTS`), the server's own keys are
ignored (:data:`~.order_fields.READ_ONLY`), and the keys with effects run
them (an address object creates an address row, ``customer`` is an upsert,
``billing.status`` runs payment processing, ``user_id`` needs its own
permission). ``type: simple`` changes only the metadata. Lines and amounts:
:mod:`.order_lines`. Order-level ``discounts: [{discount_id, code}]`` are
checked against the order as the PUT leaves it (:mod:`.discounts`: 422 for
an unknown one, 500 for a broken rule) and counted into its bill.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .accounts import require
from .credit_notes import CreditNotes
from .discounts import Discounts
from .errors import invalid, unauthorized
from .history import History
from .order_fields import (
    ADDRESS_KEYS,
    BILLING_COMPUTED,
    BILLING_STATUSES,
    DAY,
    EMAIL,
    ORDER_INPUTS,
    READ_ONLY,
    SHIPPING_MODES,
    SHIPPING_STATUSES,
)
from .order_lines import lines_from, recompute, replace_lines
from .order_status import apply_status
from .payments import paid_sum
from .state import DemoState
from .stocks import check_force, move_stock, taken
from .values import as_object, get_path, json_number, number


class OrderEdits:
    """Partial updates of an order: validated, merged key by key with their effects, recomputed, logged."""

    def __init__(self, state: DemoState, history: History, discounts: Discounts, notes: CreditNotes) -> None:
        self.state = state
        self.history = history
        self.discounts = discounts  # order-level discounts: checked against the order as it will be
        self.notes = notes  # what was paid beyond the total after a return: a raise uses it up

    def update_order(self, order_id: str, body: Any, user: dict[str, Any], request_id: str | None) -> dict[str, Any]:
        """``PUT /orders/{id}``: validate, keep what was sent, recompute amounts, log."""
        require(user, "orders.update")
        if not isinstance(body, dict):
            raise invalid({"body": ["The body must be an order object."]})
        state = self.state
        with state.lock:
            index = state.index.index_of(order_id)
            before = state.body(index)
            after = copy.deepcopy(before)
            if body.get("type") == "simple":
                if isinstance(body.get("metadata"), dict):
                    meta = as_object(after.get("metadata"))
                    after["metadata"] = {**meta, **body["metadata"]}
                effects: list[str] = []
            else:
                errors = self._check_fields(body)
                force = check_force(body)
                lines = lines_from(state, body, before, errors)
                effects = self._merge(after, body, user)
                if lines is not None:
                    replace_lines(state, after, before, lines)
                    # Only the difference moves; more than the shop holds needs force (stocks.py).
                    shop = str(after.get("shop_id") or state.data.shop_id)
                    move_stock(state, shop, taken(before), taken(after), state.clock.now(), check=not force)
                if "discounts" in body:
                    after["discounts"] = self.discounts.for_order(body["discounts"], after, index)
                    if not after["discounts"]:
                        after.setdefault("billing", {})["order_discounts_total"] = 0
                recompute(after, before)
                self._settle_surplus(before, after)
            return (
                self.history.commit(index, before, after, user, "update", request_id, sent=body, effects=effects)
                | state.full_parts()
            )

    def _settle_surplus(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        """What is owed counts every payment; a raise uses up what was paid beyond the old total.

        A return approved without money back leaves payments above the total and a pending credit note for the
        difference (return_money.py). A later raise of the lines takes from that surplus first, and the pending
        credit notes are lowered by what it took (a demo reading: nothing documented links an order's update to
        its credit notes), so owed - credit still equals total - payments.
        """
        paid = paid_sum(before)
        old, new = number(before.get("amount")) or Decimal(0), number(after.get("amount")) or Decimal(0)
        after["amount_due"] = json_number(max(new - max(paid, Decimal(0)), Decimal(0)))
        used = max(paid - old, Decimal(0)) - max(paid - new, Decimal(0))
        if used > 0:
            self.notes.used_up(str(after["id"]), used)

    def _check_fields(self, body: dict[str, Any]) -> dict[str, list[str]]:
        """The refusals of the fields a PUT sends: statuses, mode, amount, addresses, dates, treasury account."""
        errors: dict[str, list[str]] = {}
        status = get_path(body, "shipping.status")
        if status is not None and status not in SHIPPING_STATUSES:
            errors["shipping.status"] = ["The selected shipping.status is invalid."]
        status = get_path(body, "billing.status")
        if status is not None and status not in BILLING_STATUSES:
            errors["billing.status"] = ["The selected billing.status is invalid."]
        mode = get_path(body, "shipping.mode")
        if mode is not None and mode not in SHIPPING_MODES:
            errors["shipping.mode"] = ["The selected shipping.mode is invalid."]
        amount = get_path(body, "shipping.amount")
        if amount is not None and ((n := number(amount)) is None or n < 0):
            errors["shipping.amount"] = ["The shipping.amount must be a number of at least 0."]
        for side in ("billing", "shipping"):
            email = get_path(body, f"{side}.address.email")
            if email not in (None, "") and not (isinstance(email, str) and EMAIL.match(email)):
                errors[f"{side}.address.email"] = [f"The {side}.address.email must be a valid email address."]
            for key in ADDRESS_KEYS:
                value = get_path(body, f"{side}.address.{key}")
                if value is not None and not isinstance(value, str):
                    errors[f"{side}.address.{key}"] = [f"The {side}.address.{key} must be a string."]
        scheduled = get_path(body, "shipping.scheduled_at")
        if scheduled is not None and not (isinstance(scheduled, str) and DAY.match(scheduled)):
            errors["shipping.scheduled_at"] = ["The shipping.scheduled_at does not match the format Y-m-d."]
        for side in ("billing", "shipping"):
            address = get_path(body, f"{side}.address")
            if address is None:
                continue
            if not isinstance(address, dict):
                errors[f"{side}.address"] = [f"The {side}.address must be an object."]
                continue
            for key in ("line1", "city", "country"):
                if not (isinstance(address.get(key), str) and address[key].strip()):
                    errors[f"{side}.address.{key}"] = [f"The {side}.address.{key} field is required."]
        method = get_path(body, "billing.treasury_account_id")
        if method is not None and method not in {a["id"] for a in self.state.data.treasury_accounts}:
            errors["billing.treasury_account_id"] = ["The selected billing.treasury_account_id is invalid."]
        return errors

    def _merge(self, after: dict[str, Any], body: dict[str, Any], user: dict[str, Any]) -> list[str]:
        """Apply what the client sent, with the documented effects of each key; returns the effects.

        Every key runs the upsert process: an address object creates a new address
        row, ``customer`` is a customer upsert, ``billing.status`` runs payment
        processing, ``user_id`` needs CHANGE_ORDER_USER, ``discounts`` re-apply.
        """
        effects: list[str] = []
        for key, value in body.items():
            if key in READ_ONLY or key in ("type", "force", "warehouse_ids"):
                continue
            if key in ("billing", "shipping") and isinstance(value, dict):
                target = as_object(after.get(key))
                after[key] = target
                for sub, sub_value in value.items():
                    if sub == "address":
                        continue
                    if key == "billing" and sub in BILLING_COMPUTED:
                        continue
                    if key == "billing" and sub == "status":
                        effects.append("payment_processing" if sub_value == "paid" else "billing_status")
                        apply_status(self.state, after, None, sub_value)
                        continue
                    target[sub] = copy.deepcopy(sub_value)
                address = value.get("address")
                if isinstance(address, dict):
                    self._new_address(after, key, address)
                    effects.append(f"address_created:{key}")
            elif key == "customer" and isinstance(value, dict):
                customer = as_object(after.get("customer"))
                customer.update({k: v for k, v in value.items() if k in ("first_name", "last_name", "email", "phone")})
                after["customer"] = customer
                effects.append("customer_upsert")
            elif key == "user_id":
                # A permission of its own, not implied by orders.*: no demo user has it.
                if "CHANGE_ORDER_USER" not in user.get("permissions", []):
                    raise unauthorized()
                after["user_id"] = value
                effects.append("user_changed")
            elif key == "discounts":
                effects.append("discounts_reapplied")  # checked and applied after the lines (update_order)
            elif key == "metadata" and isinstance(value, dict):
                after["metadata"] = {**as_object(after.get("metadata")), **value}
            elif key in ORDER_INPUTS:
                after[key] = copy.deepcopy(value)
            # Anything else is not an input of the update: the server does not store it.
        account_id = get_path(after, "billing.treasury_account_id")
        account = next((a for a in self.state.data.treasury_accounts if a["id"] == account_id), None)
        if account is not None and isinstance(after.get("billing"), dict):
            after["billing"]["treasury_account"] = account
            after["billing"]["treasury_account_label"] = account["label"]
        return effects

    def _new_address(self, after: dict[str, Any], side: str, sent: dict[str, Any]) -> None:
        """An inline address object becomes a new address row, linked to that side."""
        self.state.data.next_line_id += 1
        address = {
            "id": f"01demoaddr{self.state.data.next_line_id:016d}",
            **{field: sent.get(field) for field in ADDRESS_KEYS},
            "is_billing": 1 if side == "billing" else 0,
            "is_primary": 0,
        }
        after.setdefault("addresses", [])
        if not isinstance(after["addresses"], list):
            after["addresses"] = []
        after["addresses"].append(address)
        after[side]["address"] = copy.deepcopy(address)
        after[side]["address_id"] = address["id"]
