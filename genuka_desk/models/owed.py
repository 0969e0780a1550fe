"""What an order really owes, and whether its payment status agrees with its money.

One rule for every place a balance is shown or summed (the list's Balance
column, the customer window, the Today panel, the CLI, the printed
documents): an order owes its balance (``amount_due``, what the server says
is still to pay; its total when the server gives none; never below 0),
except when nothing is to be collected on it:

- a cancelled order: soft-deleted (``deleted_at``) or moved to the cancelled
  status (``06-orders-sales.md``: with invoices or payments it is kept for
  the record, its invoices undone);
- a cancelled payment status (``billing.status: canceled``): the sale will
  not be paid, whatever ``amount_due`` still says;
- a quotation (``state`` 2): an offer, not a sale; it owes once it becomes a
  sales order (3) or an invoice (1). Sales orders count: the desk's own
  counter sales are sales orders, and goods left on credit are owed.

Light on purpose (enums and ``Decimal`` only): the list's first look reads
rows with it before pydantic is loaded.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from .enums import BillingStatus, OrderState

if TYPE_CHECKING:
    from .edits import OrderEdit
    from .order import Order
    from .validation import FieldProblem

ZERO = Decimal(0)


def counts(*, cancelled: bool, billing_status: BillingStatus, state: OrderState) -> bool:
    """Whether anything can be owed on the order at all (the exceptions of the module's rule)."""
    return not cancelled and billing_status != BillingStatus.CANCELED and state != OrderState.QUOTATION


def owes(due: Decimal | None, *, cancelled: bool, billing_status: BillingStatus, state: OrderState) -> Decimal | None:
    """What is really owed, from the order's balance (``due``; None: unknown, stays None)."""
    if not counts(cancelled=cancelled, billing_status=billing_status, state=state):
        return ZERO
    return None if due is None else max(due, ZERO)


def order_owes(order: Order) -> Decimal:
    """What ``order`` (as the clerk sees it, local changes laid) really owes."""
    owed = owes(order.balance, cancelled=order.cancelled, billing_status=order.billing_status, state=order.state)
    return owed if owed is not None else ZERO


class PaymentMismatch(StrEnum):
    """How an order's payment status disagrees with its money (a problem for the clerk to settle)."""

    PAID_WITH_BALANCE = "paid_with_balance"  # says paid, yet something is still owed (a line raised after)
    NOTHING_PAID = "nothing_paid"  # says partly paid, yet nothing is paid
    ALL_PAID = "all_paid"  # says awaiting payment, unpaid or partly paid, yet payments cover the total


# The statuses that say the order is not paid in full.
OPEN_STATUSES = (BillingStatus.PENDING, BillingStatus.UNPAID, BillingStatus.PARTIALLY_PAID)


def payment_mismatch(
    billing_status: BillingStatus,
    due: Decimal | None,
    total: Decimal | None,
    *,
    cancelled: bool = False,
    state: OrderState = OrderState.UNKNOWN,
    waiting: bool = False,
) -> PaymentMismatch | None:
    """How the payment status disagrees with the balance ``due`` and the ``total`` (None: it agrees).

    Judged only where something can be owed (see :func:`counts`) and on an
    order with a total above 0. ``waiting``: changes of the order are not on
    the server yet; "all paid" is not said then, as a status set back to
    awaiting payment is shown before the server reverses the payments (a
    credit note) and its balance rises. ``store.listing``'s "Needs
    attention" filter says the same in SQL (a test checks that they agree).
    """
    if due is None or total is None or total <= 0:
        return None
    if not counts(cancelled=cancelled, billing_status=billing_status, state=state):
        return None
    if billing_status is BillingStatus.PAID and due > 0:
        return PaymentMismatch.PAID_WITH_BALANCE
    if billing_status is BillingStatus.PARTIALLY_PAID and due >= total:
        return PaymentMismatch.NOTHING_PAID
    if billing_status in OPEN_STATUSES and due <= 0 and not waiting:
        return PaymentMismatch.ALL_PAID
    return None


def order_mismatch(order: Order, *, waiting: bool = False) -> PaymentMismatch | None:
    """:func:`payment_mismatch` of ``order`` as the clerk sees it (``waiting``: it has unsent changes)."""
    return payment_mismatch(
        order.billing_status, order.balance, order.amount, cancelled=order.cancelled, state=order.state, waiting=waiting
    )


def has_paid_something(order: Order) -> bool:
    """Whether money was paid on ``order`` (recorded, or taken here and queued): its total above its balance."""
    return order.amount is not None and order.amount - order.balance > 0


PARTLY_PAID_CODE = "partly_paid_needs_payment"
PARTLY_PAID = (
    "An order is partly paid once a payment is recorded on it: record the payment (the status follows) "
    "instead of setting the status."
)


def partly_paid_problems(order: Order, edit: OrderEdit) -> list[FieldProblem]:
    """A refusal when ``edit`` sets "partly paid" on an order with nothing paid (empty: no such problem).

    Genuka would take the status and hold no payment: the order would say
    partly paid while owing its whole total. The payment makes it so.
    """
    from .validation import FieldProblem

    wanted = edit.fields.get("billing.status")
    if wanted is None or BillingStatus.parse(wanted) != BillingStatus.PARTIALLY_PAID:
        return []
    if order.billing_status == BillingStatus.PARTIALLY_PAID or has_paid_something(order):
        return []  # already so (not this edit's doing), or a payment stands
    return [FieldProblem("billing.status", PARTLY_PAID_CODE, PARTLY_PAID)]
