"""Who the desk works as: open a profile, log in, restore a saved session, log out, switch company.

Both front ends go through :class:`Desk`: the GUI's login dialog and File
menu, and the CLI's ``login``, ``logout`` and ``company`` commands. The
permissions come once from the server's login answer (its scopes) and are
kept in the profile, so a session restored at the next start is what the
login said (a reader who stays logged in never gets an editable window).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .. import api as _api
from .. import models as _models
from .. import store as _store
from .. import sync as _sync
from .clerk_keeper import ClerkKeeper
from .credentials import TokenStore, keyring_available
from .discount_limit import is_manager_scopes
from .errors import ServiceError
from .first_look import DEFAULT_PROFILE, kept_profile
from .logs import register_secret
from .order_service import OrderService
from .paths import AppPaths
from .profile import Profile

log = logging.getLogger(__name__)

PIN_TIMEOUT = 10.0  # seconds: a clerk at the lock screen is told soon that the server is out of reach

# A string: the alias is not evaluated at import (the models load when a login needs them).
PickCompany = Callable[[Sequence["_models.CompanyChoice"], str | None], str | None]
"""Asks which company the desk serves: (the user's companies, the one to propose) -> an id, None to cancel."""


class CompanyNotChosen(ServiceError):
    """The user belongs to several companies and chose none: not logged in."""

    def __init__(self) -> None:
        super().__init__("Choose the company this desk serves.")


@dataclass(frozen=True)
class Session:
    """Who the desk works as: the profile, its token, and whether it may change orders."""

    profile: Profile
    token: str
    read_only: bool = False
    # The login answer's scopes (None: not said, or a session restored or on an API key): handed to the service.
    scopes: tuple[str, ...] | None = None

    @property
    def can_switch_company(self) -> bool:
        """API keys belong to one company; a login token can be switched to another of the user's."""
        return not self.profile.api_key


@dataclass(frozen=True)
class KeyLogin:
    """A session on an API key, and whether the server could check the key now."""

    session: Session
    checked: bool
    reason: str = ""  # why it was not checked, in the server's or network's words


@dataclass(frozen=True)
class Logout:
    """What a logout did."""

    revoked: bool  # the server revoked the token (offline, it expires on its own)
    unsent: int  # changes not sent yet when it happened
    removed: int  # local files deleted (with ``forget_data``)


class UnsentChanges(ServiceError):
    """Deleting the local data would lose changes the server has not received."""

    def __init__(self, unsent: int) -> None:
        super().__init__(f"{unsent} change(s) were not sent yet and would be lost with the local data.")
        self.unsent = unsent


class Desk:
    """The sessions of one data folder: its profile, its token, one local folder per company."""

    def __init__(self, paths: AppPaths, profile_name: str = DEFAULT_PROFILE) -> None:
        self.paths = paths
        self.profile_name = profile_name

    # -- what is kept ------------------------------------------------------------

    def profile(self) -> Profile:
        """The saved profile (a new one on a first start)."""
        return Profile.load(self.paths.config_dir, self.profile_name)

    def tokens(self, profile: Profile | None = None) -> TokenStore:
        """Where the token of ``profile`` (default: this desk's) is kept."""
        return TokenStore(self.paths.config_dir, (profile.name if profile else self.profile_name))

    @staticmethod
    def keychain_available() -> bool:
        """Whether the OS keychain answers (else the token goes to a file only its owner can read)."""
        return keyring_available()

    def saved_session(self) -> Session | None:
        """The session kept from the last run (the user chose to stay logged in), if any."""
        profile = self.profile()
        token = self.tokens(profile).load()
        if profile.company_id and profile.stays_logged_in != bool(token):
            profile = replace(profile, stays_logged_in=bool(token))
            profile.save(self.paths.config_dir)  # the mark the next start reads before the keychain
        if not token or not profile.company_id:
            return None
        register_secret(token)
        return Session(profile, token, read_only=profile.read_only)

    def kept_profile(self) -> Profile | None:
        """The profile whose token was kept at the last run, read without the keychain (None: none was kept).

        The start paints its company's orders from this, then :meth:`saved_session` reads the token.
        """
        return kept_profile(self.paths, self.profile_name)

    def keep(self, session: Session, *, remember: bool) -> str | None:
        """Save the session's profile, and with ``remember`` its token: where it went (``keyring``/``file``)."""
        replace(session.profile, stays_logged_in=remember).save(self.paths.config_dir)
        if not remember:
            return None
        where = self.tokens(session.profile).save(session.token)
        if where == "file":
            log.warning("no OS keychain: the token is kept in a private file")
        return where

    def folder(self, profile: Profile) -> Path:
        """The local folder of the profile's company (its copy of the orders and its queue).

        Files left by the older layout (one folder per profile) are moved into
        the folder of the company the profile served, so no queued change is left behind.
        """
        folder = profile.data_folder(self.paths.data_dir)
        moved = _store.LocalStore.move_files(self.paths.data_dir / profile.name, folder)
        if moved:
            log.info("moved %d local files of profile %s into %s", moved, profile.name, folder)
        return folder

    # -- logging in ----------------------------------------------------------------

    def _client(self, profile: Profile, token: str | None = None, language: str | None = None) -> _api.GenukaClient:
        return _api.GenukaClient(
            profile.base_url,
            company_id=profile.company_id,
            token=token,
            shop_id=profile.shop_id,
            language=language or profile.language,
            # Reads are retried a little inside one call; the queue does the long waits.
            retry=_api.RetryPolicy(attempts=3, timeout=30.0, wait_initial=0.5, wait_max=4.0, wait_jitter=0.5),
        )

    def anonymous_client(self, profile: Profile) -> _api.GenukaClient:
        """A client of ``profile``'s server and company without a token (the PIN login), quick to give up."""
        return _api.GenukaClient(
            profile.base_url, company_id=profile.company_id, language=profile.language, timeout=PIN_TIMEOUT
        )

    async def log_in(
        self, profile: Profile, email: str, password: str, pick_company: PickCompany | None = None
    ) -> Session:
        """Log in with a password; a user of several companies picks one (``pick_company``).

        Raises :class:`AuthError` for a wrong password and :class:`CompanyNotChosen`
        when the pick was cancelled. Nothing is saved: :meth:`keep` does that.
        """
        profile = replace(profile, email=email, api_key=False, user_name=None, user_id=None)
        async with self._client(profile) as client:
            result = await client.login(email, password)
            if result.must_pick_company:
                if pick_company is None:
                    raise CompanyNotChosen()
                chosen = pick_company(result.companies, profile.company_id or result.company_id)
                if chosen is None:
                    raise CompanyNotChosen()
                if chosen != result.company_id:
                    result = await client.switch_company(chosen)
        return self._session(profile, result)

    @staticmethod
    def _session(profile: Profile, result: _models.LoginResult) -> Session:
        token = result.access_token.get_secret_value()
        register_secret(token)
        # The permissions are derived here, once, from the server's answer, and kept in the profile.
        same_company = (result.company_id or profile.company_id) == profile.company_id
        profile = replace(
            profile,
            company_id=result.company_id or profile.company_id,
            read_only=result.read_only,
            user_name=result.user_name or profile.user_name,  # a switch that names nobody: still the same user
            user_id=result.user_id or profile.user_id,
            company_code=result.company_code or (profile.company_code if same_company else None),
            locked=False,
            discount_manager=is_manager_scopes(result.scopes),
        )
        return Session(profile, token, read_only=profile.read_only, scopes=tuple(result.scopes) or None)

    async def log_in_with_key(self, profile: Profile, key: str) -> KeyLogin:
        """Use an API key of ``profile``'s company (sent as Bearer, as 02-authentication.md documents).

        A key the server refuses raises :class:`AuthError`. When the server
        cannot judge it now (not reached, busy) it is kept unchecked: the
        first sync checks it, and a refusal then asks for a login.
        """
        if not profile.company_id:
            raise ServiceError("Give the company id that goes with the API key.")
        register_secret(key)
        # An API key carries no scopes in a login answer: it may change orders (the server still judges).
        profile = replace(profile, api_key=True, read_only=False, user_name=None, user_id=None)  # a key names no user
        async with self._client(profile) as client:
            try:
                await client.use_api_key(key, profile.company_id)
            except _api.AuthError:
                raise
            except (_api.NetworkError, _api.ServerError, _api.RateLimitedError) as exc:
                # The server could not judge the key now (not reached, busy): kept, checked by the first sync.
                log.info("the API key could not be checked now: %s", exc.message)
                return KeyLogin(Session(profile, key), checked=False, reason=exc.message)
        return KeyLogin(Session(profile, key), checked=True)

    # -- the service of a session --------------------------------------------------------

    def open(
        self, session: Session, *, language: str | None = None, policy: _sync.SyncPolicy | None = None
    ) -> OrderService:
        """The order service of ``session``: its company's local files and a client with its token.

        The client (httpx and the models' validation) is made when the server
        is first needed, so the window opens on the local files first; an
        unsafe address is refused here all the same.
        """
        register_secret(session.token)
        _api.check_base_url(session.profile.base_url)
        store = _store.LocalStore(self.folder(session.profile))
        service = OrderService(
            store, connect=lambda: self._client(session.profile, session.token, language), policy=policy
        )
        self._name_clerk(service, session.profile, session.scopes)
        return service

    @staticmethod
    def _name_clerk(service: OrderService, profile: Profile, scopes: Sequence[str] | None = None) -> None:
        """What is queued through ``service`` names the profile's clerk (nobody for an API key).

        ``scopes``: the login answer's, when this session comes from one: who
        may give a discount above the limit and approve returns (kept by user
        id). Without them, the profile's mark of a manager (its last login's
        answer, reset at each unlock) is noted; a clerk is never demoted on a guess.
        """
        service.account.set_clerk(profile.user_id, profile.user_name or "")
        if scopes is not None:
            service.manual_discounts.note_login(profile.user_id, scopes)
            service.returns.set_scopes(scopes)
        elif profile.discount_manager:
            service.manual_discounts.note_login(profile.user_id, ["discounts.create"])

    def open_kept(self, profile: Profile, *, language: str | None = None) -> OrderService:
        """The order service of the kept ``profile``, before its token is read: the local files only.

        The client (and with it the token from the keychain) is made when the
        server is first needed; the caller checks :meth:`saved_session` first.
        """
        store = _store.LocalStore(self.folder(profile))

        def connect() -> _api.GenukaClient:
            token = self.tokens(profile).load()
            if token:
                register_secret(token)
            return self._client(profile, token, language)

        service = OrderService(store, connect=connect)
        self._name_clerk(service, profile)
        return service

    def unsent_count(self, profile: Profile) -> int:
        """How many changes of the profile's company have not reached the server (0 when unreadable)."""
        try:
            with _store.LocalStore(self.folder(profile)) as store:
                return store.queue.unsent_count()
        except _store.StoreError:
            return 0  # a damaged or unreadable store: forgetting the token still works

    async def switch_company(self, service: OrderService, session: Session, company_id: str) -> Session:
        """Serve another of the user's companies: the server revokes the old token and gives a new one.

        The new profile is saved, and the new token kept where the old one
        was (if the user chose to stay logged in). The caller closes
        ``service`` and opens the new session: each company has its own folder.
        """
        result = await service.account.switch_company(company_id)
        new = self._session(session.profile, result)
        new.profile.save(self.paths.config_dir)
        tokens = self.tokens(new.profile)
        if tokens.load() is not None:  # the user asked to stay logged in: keep the new token instead
            tokens.save(new.token)
        log.info("switched to company %s", new.profile.company_id)
        return new

    # -- logging out -------------------------------------------------------------------------

    async def log_out(
        self,
        profile: Profile,
        token: str | None = None,
        *,
        forget_data: bool = False,
        force: bool = False,
        service: OrderService | None = None,
    ) -> Logout:
        """Forget the token (revoked on the server when it answers), and with ``forget_data`` the local files.

        ``service``: the open service of the session (the GUI's); it is closed
        here. Without it, ``token`` is revoked through a service opened for
        that. Without ``force``, local data holding unsent changes is not
        deleted (raises :class:`UnsentChanges`, nothing is done).
        """
        unsent = service.changes.unsent_count() if service is not None else self.unsent_count(profile)
        if forget_data and unsent and not force:
            raise UnsentChanges(unsent)
        revoked = False
        if service is not None:
            revoked = await service.account.log_out_server()
            await service.close()
        elif token and profile.company_id:
            revoked = await self._revoke(Session(profile, token))
        self.tokens(profile).delete()
        ClerkKeeper(self.paths.config_dir, profile.name, profile.company_id).forget()  # this PC's clerks, too
        kept = Profile.load(self.paths.config_dir, profile.name)
        if kept.stays_logged_in:
            replace(kept, stays_logged_in=False).save(self.paths.config_dir)
        removed = _store.LocalStore.delete_files(self.folder(profile)) if forget_data else 0
        log.info("logged out%s", " and the local data deleted" if forget_data else "")
        return Logout(revoked=revoked, unsent=unsent, removed=removed)

    async def _revoke(self, session: Session) -> bool:
        try:
            service = self.open(session)
        except (_store.StoreError, _api.GenukaError, ValueError):
            return False
        try:
            return await service.account.log_out_server()
        finally:
            await service.close()
