"""``sync``: push the queue, then pull; and the sending of what a command just queued."""

from __future__ import annotations

import asyncio
import sys
import time

from ..service import OrderService, SyncReport
from .context import Context
from .exits import EXIT_AUTH, EXIT_OK, EXIT_UNSENT
from .output import change_text


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
    if report.conflicts or report.failed:
        text += " See `genuka-desk queue`."
    return text


def _report_code(report: SyncReport) -> int:
    if report.auth_required:
        return EXIT_AUTH
    return EXIT_OK if report.complete else EXIT_UNSENT


async def sync_round(ctx: Context, service: OrderService, *, full: bool = False, pull: bool = True) -> SyncReport:
    """One sync, waiting for another sender of this profile and for changes still in flight."""
    report = await service.sync(full=full, pull=pull)
    wait = float(getattr(ctx.args, "wait", 60.0))
    deadline = time.monotonic() + wait
    told = False
    while report.sender_elsewhere is not None and time.monotonic() < deadline:
        if not told:
            holder = report.sender_elsewhere or "?"
            print(
                f"note: another genuka-desk (process {holder}) is sending this profile's changes; "
                f"waiting up to {wait:.0f} s for it to finish.",
                file=sys.stderr,
            )
            told = True
        await asyncio.sleep(0.5)
        report = await service.sync(full=full, pull=pull)
    # A change whose last try got no answer is checked only once the server can no
    # longer apply that try (SyncPolicy.in_flight_limit): wait for it, then go on.
    for _ in range(3):
        if not (report.settling and report.remaining) or report.offline or report.auth_required:
            break
        if report.sender_elsewhere is not None:
            break
        print(
            f"note: a change sent earlier got no answer; it is checked in {report.settling:.0f} s (never sent twice).",
            file=sys.stderr,
        )
        await asyncio.sleep(report.settling + 0.05)
        report = await service.sync(pull=False)
    return report


def sync(ctx: Context) -> int:
    """``sync``: send every queued change, then pull the server's changes."""
    ctx.require_token()

    async def work(service: OrderService) -> int:
        report = await sync_round(ctx, service, full=ctx.args.full)
        data = {**vars(report), "complete": report.complete}
        if report.sender_elsewhere is not None:
            # Handed over: the other process sends the shared queue; nothing was sent from here.
            ctx.out(data, f"Sync: {report.error} They will be sent by it.")
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
    left = service.changes_of(order_id)
    if not left:
        print("Sent to the server.")
        return EXIT_OK
    if report.auth_required:
        print("Queued. The server refused the token: log in again, then sync.", file=sys.stderr)
        return EXIT_AUTH
    refused = [c for c in left if c.state.value in ("failed", "conflict")]
    if refused:
        order = service.order_now(order_id)
        print("Queued, but not accepted:\n" + "\n".join(change_text(c, order) for c in refused), file=sys.stderr)
        return EXIT_UNSENT
    if report.sender_elsewhere is not None:
        print(f"Queued. {report.error} It will be sent by it.")
        return EXIT_OK
    reason = report.error or "the server could not be reached"
    print(f"Queued; not sent yet ({reason}). It will be sent at the next sync.")
    return EXIT_OK
