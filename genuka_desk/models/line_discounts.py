"""Manual discounts in the documented line shape, and what they take off.

A line discount is ``products[].discounts[]``: ``{discount_id, discount_type,
discount_value}`` (06-orders-sales.md, PUT). ``discount_value`` is a percent
for ``percentage`` and money for ``fixed`` (07-discounts-delivery.md). The
reference leaves the arithmetic unsaid; the desk previews the reading its demo
chose: a percent of price x quantity, a fixed amount per line, capped at the
line's gross, rounded to the unit. The server's figures win once it answers.

There is no ad-hoc whole-order input (the order-level ``discounts`` takes only
``{discount_id, code}``), so a clerk's discount on the whole order is spread
over the lines as fixed line discounts, in proportion to each line's net.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from .coerce import to_decimal

ZERO = Decimal(0)
PERCENTAGE = "percentage"
FIXED = "fixed"
KINDS = (PERCENTAGE, FIXED)


def manual(kind: str, value: Decimal) -> dict[str, Any]:
    """A clerk's own line discount (no Genuka discount behind it: ``discount_id`` null)."""
    if kind not in KINDS:
        raise ValueError(f"A line discount is {' or '.join(KINDS)}, not {kind!r}.")
    number = int(value) if value == value.to_integral_value() else float(value)
    return {"discount_id": None, "discount_type": kind, "discount_value": number}


def _pairs(discounts: Any) -> Iterable[tuple[str, Decimal]]:
    for item in discounts if isinstance(discounts, list) else []:
        if not isinstance(item, dict):
            continue
        kind = item.get("discount_type", item.get("type"))
        value = to_decimal(item.get("discount_value", item.get("value")))
        if kind in KINDS and value is not None and value >= 0:
            yield str(kind), value


def line_off(price: Decimal | None, quantity: int | None, discounts: Any) -> Decimal:
    """What a line's discounts take off its gross (price x quantity): capped at the gross, to the unit."""
    gross = (price or ZERO) * (quantity or 0)
    off = ZERO
    for kind, value in _pairs(discounts):
        off += gross * value / 100 if kind == PERCENTAGE else value
    return min(off, gross).quantize(Decimal(1), rounding=ROUND_HALF_EVEN) if gross > 0 else ZERO


def amount_off(kind: str, value: Decimal, base: Decimal) -> Decimal:
    """What a discount of ``kind`` and ``value`` takes off ``base`` (capped at it, to the unit)."""
    off = base * value / 100 if kind == PERCENTAGE else value
    return max(ZERO, min(off, base)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)


def percent_of(off: Decimal, base: Decimal) -> Decimal:
    """``off`` as a percentage of ``base`` (100 when the base is nothing and something is taken off)."""
    if base <= 0:
        return Decimal(100) if off > 0 else ZERO
    return off * 100 / base


def spread(nets: Sequence[Decimal], amount: Decimal) -> list[Decimal]:
    """A whole-order amount spread over lines in proportion to each line's net.

    Each share is rounded to the unit and never more than its line's net; the
    remainder goes on the last line that can take it, so the shares add up to
    ``amount`` (capped at the lines' whole net). Never below 0.
    """
    total = sum((max(n, ZERO) for n in nets), ZERO)
    amount = max(ZERO, min(amount, total))
    if total <= 0 or amount <= 0:
        return [ZERO for _ in nets]
    shares = [
        min(max(n, ZERO), (amount * max(n, ZERO) / total).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)) for n in nets
    ]
    left = amount - sum(shares, ZERO)
    for i in reversed(range(len(nets))):
        if not left:
            break
        room = max(nets[i], ZERO) - shares[i]
        step = max(-shares[i], min(room, left))  # a rounding up earlier comes back off here, never below 0
        shares[i] += step
        left -= step
    return shares
