"""``login``, ``logout`` and ``company``: who the CLI works as, through the same desk as the GUI."""

from __future__ import annotations

import asyncio
import getpass
import os
import sys
from collections.abc import Sequence

from ..models import CompanyChoice
from ..service import OrderService, UnsentChanges
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNSENT, CliError
from .words import switch_note


def login(ctx: Context) -> int:
    """``login``: with ``--token`` an API key, else an email and a password; the token is kept."""
    args = ctx.args
    if args.token:
        if not ctx.profile.company_id:
            raise CliError("Give the company id with --company (or GENUKA_COMPANY).", EXIT_BAD_INPUT)
        checked = asyncio.run(ctx.desk.log_in_with_key(ctx.profile, args.token))
        if not checked.checked:
            print(
                f"note: the token could not be checked ({checked.reason}); it is kept and checked at the next sync.",
                file=sys.stderr,
            )
        session = checked.session
    else:
        try:
            email = args.email or input("Email: ").strip()
            password = args.password or os.environ.get("GENUKA_PASSWORD") or getpass.getpass("Password: ")
        except EOFError as exc:
            raise CliError("Give --email and --password, or --token.", EXIT_BAD_INPUT) from exc
        if not email or not password:
            raise CliError("Give --email and --password, or --token.", EXIT_BAD_INPUT)
        wanted = args.company or os.environ.get("GENUKA_COMPANY")
        session = asyncio.run(
            ctx.desk.log_in(ctx.profile, email, password, lambda companies, _: _pick_company(companies, wanted))
        )
        if not session.profile.company_id:
            raise CliError("Give the company id with --company (or GENUKA_COMPANY).", EXIT_BAD_INPUT)
    where = ctx.desk.keep(session, remember=True)
    print(f"Logged in to {session.profile.base_url} (company {session.profile.company_id}).")
    if where == "file":
        print(
            f"warning: no OS keychain here; the token is kept in {ctx.desk.tokens(session.profile).file} "
            "(readable only by you).",
            file=sys.stderr,
        )
    return EXIT_OK


def _pick_company(companies: Sequence[CompanyChoice], wanted: str | None) -> str:
    """The company this desk serves, for a user of several: ``--company``, else asked."""
    ids = [c.id for c in companies if c.id]
    if wanted:
        if wanted not in ids:
            raise CliError(f"You do not belong to company {wanted}; yours: {', '.join(ids)}.", EXIT_BAD_INPUT)
        return wanted
    print("You belong to several companies:")
    for number, company in enumerate(companies, 1):
        print(f"  {number}. {company.label}  [{company.id}]")
    try:
        answer = input(f"Which one does this desk serve? [1-{len(ids)}] ").strip()
    except EOFError as exc:
        raise CliError("Give the company with --company.", EXIT_BAD_INPUT) from exc
    if not answer.isdigit() or not 1 <= int(answer) <= len(ids):
        raise CliError(f"Answer a number from 1 to {len(ids)}, or give --company.", EXIT_BAD_INPUT)
    return ids[int(answer) - 1]


def logout(ctx: Context) -> int:
    """``logout``: forget the token (revoked when the server answers); ``--forget-data`` deletes the local copy."""
    args = ctx.args
    try:
        done = asyncio.run(ctx.desk.log_out(ctx.profile, ctx.token, forget_data=args.forget_data, force=args.force))
    except UnsentChanges as exc:
        raise CliError(
            f"{exc.unsent} change(s) were not sent yet and would be lost with the local data. "
            "Run `genuka-desk sync` first, or add --force to delete them anyway.",
            EXIT_UNSENT,
        ) from exc
    if not done.revoked:
        print("note: the server could not be told; the token is forgotten here and expires on its own.")
    if args.forget_data:
        print(f"Logged out: the token is forgotten and the local data deleted ({done.removed} file(s)).")
    elif done.unsent:
        print(
            f"Logged out: the token is forgotten. Warning: {done.unsent} change(s) were not sent yet; "
            "they stay on this computer and are sent after the next login."
        )
    else:
        print("Logged out: the token is forgotten. The orders stay on this computer (--forget-data deletes them).")
    return EXIT_OK


def company(ctx: Context) -> int:
    """``company``: list the user's companies; ``company switch ID``: serve another one."""
    ctx.require_token()
    wanted: str | None = getattr(ctx.args, "company_id", None)
    session = ctx.session
    assert session is not None

    async def work(service: OrderService) -> int:
        choices = await service.account.companies()
        current = ctx.profile.company_id
        if wanted is None:
            rows = [{"id": c.id, "name": c.name, "code": c.company_code, "current": c.id == current} for c in choices]
            text = "\n".join(f"{'*' if c.id == current else ' '} {c.label}  [{c.id}]" for c in choices)
            ctx.out({"companies": rows}, text or "No company.")
            return EXIT_OK
        if wanted == current:
            print(f"This desk already serves company {wanted}.")
            return EXIT_OK
        if wanted not in {c.id for c in choices}:
            ids = ", ".join(str(c.id) for c in choices)
            raise CliError(f"You do not belong to company {wanted}; yours: {ids}.", EXIT_BAD_INPUT)
        unsent = service.changes.unsent_count()
        print(switch_note(), file=sys.stderr)
        switched = await ctx.desk.switch_company(service, session, wanted)
        ctx.desk.keep(switched, remember=True)  # the CLI always keeps its token
        label = next((c.label for c in choices if c.id == wanted), wanted)
        print(f"Now serving {label} [{switched.profile.company_id}]. Run `genuka-desk sync` to fetch its orders.")
        if unsent:
            print(
                f"note: {unsent} change(s) of the previous company were not sent yet; they stay on this "
                f"computer and are sent when you switch back (genuka-desk company switch {current})."
            )
        return EXIT_OK

    return ctx.run(work)
