"""The queue's operations, one module per kind, behind one interface the pusher calls (:class:`.rules.OperationRules`).

Each kind's module holds its rules: how the server is read before a try,
how a try that may have landed is looked up, what holds it for the clerk,
and how it is sent with its key and settled from the answer. Adding a kind
of operation is adding its module here, a line in :data:`RULES`, its
subject in ``store.changes.SUBJECT_OF`` and its tests (docs/architecture.md
walks through it).
"""

from __future__ import annotations

from typing import Any

from ...store import ChangeKind
from .bulk_status import BulkStatus
from .notify import NotifyRules
from .order_edit import OrderEditRules
from .outcomes import (
    AuthPaused,
    Offline,
    Outcomes,
    PushResult,
    ServerBusy,
    SetupPaused,
    StopPush,
)
from .payment import PaymentRules
from .payment_removal import PaymentRemovalRules
from .refund import RefundRules
from .return_approve import ReturnApproveRules
from .return_create import ReturnRules
from .rules import OperationRules, PushKit
from .sale import SaleRules
from .till_close import TillCloseRules
from .till_open import TillOpenRules

__all__ = [
    "RULES",
    "AuthPaused",
    "BulkStatus",
    "Offline",
    "OperationRules",
    "OrderEditRules",
    "Outcomes",
    "PushKit",
    "PushResult",
    "ServerBusy",
    "SetupPaused",
    "StopPush",
    "rules_for",
]

# Each kind of operation and the class of its rules.
RULES: dict[ChangeKind, type[OperationRules[Any]]] = {
    ChangeKind.STATUS: OrderEditRules,
    ChangeKind.UPDATE: OrderEditRules,
    ChangeKind.BULK_STATUS: OrderEditRules,  # alone (a batch of them goes through BulkStatus)
    ChangeKind.CREATE: SaleRules,
    ChangeKind.PAYMENT: PaymentRules,
    ChangeKind.PAYMENT_REMOVAL: PaymentRemovalRules,
    ChangeKind.TILL_OPEN: TillOpenRules,
    ChangeKind.TILL_CLOSE: TillCloseRules,
    ChangeKind.NOTIFY: NotifyRules,
    ChangeKind.RETURN: ReturnRules,
    ChangeKind.RETURN_APPROVE: ReturnApproveRules,
    ChangeKind.REFUND: RefundRules,
}


def rules_for(kit: PushKit) -> dict[ChangeKind, OperationRules[Any]]:
    """One rules object per class, shared by the kinds that use it."""
    made: dict[type[OperationRules[Any]], OperationRules[Any]] = {}
    for cls in RULES.values():
        if cls not in made:
            made[cls] = cls(kit)
    return {kind: made[cls] for kind, cls in RULES.items()}
