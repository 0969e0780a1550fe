"""``orders list|show|set-status|edit``: the local copy read, changes queued and sent."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..models import (
    CreateBodyError,
    NewCustomer,
    NewOrder,
    NewOrderLine,
    draft_from_create_body,
    normal_phone,
    parse_amount,
)
from ..models.owed import PARTLY_PAID_CODE
from ..service import SORT_COLUMNS, InvalidEdit, ListQuery, OrderService
from .context import Context
from .edit_syntax import EditSyntaxError, parse_assignments
from .exits import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNSENT, CliError
from .output import order_json, order_text, row_json, rows_text
from .sync_command import send_now, sync_round, unanswered
from .words import partly_paid_refusal, terminal_language


def _list_query(args: argparse.Namespace) -> ListQuery:
    sort = args.sort or "-created_at"
    field = sort.lstrip("-")
    field = "total" if field == "amount" else field
    if field not in SORT_COLUMNS:
        raise CliError(f"Cannot sort by {field!r}; one of: {', '.join(SORT_COLUMNS)}.", EXIT_BAD_INPUT)
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit takes a number from 1.", EXIT_BAD_INPUT)
    return ListQuery(
        search=args.search or "",
        shipping_status=tuple(s for s in (args.shipping_status or "").split(",") if s),
        billing_status=tuple(s for s in (args.billing_status or "").split(",") if s),
        only_unsent=args.unsent,
        sort=field,
        descending=sort.startswith("-") or args.desc,
        limit=args.limit,
    )


def orders_list(ctx: Context) -> int:
    query = _list_query(ctx.args)

    async def work(service: OrderService) -> int:
        found = await service.orders.listing(query)
        ctx.out({"total": found.total, "orders": [row_json(r) for r in found.rows]}, rows_text(found.rows, found.total))
        return EXIT_OK

    return ctx.run(work)


def orders_show(ctx: Context) -> int:
    async def work(service: OrderService) -> int:
        order = await service.orders.get(ctx.args.order)
        changes = service.orders.changes_of(str(order.id))
        ctx.out(order_json(order, changes), order_text(order, changes))
        return EXIT_OK

    return ctx.run(work)


def orders_set_status(ctx: Context) -> int:
    args = ctx.args
    if args.shipping is None and args.billing is None:
        raise CliError("Give --shipping STATUS, --billing STATUS, or both.", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        try:
            change = await service.orders.set_status(args.order, shipping=args.shipping, billing=args.billing)
        except InvalidEdit as exc:
            if any(p.code == PARTLY_PAID_CODE for p in exc.problems):
                raise CliError(partly_paid_refusal(args.order), EXIT_BAD_INPUT) from exc  # points to `orders pay`
            raise
        if change is None:
            print("Nothing to change: the order already has that status.")
            return EXIT_OK
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)


def orders_edit(ctx: Context) -> int:
    async def work(service: OrderService) -> int:
        order = await service.orders.get(ctx.args.order)
        try:
            edit = parse_assignments(order, ctx.args.assignments)
        except EditSyntaxError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
        try:
            change = await service.orders.update(str(order.id), edit)
        except InvalidEdit as exc:
            # Speak of lines by the numbers the clerk typed, not by server ids.
            numbers = {f"lines.{line.id}": f"lines.{n}" for n, line in enumerate(order.lines, start=1)}
            for problem in exc.problems:
                head, _, rest = problem.key.partition(".")
                line_key = f"{head}.{rest.split('.', 1)[0]}" if head == "lines" else ""
                if line_key in numbers:
                    object.__setattr__(problem, "key", problem.key.replace(line_key, numbers[line_key], 1))
            raise
        if change is None:
            print("Nothing to change: the order already has those values.")
            return EXIT_OK
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)


def orders_create(ctx: Context) -> int:
    """``orders create``: check the sale, keep it under a temporary reference, try to send it.

    The sale comes from ``--from FILE`` (the documented create body) or from
    the flags (``--customer-phone``, ``--line PRODUCT:QTY[:PRICE]``...).
    """
    args = ctx.args
    file_draft = _draft_from_file(Path(args.from_file)) if args.from_file else None
    if file_draft is None and not args.line:
        raise CliError("Give --from FILE.json, or --line PRODUCT:QTY (and --customer-phone).", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        draft = file_draft or _draft_from_flags(ctx, service)
        change = await service.sales.create(draft)
        if ctx.args.json:
            code = await _quiet_send(ctx, service, change.order_id)
        else:
            print(f"Sale {change.order_ref} kept on this computer.")
            code = await send_now(ctx, service, change.order_id)
        order = await service.orders.get(change.order_ref)
        if ctx.args.json:
            data = order_json(order, service.orders.changes_of(str(order.id)))
            # creation: sent (created on the server), pending (queued: offline or waiting), failed (refused)
            data.update(temporary_reference=change.order_ref, creation=service.changes.get(change.id).state.value)
            ctx.out(data, "")
        elif order.reference != change.order_ref:
            print(f"Created on the server as {order.reference}.")
        return code

    return ctx.run(work)


def _draft_from_file(path: Path) -> NewOrder:
    try:
        return draft_from_create_body(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror or exc}", EXIT_BAD_INPUT) from exc
    except (ValueError, CreateBodyError) as exc:
        raise CliError(f"{path}: {exc}", EXIT_BAD_INPUT) from exc


def _draft_from_flags(ctx: Context, service: OrderService) -> NewOrder:
    """A sale from ``--customer-phone``, ``--customer-name``, ``--line``, ``--deliver-to``, ``--paid``..."""
    args = ctx.args
    phone = normal_phone(args.customer_phone) if args.customer_phone else None
    if args.customer_phone and phone is None:
        raise CliError(f"--customer-phone: {args.customer_phone!r} is not a phone number.", EXIT_BAD_INPUT)
    first, _, last = (args.customer_name or "").strip().partition(" ")
    known = service.customers.by_phone(phone) if phone else None
    customer = NewCustomer(id=known.id if known else None, first_name=first, last_name=last, phone=phone)
    draft = NewOrder(customer=customer, source=args.source.upper())
    for spec in args.line:
        draft.add(_line(service, spec))
    if args.deliver_to:
        line1, _, city = args.deliver_to.rpartition(",")
        if not line1.strip() or not city.strip():
            raise CliError('--deliver-to takes "street, city".', EXIT_BAD_INPUT)
        draft.mode = "delivery"
        draft.address = {"line1": line1.strip(), "city": city.strip(), "country": "Cameroon"}
    if args.paid is not None:
        paid = parse_amount(args.paid, language=terminal_language())
        if paid is None:
            raise CliError(f"--paid: {args.paid!r} is not an amount.", EXIT_BAD_INPUT)
        draft.paid_amount, draft.method = paid, args.method
    return draft


def _line(service: OrderService, spec: str) -> NewOrderLine:
    """``PRODUCT:QTY[:PRICE]``: a catalogue product (SKU, barcode, id or exact title), or an ad-hoc line."""
    parts = spec.rsplit(":", 2)
    if len(parts) == 3 and not parts[2].strip().replace(".", "", 1).isdigit():
        parts = [f"{parts[0]}:{parts[1]}", parts[2]]  # a colon in the title, no price
    if len(parts) < 2 or not parts[1].strip().isdigit():
        raise CliError(f"--line {spec!r}: give PRODUCT:QUANTITY, or PRODUCT:QUANTITY:PRICE.", EXIT_BAD_INPUT)
    key, quantity = parts[0].strip(), int(parts[1])
    price = parse_amount(parts[2], language=terminal_language()) if len(parts) == 3 else None
    if len(parts) == 3 and price is None:
        raise CliError(f"--line {spec!r}: {parts[2]!r} is not a price.", EXIT_BAD_INPUT)
    item = service.catalog.item(key)
    if item is None:
        if price is None:
            raise CliError(
                f"--line {spec!r}: no product {key!r} in the local catalogue (sync first), "
                "or give a price for a line of its own.",
                EXIT_BAD_INPUT,
            )
        return NewOrderLine(title=key, quantity=quantity, price=price)
    return item.as_line(quantity, price)


async def _quiet_send(ctx: Context, service: OrderService, order_id: str) -> int:
    """Send what waits without printing (``--json`` prints only the order); 4 when its answer was lost."""
    if not ctx.token:
        return EXIT_OK
    await sync_round(ctx, service, pull=False)
    return EXIT_OK if unanswered(service, order_id) is None else EXIT_UNSENT
