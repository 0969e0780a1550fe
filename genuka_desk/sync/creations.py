"""Finding a sale on the server after a try whose answer was lost: the classic create has no key, so look.

The rule (docs/genuka-api.md, "Creating an order exactly once"): the desk
sends its own ``created_at``, to the whole second, and never gives two of its
sales the same second. A server order is the desk's sale when it has that
exact ``created_at``, the same customer (the customer id for a known one, else
the phone's last nine digits, else the name), the same shop when the sale
names one, and the same lines (quantity and unit price of each, in any order).
The list is asked for a window of 14 hours either side of that second (the
filter's time zone is not documented), with the customers and lines
included, and the match is made here. A server seen not to keep the
``created_at`` it is sent is not looked at: the clerk is asked instead.

The list hides soft-deleted orders: when the sale is not among the others,
the deleted ones are looked at too (``filter[active]=false``), so a sale a
colleague cancelled between the lost answer and the look is found, cancelled,
and not made again.

Limits: an identical sale made for the same customer in the same second by
another program would be taken for this one; a sale erased for good
(``DELETE ...?force=true``) before the look leaves no trace, so it would be
sent again.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from decimal import Decimal
from typing import Any

from ..api import GenukaClient, OrderQuery
from ..models import NewOrder, Order, phone_digits
from ..models.new_order import api_moment
from ..store.rows import sortable_time

WINDOW = timedelta(hours=14)


def _lines(quantities_prices: list[tuple[int | None, Decimal | None]]) -> Counter[tuple[int, Decimal]]:
    return Counter((int(q or 0), Decimal(p or 0).normalize()) for q, p in quantities_prices)


def is_our_sale(order: Order, draft: NewOrder) -> bool:
    """Whether the server's ``order`` is ``draft`` (see the module's rule)."""
    if draft.created_at is None or sortable_time(order.raw_view.get("created_at")) != sortable_time(
        api_moment(draft.created_at)
    ):
        return False
    shop = order.raw_view.get("shop_id")
    if draft.shop_id and shop and str(shop) != draft.shop_id:
        return False  # made in another shop
    customer = draft.customer
    theirs = order.customer
    if customer.id:
        if theirs is None or str(theirs.id) != customer.id:
            return False
    elif customer.phone:
        if phone_digits(order.customer_phone)[-9:] != phone_digits(customer.phone)[-9:]:
            return False
    elif order.customer_name.casefold().strip() != customer.name.casefold():
        return False
    mine = _lines([(line.quantity, line.price) for line in draft.lines])
    return _lines([(line.quantity, line.price) for line in order.lines]) == mine


async def find_created(client: GenukaClient, draft: NewOrder) -> Order | None:
    """The server's order made from ``draft`` (its full body; as listed when deleted), or None when it has none."""
    if draft.created_at is None:
        return None
    found = await _look(client, draft, active=None)
    if found is not None:
        return await client.get_order(str(found["id"]))
    deleted = await _look(client, draft, active=False)
    # A deleted order's detail may answer 404: its listed body (customer and lines included) is enough.
    return None if deleted is None else Order.from_raw(deleted)


async def _look(client: GenukaClient, draft: NewOrder, *, active: bool | None) -> Any:
    assert draft.created_at is not None
    query = OrderQuery(
        created_start=draft.created_at - WINDOW,
        created_end=draft.created_at + WINDOW,
        include=("customer", "products"),
        sort="-created_at",
        active=active,
    )
    async for page in client.iter_order_body_pages(query, concurrency=1):
        for raw in page.items:
            if is_our_sale(Order.from_raw(raw, copy_raw=False), draft):
                return raw
    return None
