"""What an order's lines can give back, read from the local copy (plain dicts: no pydantic at import).

A line's unit price here is what one unit refunds: its price less its share
of the line's discounts, plus its share of the line's taxes, less its share of
the order-level discounts (promo codes, automatic offers:
``billing.order_discounts_total``, capped at the lines' nets, shared among
the lines in proportion to their nets after their own discounts, then among a
line's units equally). A return's value is the sum over its units, rounded to
the unit once (the demo values a returned line by the same rule,
``demo/return_money.py``). Returns are matched to lines
by variant only (07-discounts-delivery.md takes no order line): when two
lines share a variant, what was returned fills the first line first.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from .return_types import ReturnableLine

ZERO = Decimal(0)


def _number(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value is not None and value != "" else ZERO
    except ArithmeticError:
        return ZERO


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _line_money(entry: dict[str, Any]) -> tuple[Decimal, Decimal]:
    """The line's net (gross less its own discounts) and its taxes (``metadata.taxes[].rate`` in %, on the net)."""
    gross = _number(entry.get("price")) * _number(entry.get("quantity"))
    off = ZERO
    for discount in entry.get("discounts") or []:
        if not isinstance(discount, dict):
            continue
        value = _number(discount.get("discount_value", discount.get("value")))
        kind = discount.get("discount_type", discount.get("type"))
        off += gross * value / 100 if kind == "percentage" else value
    off = min(off, gross)
    meta = _object(entry.get("metadata"))
    rates = [_number(t.get("rate")) for t in meta.get("taxes") or [] if isinstance(t, dict)]
    tax = sum(((gross - off) * r / 100 for r in rates), ZERO).quantize(Decimal(1))
    return gross - off.quantize(Decimal(1)), tax


def _line_values(raw: dict[str, Any]) -> list[Decimal]:
    """Each line's value (net plus taxes) less its share of the order-level discounts, unrounded."""
    money = [_line_money(entry) for entry in order_entries(raw)]
    nets = sum((net for net, _ in money), ZERO)
    billing = _object(raw.get("billing"))
    # What the order's own discounts took off the lines (never more than they hold), shared by their nets.
    whole = min(max(_number(billing.get("order_discounts_total")), ZERO), max(nets, ZERO))
    return [net + tax - (whole * net / nets if nets > 0 else ZERO) for net, tax in money]


def _title(entry: dict[str, Any]) -> str:
    meta = _object(entry.get("metadata"))
    title = meta.get("item_title") or meta.get("product_title") or entry.get("title") or ""
    variant = meta.get("variant_title")
    return f"{title} ({variant})" if variant and variant != "Default Title" else str(title)


def order_entries(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's lines as the body holds them (``order_products``)."""
    return [e for e in raw.get("order_products") or [] if isinstance(e, dict)]


def returnable_lines(raw: dict[str, Any], returned: Counter[str]) -> tuple[ReturnableLine, ...]:
    """Every line of the order with what is left to return (``returned``: by variant, any return not cancelled)."""
    left = Counter(returned)
    lines = []
    values = _line_values(raw)
    for n, entry in enumerate(order_entries(raw), start=1):
        sold = int(_number(entry.get("quantity")))
        variant = entry.get("variant_id")
        unit = (values[n - 1] / sold).quantize(Decimal(1)) if sold else ZERO
        took = 0
        if variant:
            took = min(left[str(variant)], sold)
            left[str(variant)] -= took
        lines.append(
            ReturnableLine(
                index=n,
                variant_id=str(variant) if variant else None,
                title=_title(entry),
                unit_price=unit,
                sold=sold,
                returned=took,
                returnable=max(sold - took, 0) if variant else 0,
            )
        )
    return tuple(lines)


def returned_value(raw: dict[str, Any], returned: Counter[str], variant_id: str, quantity: int) -> Decimal:
    """What ``quantity`` of ``variant_id`` comes to, as the server values a returned line: each order line's value
    (net, taxes, less its share of the order-level discounts) shared by the units it sold, the units earlier
    returns took (``returned``) skipped, the sum rounded to the unit."""
    skip, left, value = returned[variant_id], quantity, ZERO
    values = _line_values(raw)
    for n, entry in enumerate(order_entries(raw)):
        if str(entry.get("variant_id")) != variant_id or left <= 0:
            continue
        sold = int(_number(entry.get("quantity")))
        free = max(sold - skip, 0)
        skip = max(skip - sold, 0)
        part = min(free, left)
        if part and sold:
            value += values[n] * part / sold
            left -= part
    return value.quantize(Decimal(1))


def server_returned(raw: dict[str, Any], skip: set[str]) -> Counter[str]:
    """What the server's returns of the order (not cancelled, not in ``skip``) took back, by variant."""
    taken: Counter[str] = Counter()
    for item in raw.get("returns") or []:
        if not isinstance(item, dict) or item.get("status") == "cancelled" or str(item.get("id")) in skip:
            continue
        for line in item.get("lines") or []:
            if isinstance(line, dict) and line.get("variant_id"):
                taken[str(line["variant_id"])] += int(_number(line.get("quantity")))
    return taken
