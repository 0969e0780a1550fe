"""``genuka-desk doctor`` and Help > Diagnostics: one report of how this desk stands, for both to show.

The server and who is logged in (the email, never the token), the company
and shop, what the server offers (looked at now when it answers, else the
last look kept, with its date), the difference between this computer's clock
and the server's ``Date``, the local files' health and the queue's counts.
Looking writes nothing on the server; what it found is kept per server in
the company's local files.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path

from .. import api as _api
from .. import store as _store
from .. import sync as _sync
from ..api.capabilities import look_at_server
from ..models.capabilities import SKEW_WARNING_SECONDS, ServerCapabilities
from ..store.capabilities import keep_capabilities
from ..store.health import FilesHealth, files_health
from .profile import Profile

__all__ = ["SKEW_WARNING_SECONDS", "DoctorReport", "FilesHealth", "ServerCapabilities", "diagnose"]


@dataclass(frozen=True)
class DoctorReport:
    """How the desk stands (see the module). Holds no token."""

    server: str
    logged_in: bool
    email: str | None  # who logged in (None with an API key: it names no one)
    api_key: bool
    company_id: str | None
    company_name: str | None
    shop_id: str | None
    reached: bool  # the server answered the look made now
    token_refused: bool  # it answered 401: log in again
    look_problem: str | None  # why the look made now learnt nothing or not everything
    capabilities: ServerCapabilities | None  # the look made now over the kept one, or the kept one (None: never)
    checked_now: bool  # ``capabilities`` comes from a look made now
    clock_checked_now: bool  # the clock difference comes from an answer of now (else from the kept look)
    files: FilesHealth
    queue: _sync.QueueCounts
    orders: int

    @property
    def clock_skew(self) -> float | None:
        """The server's clock minus this computer's, in seconds (None: not known)."""
        return None if self.capabilities is None else self.capabilities.server_date_skew_seconds

    @property
    def skew_matters(self) -> bool:
        """Whether the clocks differ enough to say so (sales are stamped with this computer's time)."""
        skew = self.clock_skew
        return skew is not None and abs(skew) > SKEW_WARNING_SECONDS

    @property
    def data_folder(self) -> Path:
        """The company's local folder."""
        return self.files.folder


def _name_of(company: object) -> str | None:
    name = company.get("name") if isinstance(company, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else None


async def _company_name(store: _store.LocalStore, client: _api.GenukaClient, ask: bool) -> str | None:
    """The company's name: asked of the server when it answers (a read), else the copy the last sync kept."""
    if ask:
        try:
            return _name_of(await client.get_company())
        except _api.GenukaError:
            pass  # a clerk may not read the company: the kept copy
    try:
        return _name_of(json.loads(store.cache.get_meta(_sync.COMPANY_KEY) or "{}"))
    except ValueError:
        return None


async def diagnose(
    store: _store.LocalStore, client: _api.GenukaClient, profile: Profile, *, logged_in: bool
) -> DoctorReport:
    """Look at the server (without writing there) and at the local files; the report both front ends show."""
    look, stopped = await look_at_server(client)
    kept = keep_capabilities(store.cache, profile.base_url, look)  # (a look that learnt nothing changes nothing)
    if kept is not None and not look.known and look.server_date_skew_seconds is not None:
        # The server answered (401, say) but learnt nothing else: its clock is still news.
        kept = kept.model_copy(update={"server_date_skew_seconds": look.server_date_skew_seconds})
    shown = kept if kept is not None else (look if look.server_date_skew_seconds is not None else None)
    health = await asyncio.to_thread(files_health, store.files)
    return DoctorReport(
        server=profile.base_url,
        logged_in=logged_in,
        email=None if profile.api_key else profile.email,
        api_key=profile.api_key,
        company_id=profile.company_id,
        company_name=await _company_name(store, client, look.known),
        shop_id=profile.shop_id,
        reached=not isinstance(stopped, _api.NetworkError),
        token_refused=isinstance(stopped, _api.AuthError),
        look_problem=look.problem,
        capabilities=shown,
        checked_now=look.known,
        clock_checked_now=look.server_date_skew_seconds is not None,
        files=health,
        queue=_sync.queue_event(store),
        orders=store.cache.order_count(),
    )
