"""``customers list|show|owing`` and ``products list``: the local copy of the customers and the catalogue."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ..models import format_money
from ..service import CatalogItem, CustomerRow, OrderService
from ..service.credit_book import CSV_COLUMNS, CreditQuery, csv_values
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_NOT_FOUND, EXIT_OK, CliError
from .output import cell, row_json, rows_text


def _customer_json(row: CustomerRow) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "phone": row.phone, "email": row.email}


def customers_list(ctx: Context) -> int:
    """``customers list [--search TEXT] [--limit N]``: without a search, every customer by name (N at a time)."""
    search = (ctx.args.search or "").strip()
    if ctx.args.limit < 1:
        raise CliError(f"--limit takes a number of 1 or more (got {ctx.args.limit}).", EXIT_BAD_INPUT)

    async def work(service: OrderService) -> int:
        rows = service.customers.search(search, limit=ctx.args.limit)
        lines = [f"{cell(r.name, 28)}{cell(r.phone, 20)}{r.email}" for r in rows]
        if not search:
            total = service.customers.count()
            if not total:
                lines = ["No customer in the local copy yet (a sync brings them)."]
            elif total > len(rows):
                lines.append(f"... and {total - len(rows)} more of {total} (--limit N lists more, --search narrows).")
        ctx.out([_customer_json(r) for r in rows], "\n".join(lines) or "No customer found.")
        return EXIT_OK

    return ctx.run(work)


def customers_show(ctx: Context) -> int:
    """``customers show PHONE_OR_ID``: the customer, their orders, what they spent and still owe."""

    async def work(service: OrderService) -> int:
        customer = service.customers.get(ctx.args.customer)
        if customer is None:
            raise CliError(f"No customer {ctx.args.customer!r} in the local copy (try a sync).", EXIT_NOT_FOUND)
        found = await service.customers.orders_of(str(customer.id))
        data = {
            "id": customer.id,
            "name": customer.full_name,
            "phone": customer.phone,
            "email": customer.email,
            "orders": [row_json(r) for r in found.rows],
            "total_spent": str(found.spent),
            "balance_due": str(found.due),
        }
        currency = found.rows[0].currency if found.rows else "XAF"
        text = (
            f"{customer.full_name}  {customer.phone or ''}  {customer.email or ''}\n"
            f"spent {format_money(found.spent, currency)}, still owes {format_money(found.due, currency)}\n"
            + rows_text(found.rows, len(found.rows))
        )
        ctx.out(data, text)
        return EXIT_OK

    return ctx.run(work)


def _min_balance(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        amount = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        amount = Decimal(-1)
    if not amount.is_finite() or amount < 0:
        raise CliError(f"--min takes an amount of 0 or more, like 5000 (got {text!r}).", EXIT_BAD_INPUT)
    return amount


def customers_owing(ctx: Context) -> int:
    """``customers owing [--min AMOUNT] [--overdue]``: the credit book, largest balance first."""
    query = CreditQuery(min_balance=_min_balance(ctx.args.min), overdue_only=ctx.args.overdue)

    async def work(service: OrderService) -> int:
        debtors = service.credit_book.debtors(query)
        data = [dict(zip(CSV_COLUMNS, csv_values(d), strict=True)) for d in debtors]
        lines = [
            f"{cell(d.name, 26)}{cell(d.phone, 20)}{cell(format_money(d.balance, d.currency), 18)}"
            f"{cell(f'{d.unpaid} unpaid', 11)}{cell(f'{d.days_overdue} d', 8)}{d.oldest_reference}"
            for d in debtors
        ]
        if debtors:
            total = sum((d.balance for d in debtors), Decimal(0))
            lines.append(f"{len(debtors)} customers owe {format_money(total, debtors[0].currency)}.")
        ctx.out(data, "\n".join(lines) or "No customer owes money (in the local copy).")
        return EXIT_OK

    return ctx.run(work)


def _item_json(item: CatalogItem) -> dict[str, Any]:
    return {
        "product_id": item.product_id,
        "variant_id": item.variant_id,
        "title": item.title,
        "variant": item.variant_title,
        "sku": item.sku,
        "barcode": item.barcode,
        "price": None if item.price is None else str(item.price),
        "stock": None if item.stock is None else f"{item.stock.normalize():f}",
    }


def products_list(ctx: Context) -> int:
    """``products list [--search TEXT]``: from the local catalogue."""

    async def work(service: OrderService) -> int:
        items = service.catalog.search(ctx.args.search or "", limit=ctx.args.limit)
        lines = []
        for item in items:
            title = item.label
            # The desk's shop's stock, less its sales not on the server yet ("2E+1" never: fixed-point).
            stock = "" if item.stock is None else f"stock {item.stock.normalize():f}"
            lines.append(
                f"{cell(title, 36)}{cell(item.sku or item.barcode, 16)}{format_money(item.price):>14}  {stock}"
            )
        ctx.out([_item_json(i) for i in items], "\n".join(lines) or "No product found (a sync brings the catalogue).")
        return EXIT_OK

    return ctx.run(work)
