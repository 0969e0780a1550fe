"""Returns from a terminal: take one, list an order's, approve one.

``orders return REF --line N:QTY[:REASON] ... [--reason R] [--comment C] [--refund METHOD|none] [--amount A]
[--no-approve]``: the lines by their number on the order (as ``orders show`` lists them); the money goes back
on the order's payment of that way of paying (``--refund cash``), by default as much as can go back;
``--refund none`` keeps it as the server's credit note. ``returns list REF [--json]`` and
``returns approve REF RETURN [--comment C]`` (a manager). Queued and sent once, offline too.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..models import format_money, parse_amount
from ..service import OrderService
from ..service.return_types import REASONS, RefundChoice, ReturnChoice, ReturnDraft, ReturnView
from .context import Context
from .exits import EXIT_BAD_INPUT, CliError
from .sync_command import send_now
from .words import terminal_language


def _choices(draft: ReturnDraft, specs: list[str], reason: str) -> list[ReturnChoice]:
    """``N:QTY[:REASON]`` read against the order's lines."""
    chosen = []
    for spec in specs:
        parts = spec.split(":")
        if len(parts) not in (2, 3) or not parts[0].strip().isdigit() or not parts[1].strip().isdigit():
            raise CliError(f"--line takes N:QTY or N:QTY:REASON (got {spec!r}).", EXIT_BAD_INPUT)
        number, quantity = int(parts[0]), int(parts[1])
        why = parts[2].strip() if len(parts) == 3 else reason
        line = next((li for li in draft.lines if li.index == number), None)
        if line is None:
            raise CliError(f"{draft.order_reference} has no line {number} (it has {len(draft.lines)}).", EXIT_BAD_INPUT)
        if line.variant_id is None:
            raise CliError(f"Line {number} ({line.title}) has no product variant: it cannot be returned.", 1)
        if why not in REASONS:
            raise CliError(f"Unknown reason {why!r}: one of {', '.join(REASONS)}.", EXIT_BAD_INPUT)
        chosen.append(ReturnChoice(line.variant_id, quantity, why))
    if not chosen:
        raise CliError("Give the lines returned: --line N:QTY (N as `orders show` numbers them).", EXIT_BAD_INPUT)
    return chosen


def _refund(service: OrderService, draft: ReturnDraft, args: Any, chosen: list[ReturnChoice]) -> RefundChoice | None:
    """The money back: on the order's payment of ``--refund``'s way, ``--amount`` or as much as can go back."""
    method = (args.refund or "").strip()
    if not method or method.lower() == "none":
        if args.amount:
            raise CliError("--amount goes with --refund METHOD.", EXIT_BAD_INPUT)
        return None
    wanted = method.casefold()  # the way's id (cash, pawapay) or the shop's name for it (MTN MoMo)
    sources = [s for s in draft.sources if wanted in (s.method.casefold(), s.method_label.casefold())]
    if not sources:
        ways = ", ".join(sorted({f"{s.method} ({s.method_label})" for s in draft.sources})) or "none"
        raise CliError(f"{draft.order_reference} has no payment by {method} (its payments: {ways}).", EXIT_BAD_INPUT)
    source = max(sources, key=lambda s: s.amount)
    if args.amount:
        amount = parse_amount(args.amount, language=terminal_language())
        if amount is None or amount <= 0:
            raise CliError(f"--amount takes a number above 0 (got {args.amount!r}).", EXIT_BAD_INPUT)
    else:
        amount = min(service.returns.suggest_refund(draft.order_key, chosen), source.amount)
    return RefundChoice(source.payment_id, amount) if amount > 0 else None


def _text(view: ReturnView, currency: str) -> str:
    def money(amount: Decimal) -> str:
        return format_money(amount, currency, terminal_language())

    lines = ", ".join(f"{title} x{quantity} ({reason})" for title, quantity, reason, _ in view.lines)
    back = ""
    if view.refund is not None and view.refund.payment_id is not None:
        back = f"; refund {money(view.refund.amount)} ({view.refund_state})"
    return f"{view.reference or view.key}  {view.state}  {money(view.value)}  {lines}{back}"


def _json(view: ReturnView) -> dict[str, Any]:
    return {
        "key": view.key,
        "reference": view.reference,
        "state": view.state,
        "value": view.value,
        "lines": [{"title": t, "quantity": q, "reason": r, "unit_price": u} for t, q, r, u in view.lines],
        "refund": None if view.refund is None else {"payment_id": view.refund.payment_id, "amount": view.refund.amount},
        "refund_state": view.refund_state,
        "taken_at": view.taken_at.isoformat(),
        "clerk": view.clerk,
    }


def orders_return(ctx: Context) -> int:
    """``orders return REF --line N:QTY[:REASON] ...``: queue a return (approved and refunded unless told)."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        if ctx.token:
            await service.returns.learn_scopes()  # who may approve (kept for offline)
        draft = service.returns.draft(args.order)
        chosen = _choices(draft, list(args.line or []), args.reason)
        refund = _refund(service, draft, args, chosen)
        view = await service.returns.take(
            draft.order_key, chosen, refund, comment=args.comment or "", approve=not args.no_approve
        )
        value = format_money(view.value, draft.currency, terminal_language())
        print(f"Return of {value} kept for {draft.order_reference}: {_text(view, draft.currency)}")
        if Decimal(0) < view.value and refund is None and (args.refund or "").lower() != "none":
            print("No money handed back now: the server's credit note holds what was paid for it.")
        return await send_now(ctx, service, draft.order_key)

    return ctx.run(work)


def returns_list(ctx: Context) -> int:
    """``returns list REF [--json]``: the order's returns, queued here or on the server."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        views = service.returns.of_order(args.order)
        currency = service.returns.draft(args.order).currency
        text = "\n".join(_text(v, currency) for v in views) or "No returns on this order."
        ctx.out([_json(v) for v in views], text)
        return 0

    return ctx.run(work)


def returns_approve(ctx: Context) -> int:
    """``returns approve REF RETURN [--comment C]``: a manager approves a return waiting for it."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        if ctx.token:
            await service.returns.learn_scopes()
        view = await service.returns.approve(args.order, args.ret, args.comment or "")
        print(f"Approval of {view.reference or view.key} kept.")
        return await send_now(ctx, service, service.orders.find(args.order) or args.order)

    return ctx.run(work)
