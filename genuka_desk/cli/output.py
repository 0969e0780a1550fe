"""How the CLI prints orders and changes: aligned text for people, JSON for scripts."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..models import Address, Order, format_money, order_totals
from ..service import Change, OrderRow
from .change_words import change_lines, errors_lines, phrase, state_word, theirs_lines
from .words import terminal_language


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


def cell(text: str, width: int) -> str:
    """``text`` cut or padded to ``width`` columns."""
    text = unicodedata.normalize("NFC", text or "")
    return text[: width - 1] + "…" if len(text) > width else text.ljust(width)


def row_json(row: OrderRow) -> dict[str, Any]:
    """An order row for ``--json``."""
    return {name: _plain(getattr(row, name)) for name in row.__dataclass_fields__}


def rows_text(rows: list[OrderRow], total: int) -> str:
    """The order list as aligned columns."""
    lines = [
        f"{'REFERENCE':<14}{'CREATED':<12}{'CUSTOMER':<24}{'TOTAL':>14}  {'PAYMENT':<16}{'FULFILMENT':<12}",
    ]
    for row in rows:
        created = row.created_at.strftime("%Y-%m-%d") if row.created_at else ""
        flag = " ⚠ conflict" if row.conflict else " ✗ refused" if row.failed else " ↑ unsent" if row.pending else ""
        lines.append(
            f"{cell(row.reference, 14)}{created:<12}{cell(row.customer, 24)}"
            f"{format_money(row.total, row.currency):>14}  {row.billing_status.value:<16}"
            f"{row.shipping_status.value:<12}{flag}"
        )
    lines.append(f"{len(rows)} of {total} orders")
    return "\n".join(lines)


def change_json(change: Change) -> dict[str, Any]:
    """A queued change for ``--json`` (never anything secret)."""
    return {
        "id": change.id,
        "order_id": change.order_id,
        "order_reference": change.order_ref,
        "kind": change.kind.value,
        "state": change.state.value,
        "group_id": change.group_id,
        "changes": {k: _plain(v) for k, v in change.edit.intended().items()},
        "base": {k: _plain(v) for k, v in change.base.items()},
        "theirs": {k: _plain(v) for k, v in change.theirs.items()},
        "attempts": change.attempts,
        "last_error": change.last_error,
        "field_errors": change.field_errors,
        "created_at": datetime.fromtimestamp(change.created_at).astimezone().isoformat(),
    }


def change_text(change: Change, order: Order | None = None, language: str | None = None) -> str:
    """A change in the terminal's words: its id, order and state, then one line per thing it changes."""
    lang = language or terminal_language()
    head = f"{change.id[:8]}  {cell(change.order_ref or change.order_id, 14)}{state_word(change.state.value, lang):<11}"
    what = change_lines(change, order, lang) or ["—"]
    text = head + what[0] + "".join(f"\n{' ' * len(head)}{line}" for line in what[1:])
    if change.unsure:
        text += f"\n          {phrase('unsure', lang)}"
    if change.theirs:
        text += f"\n          {phrase('server has', lang)}: " + "; ".join(theirs_lines(change, order, lang))
        text += f"\n          {phrase('choose', lang) % change.id[:8]}"
    elif change.last_error and change.state.value != "sent":
        text += f"\n          {change.last_error}"
        for line in errors_lines(change, order, lang):
            text += f"\n            {line}"
    return text


def _method_text(order: Order) -> str:
    """The way of paying; some bodies put the treasury account's id in ``method``: then its label."""
    billing = order.billing
    assert billing is not None and billing.method
    if billing.method == billing.treasury_account_id and billing.treasury_account_label:
        return billing.treasury_account_label
    return billing.method


def _address_text(address: Address | None) -> str:
    if address is None:
        return "—"
    parts = [address.full_name, address.line1, address.line2, address.city, address.country]
    parts += [address.phone, address.email]
    return ", ".join(p for p in parts if p) or "—"


def order_json(order: Order, changes: list[Change]) -> dict[str, Any]:
    """An order for ``--json``: the body as the clerk sees it, numbered lines, pending changes."""
    return {
        "id": order.id,
        "reference": order.reference,
        "lines": [
            {
                "number": n,
                "id": line.id,
                "title": line.title,
                "quantity": line.quantity,
                "price": _plain(line.price),
            }
            for n, line in enumerate(order.lines, start=1)
        ],
        "totals": {k: _plain(v) for k, v in vars(order_totals(order)).items()},
        "pending_changes": [change_json(c) for c in changes],
        "body": order.raw_view,
    }


def order_text(order: Order, changes: list[Change]) -> str:
    """An order for people: header, numbered lines, addresses, billing, shipping, unsent changes."""
    currency = order.currency_code
    totals = order_totals(order)
    created = order.created_at.strftime("%Y-%m-%d %H:%M") if order.created_at else ""
    out = [
        f"Order {order.reference or order.id}   (id {order.id})",
        f"  created {created}   source {order.source or '—'}",
        f"  customer {order.customer_name or '—'}   {order.customer_phone}",
        "",
        "Lines:",
    ]
    for number, line in enumerate(order.lines, start=1):
        out.append(
            f"  {number:>2}. {cell(line.title, 34)} {line.quantity or 0:>4} x {format_money(line.price, currency):>12}"
            f" = {format_money(line.line_total, currency):>13}"
        )
        if line.discount_off:  # the line's own discount, under it
            out.append(f"      {'discount':<34}{'':>23}  {'-' + format_money(line.discount_off, currency):>13}")
    money_off = "".join(
        f"   {name} -{format_money(value, currency)}"
        for name, value in (("discounts", totals.discounts), ("returns", totals.returns))
        if value
    )
    out += [
        "",
        f"  subtotal {format_money(totals.subtotal, currency)}{money_off}"
        f"   shipping {format_money(totals.shipping, currency)}   total {format_money(totals.total, currency)}"
        f"   due {format_money(totals.amount_due, currency)}",
        "",
        f"Billing:  {order.billing_status.value}"
        + (f", method {_method_text(order)}" if order.billing and order.billing.method else ""),
        f"  address {_address_text(order.billing_address)}",
        f"Shipping: {order.shipping_status.value}"
        + (f", mode {order.shipping.mode.value}" if order.shipping and order.shipping.mode.value != "unknown" else ""),
        f"  address {_address_text(order.shipping_address)}",
    ]
    if changes:
        out += ["", "Unsent changes:"] + ["  " + change_text(c, order).replace("\n", "\n  ") for c in changes]
    return "\n".join(out)
