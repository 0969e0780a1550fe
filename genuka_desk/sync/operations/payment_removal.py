"""The deletion of one of an order's payments: done once the order no longer shows that payment."""

from __future__ import annotations

from ...api import GenukaError
from ...models import Order
from ...store import Change
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult
from .rules import OperationRules, read_order


class PaymentRemovalRules(OperationRules[Order]):
    """``payment_removal`` operations (``DELETE /admin/orders/{order}/payments/{payment}``)."""

    async def read(self, change: Change) -> Order | None:
        """The order, read fresh."""
        return await read_order(self.client, change)

    async def look_up(self, change: Change, fresh: Order | None, result: PushResult) -> bool:
        """Gone already (an earlier try, or a colleague): settled."""
        assert fresh is not None
        if any(p.id == change.removal for p in fresh.payments):
            return False
        self.store.queue.mark_sent(change.id, fresh)
        result.already_applied += 1
        self.emit(OrdersChanged((change.order_id,)))
        return True

    async def send(self, change: Change, fresh: Order | None, result: PushResult) -> None:
        """Delete it with the operation's key."""
        assert fresh is not None and change.removal is not None
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            answer = await self.client.delete_payment(change.order_id, change.removal, request_id=change.key)
        except GenukaError as exc:
            self.outcomes.failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self.store.queue.mark_sent(change.id, answer)
        result.sent += 1
        self.emit(OrdersChanged((change.order_id,)))
