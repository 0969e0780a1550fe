"""``queue``: the changes not sent yet, and what the clerk does with a refused or conflicting one."""

from __future__ import annotations

from ..models import Keep
from ..service import OrderService
from .context import Context
from .exits import EXIT_OK, EXIT_UNSENT
from .output import change_json, change_text
from .sync_command import send_now


def queue(ctx: Context) -> int:
    """``queue``: list unsent changes; ``resolve``, ``retry`` or ``discard`` one."""
    action = ctx.args.action

    async def work(service: OrderService) -> int:
        if action is None:
            changes = service.queue(include_sent=ctx.args.all)
            text = "\n".join(change_text(c) for c in changes) if changes else "The queue is empty: everything was sent."
            ctx.out([change_json(c) for c in changes], text)
            return EXIT_OK if not any(c.active for c in changes) else EXIT_UNSENT
        if action == "resolve":
            change = await service.resolve(ctx.args.change, ctx.args.keep)
            if ctx.args.keep == Keep.THEIRS:
                print(f"Kept the server's version; change {change.id[:8]} dropped.")
                return EXIT_OK
            print(f"Keeping your version of change {change.id[:8]}.")
            return await send_now(ctx, service, change.order_id)
        if action == "retry":
            change = await service.retry(ctx.args.change)
            return await send_now(ctx, service, change.order_id)
        change = await service.discard(ctx.args.change)
        print(f"Discarded change {change.id[:8]} ({change.summary()}).")
        return EXIT_OK

    return ctx.run(work)
