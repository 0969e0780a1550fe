"""The campaigns' clerk giving discounts at the counter: some sales carry one, and the end check of them.

A discounted sale carries the clerk's own discount on a line or on the whole
sale (a percentage or an amount, :mod:`genuka_desk.service.manual_discounts`),
or one of the shop's discounts from the demo's seed (a promo code, or an
automatic one the clerk accepts); the money taken is the discounted total, or
part of it. The sale is created without its discounts (the documented create
takes none), then its discounts go by a PUT right behind it, before its
payment. The end check, sale by sale: the server's total is the lines less the
discounts as the desk previewed them, what the lines' discounts and the
shop's discounts take off are the desk's figures, the payment recorded is what
the clerk took, and the balance is the total less it (never a payment on the
undiscounted total); the discounts landed before the payment.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from genuka_desk.demo import DemoServer
from genuka_desk.models import NewOrder
from genuka_desk.service import OrderService
from genuka_desk.service.manual_discounts import Asked, CodeRefused

ZERO = Decimal(0)
# The demo's seeded codes a campaign sale can meet (demo/discount_seed.py): 2 000 F off, and 10 % from 10 000 F
# once per customer (for new customers only: a known one may have used it).
CODES = ("MOINS2000", "BIENVENUE10")


@dataclass(frozen=True)
class DiscountPlan:
    """A discounted sale: the discount asked, and what the desk previewed of it."""

    change_id: str
    what: str  # the discount, for the report
    subtotal: Decimal  # the lines before the discounts
    line_off: Decimal  # what the desk previewed the lines' discounts take off
    codes_off: Decimal  # what it previewed the shop's discounts (codes, automatic) take off
    total: Decimal  # the lines less the discounts (the sales carry no shipping)


@dataclass
class DiscountOutcome:
    """What the end check found of the discounted sales."""

    sales: int = 0
    with_codes: int = 0  # of them, with a shop's discount (a promo code or an automatic one)
    checked: int = 0
    off: Decimal = ZERO  # what the discounts took off, as the server holds it
    wrong: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, object]:
        """The discounts' figures, as the campaigns print them."""
        return {
            "discounted sales": self.sales,
            "of which by the shop's discounts": self.with_codes,
            "discounted sales checked": self.checked,
            "discounts given (FCFA)": int(self.off),
        }


def _number(value: Any) -> Decimal:
    return Decimal(str(value)) if value not in (None, "") else ZERO


class DiscountClerk:
    """Lays a discount on some of the clerk's sales, and checks the server holds them as previewed."""

    def __init__(self, rng: random.Random) -> None:
        self.random = rng
        self.plans: dict[str, DiscountPlan] = {}  # by the sale's change id

    def dress(self, service: OrderService, draft: NewOrder) -> tuple[NewOrder, str | None]:
        """The sale, with a discount on it about one time in three: the clerk's own, a code, or an automatic one."""
        draw = self.random.random()
        if draw < 0.2:
            line = self.random.choice((None, self.random.randrange(len(draft.lines))))
            if self.random.random() < 0.5:
                asked = Asked(percent=Decimal(self.random.choice((5, 10, 12.5, 15, 20, 100))), line=line)
            else:
                base = draft.subtotal if line is None else draft.lines[line].total
                asked = Asked(amount=Decimal(self.random.randrange(100, int(base) + 1, 100)), line=line)
            rows = [(item.price, item.quantity, item.discounts) for item in draft.lines]
            sale = draft.model_copy(deep=True)  # as the sale window lays it (ui/counter/lines_part.py)
            for held, discounts in zip(sale.lines, service.manual_discounts.for_lines(rows, asked), strict=True):
                held.discounts = discounts
            if self.random.random() < 0.5:  # and a code on top: taken from what the lines leave, as the server does
                code = self.random.choice(CODES if draft.customer.id is None else CODES[:1])
                try:
                    return service.manual_discounts.with_code(sale, code), f"{asked} + {code}"
                except CodeRefused:
                    pass  # below its minimum: the clerk's own discount alone
            return sale, str(asked)
        shop = service.manual_discounts
        if draw < 0.35:
            code = self.random.choice(CODES if draft.customer.id is None else CODES[:1])
            try:
                return shop.with_code(draft, code), code
            except CodeRefused:
                return draft, None  # below its minimum: the clerk sells without it
        offered = shop.automatic(draft)
        if offered and offered[0].offer is not None and self.random.random() < 0.5:
            return shop.with_automatic(draft, offered[0]), f"automatic {offered[0].offer.code}"
        return draft, None

    def remember(self, change_id: str, draft: NewOrder, what: str | None) -> None:
        """A discounted sale queued (``what``: the discount it carries, None when none)."""
        if what is not None:
            codes = sum((Decimal(str(c.get("amount_off") or 0)) for c in draft.codes), ZERO)
            self.plans[change_id] = DiscountPlan(
                change_id, what, draft.subtotal, draft.discounts - codes, codes, draft.total
            )

    def check(self, server: DemoServer, made: dict[str, str]) -> DiscountOutcome:
        """Each discounted sale the server created (``made``: change id -> order id) holds its discounts as previewed.

        The sale's total, payment and balance are checked for every sale by :class:`tests.support.clerk.Clerk`
        (against the desk's total, the discounted one here); this checks the discounts themselves.
        """
        writes: list[dict[str, Any]] = server.stats()["writes"]
        outcome = DiscountOutcome(sales=len(self.plans))
        for plan in self.plans.values():
            order_id = made.get(plan.change_id)
            if order_id is None:
                continue  # never created: the sale check says so
            name = f"sale {plan.change_id[:8]} ({plan.what})"
            body = server.store.get_order(order_id)
            billing = body.get("billing") or {}
            off = _number(billing.get("line_discounts_total"))
            codes = _number(billing.get("order_discounts_total"))
            outcome.off += off + codes
            outcome.with_codes += bool(plan.codes_off)
            if off != plan.line_off or codes != plan.codes_off:
                outcome.wrong.append(
                    f"{name}: the desk took off {plan.line_off} + {plan.codes_off}, the server {off} + {codes}"
                )
            if _number(billing.get("subtotal")) != plan.subtotal:
                outcome.wrong.append(
                    f"{name}: lines of {plan.subtotal}, the server's subtotal {billing.get('subtotal')}"
                )
            kinds = [w["kind"] for w in writes if w["order_id"] == order_id and w["kind"] != "notify"]
            money = [n for n, kind in enumerate(kinds) if kind.startswith("payment")]
            discounted = [n for n, kind in enumerate(kinds) if kind == "update"]
            if (plan.line_off or plan.codes_off) and not discounted:
                outcome.wrong.append(f"{name}: its discounts never reached the server ({kinds})")
            elif money and discounted and money[0] < discounted[0]:
                outcome.wrong.append(f"{name}: paid before its discounts landed ({kinds})")
            outcome.checked += 1
        return outcome
