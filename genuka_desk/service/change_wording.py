"""A queued change said line by line: the reading both front ends share, the words left to each.

The desktop speaks through Qt's translation (``ui/change_words.py``), the
terminal through its own small table (``cli/change_words.py``). Both name a
key the same way (a line by its title, an address part with its side), write
money in the order's currency and walk a change in the same order: that is
here, once. Each front end gives only its words, as a :class:`Wording`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from ..models import format_money, text_of
from ..models.coerce import to_decimal

if TYPE_CHECKING:
    from ..models import Order
    from ..store import Change

# The currency of a change whose order is not at hand: the desk's shops sell in CFA francs.
DEFAULT_CURRENCY = "XAF"


class Wording(Protocol):
    """One front end's words for a change, in one language."""

    def a_line(self) -> str:
        """A line the order does not name (no title, or no order at hand)."""

    def quantity(self) -> str:
        """A line's quantity, as a part of it: ``Sac (quantity)``."""

    def unit_price(self) -> str:
        """A line's unit price, as a part of it."""

    def address_side(self, side: str) -> str:
        """The billing or the shipping address (``side``), as a whole."""

    def address_part(self, part: str) -> str:
        """A part of an address (``city``)."""

    def field(self, key: str) -> str:
        """Any other field at ``key`` (the raw key when the words do not know it)."""

    def value(self, key: str, value: Any) -> str:
        """A value other than money or nothing: statuses named, the rest as sent."""

    def pair(self, label: str, value: str) -> str:
        """``Field: value`` (French spaces its colon)."""

    def line_quantity(self, line: str, quantity: int) -> str:
        """A line (by its label) given a new quantity."""

    def line_price(self, line: str, price: str) -> str:
        """A line (by its label) given a new unit price (money already written)."""

    def payment(self, amount: str, method: str) -> str:
        """A payment taken of ``amount`` (money already written) by the way ``method``."""

    def payment_deleted(self) -> str:
        """A payment deleted."""

    def sale(self, who: str, lines: str) -> str:
        """A new sale for ``who``, of ``lines`` (``Sac × 2, Pagne × 1``)."""

    def till_opened(self, amount: str) -> str:
        """The till opened with ``amount`` counted (money already written)."""

    def till_closed(self, amount: str) -> str:
        """The till closed with ``amount`` counted (money already written)."""

    def emailed(self, language: str) -> str:
        """The order e-mailed to its customer by Genuka, in ``language`` (``fr``, ``en``)."""

    def returned(self, lines: str) -> str:
        """Goods taken back on the order (``Sac × 1``)."""

    def return_approved(self, amount: str) -> str:
        """A return's approval: the order's total lowered by ``amount`` (money already written)."""

    def refunded(self, amount: str, method: str) -> str:
        """``amount`` (money already written) handed back on the order's payment by ``method``."""

    def removed(self, line: str) -> str:
        """A line (by its label) removed."""

    def added(self, title: str, quantity: int) -> str:
        """A line added: its title (or product) and quantity."""


def key_label(key: str, order: Order | None, words: Wording) -> str:
    """What the clerk calls the field at ``key``: a line by its title, an address part with its side."""
    parts = key.split(".")
    if parts[0] == "lines" and len(parts) >= 2:
        line = order.line(parts[1]) if order is not None else None
        title = line.title if line is not None and line.title else words.a_line()
        if len(parts) == 3:
            return f"{title} ({words.quantity() if parts[2] == 'quantity' else words.unit_price()})"
        return title
    if len(parts) == 3 and parts[0] in ("billing", "shipping") and parts[1] == "address":
        return f"{words.address_side(parts[0])} ({words.address_part(parts[2])})"
    return words.field(key)


def key_value(key: str, value: Any, currency: str, language: str, words: Wording) -> str:
    """A value as the clerk reads it: money with its currency, "—" for nothing, the rest in ``words``."""
    if value is None or value == "":
        return "—"
    if key == "shipping.amount" or key.endswith(".price"):
        amount = to_decimal(value)
        return format_money(amount, currency, language) if amount is not None else text_of(value)
    return words.value(key, value)


def method_name(order: Order | None, method: str) -> str | None:
    """The name the shop gives the way of paying ``method`` (its processor or name); None when unknown."""
    methods = order.company.payment_methods if order is not None and order.company else []
    return next((m.name for m in methods if method in (m.processor, m.name) and m.name), None)


def _return_line(kind: str, intent: dict[str, Any], currency: str, language: str, words: Wording) -> str:
    """A return, its approval or its refund, in one line."""
    if kind == "return":
        lines = intent.get("lines") or []
        return words.returned(", ".join(f"{line.get('title') or '—'} × {line.get('quantity')}" for line in lines))
    if kind == "return_approve":
        return words.return_approved(format_money(to_decimal(intent.get("value")), currency, language))
    amount = format_money(to_decimal(intent.get("amount")), currency, language)
    return words.refunded(amount, str(intent.get("method_label") or intent.get("method") or ""))


def change_lines(change: Change, order: Order | None, language: str, words: Wording) -> list[str]:
    """The change, one line per thing it changes, in ``words`` (money written the ``language``'s way)."""
    currency = order.currency_code if order is not None else DEFAULT_CURRENCY
    if change.payment is not None:
        return [words.payment(format_money(change.payment.amount, currency, language), change.payment.method)]
    if change.removal is not None:
        return [words.payment_deleted()]
    if change.notice is not None:
        return [words.emailed(str(change.notice.get("lang") or ""))]
    if change.returned is not None:
        return [_return_line(change.kind.value, change.returned, currency, language, words)]
    if change.till is not None:
        opening = "balance_start" in change.till  # an opening's intent has it, a close's has the count
        amount = to_decimal(change.till.get("balance_start" if opening else "balance_counted"))
        written = format_money(amount, currency, language)
        return [words.till_opened(written) if opening else words.till_closed(written)]
    if change.draft is not None:
        who = change.draft.customer.name or change.draft.customer.phone or "—"
        return [words.sale(who, ", ".join(f"{line.title} × {line.quantity}" for line in change.draft.lines))]
    edit = change.edit
    out = [
        words.pair(key_label(k, order, words), key_value(k, v, currency, language, words))
        for k, v in edit.fields.items()
    ]
    for line_id, line in edit.lines.items():
        label = key_label(f"lines.{line_id}", order, words)
        if line.quantity is not None:
            out.append(words.line_quantity(label, line.quantity))
        if line.price is not None:
            out.append(words.line_price(label, format_money(line.price, currency, language)))
        if line.discounts is not None:  # a clerk's discount: "−10 %", "−500 FCFA", "—" when taken off
            shown = [_discount_text(d, currency, language) for d in line.discounts]
            out.append(words.pair(label, ", ".join(shown) or "—"))
    out.extend(words.removed(key_label(f"lines.{line_id}", order, words)) for line_id in edit.removed_lines)
    out.extend(words.added(added.title or added.product_id or "—", added.quantity) for added in edit.added_lines)
    return out


def _discount_text(discount: dict[str, Any], currency: str, language: str) -> str:
    value = to_decimal(discount.get("discount_value")) or Decimal(0)
    if discount.get("discount_type") == "percentage":
        return f"−{value.normalize():f} %"
    return "−" + format_money(value, currency, language)
