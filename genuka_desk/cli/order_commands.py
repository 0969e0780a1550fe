"""``orders list|show|set-status|edit``: the local copy read, changes queued and sent."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..models import CreateBodyError, draft_from_create_body
from ..service import SORT_COLUMNS, InvalidEdit, ListQuery, OrderService
from .context import Context
from .edit_syntax import EditSyntaxError, parse_assignments
from .exits import EXIT_BAD_INPUT, EXIT_OK, CliError
from .output import order_json, order_text, row_json, rows_text
from .sync_command import send_now, sync_round


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
        found = await service.list_orders(query)
        ctx.out({"total": found.total, "orders": [row_json(r) for r in found.rows]}, rows_text(found.rows, found.total))
        return EXIT_OK

    return ctx.run(work)


def orders_show(ctx: Context) -> int:
    async def work(service: OrderService) -> int:
        order = await service.get_order(ctx.args.order)
        changes = service.changes_of(str(order.id))
        ctx.out(order_json(order, changes), order_text(order, changes))
        return EXIT_OK

    return ctx.run(work)


def orders_set_status(ctx: Context) -> int:
    args = ctx.args
    if args.shipping is None and args.billing is None:
        raise CliError("Give --shipping STATUS, --billing STATUS, or both.", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        change = await service.set_status(args.order, shipping=args.shipping, billing=args.billing)
        if change is None:
            print("Nothing to change: the order already has that status.")
            return EXIT_OK
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)


def orders_edit(ctx: Context) -> int:
    async def work(service: OrderService) -> int:
        order = await service.get_order(ctx.args.order)
        try:
            edit = parse_assignments(order, ctx.args.assignments)
        except EditSyntaxError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
        try:
            change = await service.update_order(str(order.id), edit)
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
    """``orders create --from FILE``: check the sale, keep it under a temporary reference, try to send it."""
    path = Path(ctx.args.from_file)
    try:
        draft = draft_from_create_body(json.loads(path.read_text(encoding="utf-8")))
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror or exc}", EXIT_BAD_INPUT) from exc
    except (ValueError, CreateBodyError) as exc:
        raise CliError(f"{path}: {exc}", EXIT_BAD_INPUT) from exc

    async def work(service: OrderService) -> int:
        change = await service.create_order(draft)
        if ctx.args.json:
            code = await _quiet_send(ctx, service)
        else:
            print(f"Sale {change.order_ref} kept on this computer.")
            code = await send_now(ctx, service, change.order_id)
        order = await service.get_order(change.order_ref)
        if ctx.args.json:
            data = order_json(order, service.changes_of(str(order.id)))
            # created (on the server), pending (queued: offline or waiting), failed (refused, with the reason)
            data.update(temporary_reference=change.order_ref, creation=service.change(change.id).state.value)
            ctx.out(data, "")
        elif order.reference != change.order_ref:
            print(f"Created on the server as {order.reference}.")
        return code

    return ctx.run(work)


async def _quiet_send(ctx: Context, service: OrderService) -> int:
    """Send what waits without printing (``--json`` prints only the order)."""
    if not ctx.token:
        return EXIT_OK
    await sync_round(ctx, service, pull=False)
    return EXIT_OK
