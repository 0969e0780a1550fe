"""``discounts list`` and ``discounts check CODE``: the shop's discounts, from the local copy (and the server).

``list`` reads the copy pulled with the catalogue (valid ones only, unless
``--all``). ``check`` judges a code against an order's cart (``--order``) or
an empty one: online by the server's public lookup when it answers, else on
the local copy, by the same rules (service.discount_rules). A code that
does not apply exits 1; an unknown code 3.
"""

from __future__ import annotations

from typing import Any

from ..models import format_money
from ..service import OrderService
from ..service.discount_types import Cart, Offer, Verdict
from .context import Context
from .exits import EXIT_BAD_INPUT, EXIT_NOT_FOUND, EXIT_OK
from .output import cell


def _offer_json(offer: Offer) -> dict[str, Any]:
    return {
        "id": offer.id,
        "code": offer.code,
        "title": offer.title,
        "kind": offer.kind,
        "value": f"{offer.value.normalize():f}",
        "automatic": offer.automatic,
    }


def _value(offer: Offer) -> str:
    if offer.kind == "percentage":
        return f"{offer.value.normalize():f} %"
    if offer.kind == "fixed":
        return format_money(offer.value, "XAF")
    return offer.kind.replace("_", " ")


def discounts_list(ctx: Context) -> int:
    """``discounts list [--all]``: code, title, what it takes off, automatic or by code (valid ones unless --all)."""

    async def work(service: OrderService) -> int:
        found = service.discounts.described(valid_only=not ctx.args.all)
        data = [_offer_json(offer) | facts for offer, facts in found]
        lines = [
            f"{cell(offer.code, 16)}{cell(offer.title, 34)}{cell(_value(offer), 16)}"
            f"{cell('automatic' if offer.automatic else 'by code', 11)}"
            f"{'' if facts['valid'] else str(facts['why_not']).replace('_', ' ')}"
            for offer, facts in found
        ]
        empty = "No discount in the local copy (a sync brings them)." if ctx.args.all else "No valid discount."
        ctx.out(data, "\n".join(lines) or empty)
        return EXIT_OK

    return ctx.run(work)


def _verdict_json(verdict: Verdict) -> dict[str, Any]:
    return {
        "ok": verdict.ok,
        "reason": verdict.reason,
        "amount_off": f"{verdict.amount_off.normalize():f}",
        "free_shipping": verdict.free_shipping,
        "detail": verdict.detail,
        "discount": None if verdict.offer is None else _offer_json(verdict.offer),
    }


def discounts_check(ctx: Context) -> int:
    """``discounts check CODE [--order REF]``: whether the code applies (to the order's cart), and how much off."""

    async def work(service: OrderService) -> int:
        if ctx.args.order:
            cart = service.discounts.cart_of_order(ctx.args.order)
        else:
            cart = Cart(shop_id=None, customer_id=None, lines=())
        verdict = await service.discounts.confirm(ctx.args.code, cart)
        if verdict.ok:
            text = f"{ctx.args.code}: applies, {format_money(verdict.amount_off, 'XAF')} off"
            text += " (and free shipping)." if verdict.free_shipping else "."
        else:
            text = f"{ctx.args.code}: does not apply. {verdict.detail}"
        ctx.out(_verdict_json(verdict), text)
        if verdict.reason == "unknown":
            return EXIT_NOT_FOUND
        return EXIT_OK if verdict.ok else EXIT_BAD_INPUT

    return ctx.run(work)
