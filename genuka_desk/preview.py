"""Until the desktop window lands: ``genuka-desk --demo`` lists demo orders in the terminal.

It starts the embedded demo API, logs in through the real client and prints
the latest orders, so ``make run`` shows the core working end to end.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from .api import GenukaClient, GenukaError
from .demo import DEMO_PASSWORD, DemoServer
from .models import format_money


async def _list_latest(url: str, count: int) -> None:
    async with GenukaClient(url) as client:
        await client.login("demo@genuka.com", DEMO_PASSWORD)
        page = await client.list_orders(per_page=count)
        print(f"{page.total} orders in the demo shop; the latest {len(page.items)}:")
        for order in page.items:
            print(
                f"  {order.reference or '':<13} {order.customer_name[:24]:<24} "
                f"{format_money(order.amount, order.currency_code):>14}  "
                f"{order.billing_status.value:<15} {order.shipping_status.value}"
            )


def main(args: Sequence[str]) -> int:
    """Run the demo listing; returns an exit code."""
    if "--demo" not in args:
        print("The desktop window is not built yet; try: genuka-desk --demo, or genuka-desk --help")
        return 1
    with DemoServer(orders=500) as server:
        try:
            asyncio.run(_list_latest(server.url, 20))
        except GenukaError as exc:
            print(f"error: {exc.message}")
            return 1
    return 0
