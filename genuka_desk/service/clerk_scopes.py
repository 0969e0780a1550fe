"""What the clerk at the desk may do, as the server last said (``GET /user``), kept for offline.

Handed in by each login (a password or PIN login's answer) and learnt after
a sync when not known, kept per clerk (a PIN unlock names another clerk:
theirs are used, or learnt in turn). Not known, the desk lets the clerk take
a return and the server judges it; it never approves one (a refused approval
would wait for a manager with the money handed back behind it).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    from .. import sync as _sync
    from .core import ServiceCore

log = logging.getLogger(__name__)
STOP_WAIT = 5.0  # seconds a look under way may take to end when the service closes
SCOPES_KEY = "returns.scopes:"  # the cache's meta: a clerk's permissions as their login or GET /user last gave them
# Never granted while the clerk's permissions are not known (the others are tried, and the server judges).
KNOWN_ONLY = frozenset({"returns.approve"})


def allows(scopes: frozenset[str] | None, permission: str) -> bool:
    """Whether ``scopes`` grant ``permission`` (``area.*`` and ``*`` count).

    None: not known; the server judges, except for :data:`KNOWN_ONLY` (refused).
    """
    if scopes is None:
        return permission not in KNOWN_ONLY
    area = permission.split(".", 1)[0]
    return bool(scopes & {permission, f"{area}.*", "*"})


class ClerkScopes:
    """The clerk's permissions, kept per clerk: as their last login or ``GET /user`` gave them."""

    def __init__(self, core: ServiceCore) -> None:
        """Over ``core``; listens to its syncs to learn what is not known yet."""
        self._core = core
        self._learning: asyncio.Task[bool] | None = None
        core.listeners.append(self._heard)

    def set(self, scopes: Iterable[str] | None) -> None:
        """The scopes of the clerk at the desk, as their login gave them (kept for them, offline too).

        None: not known (forgotten for this clerk until ``GET /user`` says).
        """
        kept = None if scopes is None else json.dumps(sorted({str(s) for s in scopes}))
        self._core.store.cache.set_meta(self._meta_key(), kept)

    def _meta_key(self) -> str:
        clerk = self._core.store.queue.clerk
        return SCOPES_KEY + ((clerk.id or clerk.name) if clerk is not None else "desk")

    def known(self) -> frozenset[str] | None:
        """The clerk's scopes (None: not known, the server judges)."""
        kept = self._core.store.cache.get_meta(self._meta_key())
        try:
            found = json.loads(kept) if kept else None
        except ValueError:
            return None
        return frozenset(str(s) for s in found) if isinstance(found, list) else None

    def allows(self, permission: str) -> bool:
        """Whether the clerk at the desk has ``permission`` (not known: see :func:`allows`)."""
        return allows(self.known(), permission)

    async def learn(self) -> bool:
        """Read the clerk's permissions (``GET /user``) and keep them for offline; False when the server did not say."""
        from ..api import GenukaError
        from ..api.pin_login import current_user

        try:
            user = await current_user(self._core.client)
        except GenukaError as exc:
            log.info("the clerk's permissions could not be read (%s)", exc.message)
            return False
        found = user.extra("permissions") or user.extra("allPermissions")
        if not isinstance(found, list):
            return False
        self._core.store.cache.set_meta(self._meta_key(), json.dumps([str(s) for s in found]))
        return True

    async def stop(self) -> None:
        """Let a look under way end (a few seconds at most) before the service closes its connections.

        Not cancelled at once: a request cancelled while it connects can leave its socket to the garbage
        collector.
        """
        import asyncio  # loaded with the loop, not before the list is painted

        task, self._learning = self._learning, None
        if task is None or task.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout=STOP_WAIT)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _heard(self, event: _sync.Event) -> None:
        """After a sync that reached the server: learn the clerk's permissions when they are not known."""
        from ..sync import SyncFinished

        if not isinstance(event, SyncFinished) or event.error is not None or self._core.closed:
            return
        if self.known() is not None or (self._learning is not None and not self._learning.done()):
            return
        import asyncio  # loaded with the loop, not before the list is painted

        self._learning = asyncio.ensure_future(self._learn_quietly())

    async def _learn_quietly(self) -> bool:
        """:meth:`learn` in the background: anything unexpected is logged, never left unheard."""
        try:
            return await self.learn()
        except Exception:
            log.exception("the clerk's permissions could not be learnt")
            return False
