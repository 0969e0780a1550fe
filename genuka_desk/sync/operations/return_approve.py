"""A return's approval (``PATCH /admin/returns/{return}/approve``): confirmed once, by someone allowed to.

A second approve is a 500 ("not in waiting_approval", R/07:1730), so the
return is read before every try: ``waiting_approval`` is approved,
``confirmed`` is settled (an earlier try landed, or a manager approved it on
the web), anything else is held with a sentence. A 403 (the clerk may not
approve returns) is no refusal: it waits "awaiting a manager's approval",
looked at again now and then (a manager's approval on the web settles it),
until a manager approves it here (``service.returns.approve`` hands it to
their token). The approval recalculates the order's bill on the server, so
the order is read back and stored with it.
"""

from __future__ import annotations

import logging

from ...api import ForbiddenError, GenukaError
from ...api.returns import Returns
from ...models import Return
from ...models.return_held import AWAITING_MANAGER, NO_RETURN, NOT_WAITING
from ...store import Change
from ...store.returns import LOCAL_PREFIX, ReturnStore
from ..crash import crashpoint
from ..events import OrdersChanged
from .outcomes import PushResult
from .rules import OperationRules

log = logging.getLogger(__name__)
MANAGER_WAIT = 60.0  # seconds between looks at a return awaiting a manager's approval


def server_id_of(store_returns: ReturnStore, key: str) -> str | None:
    """The server's id of a return known here by ``key`` (its own server id for one made elsewhere)."""
    kept = store_returns.get(key)
    if kept is not None:
        return kept.server_id
    return None if key.startswith(LOCAL_PREFIX) else key


class ReturnApproveRules(OperationRules[Return]):
    """``return_approve`` operations."""

    async def read(self, change: Change) -> Return | None:
        """The return, read fresh (None: the server has not made it)."""
        server_id = server_id_of(self.store.returns, change.local_id)
        if server_id is None:
            return None
        found = await Returns(self.client).show(server_id)
        crashpoint("push.after_get")
        return found

    async def look_up(self, change: Change, fresh: Return | None, result: PushResult) -> bool:
        """Confirmed already: settled. Not waiting for an approval: held with a sentence."""
        if fresh is None:
            self._hold(change, NO_RETURN, result)
            return True
        if fresh.status == "confirmed":
            log.info("return %s is already approved on the server; not approved again", fresh.reference)
            await self._settle(change, result, applied=True)
            return True
        if fresh.status != "waiting_approval":
            self.store.returns.note_status(change.local_id, str(fresh.status))  # cancelled: returnable again
            self._hold(change, NOT_WAITING.format(status=fresh.status), result)
            return True
        return False

    async def send(self, change: Change, fresh: Return | None, result: PushResult) -> None:
        """Approve it; settle with the order read back (its bill recalculated)."""
        assert fresh is not None and fresh.id
        comment = str((change.returned or {}).get("comment") or "")[:500]
        self.store.returns.mark_trying(change.id, self.policy.in_flight_limit)
        crashpoint("push.before_put")
        try:
            await Returns(self.client).approve(str(fresh.id), comment, request_id=change.key)
        except ForbiddenError:
            self.store.sales.clear_posted(change.id)
            self.store.returns.wait(change.id, AWAITING_MANAGER, MANAGER_WAIT)
            result.retried += 1
            log.info("return %s awaits a manager's approval", fresh.reference)
            self.emit(OrdersChanged((change.order_id,)))
            return
        except GenukaError as exc:
            await self.write_failed(change, exc, result)
            return
        crashpoint("push.after_put")
        await self._settle(change, result, applied=False)

    async def _settle(self, change: Change, result: PushResult, *, applied: bool) -> None:
        try:
            order = await self.client.get_order(change.order_id)
        except GenukaError as exc:  # approved: a failed read is no reason to approve again (the next pull reads it)
            log.info("return approval of change %s sent, order not read back (%s)", change.id, exc.message)
            order = None
        self.store.returns.settle_status(change.id, "confirmed", order)
        crashpoint("push.after_mark_sent")
        if applied:
            result.already_applied += 1
        else:
            result.sent += 1
        self.emit(OrdersChanged((change.order_id,)))

    def _hold(self, change: Change, message: str, result: PushResult) -> None:
        self.outcomes.held(change, message, result, self.store.returns.hold, "return approval")
