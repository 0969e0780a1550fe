"""A queued operation: one clerk's intent, what it acts on, and where it stands.

Every item of the queue names its subject (an order edited, a sale made
here, a payment taken or deleted), the subject's local id and its server
id once known, and a key made once with the operation and sent with every
try of it (Genuka's documented ``sync/push`` ``idempotency_key``, and the
``X-Request-Id`` of the classic endpoints). How each kind is sent lives in
``sync.operations``, one module per kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .. import models as _models


class ChangeKind(StrEnum):
    """How a change is sent: the status endpoint, a full update, the bulk endpoint, or a creation."""

    STATUS = "status"
    UPDATE = "update"
    BULK_STATUS = "bulk_status"
    CREATE = "create"  # a sale taken here: POST /admin/orders (the order has a local id until then)
    PAYMENT = "payment"  # a payment taken here: POST /admin/orders/{order}/payments
    PAYMENT_REMOVAL = "payment_removal"  # DELETE /admin/orders/{order}/payments/{payment}
    TILL_OPEN = "till_open"  # POST /admin/cash-register-sessions (store.till)
    TILL_CLOSE = "till_close"  # POST /admin/cash-register-sessions/{session}/close
    NOTIFY = "notify"  # POST /admin/orders/{order}/notify: the order's confirmation e-mail (store.notices)
    RETURN = "return"  # POST /admin/returns, waiting_approval (store.returns)
    RETURN_APPROVE = "return_approve"  # PATCH /admin/returns/{return}/approve
    REFUND = "refund"  # money back: PUT (lowered) or DELETE of the order's payment it goes back on


class Subject(StrEnum):
    """What an operation acts on (the queue's ``subject`` column)."""

    ORDER = "order"  # an order's fields, lines or statuses
    SALE = "sale"  # a sale made here: its local order until the server creates it
    PAYMENT = "payment"  # a payment on an order (taken here, or one to delete)
    TILL_SESSION = "till_session"  # a cash register session (its order_id is ``till:<local id>``)
    RETURN = "return"  # a return of goods on an order (its local id is the desk's return key)


# The subject of each kind (a new kind names its subject here).
SUBJECT_OF = {
    ChangeKind.STATUS: Subject.ORDER,
    ChangeKind.UPDATE: Subject.ORDER,
    ChangeKind.BULK_STATUS: Subject.ORDER,
    ChangeKind.CREATE: Subject.SALE,
    ChangeKind.PAYMENT: Subject.PAYMENT,
    ChangeKind.PAYMENT_REMOVAL: Subject.PAYMENT,
    ChangeKind.TILL_OPEN: Subject.TILL_SESSION,
    ChangeKind.TILL_CLOSE: Subject.TILL_SESSION,
    ChangeKind.NOTIFY: Subject.ORDER,
    ChangeKind.RETURN: Subject.RETURN,
    ChangeKind.RETURN_APPROVE: Subject.RETURN,
    ChangeKind.REFUND: Subject.RETURN,
}

# The queue sends one "order" at a time, oldest first: a till session's operations go in turn under this id.
TILL_PREFIX = "till:"


@dataclass(frozen=True)
class Clerk:
    """Who works at the desk: recorded on every operation they queue (the desk's own history names them)."""

    id: str | None
    name: str


class ChangeState(StrEnum):
    """Where a change stands.

    ``pending`` waits for its turn (or for the network), ``sending`` was being
    sent when last seen (after a crash it is checked against the server before
    any resend), ``sent`` reached the server, ``failed`` was refused (the
    clerk edits or discards it), ``conflict`` met a colleague's change to the
    same field (the clerk chooses).
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CONFLICT = "conflict"


# Changes that still shape what the clerk sees (their overlay is applied).
ACTIVE_STATES = (ChangeState.PENDING, ChangeState.SENDING, ChangeState.FAILED, ChangeState.CONFLICT)
# Why a change waits for the clerk in conflict (kept as its ``last_error``).
COLLEAGUE_CONFLICT = "A colleague changed the same fields on the server."
UNSURE_CONFLICT = (
    "Sent earlier without an answer, and the order was changed on the server since: this change may have been "
    "made and then changed back. Check the order, then keep yours or the server's."
)
UNSURE_PAYMENT = (
    "This payment was sent without an answer and is not on the server, but the order was changed there since: "
    "it may have been recorded and then deleted by a colleague. Check the order's payments, then retry it or "
    "discard it."
)


@dataclass
class Change:
    """One row of the change queue."""

    seq: int
    id: str
    order_id: str
    order_ref: str
    kind: ChangeKind
    group_id: str | None
    base: dict[str, Any]
    base_updated_at: str | None
    state: ChangeState
    # An order edit's intent (empty for the other kinds, which fill ``draft``, ``payment`` or ``removal``).
    edit: _models.OrderEdit = field(default_factory=lambda: _models.OrderEdit())  # the models load on first use
    attempts: int = 0
    next_attempt_at: float = 0.0
    last_error: str | None = None
    field_errors: dict[str, list[str]] = field(default_factory=dict)
    theirs: dict[str, Any] = field(default_factory=dict)
    theirs_updated_at: str | None = None
    created_at: float = 0.0
    changed_at: float = 0.0
    sent_at: float | None = None
    # A try whose outcome is unknown (crash, timeout) may still be applied by the
    # server until then: the change is neither judged nor sent again before it.
    settle_until: float = 0.0
    # A creation's sale (``kind`` CREATE; its ``edit`` is empty).
    draft: _models.NewOrder | None = None
    # A payment taken (``kind`` PAYMENT), or the id of the payment to delete (PAYMENT_REMOVAL).
    payment: _models.NewPayment | None = None
    removal: str | None = None
    # A till operation's intent (``till_open``: account, opening count, notes; ``till_close``: the count, reason).
    till: dict[str, Any] | None = None
    # An e-mail to the customer (``notify``): its language, ``{"lang": "fr"}``.
    notice: dict[str, Any] | None = None
    # A return's operation (``return``, ``return_approve``, ``refund``): its return's key and what it carries.
    returned: dict[str, Any] | None = None
    # What the operation acts on: its subject, the subject's id here, the server's once known
    # (an order's id; a created sale's order; a payment's), and the key sent with every try.
    subject: Subject = Subject.ORDER
    local_id: str = ""
    server_id: str | None = None
    key: str = ""
    # The clerk who queued it (None: before clerks were recorded, or nobody named).
    clerk_id: str | None = None
    clerk_name: str = ""

    @property
    def known_payments(self) -> set[str]:
        """The ids of the order's payments the server showed just before a payment was sent."""
        return {str(p) for p in self.base.get("known", [])}

    @property
    def reprices(self) -> bool:
        """Whether the change moves the order's amount (its lines, its shipping amount or its discounts)."""
        edit = self.edit
        moves = "shipping.amount" in edit.fields or "discounts" in edit.fields
        return bool(edit.lines or edit.removed_lines or edit.added_lines or moves)

    def lay(self, body: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
        """The order's body with this change shown on it (a copy, unless ``in_place``)."""
        if self.payment is not None:
            return _models.lay_payment(body, self.payment, in_place=in_place)
        if self.removal is not None:
            return _models.lay_removal(body, self.removal, in_place=in_place)
        if self.returned is not None:
            return self._lay_return(body, in_place)
        if self.till is not None or self.notice is not None:
            return body if in_place else dict(body)  # a till session, an e-mail: nothing to show on the order
        return _models.apply_edit(body, self.edit, in_place=in_place)

    def _lay_return(self, body: dict[str, Any], in_place: bool) -> dict[str, Any]:
        """An approval lowers the order's total; a refund lowers its payment; a return alone shows nothing yet."""
        from ..models.return_effects import lay_refund, lay_return_bill

        intent = self.returned or {}
        if self.kind is ChangeKind.RETURN_APPROVE:
            return lay_return_bill(body, Decimal(str(intent.get("value") or 0)), in_place=in_place)
        if self.kind is ChangeKind.REFUND:
            paid_on = str(self.base.get("payment_server_id") or intent.get("payment_id") or "")
            return lay_refund(body, paid_on, Decimal(str(intent.get("amount") or 0)), in_place=in_place)
        return body if in_place else dict(body)

    @property
    def posted(self) -> int:
        """How many tries may have reached the server (0: none, so it cannot be on the server)."""
        return int(self.base.get("posted", 0) or 0)

    @property
    def tried_on(self) -> str | None:
        """The server's ``updated_at`` of the body the last try was written on."""
        value = self.base.get("tried_on")
        return None if value is None else str(value)

    @property
    def unsure(self) -> bool:
        """In conflict because a try got no answer and the order moved since (maybe this change, undone)."""
        return self.state is ChangeState.CONFLICT and bool(self.base.get("unsure"))

    @property
    def active(self) -> bool:
        """Whether the change still waits to reach the server."""
        return self.state in ACTIVE_STATES

    def summary(self) -> str:
        """A short English description (the CLI and the log)."""
        if self.payment is not None:
            return f"payment of {self.payment.amount} ({self.payment.method})"
        if self.removal is not None:
            return f"delete payment {self.removal}"
        if self.notice is not None:
            return f"e-mail the order to the customer ({self.notice.get('lang')})"
        if self.returned is not None:
            return _return_summary(self.kind, self.returned)
        if self.till is not None and self.kind is ChangeKind.TILL_OPEN:
            return f"open the till with {self.till.get('balance_start')}"
        if self.till is not None:
            return f"close the till, counted {self.till.get('balance_counted')}"
        if self.draft is not None:
            lines = ", ".join(f"{line.title} x{line.quantity}" for line in self.draft.lines)
            who = self.draft.customer.name or self.draft.customer.phone or "a customer"
            return f"new order for {who}: {lines}"
        parts = []
        for key, value in self.edit.intended().items():
            if key.startswith("lines.+"):
                line = next((li for li in self.edit.added_lines if f"lines.+{li.key}" == key), None)
                parts.append(f"add {line.title or line.product_id} x{line.quantity}" if line else "add a line")
            elif key.startswith("lines.") and value is None:
                parts.append(f"remove line {key.split('.', 1)[1]}")
            else:
                parts.append(f"{key}={value}")
        return ", ".join(parts)


def _return_summary(kind: ChangeKind, intent: dict[str, Any]) -> str:
    if kind is ChangeKind.RETURN:
        lines = ", ".join(
            f"{line.get('title') or line.get('variant_id')} x{line.get('quantity')}"
            for line in intent.get("lines") or []
        )
        return f"return {lines}"
    if kind is ChangeKind.RETURN_APPROVE:
        return f"approve the return of {intent.get('value')}"
    return f"refund {intent.get('amount')} ({intent.get('method') or 'payment'})"


CHANGE_COLUMNS = (
    "seq, id, order_id, order_ref, kind, group_id, intent, base, base_updated_at, state, attempts, "
    "next_attempt_at, last_error, field_errors, theirs, theirs_updated_at, created_at, changed_at, sent_at, "
    "settle_until, subject, local_id, server_id, op_key, clerk_id, clerk_name"
)


def _json_default(value: Any) -> Any:
    # A whole Decimal goes back out as a JSON integer (XAF has no cents), so
    # a queued amount keeps the wire type of a number.
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def dumps(value: Any) -> str:
    """JSON for the queue's columns (Decimals as strings, nothing lossy)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)


def _edit(intent: str) -> dict[str, Any]:
    return {"edit": _models.OrderEdit.model_validate_json(intent)}


# How each kind's intent is read back (the field of :class:`Change` it fills).
_INTENT_READERS: dict[ChangeKind, Callable[[str], dict[str, Any]]] = {
    ChangeKind.STATUS: _edit,
    ChangeKind.UPDATE: _edit,
    ChangeKind.BULK_STATUS: _edit,
    ChangeKind.CREATE: lambda intent: {"draft": _models.NewOrder.model_validate_json(intent)},
    ChangeKind.PAYMENT: lambda intent: {"payment": _models.NewPayment.model_validate_json(intent)},
    ChangeKind.PAYMENT_REMOVAL: lambda intent: {"removal": str(json.loads(intent)["payment_id"])},
    ChangeKind.TILL_OPEN: lambda intent: {"till": json.loads(intent)},
    ChangeKind.TILL_CLOSE: lambda intent: {"till": json.loads(intent)},
    ChangeKind.NOTIFY: lambda intent: {"notice": json.loads(intent)},
    ChangeKind.RETURN: lambda intent: {"returned": json.loads(intent)},
    ChangeKind.RETURN_APPROVE: lambda intent: {"returned": json.loads(intent)},
    ChangeKind.REFUND: lambda intent: {"returned": json.loads(intent)},
}


def identity(kind: ChangeKind, order_id: str, acts_on: str | None = None) -> tuple[Subject, str, str | None]:
    """A new operation's subject, its local id and its server id (None until the server makes it).

    ``acts_on``: the payment's id (a payment's local id, or the server id of
    one to delete); an order edit or a sale acts on its order.
    """
    subject = SUBJECT_OF[kind]
    if kind is ChangeKind.PAYMENT:
        return subject, acts_on or "", None
    if kind is ChangeKind.PAYMENT_REMOVAL:
        return subject, acts_on or "", acts_on
    if subject is Subject.RETURN:
        return subject, acts_on or "", None  # the return's key here; its server id is kept by store.returns
    if subject is Subject.TILL_SESSION:
        return subject, order_id.removeprefix(TILL_PREFIX), acts_on  # the session's server id, once known
    if kind is ChangeKind.CREATE or _models.is_local_id(order_id):
        return subject, order_id, None  # the server's id comes with the sale's creation
    return subject, order_id, order_id


def change_from_sql(row: tuple[Any, ...]) -> Change:
    """A :class:`Change` from a ``SELECT`` of :data:`CHANGE_COLUMNS`."""
    (
        seq,
        cid,
        order_id,
        order_ref,
        kind,
        group_id,
        intent,
        base,
        base_updated_at,
        state,
        attempts,
        next_attempt_at,
        last_error,
        field_errors,
        theirs,
        theirs_updated_at,
        created_at,
        changed_at,
        sent_at,
        settle_until,
        subject,
        local_id,
        server_id,
        op_key,
        clerk_id,
        clerk_name,
    ) = row
    return Change(
        seq=seq,
        id=cid,
        order_id=order_id,
        order_ref=order_ref,
        kind=ChangeKind(kind),
        group_id=group_id,
        **_INTENT_READERS[ChangeKind(kind)](intent),
        base=json.loads(base),
        base_updated_at=base_updated_at,
        state=ChangeState(state),
        attempts=attempts,
        next_attempt_at=next_attempt_at,
        last_error=last_error,
        field_errors=json.loads(field_errors) if field_errors else {},
        theirs=json.loads(theirs) if theirs else {},
        theirs_updated_at=theirs_updated_at,
        created_at=created_at,
        changed_at=changed_at,
        sent_at=sent_at,
        settle_until=settle_until or 0.0,
        subject=Subject(subject),
        local_id=local_id,
        server_id=server_id,
        key=op_key,
        clerk_id=clerk_id,
        clerk_name=clerk_name or "",
    )
