"""Each clerk's own token for the operations they queued, so the server's history names who made them.

On a counter PC clerks share, clerk A queues a sale offline and clerk B
unlocks before it is sent: sent with B's token, Genuka would record B. The
desk keeps each clerk's token (a PIN login's lasts 24 hours,
02-authentication.md) in the keychain (:class:`~.clerk_keeper.ClerkKeeper`);
the sync asks here for the token of the clerk who queued an operation and
sends it with theirs while it is good, else with the desk's (the desk's own
history names them either way).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .. import store as _store
from .clerk_keeper import ClerkKeeper, clerk_key

# A token this close to its end is not lent: the write could outlive it.
END_MARGIN = 5 * 60
# Keychain reads are slow on some systems: what was read is kept this long.
REMEMBER_FOR = 30.0


class ClerkTokens:
    """The clerks' kept tokens, looked up by who queued an operation (``None``: use the desk's)."""

    def __init__(
        self,
        keeper: ClerkKeeper,
        at_desk: Callable[[], _store.Clerk | None],
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.keeper = keeper
        self.at_desk = at_desk
        self.clock = clock
        self._read: dict[str, tuple[float, str | None, float | None]] = {}  # key -> (read at, token, its end)

    def token_for(self, clerk_id: str | None, clerk_name: str) -> str | None:
        """The token of the clerk who queued an operation, when it is not the one at the desk and still good."""
        if not (clerk_id or clerk_name.strip()):
            return None
        desk = self.at_desk()
        if desk is not None and _same(desk, clerk_id, clerk_name):
            return None  # theirs is the desk's token already
        key = clerk_key(clerk_id, clerk_name)
        token, ends = self._kept(key)
        if token is None or (ends is not None and ends - END_MARGIN <= self.clock()):
            return None
        return token

    def forget(self) -> None:
        """Read the keychain again at the next look (a clerk unlocked: their token may be new)."""
        self._read.clear()

    def _kept(self, key: str) -> tuple[str | None, float | None]:
        now = time.monotonic()
        seen = self._read.get(key)
        if seen is not None and now - seen[0] < REMEMBER_FOR:
            return seen[1], seen[2]
        secret = self.keeper.secret(key)
        token = self.keeper.token(key)
        ends = secret.expires_at if secret is not None else None
        self._read[key] = (now, token, ends)
        return token, ends


def _same(desk: _store.Clerk, clerk_id: str | None, clerk_name: str) -> bool:
    if desk.id and clerk_id:
        return desk.id == clerk_id
    return desk.name.strip().casefold() == clerk_name.strip().casefold()
