"""``orders send REF [--as receipt|invoice] [--whatsapp] [--lang fr|en]``: to the customer.

Without ``--whatsapp``: Genuka's e-mail of the order (``notify``), queued and
sent once at most (offline too: it goes at the next sync). With it: the
``wa.me`` link that opens a chat with the customer, the receipt or invoice in
short typed in, printed for the clerk to open (nothing is queued). The words
are the GUI's, handed in by ``genuka_desk.__main__`` (English without them).
"""

from __future__ import annotations

from collections.abc import Callable

from ..service import OrderService, PaperKind, SendWords
from .context import Context
from .exits import EXIT_BAD_INPUT, CliError
from .sync_command import send_now
from .words import terminal_language


def orders_send(ctx: Context) -> int:
    """Queue Genuka's e-mail of the order, or print its WhatsApp link."""
    args = ctx.args
    make_words: Callable[[str], SendWords] | None = getattr(args, "words", None)
    kind = PaperKind(args.kind)

    async def work(service: OrderService) -> int:
        plan = service.send.plan(args.order, terminal_language())
        language = args.lang or plan.language
        if args.whatsapp:
            if not plan.phone:
                raise CliError(f"{plan.reference} has no phone number for WhatsApp.", EXIT_BAD_INPUT)
            words = make_words(language) if make_words is not None else SendWords()
            print(service.send.whatsapp(plan.order_id, kind, words))
            if not plan.on_server:
                print("(not on the server yet: the link to its page on Genuka comes after the sync)")
            return 0
        change = await service.send.email(plan.order_id, language)
        print(f"E-mail of {change.order_ref or plan.reference} to {plan.email} kept ({language}).")
        return await send_now(ctx, service, change.order_id)

    return ctx.run(work)
