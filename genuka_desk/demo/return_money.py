"""What a return's approval does to money and stock in the demo (the demo's reading, see :mod:`.returns`).

The order keeps its lines as sold; ``billing.returns_total`` grows by the
returned lines' value: their share of each sold line's net and taxes, less
their share of the order-level discounts (``billing.order_discounts_total``,
capped at the lines' nets, shared among the lines in proportion to their nets
after their own discounts, then among a line's units equally), the sum
rounded to the unit once (the desk's rule too, ``service/return_lines.py``);
the total, balance and billing status are
recomputed by :mod:`.order_lines` and :mod:`.payments`' rules; what was
already paid beyond the new total becomes a ``pending`` credit note
(:mod:`.credit_notes`). Every returned quantity goes back into stock by
:mod:`.stocks`' rule.

Money handed back (a demo reading: the reference has no write for a
refund, ref36 (a)1): the desk lowers or deletes the inbound payment the
money goes back on (:mod:`.payments`); what that takes from the part paid
beyond the order's total marks the order's pending credit notes
``refunded``, oldest first, their ``refund_amount`` growing by it
(:meth:`.credit_notes.CreditNotes.paid_back`). In the till, a lowered cash
payment is a ``payment_outbound`` of the difference (:mod:`.cash_sessions`).
"""

from __future__ import annotations

import copy
from collections import Counter
from decimal import Decimal
from typing import Any

from .credit_notes import CreditNotes
from .history import History
from .order_lines import line_money, recompute
from .payments import _billing_after, paid_sum
from .state import DemoState
from .stocks import move_stock
from .values import as_object, json_number


def _line_values(order: dict[str, Any]) -> list[tuple[dict[str, Any], Decimal]]:
    """Each line with its value: net and taxes, less its share of the order-level discounts (unrounded)."""
    entries = [e for e in order.get("order_products") or [] if isinstance(e, dict)]
    money = [line_money(entry) for entry in entries]
    nets = sum((gross - off for gross, off, _ in money), Decimal(0))
    billing = as_object(order.get("billing"))
    # What the order's own discounts took off the lines (never more than they hold), shared by their nets.
    whole = min(max(Decimal(str(billing.get("order_discounts_total") or 0)), Decimal(0)), max(nets, Decimal(0)))
    return [
        (entry, gross - off + tax - (whole * (gross - off) / nets if nets > 0 else Decimal(0)))
        for entry, (gross, off, tax) in zip(entries, money, strict=True)
    ]


def returned_value(
    state: DemoState, item: dict[str, Any], taken: dict[str, int]
) -> tuple[Decimal, list[dict[str, Any]]]:
    """The returned lines' value (their share of each sold line's net and taxes, less their share of the
    order-level discounts), and credit-note lines.

    ``taken``: what earlier returns of the order took back, by variant (their share is not this one's).
    """
    order = state.body(state.index.index_of(item["order_id"]))
    values = _line_values(order)
    total, note_lines = Decimal(0), []
    for line in item["lines"]:
        skip, left, value = taken.get(line["variant_id"], 0), int(line["quantity"]), Decimal(0)
        for entry, worth in values:
            if entry.get("variant_id") != line["variant_id"] or left <= 0:
                continue
            sold = int(entry.get("quantity") or 0)
            free = max(sold - skip, 0)
            skip = max(skip - sold, 0)
            part = min(free, left)
            if part and sold:
                value += worth * part / sold
                left -= part
        value = value.quantize(Decimal(1))
        total += value
        unit = value / line["quantity"]
        note_lines.append(
            {
                "description": line["variant"]["title"],
                "quantity": line["quantity"],
                "unit_price": json_number(unit.quantize(Decimal("0.01"))),
                "total": json_number(value),
                "variant_id": line["variant_id"],
                "variant": copy.deepcopy(line["variant"]),
            }
        )
    return total, note_lines


def rebill(
    state: DemoState,
    history: History,
    notes: CreditNotes,
    item: dict[str, Any],
    value: Decimal,
    note_lines: list[dict[str, Any]],
    user: dict[str, Any],
    request_id: str | None,
    body: Any,
) -> dict[str, Any] | None:
    """Lower the order's total by ``value`` (lines kept as sold); a credit note for what was paid beyond it."""
    index = state.index.index_of(item["order_id"])
    before = state.body(index)
    after = copy.deepcopy(before)
    paid = paid_sum(before)
    billing = as_object(after.get("billing"))
    returned = Decimal(str(billing.get("returns_total") or 0)) + value
    billing["returns_total"] = json_number(returned)
    after["billing"] = billing
    recompute(after, before)
    _billing_after(after, paid)
    total = Decimal(str(after["amount"]))
    surplus = min(value, paid - total)
    effects = ["restocked", "billing_recalculated"]
    note = None
    if surplus > 0:
        reason = f"Return {item['reference']} approved"
        note = notes.issue(after, surplus, note_lines, reason)
        effects.append("credit_note")
    history.commit(index, before, after, user, "return_approve", request_id, sent=body or {}, effects=effects)
    state.writes[-1]["return_id"] = item["id"]
    return note


def restock(state: DemoState, item: dict[str, Any]) -> None:
    """Every returned quantity back into its variant's stock (when it follows stock), by :mod:`.stocks`' rule."""
    order = state.body(state.index.index_of(item["order_id"]))
    back: Counter[str] = Counter()
    for line in item["lines"]:
        back[line["variant_id"]] += int(line["quantity"])
    shop = str(order.get("shop_id") or state.data.shop_id)
    move_stock(state, shop, back, Counter(), state.clock.now(), check=False)
