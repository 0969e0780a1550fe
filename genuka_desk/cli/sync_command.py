"""``sync``: push the queue, then pull; and the sending of what a command just queued."""

from __future__ import annotations

import asyncio
import math
import sys
import time

from ..service import OrderService, SyncReport
from .context import Context
from .exits import EXIT_AUTH, EXIT_OK, EXIT_UNSENT
from .output import change_text


def in_about(seconds: float) -> str:
    """A wait in words: "45 s", "about 2 minutes"."""
    if seconds < 90:
        return f"{math.ceil(seconds)} s"
    return f"about {round(seconds / 60)} minutes"


def in_flight_note(settling: float) -> str:
    """What is known of a change whose try got no answer: kept, maybe applied, checked later, never sent twice."""
    when = f"in {in_about(settling)}" if settling > 0 else "at the next sync"
    return (
        f"the server may have it already (its answer was lost); it is checked {when} and never sent twice. "
        "`genuka-desk sync --wait` waits for it."
    )


def unanswered(service: OrderService, order_id: str) -> float | None:
    """Seconds until the order's unanswered try is checked (0: at the next sync); None when none waits so.

    A try that got no answer (the change's own, or one before it on the order)
    may have been applied: it is never sent again before a fresh read says not.
    """
    waits = [
        c.settle_until
        for c in service.orders.changes_of(order_id)
        if c.state.value in ("pending", "sending") and c.settle_until > 0
    ]
    return max(0.0, max(waits) - time.time()) if waits else None


def _sync_summary(report: SyncReport) -> str:
    parts = [f"sent {report.sent + report.already_applied}", f"pulled {report.changed} updated orders"]
    if report.remaining:
        parts.append(f"{report.remaining} change(s) remain")
    text = "Sync: " + ", ".join(parts) + "."
    if report.offline:
        text += " The server cannot be reached: changes stay queued."
    elif report.auth_required:
        text += " The server refused the token: log in again."
    elif report.error:
        text += f" {report.error}"
    elif report.settling and report.remaining:
        text += " Kept: " + in_flight_note(report.settling)
    if report.conflicts or report.failed:
        text += " See `genuka-desk queue`."
    return text


def _report_code(report: SyncReport) -> int:
    if report.auth_required:
        return EXIT_AUTH
    return EXIT_OK if report.complete else EXIT_UNSENT


async def sync_round(ctx: Context, service: OrderService, *, full: bool = False, pull: bool = True) -> SyncReport:
    """One sync, returned at once with what is known.

    Only ``sync --wait`` waits: for another sender of this profile to finish,
    and for a change whose try got no answer to be checked (it may be checked
    only once the server can no longer apply that try, SyncPolicy.in_flight_limit).
    """
    report = await service.sync(full=full, pull=pull)
    wait: float | None = getattr(ctx.args, "wait", None)
    if wait is None:
        return report
    deadline = time.monotonic() + wait
    told: set[str] = set()
    while not (report.offline or report.auth_required):
        if report.sender_elsewhere is not None:
            why, pause = "sender", 0.5
            note = (
                f"note: another genuka-desk (process {report.sender_elsewhere or '?'}) is sending this "
                "profile's changes; waiting for it to finish."
            )
        elif report.settling and report.remaining:
            why, pause = "settling", report.settling + 0.05
            note = f"note: a change sent earlier got no answer; waiting {in_about(report.settling)} to check it."
        else:
            break
        left = deadline - time.monotonic()
        if left <= 0:
            break
        if why not in told:
            print(note, file=sys.stderr)
            told.add(why)
        await asyncio.sleep(min(pause, left))
        # Pulled already unless another sender held the queue until now.
        report = await service.sync(full=full, pull=pull and why == "sender")
    return report


def sync(ctx: Context) -> int:
    """``sync``: send every queued change, then pull the server's changes."""
    ctx.require_token()

    async def work(service: OrderService) -> int:
        report = await sync_round(ctx, service, full=ctx.args.full)
        data = {**vars(report), "complete": report.complete}
        if report.sender_elsewhere is not None:
            # Handed over: the other process sends the shared queue; nothing was sent from here.
            ctx.out(data, f"Sync: {report.error} They will be sent by it (`genuka-desk sync --wait` waits for it).")
            return EXIT_OK
        ctx.out(data, _sync_summary(report))
        return _report_code(report)

    return ctx.run(work)


async def send_now(ctx: Context, service: OrderService, order_id: str) -> int:
    """Try to send what was just queued; offline, say it is queued (exit 0)."""
    if not ctx.token:
        print("Queued. Not logged in: it will be sent after `genuka-desk login` and a sync.")
        return EXIT_OK
    report = await sync_round(ctx, service, pull=False)
    left = service.orders.changes_of(order_id)
    if not left:
        print("Sent to the server.")
        return EXIT_OK
    if report.auth_required:
        print("Queued. The server refused the token: log in again, then sync.", file=sys.stderr)
        return EXIT_AUTH
    refused = [c for c in left if c.state.value in ("failed", "conflict")]
    if refused:
        order = service.orders.cached(order_id)
        print("Queued, but not accepted:\n" + "\n".join(change_text(c, order) for c in refused), file=sys.stderr)
        return EXIT_UNSENT
    if report.sender_elsewhere is not None:
        print(f"Queued. {report.error} It will be sent by it.")
        return EXIT_OK
    wait = unanswered(service, order_id)
    if wait is not None:
        print("Kept; " + in_flight_note(wait))
        return EXIT_UNSENT
    reason = report.error or "the server could not be reached"
    print(f"Queued; not sent yet ({reason}). It will be sent at the next sync.")
    return EXIT_OK
