"""Money handed back on a return: the inbound payment it goes back on, lowered once (or deleted when whole).

The reference has no write for a refund or a credit note (ref36 (a)1), so
the money out is recorded with the documented payment writes of the order:
``PUT .../payments/{payment}`` with the payment's new amount (absolute: its
amount less the refund, worked out once and kept before the first try, so a
resend after a lost answer changes nothing), or ``DELETE`` when the refund
is the whole payment. The payment is read back before every try: already at
its new amount (or gone) is settled. It goes only after the return's
approval landed (it waits behind it in the order's turn), and never beyond
the payment or what the server shows paid beyond the order's total.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from ...api import GenukaError
from ...api.returns import Returns
from ...models import Order, Return
from ...models.return_effects import refundable
from ...models.return_held import REFUND_NO_PAYMENT, REFUND_NOT_APPROVED, REFUND_OVER_PAYMENT, REFUND_OVER_SURPLUS
from ...store import Change, ChangeKind
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult
from .return_approve import server_id_of
from .rules import OperationRules, read_order

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefundFacts:
    """What a refund is judged on: the order, its return, and the payment's server id (None: not on the server)."""

    order: Order
    made: Return | None
    payment_id: str | None


def _amount(order: Order, payment_id: str | None) -> Decimal | None:
    """The payment's amount on the order (None: not there, deleted)."""
    found = next((p for p in order.payments if payment_id and str(p.id) == payment_id), None)
    return None if found is None else (found.amount or Decimal(0))


class RefundRules(OperationRules[RefundFacts]):
    """``refund`` operations."""

    def _payment_id(self, change: Change) -> str | None:
        """The server's id of the payment the money goes back on (a payment taken here: once it landed)."""
        known = change.base.get("payment_server_id")
        if known:
            return str(known)
        wanted = str((change.returned or {}).get("payment_id") or "")
        taken = next(
            (c for c in self.store.queue.changes(kinds=[ChangeKind.PAYMENT]) if c.local_id == wanted),
            None,
        )
        if taken is None:
            return wanted or None
        return taken.server_id

    async def read(self, change: Change) -> RefundFacts | None:
        """The order and the return, read fresh."""
        order = await read_order(self.client, change)
        server_id = server_id_of(self.store.returns, change.local_id)
        made = None if server_id is None else await Returns(self.client).show(server_id)
        return RefundFacts(order, made, self._payment_id(change))

    async def look_up(self, change: Change, fresh: RefundFacts | None, result: PushResult) -> bool:
        """After a try that may have landed: the payment already at its new amount (or gone) is settled."""
        assert fresh is not None
        if not change.posted or "target" not in change.base:
            return False
        target = Decimal(str(change.base["target"]))
        now = _amount(fresh.order, fresh.payment_id)
        if (now is None and target <= 0) or (now is not None and now == target):
            log.info("refund of change %s is already on the server; not sent again", change.id)
            self.store.returns.settle_refund(change.id, fresh.order, fresh.payment_id)
            result.already_applied += 1
            self.emit(OrdersChanged((change.order_id,)))
            return True
        return False

    def decide(self, change: Change, fresh: RefundFacts | None, result: PushResult) -> bool:
        """Held when the return is not approved, or the money is not there to go back."""
        assert fresh is not None
        amount = Decimal(str((change.returned or {}).get("amount") or 0))
        if fresh.made is None or fresh.made.status not in ("confirmed", "done"):
            status = "not made" if fresh.made is None else str(fresh.made.status)
            return self._hold(change, REFUND_NOT_APPROVED.format(status=status), result)
        if change.posted and "target" in change.base:
            return True  # judged before its first try; the look-up found it not applied: the same request again
        left = _amount(fresh.order, fresh.payment_id)
        if left is None:
            return self._hold(change, REFUND_NO_PAYMENT, result)
        if amount > left:
            return self._hold(change, REFUND_OVER_PAYMENT.format(left=left, amount=amount), result)
        surplus = refundable(fresh.order.raw_view)
        if amount > surplus:
            return self._hold(change, REFUND_OVER_SURPLUS.format(surplus=surplus, amount=amount), result)
        return True

    async def send(self, change: Change, fresh: RefundFacts | None, result: PushResult) -> None:
        """The payment lowered to its new amount (kept before the first try), or deleted when nothing is left."""
        assert fresh is not None and fresh.payment_id is not None
        if "target" in change.base:
            target = Decimal(str(change.base["target"]))
        else:
            amount = Decimal(str((change.returned or {}).get("amount") or 0))
            target = (_amount(fresh.order, fresh.payment_id) or Decimal(0)) - amount
        change = self.store.returns.mark_trying(
            change.id, self.policy.in_flight_limit, target=str(target), payment_server_id=fresh.payment_id
        )
        crashpoint("push.before_put")
        try:
            if target <= 0:
                order = await self.client.delete_payment(change.order_id, fresh.payment_id, request_id=change.key)
            else:
                number = int(target) if target == target.to_integral_value() else float(target)
                order = await Returns(self.client).set_payment_amount(
                    change.order_id, fresh.payment_id, number, request_id=change.key
                )
        except GenukaError as exc:
            await self.write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        self.store.returns.settle_refund(change.id, order, fresh.payment_id)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("refund of change %s recorded on payment %s", change.id, fresh.payment_id)
        self.emit(OrdersChanged((change.order_id,)))

    def _hold(self, change: Change, message: str, result: PushResult) -> bool:
        self.outcomes.held(change, message, result, self.store.returns.hold, "refund")
        return False
