"""A return taken here: made on the server once (``POST /admin/returns``, ``waiting_approval``).

The create takes no key and the server gives the id and reference, so a
second request after a lost answer would make a second return (ref36 §1.3).
After a try that may have landed, the order's returns are read
(``filter[order_id]``) and one made since the try with the same lines
(variant, quantity, reason), that no other return of this desk already
claims, is ours: settled with its id and reference, never sent again. Not
found (once the server can no longer be applying the try), it is sent
again, as the till's opening is (``till_open.py``).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from ...api import GenukaError
from ...api.returns import Returns
from ...api.server_clock import clock_skew
from ...models import Return
from ...store import Change
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult
from .rules import OperationRules

log = logging.getLogger(__name__)
RECENT = 50  # the order's returns looked through, newest first
CLOCK_MARGIN = 120.0  # seconds of slack on the server's clock (as its Date header says it)


def create_body(change: Change) -> dict[str, Any]:
    """The documented create body of a queued return (R/07:1241-1281)."""
    intent = change.returned or {}
    lines = []
    for line in intent.get("lines") or []:
        item: dict[str, Any] = {
            "variant_id": line["variant_id"],
            "quantity": int(line["quantity"]),
            "reason": line["reason"],
        }
        if line.get("comment"):
            item["comment"] = str(line["comment"])[:500]
        lines.append(item)
    body: dict[str, Any] = {"order_id": change.order_id, "status": "waiting_approval", "lines": lines}
    if intent.get("comment"):
        body["comment"] = str(intent["comment"])[:500]
    return body


def _signature(lines: list[Any]) -> Counter[tuple[str, int, str]]:
    found: Counter[tuple[str, int, str]] = Counter()
    for line in lines:
        if isinstance(line, dict):
            found[(str(line.get("variant_id")), int(line.get("quantity") or 0), str(line.get("reason")))] += 1
        else:
            found[(str(line.variant_id), int(line.quantity or 0), str(line.reason))] += 1
    return found


class ReturnRules(OperationRules[list[Return]]):
    """``return`` operations."""

    async def read(self, change: Change) -> list[Return] | None:
        """The order's returns, newest first (only needed after a try that may have landed)."""
        if not change.posted:
            return None
        page = await Returns(self.client).list(order_id=change.order_id, per_page=RECENT, sort="-created_at")
        crashpoint("push.after_get")
        return page.items

    def _ours(self, change: Change, found: list[Return]) -> Return | None:
        """A return made since the try, with our lines, that no other return of this desk claims."""
        wanted = _signature((change.returned or {}).get("lines") or [])
        tried_at = change.base.get("tried_at")
        # On the server's clock (its answers' Date header), less a margin for the second it names.
        skew = clock_skew(self.client.server_clock) or 0.0
        since = datetime.fromtimestamp(float(tried_at or change.created_at) + skew - CLOCK_MARGIN, UTC)
        claimed = self.store.returns.claimed()
        for made in found:
            if not made.id or str(made.id) in claimed or made.status == "cancelled":
                continue
            if made.created_at is not None and made.created_at < since:
                continue
            if _signature(list(made.lines)) == wanted:
                return made
        return None

    async def look_up(self, change: Change, fresh: list[Return] | None, result: PushResult) -> bool:
        """After a try that may have landed: ours among the order's returns, settled, not made again."""
        if not change.posted:
            return False
        ours = self._ours(change, fresh or [])
        if ours is None:
            return False
        log.info("return %s was already made on the server as %s; not sent again", change.local_id, ours.reference)
        self.store.returns.settle_return(change.id, ours)
        result.already_applied += 1
        self.emit(OrdersChanged((change.order_id,)))
        return True

    async def send(self, change: Change, fresh: list[Return] | None, result: PushResult) -> None:
        """Create it; settle it with the server's id and reference."""
        self.store.returns.mark_trying(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            made = await Returns(self.client).create(create_body(change), request_id=change.key)
        except GenukaError as exc:
            await self.write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        self.store.returns.settle_return(change.id, made)
        crashpoint("push.after_mark_sent")
        result.sent += 1
        log.info("return %s made on the server as %s", change.local_id, made.reference)
        self.emit(OrdersChanged((change.order_id,)))
