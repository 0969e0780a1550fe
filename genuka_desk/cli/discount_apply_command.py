"""``orders discount REF --percent P | --amount A [--line N] | --code CODE``: a discount, queued like an edit.

On line N (1-based, as ``orders show`` numbers them) or, without ``--line``,
on the whole order: spread over its lines as fixed line discounts, in
proportion to each line's net (Genuka has no ad-hoc whole-order discount).
Above the manager's limit a clerk who is no manager is refused in a sentence
naming the limit. Sent at once when the server can be reached, else at the
next sync.
"""

from __future__ import annotations

from decimal import Decimal

from ..models import format_money, parse_amount
from ..service import OrderService
from ..service.manual_discounts import Asked, CodeRefused
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_OK, CliError
from .sync_command import send_now
from .words import terminal_language


def _figure(text: str | None, what: str, *, percent: bool = False) -> Decimal | None:
    """A typed figure: a percent as ``12.5`` or ``12,5``; an amount as people write it here (``12 500``)."""
    if text is None:
        return None
    try:
        value = Decimal(text.strip().replace(",", ".")) if percent else parse_amount(text)
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite():
        raise CliError(f"{what}: {text!r} is not a number.", EXIT_BAD_INPUT)
    return value


def _money(amount: Decimal | None, currency: str) -> str:
    """Money as the clerk reads it, in the terminal's language."""
    return format_money(amount or Decimal(0), currency, terminal_language())


def _code(ctx: Context) -> int:
    """The shop's discount of a code on the order, judged offline: queued like an edit, sent when it can be."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        try:
            change = await service.manual_discounts.give_code(args.order, args.code)
        except CodeRefused as exc:
            raise CliError(f"{args.code}: {exc.message}", EXIT_BAD_INPUT) from exc
        order = await service.orders.get(change.order_id)
        total = _money(order.amount, order.currency_code)
        print(f"Discount {args.code} on {change.order_ref} kept: total now {total} (the server's figure wins).")
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)


def orders_discount(ctx: Context) -> int:
    """Give the discount on the order; queued as its line edit, then sent when the server can be reached."""
    args = ctx.args
    if args.code:
        if args.percent is not None or args.amount is not None or args.line is not None:
            raise CliError("--code goes alone (the shop's discount says what it takes off).", EXIT_BAD_INPUT)
        return _code(ctx)
    if (args.percent is None) == (args.amount is None):
        raise CliError("Give --percent P, --amount A or --code CODE (one of them).", EXIT_BAD_INPUT)
    if args.line is not None and args.line < 1:
        raise CliError("--line counts from 1.", EXIT_BAD_INPUT)
    asked = Asked(
        percent=_figure(args.percent, "--percent", percent=True),
        amount=_figure(args.amount, "--amount"),
        line=None if args.line is None else args.line - 1,
    )

    async def work(service: OrderService) -> int:
        change = await service.manual_discounts.give(args.order, asked)
        if change is None:
            print("The order already has this discount: nothing to change.")
            return EXIT_OK
        order = await service.orders.get(change.order_id)
        where = f"line {args.line}" if args.line is not None else "the whole order"
        money = order.billing.discount if order.billing is not None else None
        off, total = _money(money, order.currency_code), _money(order.amount, order.currency_code)
        print(f"Discount on {where} of {change.order_ref} kept: {off} off in all, total now {total}.")
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)
