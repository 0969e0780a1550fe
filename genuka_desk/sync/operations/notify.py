"""The order's confirmation e-mail to the customer (``POST /admin/orders/{order}/notify``): sent once at most.

The request takes no key (each one e-mails again) and leaves nothing on the
order to read back, so a try that may have landed (no answer, a broken
connection, a gateway's 502/503/504, the documented 500 "Notification
delivery error", a crash after sending) cannot be looked up. It is never
sent again by itself: it waits, refused in plain words, for the clerk to ask
the customer and Retry (sent as they confirmed) or Discard it. Only an
answer that says nothing went (a 4xx refusal, a connection that never
reached the server) lets it go again as usual.
"""

from __future__ import annotations

import logging

from ...api import GenukaError
from ...models.held import NOTICE_NOT_DELIVERED, UNSURE_NOTICE
from ...store import Change
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult, not_applied, refused_maybe_applied
from .rules import OperationRules

log = logging.getLogger(__name__)


class NotifyRules(OperationRules[None]):
    """``notify`` operations."""

    async def read(self, change: Change) -> None:
        """Nothing to read: the e-mail leaves no trace on the order (an order gone answers the POST's 404)."""
        return None

    async def look_up(self, change: Change, fresh: None, result: PushResult) -> bool:
        """A try that may have gone is held for the clerk (once: their Retry sends it)."""
        if not change.posted or change.base.get("asked"):
            return False
        self._hold(change, UNSURE_NOTICE, result)
        return True

    async def send(self, change: Change, fresh: None, result: PushResult) -> None:
        """Send it with the operation's key; settle it from the answer."""
        lang = str((change.notice or {}).get("lang") or "en")
        self.store.notices.mark_notifying(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            await self.client.notify_order(change.order_id, lang, request_id=change.key)
        except GenukaError as exc:
            if not_applied(exc):
                self.store.sales.clear_posted(change.id)  # nothing went: sent again as usual
                self.outcomes.failed_try(change, exc, result, sent=True)
            elif refused_maybe_applied(exc):
                self._hold(change, NOTICE_NOT_DELIVERED.format(reason=exc.message.rstrip(".")), result)
            else:
                # No answer: judged (held) once the server can no longer be delivering it.
                self.outcomes.failed_try(change, exc, result, sent=True)
            return
        crashpoint("push.after_put")
        self.store.queue.mark_sent(change.id, None)
        result.sent += 1
        log.info("e-mail of order %s sent to its customer (change %s)", change.order_ref, change.id)
        self.emit(OrdersChanged((change.order_id,)))

    def _hold(self, change: Change, message: str, result: PushResult) -> None:
        self.outcomes.held(change, message, result, self.store.notices.hold, "e-mail")
