"""The CLI's argument parser: every command, its options and its help."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..models import Keep
from ..models.till import DifferenceReason
from ..service import SORT_COLUMNS
from . import (
    demo_command,
    directory_commands,
    discount_apply_command,
    discount_commands,
    doctor_command,
    order_commands,
    payment_commands,
    queue_command,
    return_commands,
    send_command,
    session_commands,
    sync_command,
    till_commands,
)
from .context import Context
from .exits import EPILOG


def _common(parser: argparse.ArgumentParser, *, again: bool = False) -> None:
    """The connection options; ``again``: on an action under a command that has them (either place works)."""
    group = parser.add_argument_group("connection")
    # Under a command that has them, an action's own default must not wipe what was given before it.
    default = argparse.SUPPRESS if again else None
    group.add_argument("--base-url", default=default, help="the Genuka API server (default: the saved profile's)")
    group.add_argument("--company", default=default, help="the company id (X-Company)")
    group.add_argument("--token", default=default, help="an API token (else the saved one)")
    group.add_argument(
        "--data-dir", default=default, metavar="DIR", help="keep all local state (database, settings, logs) in DIR"
    )


def _command(
    group: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    run: Callable[[Context], int],
) -> argparse.ArgumentParser:
    """A sub-command of ``group`` with the connection options, run by ``run``."""
    sub = group.add_parser(name, help=help_text, description=help_text, epilog=EPILOG)
    sub.formatter_class = argparse.RawDescriptionHelpFormatter
    _common(sub)
    sub.set_defaults(command_run=run)
    return sub


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
        return _command(commands, name, help_text, run)

    login = command("login", "log in and keep the token (OS keychain, else a private file)", session_commands.login)
    login.add_argument("--email")
    login.add_argument("--password", help="(else GENUKA_PASSWORD, else asked)")
    logout = command(
        "logout", "forget the saved token (and, on request, this computer's copy)", session_commands.logout
    )
    logout.add_argument("--forget-data", action="store_true", help="also delete the local orders and change queue")
    logout.add_argument("--force", action="store_true", help="with --forget-data: delete even unsent changes")
    company = command(
        "company", "list the companies you belong to; `company switch ID` serves another", session_commands.company
    )
    company.add_argument("--json", action="store_true")
    company_actions = company.add_subparsers(dest="company_action", metavar="ACTION")
    switch = company_actions.add_parser("switch", help="serve another of your companies (a new token)")
    switch.add_argument("company_id", metavar="COMPANY_ID")
    sync = command("sync", "send queued changes, then fetch the server's changes", sync_command.sync)
    sync.add_argument("--full", action="store_true", help="re-read every order, not only the changed ones")
    sync.add_argument("--json", action="store_true")
    sync.add_argument(
        "--wait",
        type=float,
        nargs="?",
        const=float("inf"),
        metavar="SECONDS",
        help="wait (at most SECONDS, if given) for another genuka-desk sending this profile's changes and for "
        "changes whose answer was lost to be checked; without it, sync returns at once",
    )

    orders = commands.add_parser("orders", help="list, show and change orders")
    order_actions = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    def order_command(name: str, help_text: str, run: Callable[[Context], int]) -> argparse.ArgumentParser:
        return _command(order_actions, name, help_text, run)

    listing = order_command("list", "list orders from the local copy", order_commands.orders_list)
    listing.add_argument("--search", help="text in the reference, customer, phone or products")
    listing.add_argument("--shipping-status", help="e.g. pending or pending,taken_in_charge")
    listing.add_argument("--billing-status", help="e.g. paid")
    listing.add_argument(
        "--sort", help=f"one of {', '.join(SORT_COLUMNS)} (default: newest first); --sort=-total also sorts descending"
    )
    listing.add_argument("--desc", action="store_true", help="sort descending")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--unsent", action="store_true", help="only orders with unsent changes")
    listing.add_argument("--json", action="store_true")
    show = order_command(
        "show", "show one order: lines, addresses, billing, shipping, unsent changes", order_commands.orders_show
    )
    show.add_argument("order", metavar="ID_OR_REFERENCE")
    show.add_argument("--json", action="store_true")
    status = order_command(
        "set-status", "change the fulfilment and/or payment status", order_commands.orders_set_status
    )
    status.add_argument("order", metavar="ID_OR_REFERENCE")
    status.add_argument("--shipping", metavar="S", help="pending, taken_in_charge, delivered or partial_delivery")
    status.add_argument("--billing", metavar="S", help="pending, paid, partially_paid, unpaid or canceled")
    edit = order_command(
        "edit", "change fields: lines.1.quantity=3 shipping.address.line1='Akwa'", order_commands.orders_edit
    )
    edit.add_argument("order", metavar="ID_OR_REFERENCE")
    edit.add_argument("assignments", metavar="FIELD=VALUE", nargs="+")
    create = order_command(
        "create", "take a sale: queued at once (offline too), created on the server once", order_commands.orders_create
    )
    create.add_argument("--from", dest="from_file", metavar="FILE.json", help="a body in the POST /admin/orders shape")
    create.add_argument("--customer-phone", metavar="P", help="the customer's phone (a known customer, or a new one)")
    create.add_argument("--customer-name", metavar="NAME", help='"First Last" for a new customer')
    create.add_argument(
        "--line",
        action="append",
        metavar="PRODUCT:QTY[:PRICE]",
        help="PRODUCT is a SKU, barcode, product id or exact title; repeat for each line",
    )
    create.add_argument("--source", default="POS", help="POS (default), WHATSAPP, PHONE, WEB...")
    where = create.add_mutually_exclusive_group()
    where.add_argument("--pickup", action="store_true", help="the customer takes it (the default)")
    where.add_argument("--deliver-to", metavar='"LINE1, CITY"', help="deliver to this address (country: Cameroon)")
    create.add_argument("--paid", metavar="AMOUNT", help="the amount paid now")
    create.add_argument("--method", metavar="M", help="how it was paid (cash, notchpay, ...)")
    create.add_argument("--json", action="store_true", help="print the local order, its temporary reference and state")

    pay = order_command(
        "pay", "take a payment: queued at once (offline too), recorded once", payment_commands.orders_pay
    )
    pay.add_argument("order", metavar="ID_OR_REFERENCE")
    pay.add_argument("--amount", required=True, metavar="A", help="the amount paid (a partial payment is normal)")
    pay.add_argument("--method", required=True, metavar="M", help="cash, notchpay, pawapay... (a processor)")
    pay.add_argument(
        "--treasury-account", metavar="ID", help="the account it goes into (default: the way of paying's own)"
    )
    pay.add_argument("--json", action="store_true", help="print the order's payments, balance and the payment's state")

    paper = order_command(
        "print", "write a receipt, invoice or delivery slip as a PDF (no server needed)", payment_commands.orders_print
    )
    paper.add_argument("order", metavar="ID_OR_REFERENCE")
    paper.add_argument("--as", dest="kind", required=True, choices=["invoice", "receipt", "slip"])
    paper.add_argument("--width", type=int, default=80, choices=[58, 80], help="the receipt roll's width in mm")
    paper.add_argument("--pdf", required=True, metavar="FILE", help="where to write the PDF")
    paper.add_argument("--lang", default="fr", choices=["fr", "en"], help="the document's language (default fr)")
    send = order_command(
        "send",
        "to the customer: Genuka's e-mail (queued, sent once), or the WhatsApp link with --whatsapp",
        send_command.orders_send,
    )
    send.add_argument("order", metavar="ID_OR_REFERENCE")
    send.add_argument("--as", dest="kind", default="receipt", choices=["receipt", "invoice"])
    send.add_argument("--whatsapp", action="store_true", help="print the wa.me link with the message, send nothing")
    send.add_argument("--lang", choices=["fr", "en"], help="the customer's language (default: theirs, else yours)")
    off = order_command(
        "discount",
        "a discount on a line or the whole order, as a percentage or an amount: queued like an edit",
        discount_apply_command.orders_discount,
    )
    off.add_argument("order", metavar="ID_OR_REFERENCE")
    off.add_argument("--percent", metavar="P", help="a percentage of what it applies to")
    off.add_argument("--amount", metavar="A", help="an amount (on the whole order: shared over its lines)")
    off.add_argument("--line", type=int, metavar="N", help="on line N only (1 = the first)")
    off.add_argument("--code", metavar="CODE", help="a discount the shop defined in Genuka, by its code")
    taken = order_command(
        "return",
        "take goods back: queued, approved and the money handed back (offline too)",
        return_commands.orders_return,
    )
    taken.add_argument("order", metavar="ID_OR_REFERENCE")
    taken.add_argument(
        "--line", action="append", metavar="N:QTY[:REASON]", help="line N as `orders show` numbers it (repeat it)"
    )
    taken.add_argument(
        "--reason", default="dissatisfaction", help="defective, nonconforming, delivery or dissatisfaction (default)"
    )
    taken.add_argument("--comment", help="a note on the return")
    taken.add_argument(
        "--refund", metavar="METHOD|none", help="hand money back on the order's payment of this way (e.g. cash)"
    )
    taken.add_argument("--amount", metavar="A", help="how much goes back (default: as much as can)")
    taken.add_argument("--no-approve", action="store_true", help="leave it waiting for a manager's approval")

    returns = commands.add_parser("returns", help="an order's returns: list, approve")
    return_actions = returns.add_subparsers(dest="returns_command", metavar="ACTION", required=True)
    listing = _command(
        return_actions, "list", "an order's returns (queued here or on the server)", return_commands.returns_list
    )
    listing.add_argument("order", metavar="ID_OR_REFERENCE")
    listing.add_argument("--json", action="store_true")
    approval = _command(return_actions, "approve", "approve a return (a manager)", return_commands.returns_approve)
    approval.add_argument("order", metavar="ID_OR_REFERENCE")
    approval.add_argument("ret", metavar="RETURN", help="the return's reference (RET-0001) or key")
    approval.add_argument("--comment")

    customers = commands.add_parser("customers", help="the customers in the local copy")
    customer_actions = customers.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    listing = _command(
        customer_actions,
        "list",
        "customers by name, email or phone (all, by name, without --search)",
        directory_commands.customers_list,
    )
    listing.add_argument("--search", help="a name, an email or a phone (+237 6.., 00237.., spaces, dots)")
    listing.add_argument("--limit", type=int, default=50, help="how many to list (default 50)")
    listing.add_argument("--json", action="store_true")
    shown = _command(
        customer_actions, "show", "one customer: orders, spent, still owed", directory_commands.customers_show
    )
    shown.add_argument("customer", metavar="PHONE_OR_ID")
    shown.add_argument("--json", action="store_true")
    owing = _command(
        customer_actions, "owing", "the credit book: customers who owe money", directory_commands.customers_owing
    )
    owing.add_argument("--min", metavar="AMOUNT", help="only balances of at least AMOUNT")
    owing.add_argument("--overdue", action="store_true", help="only customers with something past due")
    owing.add_argument("--json", action="store_true")
    products = commands.add_parser("products", help="the catalogue in the local copy")
    product_actions = products.add_subparsers(dest="products_command", metavar="ACTION", required=True)
    plist = _command(product_actions, "list", "products by title, SKU or barcode", directory_commands.products_list)
    plist.add_argument("--search", help='words ("cafe" finds "Café"), a SKU or a barcode')
    plist.add_argument("--limit", type=int, default=50)
    plist.add_argument("--json", action="store_true")

    discounts = commands.add_parser("discounts", help="the shop's discounts: list them, check a code")
    discount_actions = discounts.add_subparsers(dest="discounts_command", metavar="ACTION", required=True)
    dlist = _command(discount_actions, "list", "the shop's discounts (valid ones)", discount_commands.discounts_list)
    dlist.add_argument("--all", action="store_true", help="also the expired, not started and inactive ones")
    dlist.add_argument("--json", action="store_true")
    dcheck = _command(
        discount_actions, "check", "whether a code applies, and what it takes off", discount_commands.discounts_check
    )
    dcheck.add_argument("code", metavar="CODE", help="the discount's code (case-sensitive)")
    dcheck.add_argument("--order", metavar="ID_OR_REFERENCE", help="judge it against this order's cart")
    dcheck.add_argument("--json", action="store_true")

    queue = command("queue", "list unsent changes; resolve, retry or discard one", queue_command.queue)
    queue.add_argument("--json", action="store_true")
    queue.add_argument("--all", action="store_true", help="include sent changes")
    actions = queue.add_subparsers(dest="action", metavar="ACTION")
    resolve = actions.add_parser("resolve", help="settle a conflict")
    resolve.add_argument("change", metavar="CHANGE_ID")
    resolve.add_argument("--keep", choices=[k.value for k in Keep], required=True)
    _common(resolve, again=True)
    for name, text in (("retry", "send a refused change again"), ("discard", "drop an unsent change")):
        action = actions.add_parser(name, help=text)
        action.add_argument("change", metavar="CHANGE_ID")
        _common(action, again=True)

    till = commands.add_parser("till", help="the cash register: open, close with a count, status, Z report")
    till_actions = till.add_subparsers(dest="till_command", metavar="ACTION", required=True)
    count_help = "the count as value x quantity: 10000x3,5000x4,500x12 (bills and coins of the shop's currency)"
    opening = _command(
        till_actions, "open", "open the till with the opening count (offline too)", till_commands.till_open
    )
    opening.add_argument("--count", required=True, metavar="COUNT", help=count_help)
    opening.add_argument("--account", metavar="ID", help="the cash treasury account (default: the shop's cash)")
    opening.add_argument("--notes", help="a note on the opening")
    closing = _command(till_actions, "close", "close the till with the count (offline too)", till_commands.till_close)
    closing.add_argument("--count", required=True, metavar="COUNT", help=count_help)
    closing.add_argument(
        "--reason",
        choices=[reason.value for reason in DifferenceReason],
        help="why the count differs from what the till should hold (required when it does)",
    )
    closing.add_argument("--notes", help="a note on the close")
    status = _command(
        till_actions, "status", "the session the till shows, and what it should hold", till_commands.till_status
    )
    status.add_argument("--json", action="store_true")
    report = _command(till_actions, "report", "a session's Z report (provisional offline)", till_commands.till_report)
    report.add_argument("session", nargs="?", metavar="SESSION", help="a session id (default: the current or last)")
    report.add_argument("--json", action="store_true")
    report.add_argument("--pdf", metavar="FILE", help="write it as a PDF (A4) too")
    report.add_argument("--lang", default="fr", choices=["fr", "en"], help="the PDF's language (default fr)")
    approve = _command(till_actions, "approve", "approve a session's difference (a manager)", till_commands.till_review)
    approve.add_argument("session", metavar="SESSION")
    approve.add_argument("--notes")
    reject = _command(
        till_actions, "reject", "reject a closure: the till reopens for a recount", till_commands.till_review
    )
    reject.add_argument("session", metavar="SESSION")
    reject.add_argument("--reason", required=True)
    _command(
        till_actions,
        "take-over",
        "take the session already open on the server for this till, instead of a held opening",
        till_commands.till_take_over,
    )

    doctor = command(
        "doctor",
        "how this desk stands: server, login, what the server offers, clock, local files, queue (no token shown)",
        doctor_command.doctor,
    )
    doctor.add_argument("--json", action="store_true")

    demo = commands.add_parser("demo-server", help="run the demo Genuka API on this computer")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--orders", type=int, default=500, help="how many demo orders (default 500)")
    demo.add_argument("--seed", type=int, default=7, help="seed of the demo data (default 7)")
    demo.add_argument("--envelope", choices=("laravel", "pagination"), default="laravel")
    demo.add_argument(
        "--no-cash-control", action="store_true", help="play a company without cash control (the till answers 403)"
    )
    demo.set_defaults(plain_run=demo_command.demo_server)
    return parser
