"""``orders pay``: a payment taken from a terminal, queued and sent like every change (offline: queued)."""

from __future__ import annotations

from typing import Any

from ..models import Order, parse_amount
from ..service import OrderService
from .context import Context
from .exits import EXIT_BAD_INPUT, CliError
from .sync_command import send_now, sync_round


def payments_json(order: Order) -> dict[str, Any]:
    """An order's payments and balance for ``--json``."""
    return {
        "id": order.id,
        "reference": order.reference,
        "total": str(order.amount) if order.amount is not None else None,
        "balance": str(order.balance),
        "payment_status": order.billing_status.value,
        "payments": [
            {
                "id": p.id,
                "amount": str(p.amount) if p.amount is not None else None,
                "method": p.method,
                "treasury_account_id": p.treasury_account_id,
                "paid_at": p.paid_at.date().isoformat() if p.paid_at else None,
                "queued": p.queued,
            }
            for p in order.payments
        ],
    }


def orders_pay(ctx: Context) -> int:
    """``orders pay REF --amount A --method M [--treasury-account ID]``."""
    args = ctx.args
    amount = parse_amount(args.amount)
    if amount is None:
        raise CliError(f"--amount takes a number, 0 or more (got {args.amount!r}).", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        change = await service.record_payment(args.order, amount, args.method, args.treasury_account)
        if args.json:
            if ctx.token:
                await sync_round(ctx, service, pull=False)
            order = await service.get_order(change.order_id)
            data = payments_json(order) | {"payment": service.change(change.id).state.value}
            ctx.out(data, "")
            return 0
        print(f"Payment of {amount} ({args.method}) kept for {change.order_ref or change.order_id}.")
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)
