"""``orders pay`` (a payment, queued and sent like every change) and ``orders print`` (a document as a PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..models import Order, parse_amount
from ..service import OrderService, PaperKind
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNSENT, CliError
from .sync_command import send_now, sync_round, unanswered
from .words import terminal_language


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
    amount = parse_amount(args.amount, language=terminal_language())
    if amount is None:
        raise CliError(f"--amount takes a number, 0 or more (got {args.amount!r}).", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        change = await service.payments.record(args.order, amount, args.method, args.treasury_account)
        if args.json:
            if ctx.token:
                await sync_round(ctx, service, pull=False)
            order = await service.orders.get(change.order_id)
            data = payments_json(order) | {"payment": service.changes.get(change.id).state.value}
            ctx.out(data, "")
            # 4: its answer was lost; kept, and checked once the server can no longer apply it.
            return EXIT_OK if unanswered(service, change.order_id) is None else EXIT_UNSENT
        print(f"Payment of {amount} ({args.method}) kept for {change.order_ref or change.order_id}.")
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)


def orders_print(ctx: Context) -> int:
    """``orders print REF --as invoice|receipt|slip [--width 58|80] --pdf FILE``: from the local copy."""
    args = ctx.args
    render = getattr(args, "render", None)
    if render is None:
        raise CliError(
            "Printing needs the desktop part of genuka-desk (run it as `genuka-desk orders print`).", EXIT_BAD_INPUT
        )
    kind = PaperKind(args.kind)
    path = Path(args.pdf)
    if not path.parent.exists():
        raise CliError(f"The folder {path.parent} does not exist.", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        facts = service.shop.paper(args.order, clerk=ctx.profile.user_name or "")  # never the email
        try:
            render(facts, kind, path, args.lang, args.width)
        except OSError as exc:
            raise CliError(f"The PDF could not be written to {path}: {exc.strerror}.", EXIT_BAD_INPUT) from exc
        note = " (temporary reference: not on the server yet)" if facts.temporary else ""
        print(f"Wrote the {kind.value} of {facts.reference}{note} to {path}.")
        return 0

    return ctx.run(work)
