"""Orders of the demo that the returns' tests take goods back on."""

from __future__ import annotations

from genuka_desk.models import Order
from genuka_desk.service import ListQuery, OrderService


def paid_in_cash(service: OrderService, min_lines: int = 2) -> Order:
    """An order paid in full, in cash, with ``min_lines`` lines or more, each of a known variant."""
    for row in service.orders.rows(ListQuery(limit=None)):
        order = service.orders.cached(row.id)
        if (
            order is not None
            and len(order.lines) >= min_lines
            and not order.cancelled
            and order.balance == 0
            and any(p.method == "cash" for p in order.payments)
            and all(line.variant_id for line in order.lines)
        ):
            return order
    raise AssertionError(f"no order paid in cash with {min_lines} lines or more")
