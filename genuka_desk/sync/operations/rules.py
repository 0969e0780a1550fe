"""The one interface every kind of operation implements, and what the kinds share with the pusher."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ...api import GenukaClient, GenukaError
from ...models import Order
from ...store import Change, LocalStore
from ..backoff import SyncPolicy
from ..crash import crashpoint
from ..events import Event
from ..mobile_push import MobilePush
from .outcomes import Outcomes, PushResult, not_applied, refused_maybe_applied


@dataclass(frozen=True)
class PushKit:
    """What the rules of every kind share: the store, the client, the timings, the events, the failures."""

    store: LocalStore
    client: GenukaClient
    policy: SyncPolicy
    emit: Callable[[Event], None]
    mobile: MobilePush
    outcomes: Outcomes


Fresh = TypeVar("Fresh")  # what a kind reads of the server before a try (an order, a cash session...)


async def read_order(client: GenukaClient, change: Change) -> Order:
    """The order an operation acts on, read fresh from the server."""
    fresh = await client.get_order(change.order_id)
    crashpoint("push.after_get")
    return fresh


class OperationRules(ABC, Generic[Fresh]):
    """How one kind of operation reaches the server exactly once.

    The pusher calls, for the oldest due operation of each subject:
    :meth:`read` (what the server holds now), :meth:`look_up` (did an
    earlier try land? then it is settled, never sent again), :meth:`decide`
    (send now, or hold it for the clerk) and :meth:`send` (with the
    operation's key, then settle it from the answer). A step that settles
    the operation (sent, held, in conflict, retried later) returns so and
    the pusher stops there for this round.
    """

    def __init__(self, kit: PushKit) -> None:
        self.kit = kit
        self.store = kit.store
        self.client = kit.client
        self.policy = kit.policy
        self.emit = kit.emit
        self.mobile = kit.mobile
        self.outcomes = kit.outcomes

    @abstractmethod
    async def read(self, change: Change) -> Fresh | None:
        """What the server holds now of what the operation acts on (None: nothing there to read yet)."""

    async def look_up(self, change: Change, fresh: Fresh | None, result: PushResult) -> bool:
        """After a try that may have landed: whether the operation is settled by what the server shows."""
        return False

    def decide(self, change: Change, fresh: Fresh | None, result: PushResult) -> bool:
        """Whether to send it now (False: held or in conflict, settled here)."""
        return True

    @abstractmethod
    async def send(self, change: Change, fresh: Fresh | None, result: PushResult) -> None:
        """Send it with its key and settle it from the answer (sent, refused, or retried later)."""

    async def read_back(self, change: Change, result: PushResult) -> bool:
        """After a refusal that may still have been applied (a business 500): read again at once and look.

        True when the server shows it landed (settled as sent), so the clerk is
        never told "refused" for what happened; False when it is not there (or
        cannot be read now: the try's failure is recorded as usual).
        """
        again = self.store.queue.change(change.id)
        if again is None:
            return False
        try:
            fresh = await self.read(again)
        except GenukaError:
            return False
        return await self.look_up(again, fresh, result)

    async def write_failed(self, change: Change, exc: GenukaError, result: PushResult) -> None:
        """The write was refused or went unanswered: recorded, unless a read at once shows it landed.

        Not applied (refused, or never heard): no longer in doubt. Refused but maybe
        applied (a business 500): read back first, so a write that landed is settled as sent.
        """
        if not_applied(exc):
            self.store.sales.clear_posted(change.id)
        elif refused_maybe_applied(exc) and await self.read_back(change, result):
            return
        self.outcomes.failed_try(change, exc, result, sent=True)
