"""genuka-desk from a terminal: the same OrderService the GUI uses.

Every command takes ``--base-url``, ``--company``, ``--token`` (or the
``GENUKA_BASE_URL``, ``GENUKA_COMPANY``, ``GENUKA_TOKEN`` variables) and
``--data-dir``. Errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .api import AuthError, GenukaClient, GenukaError
from .api.urls import InsecureURLError
from .cli_edit import EditSyntaxError, parse_assignments
from .cli_format import change_json, change_text, order_json, order_text, row_json, rows_text
from .credentials import TokenStore
from .logs import register_secret, setup_logging
from .models import LoginResult
from .paths import AppPaths
from .profile import Profile
from .service import (
    SERVICE_RETRY,
    ChangeNotFound,
    InvalidEdit,
    OrderNotFound,
    OrderService,
    ServiceError,
    local_folder,
)
from .store import SORT_COLUMNS, ListQuery, LocalStore, StoreError
from .sync import SyncReport

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_AUTH = 2
EXIT_NOT_FOUND = 3
EXIT_UNSENT = 4

EPILOG = """exit codes:
  0  ok
  1  bad input (a wrong argument, an invalid value, an unusable data folder)
  2  authentication (not logged in, token refused)
  3  not found (no such order or change)
  4  changes remain unsent (offline, refused or in conflict)

environment:
  GENUKA_BASE_URL, GENUKA_COMPANY, GENUKA_TOKEN  stand for --base-url, --company, --token

Changes are queued locally first and survive restarts; without a network they
are sent by the next `genuka-desk sync` (or by the desktop app).
"""


class CliError(Exception):
    """A one-line error and the exit code it means."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


@dataclass
class Context:
    """What a command works with: folders, profile, token, and the service once opened."""

    args: argparse.Namespace
    paths: AppPaths
    profile: Profile
    tokens: TokenStore
    token: str | None

    def open_service(self) -> OrderService:
        """The service over this profile's store, with the chosen server and token."""
        store = LocalStore(local_folder(self.paths.data_dir, self.profile))
        try:
            client = GenukaClient(
                self.profile.base_url,
                company_id=self.profile.company_id,
                token=self.token,
                auth_scheme=self.profile.auth_scheme,
                shop_id=self.profile.shop_id,
                language=self.profile.language,
                retry=SERVICE_RETRY,
            )
        except InsecureURLError as exc:
            store.close()
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
        if store.cache_rebuilt:
            print(
                f"note: the local copy of the orders was damaged; it was set aside ({store.cache_moved_to}) "
                "and is fetched again at the next sync. Unsent changes are safe.",
                file=sys.stderr,
            )
        return OrderService(store, client)

    def require_token(self) -> None:
        """Stop with exit 2 when there is no token to talk to the server."""
        if not self.token:
            raise CliError("Not logged in: run `genuka-desk login` (or pass --token).", EXIT_AUTH)

    def out(self, data: Any, text: str) -> None:
        """Print ``data`` as JSON with ``--json``, else ``text``."""
        if getattr(self.args, "json", False):
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        else:
            print(text)


def _context(args: argparse.Namespace) -> Context:
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise CliError(f"Cannot use the data folder: {exc.strerror or exc}", EXIT_BAD_INPUT) from exc
    setup_logging(paths.log_file)
    profile = Profile.load(paths.config_dir)
    base_url = args.base_url or os.environ.get("GENUKA_BASE_URL")
    company = args.company or os.environ.get("GENUKA_COMPANY")
    if base_url:
        profile.base_url = base_url
    if company:
        profile.company_id = company
    tokens = TokenStore(paths.config_dir, profile.name)
    token = args.token or os.environ.get("GENUKA_TOKEN") or tokens.load()
    if token:
        register_secret(token)
    return Context(args=args, paths=paths, profile=profile, tokens=tokens, token=token)


async def _with_service(ctx: Context, work: Callable[[OrderService], Awaitable[int]]) -> int:
    service = ctx.open_service()
    try:
        return await work(service)
    finally:
        await service.close()


# -- commands ------------------------------------------------------------------


def _login(ctx: Context) -> int:
    args = ctx.args
    if args.token:
        token = args.token

        async def check(service: OrderService) -> int:
            try:
                # An API key goes as X-API-Key (documented), else as Bearer: remember which one works.
                ctx.profile.auth_scheme = await service.client.use_api_key(token, ctx.profile.company_id)
            except AuthError:
                raise
            except GenukaError as exc:
                print(f"note: the token could not be checked ({exc.message}); keeping it anyway.", file=sys.stderr)
            return EXIT_OK

        ctx.token = token
        if ctx.profile.company_id:
            asyncio.run(_with_service(ctx, check))
    else:
        try:
            email = args.email or input("Email: ").strip()
            password = args.password or os.environ.get("GENUKA_PASSWORD") or getpass.getpass("Password: ")
        except EOFError as exc:
            raise CliError("Give --email and --password, or --token.", EXIT_BAD_INPUT) from exc
        if not email or not password:
            raise CliError("Give --email and --password, or --token.", EXIT_BAD_INPUT)

        async def log_in(service: OrderService) -> int:
            result = await service.login(email, password)
            ctx.profile.email = email
            ctx.profile.auth_scheme = "bearer"
            if result.must_pick_company:
                chosen = _pick_company(result, args.company or os.environ.get("GENUKA_COMPANY"))
                if chosen != result.company_id:
                    result = await service.switch_company(chosen)
            if result.company_id:
                ctx.profile.company_id = result.company_id
            ctx.profile.read_only = result.read_only
            ctx.token = result.access_token.get_secret_value()
            return EXIT_OK

        asyncio.run(_with_service(ctx, log_in))
        token = ctx.token or ""
    register_secret(token)
    if not ctx.profile.company_id:
        raise CliError("Give the company id with --company (or GENUKA_COMPANY).", EXIT_BAD_INPUT)
    where = ctx.tokens.save(token)
    ctx.profile.save(ctx.paths.config_dir)
    print(f"Logged in to {ctx.profile.base_url} (company {ctx.profile.company_id}).")
    if where == "file":
        print(
            f"warning: no OS keychain here; the token is kept in {ctx.tokens.file} (readable only by you).",
            file=sys.stderr,
        )
    return EXIT_OK


def _pick_company(result: LoginResult, wanted: str | None) -> str:
    """The company this desk serves, for a user of several: ``--company``, else asked."""
    ids = [c.id for c in result.companies if c.id]
    if wanted:
        if wanted not in ids:
            raise CliError(f"You do not belong to company {wanted}; yours: {', '.join(ids)}.", EXIT_BAD_INPUT)
        return wanted
    print("You belong to several companies:")
    for number, company in enumerate(result.companies, 1):
        print(f"  {number}. {company.label}  [{company.id}]")
    try:
        answer = input(f"Which one does this desk serve? [1-{len(ids)}] ").strip()
    except EOFError as exc:
        raise CliError("Give the company with --company.", EXIT_BAD_INPUT) from exc
    if not answer.isdigit() or not 1 <= int(answer) <= len(ids):
        raise CliError(f"Answer a number from 1 to {len(ids)}, or give --company.", EXIT_BAD_INPUT)
    return ids[int(answer) - 1]


def _revoke(ctx: Context) -> bool:
    """Revoke the saved token on the server when it can be reached (best effort)."""
    if not ctx.token or not ctx.profile.company_id:
        return False

    async def revoke(service: OrderService) -> int:
        return int(await service.log_out_server())

    try:
        return bool(asyncio.run(_with_service(ctx, revoke)))
    except (CliError, GenukaError, StoreError):
        return False


def _logout(ctx: Context) -> int:
    folder = local_folder(ctx.paths.data_dir, ctx.profile)
    try:
        with LocalStore(folder) as store:
            unsent = store.unsent_count()
    except StoreError:
        unsent = 0  # a damaged or unreadable store: forgetting the token still works
    if ctx.args.forget_data and unsent and not ctx.args.force:
        raise CliError(
            f"{unsent} change(s) were not sent yet and would be lost with the local data. "
            "Run `genuka-desk sync` first, or add --force to delete them anyway.",
            EXIT_UNSENT,
        )
    revoked = _revoke(ctx)
    ctx.tokens.delete()
    if not revoked:
        print("note: the server could not be told; the token is forgotten here and expires on its own.")
    if ctx.args.forget_data:
        removed = LocalStore.delete_files(folder)
        print(f"Logged out: the token is forgotten and the local data deleted ({removed} file(s)).")
    elif unsent:
        print(
            f"Logged out: the token is forgotten. Warning: {unsent} change(s) were not sent yet; "
            "they stay on this computer and are sent after the next login."
        )
    else:
        print("Logged out: the token is forgotten. The orders stay on this computer (--forget-data deletes them).")
    return EXIT_OK


def _company(ctx: Context) -> int:
    """``company``: list the user's companies; ``company switch ID``: serve another one."""
    ctx.require_token()
    wanted: str | None = getattr(ctx.args, "company_id", None)

    async def work(service: OrderService) -> int:
        choices = await service.companies()
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
        unsent = service.store.unsent_count()
        result = await service.switch_company(wanted)
        ctx.token = result.access_token.get_secret_value()
        register_secret(ctx.token)
        ctx.profile.company_id = result.company_id or wanted
        ctx.profile.read_only = result.read_only
        ctx.tokens.save(ctx.token)
        ctx.profile.save(ctx.paths.config_dir)
        label = next((c.label for c in choices if c.id == wanted), wanted)
        print(f"Now serving {label} [{ctx.profile.company_id}]. Run `genuka-desk sync` to fetch its orders.")
        if unsent:
            print(
                f"note: {unsent} change(s) of the previous company were not sent yet; they stay on this "
                f"computer and are sent when you switch back (genuka-desk company switch {current})."
            )
        return EXIT_OK

    return asyncio.run(_with_service(ctx, work))


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


async def _sync_round(ctx: Context, service: OrderService, *, full: bool = False, pull: bool = True) -> SyncReport:
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


def _sync(ctx: Context) -> int:
    ctx.require_token()

    async def work(service: OrderService) -> int:
        report = await _sync_round(ctx, service, full=ctx.args.full)
        data = {**vars(report), "complete": report.complete}
        if report.sender_elsewhere is not None:
            # Handed over: the other process sends the shared queue; nothing was sent from here.
            ctx.out(data, f"Sync: {report.error} They will be sent by it.")
            return EXIT_OK
        ctx.out(data, _sync_summary(report))
        return _report_code(report)

    return asyncio.run(_with_service(ctx, work))


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


def _orders_list(ctx: Context) -> int:
    query = _list_query(ctx.args)

    async def work(service: OrderService) -> int:
        found = await service.list_orders(query)
        ctx.out({"total": found.total, "orders": [row_json(r) for r in found.rows]}, rows_text(found.rows, found.total))
        return EXIT_OK

    return asyncio.run(_with_service(ctx, work))


def _orders_show(ctx: Context) -> int:
    async def work(service: OrderService) -> int:
        order = await service.get_order(ctx.args.order)
        changes = service.changes_of(str(order.id))
        ctx.out(order_json(order, changes), order_text(order, changes))
        return EXIT_OK

    return asyncio.run(_with_service(ctx, work))


async def _send_now(ctx: Context, service: OrderService, order_id: str) -> int:
    """Try to send what was just queued; offline, say it is queued (exit 0)."""
    if not ctx.token:
        print("Queued. Not logged in: it will be sent after `genuka-desk login` and a sync.")
        return EXIT_OK
    report = await _sync_round(ctx, service, pull=False)
    left = service.changes_of(order_id)
    if not left:
        print("Sent to the server.")
        return EXIT_OK
    if report.auth_required:
        print("Queued. The server refused the token: log in again, then sync.", file=sys.stderr)
        return EXIT_AUTH
    refused = [c for c in left if c.state.value in ("failed", "conflict")]
    if refused:
        print("Queued, but not accepted:\n" + "\n".join(change_text(c) for c in refused), file=sys.stderr)
        return EXIT_UNSENT
    if report.sender_elsewhere is not None:
        print(f"Queued. {report.error} It will be sent by it.")
        return EXIT_OK
    reason = report.error or "the server could not be reached"
    print(f"Queued; not sent yet ({reason}). It will be sent at the next sync.")
    return EXIT_OK


def _orders_set_status(ctx: Context) -> int:
    args = ctx.args
    if args.shipping is None and args.billing is None:
        raise CliError("Give --shipping STATUS, --billing STATUS, or both.", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        change = await service.set_status(args.order, shipping=args.shipping, billing=args.billing)
        if change is None:
            print("Nothing to change: the order already has that status.")
            return EXIT_OK
        return await _send_now(ctx, service, change.order_id)

    return asyncio.run(_with_service(ctx, work))


def _orders_edit(ctx: Context) -> int:
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
        return await _send_now(ctx, service, change.order_id)

    return asyncio.run(_with_service(ctx, work))


def _queue(ctx: Context) -> int:
    action = ctx.args.action

    async def work(service: OrderService) -> int:
        if action is None:
            changes = service.queue(include_sent=ctx.args.all)
            text = "\n".join(change_text(c) for c in changes) if changes else "The queue is empty: everything was sent."
            ctx.out([change_json(c) for c in changes], text)
            return EXIT_OK if not any(c.active for c in changes) else EXIT_UNSENT
        if action == "resolve":
            change = await service.resolve(ctx.args.change, ctx.args.keep)
            if ctx.args.keep == "theirs":
                print(f"Kept the server's version; change {change.id[:8]} dropped.")
                return EXIT_OK
            print(f"Keeping your version of change {change.id[:8]}.")
            return await _send_now(ctx, service, change.order_id)
        if action == "retry":
            change = await service.retry(ctx.args.change)
            return await _send_now(ctx, service, change.order_id)
        change = await service.discard(ctx.args.change)
        print(f"Discarded change {change.id[:8]} ({change.summary()}).")
        return EXIT_OK

    return asyncio.run(_with_service(ctx, work))


def _demo_server(args: argparse.Namespace) -> int:
    from .api.urls import is_loopback
    from .demo import DemoServer

    if not is_loopback(args.host):
        print(f"warning: the demo API will be reachable from other machines on {args.host}", file=sys.stderr)
    try:
        server = DemoServer(orders=args.orders, seed=args.seed, host=args.host, port=args.port, envelope=args.envelope)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"Genuka demo API on {server.url}  ({args.orders} orders, seed {args.seed})")
    print(f"  company id : {server.company_id}")
    print("  login      : demo@genuka.com / password   (read-only: lecture@genuka.com / password)")
    print(f"  API key    : {server.admin_key}")
    print("Ctrl+C to stop.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped")
    return EXIT_OK


# -- parser ----------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument("--base-url", help="the Genuka API server (default: the saved profile's)")
    group.add_argument("--company", help="the company id (X-Company)")
    group.add_argument("--token", help="an API token (else the saved one)")
    group.add_argument("--data-dir", metavar="DIR", help="keep all local state (database, settings, logs) in DIR")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="genuka-desk",
        description="Offline-first order management for Genuka shops.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, run: Callable[[Context], int]) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, epilog=EPILOG)
        sub.formatter_class = argparse.RawDescriptionHelpFormatter
        _common(sub)
        sub.set_defaults(command_run=run)
        return sub

    login = command("login", "log in and keep the token (OS keychain, else a private file)", _login)
    login.add_argument("--email")
    login.add_argument("--password", help="(else GENUKA_PASSWORD, else asked)")
    logout = command("logout", "forget the saved token (and, on request, this computer's copy)", _logout)
    logout.add_argument("--forget-data", action="store_true", help="also delete the local orders and change queue")
    logout.add_argument("--force", action="store_true", help="with --forget-data: delete even unsent changes")
    company = command("company", "list the companies you belong to; `company switch ID` serves another", _company)
    company.add_argument("--json", action="store_true")
    company_actions = company.add_subparsers(dest="company_action", metavar="ACTION")
    switch = company_actions.add_parser("switch", help="serve another of your companies (a new token)")
    switch.add_argument("company_id", metavar="COMPANY_ID")
    sync = command("sync", "send queued changes, then fetch the server's changes", _sync)
    sync.add_argument("--full", action="store_true", help="re-read every order, not only the changed ones")
    sync.add_argument("--json", action="store_true")
    sync.add_argument(
        "--wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="when another genuka-desk is sending this profile's changes, wait this long for it (default 60)",
    )

    orders = commands.add_parser("orders", help="list, show and change orders")
    order_commands = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    def order_command(name: str, help_text: str, run: Callable[[Context], int]) -> argparse.ArgumentParser:
        sub = order_commands.add_parser(name, help=help_text, description=help_text, epilog=EPILOG)
        sub.formatter_class = argparse.RawDescriptionHelpFormatter
        _common(sub)
        sub.set_defaults(command_run=run)
        return sub

    listing = order_command("list", "list orders from the local copy", _orders_list)
    listing.add_argument("--search", help="text in the reference, customer, phone or products")
    listing.add_argument("--shipping-status", help="e.g. pending or pending,processing")
    listing.add_argument("--billing-status", help="e.g. paid")
    listing.add_argument(
        "--sort", help=f"one of {', '.join(SORT_COLUMNS)} (default: newest first); --sort=-total also sorts descending"
    )
    listing.add_argument("--desc", action="store_true", help="sort descending")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--unsent", action="store_true", help="only orders with unsent changes")
    listing.add_argument("--json", action="store_true")
    show = order_command("show", "show one order: lines, addresses, billing, shipping, unsent changes", _orders_show)
    show.add_argument("order", metavar="ID_OR_REFERENCE")
    show.add_argument("--json", action="store_true")
    status = order_command("set-status", "change the fulfilment and/or payment status", _orders_set_status)
    status.add_argument("order", metavar="ID_OR_REFERENCE")
    status.add_argument("--shipping", metavar="S", help="pending, processing, ready, shipped, delivered...")
    status.add_argument("--billing", metavar="S", help="pending, paid, partially_paid, refunded...")
    edit = order_command("edit", "change fields: lines.1.quantity=3 shipping.address.line1='Akwa'", _orders_edit)
    edit.add_argument("order", metavar="ID_OR_REFERENCE")
    edit.add_argument("assignments", metavar="FIELD=VALUE", nargs="+")

    queue = command("queue", "list unsent changes; resolve, retry or discard one", _queue)
    queue.add_argument("--json", action="store_true")
    queue.add_argument("--all", action="store_true", help="include sent changes")
    actions = queue.add_subparsers(dest="action", metavar="ACTION")
    resolve = actions.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("change", metavar="CHANGE_ID")
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True)
    for name, text in (("retry", "send a refused change again"), ("discard", "drop an unsent change")):
        actions.add_parser(name, help=text).add_argument("change", metavar="CHANGE_ID")

    demo = commands.add_parser("demo-server", help="run the demo Genuka API on this computer")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--orders", type=int, default=500, help="how many demo orders (default 500)")
    demo.add_argument("--seed", type=int, default=7, help="seed of the demo data (default 7)")
    demo.add_argument("--envelope", choices=("laravel", "pagination"), default="laravel")
    demo.set_defaults(plain_run=_demo_server)
    return parser


COMMANDS = ("login", "logout", "company", "sync", "orders", "queue", "demo-server")


def _run(args: argparse.Namespace) -> int:
    plain: Callable[[argparse.Namespace], int] | None = getattr(args, "plain_run", None)
    if plain is not None:
        return plain(args)
    run: Callable[[Context], int] = args.command_run
    return run(_context(args))


def _fail(message: str, code: int) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one CLI command; returns its exit code. Never lets a traceback out."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the reason
        return EXIT_OK if exc.code == 0 else EXIT_BAD_INPUT
    if getattr(args, "command_run", None) is None and getattr(args, "plain_run", None) is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return _run(args)
    except CliError as exc:
        return _fail(exc.message, exc.code)
    except InvalidEdit as exc:
        return _fail("\n  ".join(["the change was not queued:"] + [f"{p.key}: {p.message}" for p in exc.problems]), 1)
    except (OrderNotFound, ChangeNotFound) as exc:
        return _fail(exc.message, EXIT_NOT_FOUND)
    except ServiceError as exc:
        return _fail(exc.message, EXIT_BAD_INPUT)
    except AuthError as exc:
        return _fail(exc.message, EXIT_AUTH)
    except GenukaError as exc:
        return _fail(exc.message, EXIT_UNSENT)
    except InsecureURLError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except StoreError as exc:
        return _fail(exc.message, EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted; what was queued stays queued.", EXIT_UNSENT)
    except BrokenPipeError:
        # The reader went away (``| head``): not an error worth a trace.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        log.exception("unexpected error in the CLI")
        return _fail(f"unexpected error ({type(exc).__name__}); details are in the log file.", EXIT_BAD_INPUT)
