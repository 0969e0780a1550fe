"""A colleague on the web dashboard: edits an order, dresses its lines, takes a payment, now.

What someone else does on the server while the desk works: it bumps the
order's ``updated_at`` and is not in the clerks' write log (the campaigns
tell the clerks' writes from these).
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from .history import History
from .order_lines import recompute
from .payments import Payments
from .state import DemoState
from .values import as_object, get_path, json_number, set_path


class Colleague:
    """Someone else at work on the same company's orders."""

    def __init__(self, state: DemoState, history: History, payments: Payments) -> None:
        self.state = state
        self.history = history
        self.payments = payments

    def edit(
        self, order_id: str, fields: dict[str, Any] | None = None, lines: dict[str, dict[str, Any]] | None = None
    ) -> dict[str, Any]:
        """Someone else changes an order on the server now (bumps updated_at)."""
        state = self.state
        with state.lock:
            index = state.index.index_of(order_id)
            before = state.body(index)
            after = copy.deepcopy(before)
            for path, value in (fields or {}).items():
                set_path(after, path, value)
                if path.endswith(".address." + path.rsplit(".", 1)[-1]):
                    address = get_path(after, path.rsplit(".", 1)[0])
                    for entry in after.get("addresses", []):
                        if (
                            isinstance(entry, dict)
                            and isinstance(address, dict)
                            and entry.get("id") == address.get("id")
                        ):
                            entry.update(address)
            for line_id, change in (lines or {}).items():
                for entry in after.get("order_products", []):
                    if str(entry.get("id")) == str(line_id):
                        entry.update(change)
                for entry in after.get("products", []):
                    if str(get_path(entry, "pivot.id")) == str(line_id):
                        entry["pivot"].update(change)
            recompute(after, before)
            return self.history.commit(index, before, after, state.colleague, "colleague", None, log_write=False)

    def dress_lines(self, order_id: str) -> dict[str, Any]:
        """A colleague gives the order's lines what the dashboard can: a discount, a tax, a cost; a service.

        The first line gets 10 % off, TVA 19.25 % and a cost; a second line
        becomes a service line (no product, a ``service_id``). For tests that
        check a line edit keeps what the clerk did not touch.
        """
        tax = {"name": "TVA", "rate": 19.25}
        first = {
            "discounts": [{"discount_id": None, "discount_type": "percentage", "discount_value": 10}],
            "cost": 100,
        }
        lines: dict[str, dict[str, Any]] = {}
        with self.state.lock:
            entries = self.state.body(self.state.index.index_of(order_id)).get("order_products", [])
        for n, entry in enumerate(entries[:2]):
            meta = {**as_object(entry.get("metadata")), "taxes": [tax] if n == 0 else []}
            if n == 0:
                lines[str(entry["id"])] = {**first, "metadata": meta}
            else:
                title = f"Service {meta.get('item_title') or ''}".strip()
                meta.update(item_title=title, product_title=title)
                service = {"product_id": None, "variant_id": None, "service_id": "01demoservice0000000000001"}
                lines[str(entry["id"])] = {**service, "metadata": meta}
        return self.edit(order_id, lines=lines)

    def payment(self, order_id: str, amount: Decimal, processor: str = "cash") -> None:
        """Someone else takes a payment on the order now (the web dashboard)."""
        data = self.state.data
        names = [m["processor"] for m in data.payment_methods]
        account = data.treasury_accounts[names.index(processor)]["id"]
        body = {"amount": json_number(amount), "method": processor, "treasury_account_id": account}
        self.payments.add_payment(order_id, body, self.state.colleague, None, log_write=False)
