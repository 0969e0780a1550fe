"""What a return receipt says: facts only, from the local copy (so it prints offline, a queued return too).

Like the sale's documents (``service.paper``): the shop as the documents
head it, the return's reference (``RET-0001``; none while it waits in the
queue, and the receipt says so), the order's reference, the lines back with
their reason, their value, the money handed back and how (the way of paying
of the payment it goes back on; none: the credit note stands), the clerk
and the moment. Gathered through the service's own capabilities.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from .errors import ServiceError
from .paper import Shop
from .return_types import ReturnView

if TYPE_CHECKING:
    from .order_service import OrderService

CASH = "cash"


@dataclass(frozen=True)
class ReturnPaperLine:
    """One line back, as printed."""

    title: str
    quantity: int
    reason: str  # one of service.return_types.REASONS (the front end words it)
    unit: Decimal
    total: Decimal


@dataclass(frozen=True)
class ReturnPaperFacts:
    """Everything a return receipt carries."""

    shop: Shop
    reference: str | None  # "RET-0001"; None while the return waits in the queue
    order_reference: str
    state: str  # service.return_types.ReturnView.state
    lines: list[ReturnPaperLine]
    value: Decimal
    refund: Decimal  # the money handed back (0: none now)
    refund_way: str  # the shop's name of the way ("Orange Money"); "" when no money goes back now
    refund_processor: str  # the way as the server names it ("cash": the receipt says it in the clerk's words)
    refund_state: str | None  # "queued" | "sent" | "held" | None
    currency: str
    clerk: str
    taken_at: datetime
    qr: str  # what the QR code holds: the return's reference, else the order's

    @property
    def credit_note(self) -> bool:
        """No money goes back now: the customer's credit note stands for the value."""
        return self.refund <= 0

    @property
    def cash(self) -> bool:
        """The money goes back in cash, out of the till."""
        return not self.credit_note and self.refund_processor.strip().lower() == CASH


def return_paper(service: OrderService, order_key: str, return_key: str, clerk: str = "") -> ReturnPaperFacts:
    """The receipt of return ``return_key`` of order ``order_key``; ``clerk``: who is at the desk (else the return's).

    Raises :class:`ServiceError` when the order or the return is not on this computer.
    """
    view = next((v for v in service.returns.of_order(order_key) if v.key == return_key), None)
    if view is None:
        raise ServiceError(f"No return {return_key} of order {order_key} on this computer.")
    order = service.shop.paper(order_key, view.clerk or clerk)
    way, processor = _way(service, order_key, view)
    refund = view.refund.amount if view.refund is not None and view.refund.payment_id is not None else Decimal(0)
    return ReturnPaperFacts(
        shop=order.shop,
        reference=view.reference,
        order_reference=order.reference,
        state=view.state,
        lines=[
            ReturnPaperLine(title, quantity, reason, unit, unit * quantity)
            for title, quantity, reason, unit in view.lines
        ],
        value=view.value,
        refund=refund,
        refund_way=way if refund > 0 else "",
        refund_processor=processor if refund > 0 else "",
        refund_state=view.refund_state if refund > 0 else None,
        currency=order.currency,
        clerk=order.clerk,
        taken_at=view.taken_at,
        qr=view.reference or order.reference,
    )


def _way(service: OrderService, order_key: str, view: ReturnView) -> tuple[str, str]:
    """The shop's name and the server's name of the way the money goes back (the payment it goes back on)."""
    payment_id = view.refund.payment_id if view.refund is not None else None
    if not payment_id:
        return "", ""
    names = {
        str(m.processor or m.name): str(m.name or m.processor)
        for m in service.payments.methods()
        if m.processor or m.name
    }
    order = service.orders.cached(order_key)
    for payment in order.payments if order is not None else []:
        # A payment queued here is shown under a prefix of its key: known by either.
        if str(payment.id) == payment_id or str(payment.id).endswith(payment_id):
            method = payment.method or ""
            return names.get(method, method), method
    return "", ""
