"""``till``: open and close the cash session with a count, its status, its Z report, a manager's review.

A count is typed as value x quantity: ``--count 10000x3,5000x4,500x12``.
Opening and closing are queued like every change (offline too) and sent
once; approving and rejecting a difference need the server.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from ..service import OrderService
from ..service.till import TillError, TillView, parse_counts
from ..service.till_report import CountLine, ZReport
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_OK, CliError
from .sync_command import send_now, sync_round


def view_json(view: TillView) -> dict[str, Any]:
    """A session for ``--json``."""
    session = view.session
    return {
        "id": session.server_id,
        "local_id": session.local_id,
        "account": session.account_label,
        "account_id": session.account_id,
        "status": session.status,
        "opened_at": session.opened_at,
        "opened_by": session.opened_by,
        "balance_start": str(session.balance_start),
        "expected": str(view.expected),
        "provisional": view.provisional,
        "balance_counted": None if session.balance_counted is None else str(session.balance_counted),
        "reason": session.reason,
        "requires_approval": view.requires_approval,
        "waiting": view.waiting,
    }


def _money(amount: Decimal | None, currency: str = "XAF") -> str:
    return "—" if amount is None else f"{amount:,.0f} {currency}".replace(",", " ")


def view_text(view: TillView) -> str:
    """A session in a few lines."""
    session = view.session
    lines = [
        f"Till {session.account_label}: {session.status}"
        + (" (waiting for a manager's approval)" if view.requires_approval else ""),
        f"  opened by {session.opened_by or '?'}, with {_money(session.balance_start)}",
        f"  should hold {_money(view.expected)}"
        + (" (provisional: not all on the server yet)" if view.provisional else ""),
    ]
    if session.balance_counted is not None:
        lines.append(
            f"  counted {_money(session.balance_counted)}" + (f", reason: {session.reason}" if session.reason else "")
        )
    if view.waiting:
        lines.append(f"  {view.waiting} operation(s) not sent yet")
    return "\n".join(lines)


async def _known_counts(ctx: Context, service: OrderService) -> None:
    """The bills and coins and the cash accounts, read once from the server when this desk has none yet."""
    if (not service.till.denominations() or not service.till.cash_accounts()) and ctx.token:
        await sync_round(ctx, service)
    if not service.till.denominations():
        raise CliError("This desk does not know the bills and coins yet: log in and sync once.", EXIT_BAD_INPUT)


def till_open(ctx: Context) -> int:
    """``till open --count 10000x3,... [--account ID] [--notes N]``."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        await _known_counts(ctx, service)
        counts = parse_counts(args.count, service.till.denominations())
        view = service.till.open(counts, args.account, args.notes or "")
        print(f"Till opened with {_money(view.session.balance_start)} (kept on this computer).")
        return await send_now(ctx, service, view.session.subject)

    return ctx.run(work)


def till_close(ctx: Context) -> int:
    """``till close --count 10000x3,... [--reason R] [--notes N]``."""
    args = ctx.args

    async def work(service: OrderService) -> int:
        await _known_counts(ctx, service)
        counts = parse_counts(args.count, service.till.denominations())
        view = service.till.close(counts, args.reason, args.notes or "")
        print(f"Till closed with {_money(view.session.balance_counted)} counted (kept on this computer).")
        code = await send_now(ctx, service, view.session.subject)
        print(view_text(service.till.session(view.session.local_id)))
        return code

    return ctx.run(work)


def till_status(ctx: Context) -> int:
    """``till status [--json]``: the session the till shows (none: closed)."""

    async def work(service: OrderService) -> int:
        if ctx.token:
            await sync_round(ctx, service)
        if service.till.available() is False:
            ctx.out({"available": False}, "Cash control is off for this company: no till (sales go on as before).")
            return EXIT_OK
        view = service.till.current()
        if view is None:
            ctx.out({"available": service.till.available(), "session": None}, "The till is closed.")
            return EXIT_OK
        ctx.out({"available": service.till.available(), "session": view_json(view)}, view_text(view))
        return EXIT_OK

    return ctx.run(work)


STATES = {
    "open": "open",
    "closing": "closed here, not sent yet",
    "awaiting_approval": "closed, awaiting a manager's approval",
    "approved": "closed and approved",
    "closed": "closed",
    "rejected": "rejected: count again",
}
MOVEMENTS = {
    "expense": "Expense",
    "transfer_out": "Transfer out",
    "transfer_in": "Transfer in",
    "adjustment_in": "Adjustment in",
    "adjustment_out": "Adjustment out",
}


def _count(line: CountLine, currency: str) -> str:
    kind = f" ({line.kind})" if line.kind else ""
    return f"  {line.label + kind:>20} x {line.quantity:<4} {_money(line.amount, currency)}"


def report_text(report: ZReport) -> str:
    """The Z report as text (the terminal's): what the A4 and the roll say."""
    cur = report.currency
    lines = [
        f"Z report — {report.account}"
        + (f" — ref. {report.reference}" if report.reference else "")
        + (" — PROVISIONAL (not synced)" if report.provisional else ""),
        f"State: {STATES.get(report.state, report.state)}",
        f"Opened {report.opened_at:%Y-%m-%d %H:%M} by {report.opened_by or '?'}, "
        f"with {_money(report.balance_start, cur)}",
    ]
    lines += [_count(line, cur) for line in report.opening]
    if report.opening_notes:
        lines.append(f"Opening notes: {report.opening_notes}")
    lines.append(f"Cash sales {_money(report.cash_sales, cur)}")
    lines.append(f"Refunds {_money(report.refunds, cur)}")
    for movement in report.movements:
        what = MOVEMENTS.get(movement.kind, movement.kind)
        about = f" ({movement.description})" if movement.description else ""
        lines.append(f"{what}{about} {_money(movement.amount, cur)}")
    if report.by_method:
        lines.append("Payments by method:")
        lines += [f"  {method:<16} {_money(amount, cur)}" for method, amount in report.by_method]
    lines.append(f"Expected {_money(report.expected, cur)}")
    if report.counted is not None:
        lines.append(f"Counted {_money(report.counted, cur)}, difference {_money(report.difference, cur)}")
        lines += [_count(line, cur) for line in report.closing]
    if report.reason:
        lines.append(f"Reason: {report.reason}")
    if report.closing_notes:
        lines.append(f"Closing notes: {report.closing_notes}")
    if report.closed_at is not None:
        lines.append(f"Closed {report.closed_at:%Y-%m-%d %H:%M} by {report.closed_by or '?'}")
    if report.approved_by:
        when = f" on {report.approved_at:%Y-%m-%d %H:%M}" if report.approved_at else ""
        lines.append(f"Approved by {report.approved_by}{when}")
    if report.rejected_by:
        when = f" on {report.rejected_at:%Y-%m-%d %H:%M}" if report.rejected_at else ""
        lines.append(f"Rejected by {report.rejected_by}{when}")
    if report.review_note:
        lines.append(f"Manager's note: {report.review_note}")
    return "\n".join(lines)


def till_report(ctx: Context) -> int:
    """``till report [SESSION] [--json] [--pdf FILE]``: the Z report (provisional offline)."""
    args = ctx.args
    render = getattr(args, "render", None)
    path = Path(args.pdf) if args.pdf else None
    if path is not None and render is None:
        raise CliError("A PDF needs the desktop part of genuka-desk (run it as `genuka-desk till report`).", 1)
    if path is not None and not path.parent.exists():
        raise CliError(f"The folder {path.parent} does not exist.", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        report = await service.till.report(args.session)
        if path is not None and render is not None:
            try:
                render(report, path, args.lang, methods=service.payments.methods())  # the shop's names
            except OSError as exc:
                raise CliError(f"The PDF could not be written to {path}: {exc.strerror}.", EXIT_BAD_INPUT) from exc
            print(f"Z report written to {path}.")
        data = {
            "session": report.session_id,
            "provisional": report.provisional,
            "balance_start": str(report.balance_start),
            "cash_in": str(report.cash_in),
            "cash_out": str(report.cash_out),
            "refunds": str(report.refunds),
            "by_method": {method: str(amount) for method, amount in report.by_method},
            "expected": str(report.expected),
            "counted": None if report.counted is None else str(report.counted),
            "difference": None if report.difference is None else str(report.difference),
            "reason": report.reason,
            "state": report.state,
            "reference": report.reference,
            "cash_sales": str(report.cash_sales),
            "movements": [
                {"kind": m.kind, "amount": str(m.amount), "description": m.description} for m in report.movements
            ],
            "opening_notes": report.opening_notes,
            "closing_notes": report.closing_notes,
            "approved_by": report.approved_by,
            "review_note": report.review_note,
        }
        ctx.out(data, report_text(report))
        return EXIT_OK

    return ctx.run(work)


def till_review(ctx: Context) -> int:
    """``till approve SESSION [--notes N]`` and ``till reject SESSION --reason R`` (a manager, online)."""
    args = ctx.args
    ctx.require_token()

    async def work(service: OrderService) -> int:
        if args.till_command == "approve":
            view = await service.till.approve(args.session, args.notes or "")
        else:
            if not args.reason:
                raise TillError("Say why the closure is rejected (--reason).")
            view = await service.till.reject(args.session, args.reason)
        print(view_text(view))
        return EXIT_OK

    return ctx.run(work)


def till_take_over(ctx: Context) -> int:
    """``till take-over``: the opening held because a session is open there takes that session (online)."""
    ctx.require_token()

    async def work(service: OrderService) -> int:
        view = await service.till.take_over()
        print(view_text(view))
        return EXIT_OK

    return ctx.run(work)
