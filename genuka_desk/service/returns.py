"""Returns: goods taken back on an order, their approval, and the money handed back (offline too).

A return is three operations of the queue, each sent once (``sync/operations``):
the return (``POST /admin/returns``, waiting for its approval), its approval
(``PATCH .../approve``, by a clerk allowed to: ``returns.approve``) and the
money back (the inbound payment it goes back on lowered, or deleted when
whole: the reference has no write for a refund, see docs/genuka-api.md,
"Returns and refunds"). The return shows at once, offline and after a
restart, and the order's total and balance with it once its approval is
queued; the server's figures replace the desk's as they come.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .clerk_scopes import ClerkScopes
from .errors import ServiceError
from .return_lines import returnable_lines, returned_value, server_returned
from .return_types import (
    REASONS,
    RefundChoice,
    RefundSource,
    ReturnableLine,
    ReturnChoice,
    ReturnDraft,
    ReturnView,
)

if TYPE_CHECKING:
    from .. import models as _models
    from ..store.returns import DeskReturn
    from .core import ServiceCore
    from .payments import Payments
    from .till import Till

log = logging.getLogger(__name__)
ZERO = Decimal(0)
CREATE, APPROVE = "returns.create", "returns.approve"


class Returns:
    """Take goods back on an order, approve the return, hand the money back (offline too)."""

    def __init__(self, core: ServiceCore, payments: Payments, till: Till | None = None) -> None:
        """The capability over ``core``; the ways of paying come from ``payments``, the drawer's cash from ``till``."""
        self._core = core
        self._payments = payments
        self._till = till
        self.scopes = ClerkScopes(core)  # who may take and approve, learnt after a sync and kept for offline

    # -- who may -----------------------------------------------------------------

    def set_scopes(self, scopes: Iterable[str] | None) -> None:
        """The scopes of the clerk at the desk, as their login gave them; None: as ``GET /user`` last said."""
        self.scopes.set(scopes)

    async def learn_scopes(self) -> bool:
        """Read the clerk's permissions (``GET /user``) and keep them for offline; False when the server did not say."""
        return await self.scopes.learn()

    @property
    def may_take(self) -> bool:
        """Whether the clerk at the desk may take returns (``returns.create``)."""
        return self.scopes.allows(CREATE)

    @property
    def may_approve(self) -> bool:
        """Whether the clerk at the desk may approve returns (``returns.approve``)."""
        return self.scopes.allows(APPROVE)

    # -- reading -----------------------------------------------------------------

    def _ids(self, order_key: str) -> tuple[str, set[str]]:
        """The order's id now, and every id its returns may be kept under (a sale's local id too)."""
        order_id = self._core.order_id(order_key)
        ids = {order_id}
        store = self._core.store
        for local in store.returns.on_sales():
            if local != order_id and store.sales.created_id(local) == order_id:
                ids.add(local)
        return order_id, ids

    def _desk_returns(self, ids: set[str]) -> list[DeskReturn]:
        return self._core.store.returns.of_orders(ids)

    def _returned(self, raw: dict[str, Any], kept: list[DeskReturn]) -> Counter[str]:
        """What the order's returns (the server's and the desk's, not cancelled) took back, by variant."""
        known = {str(r.get("id")) for r in raw.get("returns") or [] if isinstance(r, dict)}
        taken = server_returned(raw, set())
        for item in kept:
            if item.status == "cancelled" or (item.server_id and item.server_id in known):
                continue
            for line in item.lines:
                taken[str(line["variant_id"])] += int(line["quantity"])
        return taken

    def _sources(self, order: _models.Order) -> tuple[RefundSource, ...]:
        from ..models import CASH_PROCESSOR

        methods = self._payments.methods()
        label = {str(m.processor or m.name or ""): str(m.name or m.processor or "") for m in methods}
        sources = []
        for payment in order.payments:
            if not payment.id or (payment.type or "inbound") != "inbound" or not payment.amount:
                continue
            method = str(payment.method or "")
            sources.append(
                RefundSource(
                    payment_id=str(payment.id),
                    method=method,
                    method_label=label.get(method, method),
                    account_id=payment.treasury_account_id,
                    amount=payment.amount,
                    is_cash=method.strip().lower() == CASH_PROCESSOR,
                )
            )
        return tuple(sources)

    def draft(self, order_key: str) -> ReturnDraft:
        """What the return dialog opens with, from the local copy."""
        from ..models.return_effects import paid_of

        order = self._core.order(order_key)
        _, ids = self._ids(order_key)
        raw = order.raw_view
        lines = returnable_lines(raw, self._returned(raw, self._desk_returns(ids)))
        why = None
        if order.cancelled:
            why = "This order is cancelled: nothing can be returned."
        elif not lines:
            why = "This order has no lines to return."
        elif not any(line.returnable for line in lines):
            why = "Everything on this order was returned already, or its lines have no product variant."
        elif not self.may_take:
            why = "You may not take returns (the permission returns.create)."
        return ReturnDraft(
            order_key=str(order.id),
            order_reference=order.reference or str(order.id),
            currency=order.currency_code,
            total=order.amount or ZERO,
            paid=paid_of(raw),
            lines=lines,
            sources=self._sources(order),
            may_take=self.may_take,
            may_approve=self.may_approve,
            why_not=why,
        )

    def _checked(self, draft: ReturnDraft, choices: Sequence[ReturnChoice]) -> list[dict[str, Any]]:
        """The chosen lines checked against what is returnable, each with its value (raises :class:`ServiceError`)."""
        order = self._core.order(draft.order_key)
        _, ids = self._ids(draft.order_key)
        before = self._returned(order.raw_view, self._desk_returns(ids))
        if not choices:
            raise ServiceError("Choose at least one line to return.")
        left: Counter[str] = Counter()
        lines: dict[str, ReturnableLine] = {}
        for line in draft.lines:
            if line.variant_id:
                left[line.variant_id] += line.returnable
                lines.setdefault(line.variant_id, line)
        wanted: Counter[str] = Counter()
        kept = []
        for choice in choices:
            found = lines.get(choice.variant_id) if choice.variant_id else None
            if found is None:
                raise ServiceError("This line has no product variant on the order: it cannot be returned.")
            line = found
            if choice.reason not in REASONS:
                raise ServiceError(f"Unknown reason {choice.reason!r}: choose one of {', '.join(REASONS)}.")
            if choice.quantity < 1:
                raise ServiceError(f"Return at least one of {line.title}.")
            if len(choice.comment) > 500:
                raise ServiceError("A line's comment is at most 500 characters.")
            wanted[choice.variant_id] += choice.quantity
            if wanted[choice.variant_id] > left[choice.variant_id]:
                raise ServiceError(
                    f"Only {left[choice.variant_id]} of {line.title} can still be returned "
                    f"(sold {line.sold}, returned {line.returned})."
                )
            value = returned_value(order.raw_view, before, choice.variant_id, choice.quantity)
            kept.append(
                {
                    "variant_id": choice.variant_id,
                    "quantity": choice.quantity,
                    "reason": choice.reason,
                    "comment": choice.comment,
                    "title": line.title,
                    "unit_price": line.unit_price,
                    "value": value,
                }
            )
        return kept

    @staticmethod
    def _value(lines: Iterable[dict[str, Any]]) -> Decimal:
        return sum(
            (Decimal(str(li.get("value", Decimal(str(li["unit_price"])) * int(li["quantity"])))) for li in lines), ZERO
        )

    def value_of(self, order_key: str, lines: Sequence[ReturnChoice]) -> Decimal:
        """What ``lines`` are worth as the server values them (0 for none; raises :class:`ServiceError`)."""
        if not lines:
            return ZERO
        return self._value(self._checked(self.draft(order_key), lines))

    def suggest_refund(self, order_key: str, lines: Sequence[ReturnChoice]) -> Decimal:
        """What goes back for ``lines``: their value, never more than was paid beyond the order's new total.

        An unpaid or part-paid order: the due amount lowers first (0 when nothing was paid beyond it).
        """
        draft = self.draft(order_key)
        value = self._value(self._checked(draft, lines))
        return self._refundable(draft, value)

    @staticmethod
    def _refundable(draft: ReturnDraft, value: Decimal) -> Decimal:
        return max(min(value, draft.paid - (draft.total - value)), ZERO)

    def of_order(self, order_key: str) -> list[ReturnView]:
        """The order's returns: the desk's (queued or on the server) and those made elsewhere, oldest first."""
        order = self._core.order(order_key)
        _, ids = self._ids(order_key)
        kept = self._desk_returns(ids)
        listed = {str(r.get("id")): r for r in order.raw_view.get("returns") or [] if isinstance(r, dict)}
        views = [self._view(item, listed.get(str(item.server_id))) for item in kept]
        mine = {item.server_id for item in kept if item.server_id}
        for item in listed.values():
            if isinstance(item, dict) and item.get("id") and str(item["id"]) not in mine:
                views.append(self._server_view(order, item))
        return sorted(views, key=lambda v: v.taken_at)

    def _view(self, item: DeskReturn, listed: dict[str, Any] | None = None) -> ReturnView:
        """A return of this desk (``listed``: as the order's body lists it, approved on the web meanwhile...)."""
        operations = self._core.store.returns.operations(item.key)
        waiting = [c for c in operations if c.active]
        state = item.status
        if listed is not None and listed.get("status") and not any(c.kind.value == "return_approve" for c in waiting):
            state = str(listed["status"])  # the server's word, newer than the desk's when nothing of it waits
        if item.server_id is None:
            state = "queued"
        if any(c.state.value == "failed" for c in waiting) or item.note:
            state = "held"
        refunds = [c for c in operations if c.kind.value == "refund"]
        refund_state = item.refund_state
        if refunds and refunds[-1].state.value == "failed":
            refund_state = "held"
        refund = None
        if item.refund is not None:
            refund = RefundChoice(item.refund.get("payment_id"), Decimal(str(item.refund.get("amount") or 0)))
        return ReturnView(
            key=item.key,
            reference=item.reference,
            state=state,
            lines=tuple(
                (str(li["title"]), int(li["quantity"]), str(li["reason"]), Decimal(str(li["unit_price"])))
                for li in item.lines
            ),
            value=item.value,
            refund=refund,
            refund_state=refund_state,
            taken_at=datetime.fromtimestamp(item.taken_at, UTC),
            clerk=item.clerk or None,
        )

    def _server_view(self, order: _models.Order, item: dict[str, Any]) -> ReturnView:
        """A return made elsewhere, from the order's body (valued at the desk's unit prices)."""
        units = {line.variant_id: line for line in returnable_lines(order.raw_view, Counter())}
        lines = []
        for line in item.get("lines") or []:
            if not isinstance(line, dict):
                continue
            known = units.get(str(line.get("variant_id")))
            variant = line["variant"] if isinstance(line.get("variant"), dict) else {}
            title = known.title if known else str(variant.get("title") or line.get("variant_id"))
            unit = known.unit_price if known else ZERO
            lines.append((title, int(line.get("quantity") or 0), str(line.get("reason") or ""), unit))
        from ..models.coerce import to_datetime

        taken = to_datetime(item.get("created_at")) or datetime.now(UTC)
        return ReturnView(
            key=str(item["id"]),
            reference=item.get("reference"),
            state=str(item.get("status") or "waiting_approval"),
            lines=tuple(lines),
            value=sum((u * q for _, q, _, u in lines), ZERO),
            refund=None,
            refund_state=None,
            taken_at=taken,
            clerk=None,
        )

    # -- writing -----------------------------------------------------------------

    def _refund_intent(self, draft: ReturnDraft, refund: RefundChoice, most: Decimal) -> dict[str, Any] | None:
        """The refund checked against its payment and what can go back (raises :class:`ServiceError`)."""
        if refund.payment_id is None or refund.amount <= 0:
            return None  # no money now: the server's credit note stands
        source = next((s for s in draft.sources if s.payment_id == refund.payment_id), None)
        if source is None:
            raise ServiceError("This payment is not on the order: choose one of its payments to refund on.")
        if refund.amount > source.amount:
            raise ServiceError(f"The refund ({refund.amount}) is more than the payment holds ({source.amount}).")
        if refund.amount > most:
            raise ServiceError(
                f"The refund ({refund.amount}) is more than can go back ({most}): what was returned, and only "
                "what was paid beyond the order's new total."
            )
        if source.is_cash:
            self._check_drawer(source, refund.amount)
        return {
            "payment_id": source.payment_id,
            "amount": refund.amount,
            "method": source.method,
            "method_label": source.method_label,
            "account_id": source.account_id,
            "is_cash": source.is_cash,
        }

    def _check_drawer(self, source: RefundSource, amount: Decimal) -> None:
        """Cash handed back comes out of this desk's open till: never more than it should hold, never another's.

        With a till open here, cash paid into another cash account (another desk's drawer) is refused: this
        drawer would hand it out while neither it nor the other counts it.
        """
        view = self._till.current() if self._till is not None else None
        if view is None:
            return  # no till open here: the cash goes back from the drawer it went into
        if source.account_id and view.session.account_id != source.account_id:
            accounts = dict(self._till.cash_accounts()) if self._till is not None else {}
            name = accounts.get(source.account_id) or source.account_id
            raise ServiceError(
                f"This cash went into another drawer ({name}): hand it back there, or on another payment."
            )
        if amount > view.expected:
            raise ServiceError(
                f"The till holds only {max(view.expected, ZERO)} in cash: hand back less, or on another payment."
            )

    async def take(
        self,
        order_key: str,
        lines: Sequence[ReturnChoice],
        refund: RefundChoice | None,
        comment: str = "",
        approve: bool = True,
    ) -> ReturnView:
        """Check and queue a return, with its approval (when asked and allowed) and its refund behind it.

        Raises :class:`ServiceError` with a sentence on bad input (nothing queued).
        """
        draft = self.draft(order_key)
        if not self.may_take:
            raise ServiceError("You may not take returns (the permission returns.create).")
        if draft.why_not:
            raise ServiceError(draft.why_not)
        if len(comment) > 500:
            raise ServiceError("The return's comment is at most 500 characters.")
        kept = self._checked(draft, lines)
        value = self._value(kept)
        approving = approve and self.may_approve
        intent = None
        if refund is not None:
            intent = self._refund_intent(draft, refund, self._refundable(draft, value))
            if intent is not None and not approving:
                raise ServiceError(
                    "Money goes back once the return is approved: approve it now, or refund it after a manager's "
                    "approval."
                )
        order_id = self._core.order_id(order_key)
        store = self._core.store
        made = store.returns.take(
            order_id,
            kept,
            comment.strip(),
            value,
            approve="" if approving else None,
            refund=intent,
            clerk=store.queue.clerk,
        )
        log.info("queued a return of %s on order %s (%s)", value, draft.order_reference, made.key)
        self._core.changed((order_id,))
        return self._view(made)

    def _find(self, order_key: str, return_key: str) -> tuple[str, DeskReturn | None, ReturnView]:
        order_id = self._core.order_id(order_key)
        wanted = return_key.strip()
        views = self.of_order(order_key)
        view = next((v for v in views if wanted in (v.key, v.reference)), None)
        if view is None:
            kept = self._core.store.returns.get(wanted)
            view = next((v for v in views if kept and v.key == kept.key), None)
        if view is None:
            raise ServiceError("No such return on this order.")
        return order_id, self._core.store.returns.get(view.key), view

    async def approve(self, order_key: str, return_key: str, comment: str = "") -> ReturnView:
        """Approve a return waiting for it: sent with the token of the clerk at the desk (a manager)."""
        if not self.may_approve:
            raise ServiceError("Only a manager may approve a return (the permission returns.approve).")
        if len(comment) > 500:
            raise ServiceError("The approval's comment is at most 500 characters.")
        order_id, kept, view = self._find(order_key, return_key)
        store = self._core.store
        key = kept.key if kept is not None else view.key
        queued = [c for c in store.returns.operations(key) if c.active and c.kind.value == "return_approve"]
        if queued:
            store.returns.hand_to(queued[0].id, store.queue.clerk)  # awaiting a manager: the manager's token now
        elif view.state in ("confirmed", "done"):
            raise ServiceError("This return is approved already.")
        elif view.state == "cancelled":
            raise ServiceError("This return is cancelled: it cannot be approved.")
        else:
            store.returns.approve(order_id, key, view.value, comment.strip())
        self._core.changed((order_id,))
        return self._refreshed(order_key, key)

    async def refund(self, order_key: str, return_key: str, refund: RefundChoice) -> ReturnView:
        """Queue money handed back later for a return approved (or whose approval is queued)."""
        order_id, kept, view = self._find(order_key, return_key)
        store = self._core.store
        key = kept.key if kept is not None else view.key
        approving = any(c.active and c.kind.value == "return_approve" for c in store.returns.operations(key))
        if view.state not in ("confirmed", "done") and not approving:
            raise ServiceError("Money goes back once the return is approved: a manager approves it first.")
        if kept is not None and kept.refund_state in ("queued", "sent"):
            raise ServiceError("Money was handed back for this return already.")
        draft = self.draft(order_key)
        intent = self._refund_intent(draft, refund, self._most_back(order_key, view))
        if intent is None:
            raise ServiceError("Choose the payment the money goes back on, and an amount.")
        store.returns.refund(order_id, key, intent)
        self._core.changed((order_id,))
        return self._refreshed(order_key, key)

    def refundable_for(self, order_key: str, return_key: str) -> Decimal:
        """What can still go back for a return: its value, and only what was paid beyond the order's total.

        Raises :class:`ServiceError` when the order has no such return.
        """
        _, _, view = self._find(order_key, return_key)
        return self._most_back(order_key, view)

    def _most_back(self, order_key: str, view: ReturnView) -> Decimal:
        from ..models.return_effects import refundable

        # The order as shown: its total already lowered by this return (approved, or its approval queued),
        # its payments by the refunds queued: what was paid beyond it is what can still go back.
        return min(view.value, refundable(self._core.order(order_key).raw_view))

    def _refreshed(self, order_key: str, key: str) -> ReturnView:
        found = next((v for v in self.of_order(order_key) if v.key == key), None)
        assert found is not None
        return found
