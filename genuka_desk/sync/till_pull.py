"""The till's part of a sync: whether the company uses cash control, its bills and coins, its open sessions.

Read after the orders and the catalogue, never stopping them: a company
whose cash control is off answers 403 and the desk just notes it (the till
is not used; selling goes on). The denominations are listed again once a
week (the server caches them that long). The session this desk shows is
read again, so what the drawer should hold follows the server's figure,
and a session opened on another desk on one of the shop's cash accounts
is shown here too. The till's history (``GET .../cash-register-sessions``,
newest opening first, the last ``HISTORY_DAYS`` days, ``HISTORY_PAGES``
pages) is read every ``HISTORY_EVERY`` seconds, and at once when the till
window asks: past sessions of every desk and of the web, kept for offline.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from ..api import AuthError, ForbiddenError, GenukaError, NetworkError, RouteNotFoundError
from ..api.cash_register import CashRegister, is_cash_control_off
from ..models import PaymentMethod
from ..models.company import cash_accounts
from ..models.till import sent_body
from .keys import (
    CASH_CONTROL_KEY,
    DENOMINATIONS_AT_KEY,
    DENOMINATIONS_KEY,
    METHODS_KEY,
    TILL_HISTORY_AT_KEY,
    kept_currency,
)
from .worker import SyncWorker

log = logging.getLogger(__name__)

WEEK = 7 * 86400
HISTORY_EVERY = 600.0  # seconds between two readings of the history by the sync
HISTORY_DAYS = 92  # a quarter: the manager's look back
HISTORY_PAGE = 50
HISTORY_PAGES = 2


class TillPuller(SyncWorker):
    """Keeps the till's facts current (see the module's rules)."""

    async def pull(self) -> None:
        """One look at the cash register; a refusal says the company does not use it."""
        register = CashRegister(self.client)
        try:
            active = await register.open_sessions()
        except (ForbiddenError, RouteNotFoundError) as exc:
            # The documented 403 says cash control is off; another 403 is this login's permission.
            state = "off" if isinstance(exc, RouteNotFoundError) or is_cash_control_off(exc) else "forbidden"
            if self.store.cache.get_meta(CASH_CONTROL_KEY) != state:
                log.info("no till here (%s): %s", state, exc.message)
            self.store.cache.set_meta(CASH_CONTROL_KEY, state)
            return
        self.store.cache.set_meta(CASH_CONTROL_KEY, "on")
        await self._denominations(register)
        accounts = self._cash_accounts()
        for server in active:
            account = str(server.treasury_account_id or "")
            if account in accounts:
                self.store.till.mirror(sent_body(server), accounts[account], kept_currency(self.store.cache))
        live = self.store.till.live(self.store.till.desk_account())  # this desk's till, as the window shows
        if live is not None and live.server_id:
            try:
                session, summary = await register.session(live.server_id)
            except GenukaError as exc:
                log.info("the till's session was not read again: %s", exc.message)
                return
            self.store.till.keep_server(
                live.local_id, sent_body(session), None if summary is None else summary.model_dump()
            )
        last = float(self.store.cache.get_meta(TILL_HISTORY_AT_KEY) or 0)
        if time.time() - last < HISTORY_EVERY:
            return
        try:
            await self.history(register, accounts)
        except (AuthError, NetworkError):
            raise
        except GenukaError as exc:
            # Not every round: the history waits for its next turn (or the till window's asking).
            log.info("the till's history was not read: %s", exc.message)
            self.store.cache.set_meta(TILL_HISTORY_AT_KEY, str(time.time()))

    async def history(self, register: CashRegister | None = None, accounts: dict[str, str] | None = None) -> int:
        """The server's list of sessions kept as the till's history now; how many were new here."""
        register = register or CashRegister(self.client)
        since = (datetime.now(UTC) - timedelta(days=HISTORY_DAYS)).replace(microsecond=0).isoformat()
        listed: list[dict[str, Any]] = []
        for number in range(1, HISTORY_PAGES + 1):
            page = await register.sessions(page=number, per_page=HISTORY_PAGE, since=since)
            listed.extend(sent_body(s) for s in page.items)
            if not page.has_next:
                break
        known = self._cash_accounts() if accounts is None else accounts
        added = self.store.till.remember(listed, known, kept_currency(self.store.cache))
        self.store.cache.set_meta(TILL_HISTORY_AT_KEY, str(time.time()))
        return added

    async def _denominations(self, register: CashRegister) -> None:
        currency = kept_currency(self.store.cache)  # the company's: XOF shops count in XOF bills and coins
        listed_at = float(self.store.cache.get_meta(DENOMINATIONS_AT_KEY + currency) or 0)
        if time.time() - listed_at < WEEK and self.store.cache.get_meta(DENOMINATIONS_KEY + currency):
            return
        found = await register.denominations(currency)
        self.store.cache.set_meta(DENOMINATIONS_KEY + currency, json.dumps([d.model_dump(mode="json") for d in found]))
        self.store.cache.set_meta(DENOMINATIONS_AT_KEY + currency, str(time.time()))

    def _cash_accounts(self) -> dict[str, str]:
        try:
            kept: Any = json.loads(self.store.cache.get_meta(METHODS_KEY) or "[]")
        except ValueError:
            return {}
        items = kept if isinstance(kept, list) else []
        return cash_accounts(PaymentMethod.model_validate(i) for i in items if isinstance(i, dict))
