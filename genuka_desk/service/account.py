"""The clerk's account on the server: log in, the companies they belong to, switching company, revoking the token.

Named ``account`` rather than ``session``: ``service/session.py`` holds the
desk's sessions (``Desk``, ``Session``: a profile with its token, the local
folders, logging out), which open an ``OrderService`` and ask this
capability for what only the server can do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import api as _api
from .. import store as _store

if TYPE_CHECKING:
    from .. import models as _models
    from .core import ServiceCore

log = logging.getLogger(__name__)


class Account:
    """What the server does for the logged-in clerk: a login, their companies, a switch, a logout."""

    def __init__(self, core: ServiceCore) -> None:
        """The capability over ``core``'s client (made when first needed) and sync engine."""
        self._core = core

    @property
    def clerk(self) -> _store.Clerk | None:
        """Who works at the desk now (recorded on every change, sale, payment and till event they make)."""
        return self._core.store.queue.clerk

    def set_clerk(self, user_id: str | None, name: str) -> None:
        """The clerk now at the desk (at the start, and at each switch): what they queue from now names them."""
        self._core.store.queue.clerk = _store.Clerk(user_id, name)

    def use_token(self, token: str | None) -> None:
        """Send as another clerk from now on (a PIN unlock: their token; None: none until they log in again)."""
        self._core.client.set_credentials(token)
        self._core.engine.resume_auth()

    def lend_tokens(self, lookup: Callable[[str | None, str], str | None]) -> None:
        """Send each queued operation with the token ``lookup`` gives for the clerk who queued it (None: the desk's)."""
        self._core.engine.pusher.token_for = lookup

    async def set_pin(self, pin: str) -> None:
        """Set the logged-in clerk's 4-digit PIN on the server (``POST /user/set-pin``; needs the server)."""
        from ..api.pin_login import set_pin

        await set_pin(self._core.client, pin)

    async def login(self, email: str, password: str) -> _models.LoginResult:
        """Log in; the client uses the new token at once and sync resumes."""
        result = await self._core.client.login(email, password)
        self._core.engine.resume_auth()
        return result

    async def companies(self) -> list[_models.CompanyChoice]:
        """The companies the logged-in user belongs to (needs the server)."""
        return await self._core.client.list_companies()

    async def switch_company(self, company_id: str) -> _models.LoginResult:
        """Serve another of the user's companies: the server revokes the old token and gives a new one.

        The local copy and the queue belong to one company: the caller opens
        that company's own profile folder with the new token.
        """
        return await self._core.client.switch_company(company_id)

    async def log_out_server(self) -> bool:
        """Revoke the token on the server when it can be reached; False when it could not be (it then
        expires on its own; the desk forgets it either way)."""
        if self._core.engine.online is False or not self._core.client.has_token:
            return False
        try:
            await self._core.client.logout()
        except _api.GenukaError as exc:
            log.info("the server did not confirm the logout: %s", exc.message)
            return False
        return True
