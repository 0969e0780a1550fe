"""An edit of an order (statuses, fields, lines): rebased on a colleague's edit, never written twice.

The look-up and the decision are one reading of the fresh body
(:mod:`..decision`): the intended values already there means applied (an
earlier try landed, or a colleague did the same), a colleague's edit of the
same field is a conflict for the clerk, anything else is written. What goes
out is only what the clerk changed, in the documented shapes
(:func:`~genuka_desk.models.write_body.update_body`); the change counts as
sent only when the answer holds the intended values.
"""

from __future__ import annotations

import logging

from ...api import GenukaError
from ...models import Order
from ...models.refusals import NOT_APPLIED
from ...models.write_body import unapplied, update_body
from ...store import Change
from ..crash import crashpoint
from ..decision import Verdict, decide, known_line_ids
from ..events import OrdersChanged
from .outcomes import PushResult
from .rules import OperationRules, read_order

log = logging.getLogger(__name__)


class OrderEditRules(OperationRules[Order]):
    """``status`` and ``update`` operations (and ``bulk_status`` sent alone): one order's edit."""

    async def read(self, change: Change) -> Order | None:
        """The order, read fresh."""
        return await read_order(self.client, change)

    async def look_up(self, change: Change, fresh: Order | None, result: PushResult) -> bool:
        """Settled here when already applied or in conflict (the decision reads the same body)."""
        assert fresh is not None
        return self.judge(change, fresh, result) is not Verdict.WRITE

    async def send(self, change: Change, fresh: Order | None, result: PushResult) -> None:
        """The status endpoint for a status-only edit, else a partial update of what the clerk changed."""
        assert fresh is not None
        self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            if change.edit.is_status_only():
                body = change.edit.status_body()
                answer = await self.client.update_status(
                    change.order_id,
                    shipping=body.get("shipping", {}).get("status"),
                    billing=body.get("billing", {}).get("status"),
                    request_id=change.key,
                )
            else:
                body = update_body(fresh.raw_view, change.edit, known_line_ids(change))
                answer = await self.client.update_order(change.order_id, body, request_id=change.key)
        except GenukaError as exc:
            landed = await self.outcomes.read_after_refusal(change, exc)
            if landed is not None and not unapplied(landed.raw_view, change.edit, known_line_ids(change)):
                self.outcomes.applied_despite(change, exc, landed, result)
                return
            self.outcomes.write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        self.settle_answer(change, answer, result)

    def judge(self, change: Change, fresh: Order, result: PushResult) -> Verdict:
        """Decide on a change against the fresh body; settles APPLIED and CONFLICT here."""
        decision = decide(change, fresh.raw_view)
        if decision.verdict is Verdict.APPLIED:
            self.store.queue.mark_sent(change.id, fresh)
            result.already_applied += 1
            log.info("change %s was already on the server; not sent again", change.id)
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.verdict is Verdict.CONFLICT:
            self.store.queue.mark_conflict(change.id, decision.theirs, fresh, unsure=decision.unsure)
            result.conflicts += 1
            if decision.unsure:
                log.warning("change %s: sent without an answer, the order moved since; the clerk decides", change.id)
            else:
                log.warning("change %s conflicts with a colleague's edit of %s", change.id, ", ".join(decision.theirs))
            self.emit(OrdersChanged((change.order_id,)))
        elif decision.rebased:
            log.info("change %s rebased on a colleague's edit of other fields", change.id)
        return decision.verdict

    def settle_answer(self, change: Change, answer: Order, result: PushResult) -> None:
        """Mark the change sent when the answer holds its values; failed (with the keys) when not."""
        missing = unapplied(answer.raw_view, change.edit, known_line_ids(change))
        if missing:
            message = NOT_APPLIED.format(keys=", ".join(missing))
            self.store.queue.mark_failed(change.id, message)
            self.store.sales.clear_posted(change.id)  # answered: what the server holds is known
            self.store.cache.save_server_orders([answer])
            result.failed += 1
            result.errors.append(message)
            log.warning("change %s: the server's answer lacks %s", change.id, ", ".join(missing))
        else:
            self.store.queue.mark_sent(change.id, answer)
            crashpoint("push.after_mark_sent")
            result.sent += 1
            log.info("sent change %s to order %s", change.id, change.order_ref or change.order_id)
        self.emit(OrdersChanged((change.order_id,)))
