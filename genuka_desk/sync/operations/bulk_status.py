"""A status change made on many orders at once: read each fresh, then one bulk write for those still to change.

The bulk endpoint answers with a message only, so each order is read again
to verify it. Refused as a whole (one ghost or deleted order answers 400 for
all), the orders go one at a time, so only the culprit is refused.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from ...api import GenukaError, RefusedError, ValidationError
from ...models import Order, apply_edit
from ...models.write_body import unapplied
from ...store import Change
from ..crash import crashpoint
from ..decision import Verdict, known_line_ids
from .order_edit import OrderEditRules
from .outcomes import PushResult, not_applied, refused_maybe_applied

log = logging.getLogger(__name__)


class BulkStatus:
    """Sends a batch of ``bulk_status`` operations that carry the same edit (one group)."""

    def __init__(self, edits: OrderEditRules, one: Callable[[Change, PushResult], Awaitable[None]]) -> None:
        self.edits = edits
        self.one = one  # how one operation is pushed alone (the fallback of a batch refused as a whole)
        self.store = edits.store
        self.client = edits.client
        self.policy = edits.policy
        self.outcomes = edits.outcomes

    async def send_batch(self, batch: list[Change], result: PushResult) -> None:
        """Read each order fresh (a few at a time), then one bulk write for those still to change."""
        limit = asyncio.Semaphore(self.policy.get_concurrency)

        async def fetch(change: Change) -> Order | GenukaError:
            async with limit:
                try:
                    return await self.client.get_order(change.order_id)
                except GenukaError as exc:
                    return exc

        fresh_bodies = await asyncio.gather(*(fetch(c) for c in batch))
        crashpoint("push.after_get")
        to_write: list[tuple[Change, Order]] = []
        failures: list[tuple[Change, GenukaError]] = []
        for change, fresh in zip(batch, fresh_bodies, strict=True):
            if isinstance(fresh, GenukaError):
                failures.append((change, fresh))
            elif self.edits.judge(change, fresh, result) is Verdict.WRITE:
                to_write.append((change, fresh))
        if failures:
            # The readable ones are still written below unless the push must stop.
            self.outcomes.failed_tries(failures, result, hold=[c for c, _ in to_write])
        if not to_write:
            return
        edit = to_write[0][0].edit
        for change, fresh in to_write:
            self.store.queue.mark_sending(change.id, self.policy.in_flight_limit, fresh.raw_updated_at)
        crashpoint("push.before_put")
        try:
            await self.client.bulk_update_status(
                [change.order_id for change, _ in to_write],
                shipping=edit.fields.get("shipping.status"),
                billing=edit.fields.get("billing.status"),
                request_id=to_write[0][0].group_id,
            )
        except GenukaError as exc:
            if not_applied(exc):
                for change, _ in to_write:
                    self.store.sales.clear_posted(change.id)  # refused, or never heard: not applied
            if refused_maybe_applied(exc):
                still: list[tuple[Change, Order]] = []
                for change, fresh in to_write:
                    landed = await self.outcomes.read_after_refusal(change, exc)
                    if landed is not None and not unapplied(landed.raw_view, change.edit, known_line_ids(change)):
                        self.outcomes.applied_despite(change, exc, landed, result)
                    else:
                        still.append((change, fresh))
                to_write = still
                if not to_write:
                    return
            if len(to_write) > 1 and isinstance(exc, ValidationError | RefusedError) and not_applied(exc):
                log.info("bulk status change refused as a whole (%s); sent one order at a time", exc.message)
                for change, _ in to_write:
                    await self.one(change, result)
                return
            self.outcomes.failed_tries([(change, exc) for change, _ in to_write], result, sent=True)
            return
        crashpoint("push.after_put")
        # The bulk endpoint answers with a message only: read each order to verify.
        answers = await asyncio.gather(*(fetch(change) for change, _ in to_write))
        for (change, fresh), answer in zip(to_write, answers, strict=True):
            if isinstance(answer, GenukaError):
                # The write was accepted (200); a failed check is no reason to send again.
                log.info("change %s: sent in bulk, not verified (%s)", change.id, answer.message)
                self.store.queue.mark_sent(
                    change.id, Order.from_raw(apply_edit(fresh.raw_view, change.edit), copy_raw=False)
                )
                result.sent += 1
                continue
            self.edits.settle_answer(change, answer, result)
