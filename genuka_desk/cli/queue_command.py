"""``queue``: the changes not sent yet, and what the clerk does with a refused or conflicting one."""

from __future__ import annotations

from ..models import Keep
from ..service import OrderService
from .change_words import change_lines, phrase
from .context import Context
from .exits import EXIT_OK, EXIT_UNSENT
from .output import change_json, change_text
from .sync_command import send_now


def queue(ctx: Context) -> int:
    """``queue``: list unsent changes; ``resolve``, ``retry`` or ``discard`` one."""
    action = ctx.args.action

    async def work(service: OrderService) -> int:
        if action is None:
            changes = service.changes.queue(include_sent=ctx.args.all)
            text = (
                "\n".join(change_text(c, service.orders.cached(c.order_id)) for c in changes)
                if changes
                else phrase("empty")
            )
            ctx.out([change_json(c) for c in changes], text)
            return EXIT_OK if not any(c.active for c in changes) else EXIT_UNSENT
        if action == "resolve":
            change = await service.changes.resolve(ctx.args.change, ctx.args.keep)
            if ctx.args.keep == Keep.THEIRS:
                print(f"Kept the server's version; change {change.id[:8]} dropped.")
                return EXIT_OK
            print(f"Keeping your version of change {change.id[:8]}.")
            return await send_now(ctx, service, change.order_id)
        if action == "retry":
            change = await service.changes.retry(ctx.args.change)
            return await send_now(ctx, service, change.order_id)
        change = await service.changes.discard(ctx.args.change)
        what = "; ".join(change_lines(change, service.orders.cached(change.order_id)))
        print(f"Discarded change {change.id[:8]} ({what}).")
        return EXIT_OK

    return ctx.run(work)
