"""Product returns and credit notes (07-discounts-delivery.md "Product Returns", 06-orders-sales.md "Credit Notes").

Read leniently, unknown keys kept. A return carries no money: its value
shows only in its audit (:class:`ReturnAudit`), and what goes back to the
customer in the credit notes its approval may make. Credit-note statuses
are ``pending``, ``refunded`` and ``cancelled`` in the list filter, and
``issued`` in the returns report: any text is kept as sent.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from .base import GenukaModel, Nested, NestedList
from .coerce import to_decimal
from .loose import LooseDatetime, LooseDecimal, LooseDict, LooseInt, LooseList, LooseStr


class ReturnStatus(StrEnum):
    """Where a return stands; ``confirmed``, ``done`` and ``cancelled`` are final (no edit)."""

    DRAFT = "draft"
    WAITING_APPROVAL = "waiting_approval"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


FINAL_STATUSES = frozenset({ReturnStatus.CONFIRMED, ReturnStatus.DONE, ReturnStatus.CANCELLED})


class Reference(GenukaModel):
    """A slim related object: ``order`` {id, reference}, ``variant`` {id, title}, ``warehouse``, ``customer``."""

    id: LooseStr = None
    reference: LooseStr = None
    title: LooseStr = None
    name: LooseStr = None
    first_name: LooseStr = None
    last_name: LooseStr = None


class ReturnLine(GenukaModel):
    """One line of a return: a variant of the order, how many, and why."""

    id: LooseStr = None
    return_id: LooseStr = None
    variant_id: LooseStr = None
    variant: Nested[Reference] = None
    order_product: LooseDict = None
    quantity: LooseInt = None
    reason: LooseStr = None
    comment: LooseStr = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None


class CreditNoteLine(GenukaModel):
    """One line of a credit note."""

    id: LooseStr = None
    credit_note_id: LooseStr = None
    description: LooseStr = None
    quantity: LooseDecimal = None
    unit_price: LooseDecimal = None
    total: LooseDecimal = None
    variant_id: LooseStr = None
    tax_id: LooseStr = None
    discount_id: LooseStr = None


class CreditNote(GenukaModel):
    """A credit note: money owed back to a customer (``beneficiary``), made from an order (``source``)."""

    id: LooseStr = None
    reference: LooseStr = None
    amount: LooseDecimal = None
    status: LooseStr = None
    reason: LooseStr = None
    issued_at: LooseDatetime = None
    refunded_at: LooseDatetime = None
    cancelled_at: LooseDatetime = None
    metadata: LooseDict = None
    beneficiary_id: LooseStr = None
    beneficiary_type: LooseStr = None
    beneficiary: LooseDict = None
    source_id: LooseStr = None
    source_type: LooseStr = None
    lines: NestedList[CreditNoteLine] = []
    payments: LooseList = []
    refund_amount: LooseDecimal = None
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None


class Return(GenukaModel):
    """A product return of an order (``RET-0001``), waiting for its approval or done with."""

    id: LooseStr = None
    reference: LooseStr = None
    status: LooseStr = None
    return_date: LooseDatetime = None
    source: LooseStr = None
    comment: LooseStr = None
    order_id: LooseStr = None
    warehouse_id: LooseStr = None
    metadata: LooseDict = None
    credit_notes: NestedList[CreditNote] = []
    warehouse: Nested[Reference] = None
    order: Nested[Reference] = None
    customer: Nested[Reference] = None
    lines: NestedList[ReturnLine] = []
    created_at: LooseDatetime = None
    updated_at: LooseDatetime = None

    @property
    def final(self) -> bool:
        """Whether the return can no longer be changed (``confirmed``, ``done``, ``cancelled``)."""
        return self.status in {s.value for s in FINAL_STATUSES}


class ReturnAudit(GenukaModel):
    """``GET /admin/returns/{id}/audit``: trail, status history, and the money (``financial_impact``)."""

    audit_trail: LooseList = []
    status_history: LooseList = []
    financial_impact: LooseDict = None

    def money(self, key: str) -> Decimal | None:
        """One figure of ``financial_impact`` (``return_amount``, ``credit_notes_total``, ``refunds_total``)."""
        return to_decimal((self.financial_impact or {}).get(key))
