"""E-mails to the customer (Genuka's ``notify``), queued like every operation and never sent twice by themselves.

A ``notify`` change names its order and the e-mail's language; it lays
nothing on the order (the e-mail changes nothing there) but shows in the
queue at once. It waits behind the order's earlier changes (a sale's
creation, its payment), so the e-mail tells what the server holds. The
request takes no key and leaves no trace on the order, so a try that may
have landed cannot be looked up: it is held for the clerk instead of being
sent again (``sync.operations.notify``).
"""

from __future__ import annotations

import json
import time

from .cache import OrderCache
from .change_queue import ChangeQueue
from .changes import Change, ChangeKind, ChangeState, dumps
from .files import StoreFiles


class NoticeQueue:
    """``notify`` changes and their marks."""

    def __init__(self, files: StoreFiles, cache: OrderCache, queue: ChangeQueue) -> None:
        self.files = files
        self.cache = cache
        self.queue = queue

    def enqueue_notice(self, order_id: str, lang: str) -> Change:
        """Queue the order's confirmation e-mail in ``lang`` (KeyError: no such order here)."""
        with self.files.write() as conn:
            change_id = self.queue.insert_for_order(conn, order_id, ChangeKind.NOTIFY, json.dumps({"lang": lang}))
            self.cache.refresh_overlay(conn, order_id)  # the order's row shows a change waiting
            return self.queue.change_in(conn, change_id)

    def mark_notifying(self, change_id: str, settle: float) -> Change:
        """About to be sent: from now on the e-mail may have gone (kept across crashes, cleared by a refusal)."""
        with self.files.write() as conn:
            change = self.queue.change_in(conn, change_id)
            base = {**change.base, "posted": change.posted + 1, "asked": 0, "tried_at": time.time()}
            self.queue.update_change(
                conn, change_id, state=ChangeState.SENDING.value, settle_until=time.time() + settle, base=dumps(base)
            )
            return self.queue.change_in(conn, change_id)

    def hold(self, change_id: str, message: str) -> None:
        """It may have gone: it waits for the clerk (refused with ``message``); Retry sends it as they confirmed.

        Held only once nothing is in flight (the server answered, or the settle window ran out), so the
        window is cleared: the clerk may retry or discard it at once.
        """
        with self.files.write() as conn:
            self.queue.hold_in(conn, self.queue.change_in(conn, change_id), message)
