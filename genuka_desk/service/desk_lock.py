"""A shared counter PC: who is at the desk, the lock, and the next clerk's unlock by PIN (or password).

Locking closes nothing: the windows stay, the queue and the sync go on with
the last token. The next clerk unlocks with their PIN
(``POST /auth/login-with-pin`` with the company's code, kept in the profile
once the server gave or verified it). The PIN alone says who it is: the
call takes no user, so whoever's PIN it is takes the desk (the names the
lock screen lists are for the password way). Their token becomes the
client's, what they queue names them (``service.account.set_clerk``), and
the permissions are theirs (a reader's stay read-only). A PIN login lasts
24 hours: the 401 that follows asks that clerk's PIN again, not a full
login. A clerk without a PIN unlocks with their password, as at the login.

Offline the server cannot check a PIN. Every hash kept at an online unlock
here is tried (:mod:`.clerk_keeper`): the clerk whose it is gets their own
token back while it lasts; past its 24 hours they work offline, and the
first answer of the server asks their PIN again. A clerk never seen here
online cannot unlock offline; a PIN two people's kept hashes match (one
changed theirs elsewhere) is refused, never guessed. Five wrong PINs in a
row make the desk wait a minute (the server's own limits are on top).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .. import api as _api
from .clerk_keeper import ClerkKeeper, ClerkSecret, KeptClerk, clerk_key, same_clerk
from .clerk_tokens import ClerkTokens
from .discount_limit import is_manager_scopes
from .errors import ServiceError
from .logs import register_secret
from .pin_throttle import WRONG_WAIT, PinThrottle
from .session import CompanyNotChosen, Desk, Session

if TYPE_CHECKING:
    from ..models.auth import CompanyCard, CompanyChoice, LoginResult
    from .order_service import OrderService
    from .profile import Profile

log = logging.getLogger(__name__)

PIN_HOURS = 24  # 02-authentication.md: a PIN login's token expires 24 hours after it was issued


class WrongPin(ServiceError):
    """The PIN is not the clerk's: the server said so, or (``offline``) no PIN kept here matches it."""

    def __init__(self, *, offline: bool = False) -> None:
        super().__init__("Wrong PIN, or one not used on this computer yet." if offline else "Wrong PIN.")
        self.offline = offline


class BadPin(ServiceError):
    """What was typed is not a PIN: four digits."""

    def __init__(self) -> None:
        super().__init__("A PIN is four digits.")


class PinsDiffer(ServiceError):
    """The PIN and its confirmation differ."""

    def __init__(self) -> None:
        super().__init__("The two PINs differ.")


class TooManyTries(ServiceError):
    """Too many wrong PINs in a row: ``seconds`` to wait before the next."""

    def __init__(self, seconds: int) -> None:
        super().__init__(f"Too many wrong PINs: wait {seconds} s.")
        self.seconds = seconds


class PinNeedsServer(ServiceError):
    """Offline, and no PIN of that clerk kept here: only the server can check it (``reason``: why it could not)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The server is needed to check this PIN: {reason}")
        self.reason = reason


class PinFitsSeveral(ServiceError):
    """Offline, the PIN fits the kept PINs of several clerks (one changed theirs elsewhere): only the server can say."""

    def __init__(self) -> None:
        super().__init__("This PIN fits more than one clerk kept on this computer: the server must check it.")


class NoCompanyCode(ServiceError):
    """The company's code for the PIN login is not known yet: the clerk types it once."""

    def __init__(self) -> None:
        super().__init__("Type the company code once: the PIN login needs it.")


class UnknownCompanyCode(ServiceError):
    """The server knows no company with that code."""

    def __init__(self) -> None:
        super().__init__("No company has this code.")


class OtherCompany(ServiceError):
    """The PIN or the password opens another company than this desk's."""

    def __init__(self) -> None:
        super().__init__("This login belongs to another company than this desk's.")


class Unreachable(ServiceError):
    """The server could not be reached for what only it can check (a password, a company code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"The server cannot be reached: {reason}")


@dataclass(frozen=True)
class Unlocked:
    """Who took the desk, and how."""

    name: str
    read_only: bool
    online: bool  # checked by the server (False: by the PIN's hash kept here)
    token: bool  # their own token is used (False: none until the server asks their PIN again)
    permissions_changed: bool  # may change orders where the last clerk could not, or the reverse


class DeskLock:
    """The clerk at one open session's desk, its lock, and the unlock.

    ``clock`` (seconds since the epoch) decides a kept token's 24 hours and
    the wait after wrong PINs; ``connect`` makes a client without a token for
    the PIN calls (tests give theirs).
    """

    def __init__(
        self,
        desk: Desk,
        session: Session,
        service: OrderService,
        *,
        clock: Callable[[], float] = time.time,
        connect: Callable[[Profile], _api.GenukaClient] | None = None,
    ) -> None:
        self.desk = desk
        self.session = session
        self.service = service
        self.clock = clock
        self.connect = connect or desk.anonymous_client
        self.keeper = ClerkKeeper(desk.paths.config_dir, session.profile.name, session.profile.company_id)
        # Each queued operation goes with its own clerk's token while it is good (the server's history names them).
        self.tokens = ClerkTokens(self.keeper, lambda: service.account.clerk, clock=clock)
        service.account.lend_tokens(self.tokens.token_for)
        self.by_pin = False  # the clerk at the desk came by PIN: a refused token asks their PIN again
        self._expires: float | None = None  # the current clerk's token's end, when known
        self.throttle = PinThrottle(desk.paths.config_dir / f"pin-tries-{session.profile.name}.json", clock)
        self._no_token = False  # the clerk at the desk has no token: a restart must not open with the last one's

    # -- what the screens read ---------------------------------------------------------

    @property
    def profile(self) -> Profile:
        """The session's profile as it stands now (the clerk at the desk, their permissions)."""
        return self.session.profile

    @property
    def locked(self) -> bool:
        """Whether the desk is locked (kept: a restart comes back locked)."""
        return self.profile.locked

    @property
    def clerk_name(self) -> str:
        """Who works at the desk now ("" when the session names nobody: an API key)."""
        return self.profile.user_name or ""

    @property
    def current_key(self) -> str | None:
        """How the clerk at the desk is known in :meth:`recent` (None: the session names nobody)."""
        name = self.clerk_name
        return clerk_key(self.profile.user_id, name) if (name or self.profile.user_id) else None

    @property
    def company_code(self) -> str | None:
        """The company's code for the PIN login (None: the clerk types it once)."""
        return self.profile.company_code

    def pin_expected(self) -> bool:
        """Whether a refused token asks the clerk's PIN again: they came by PIN, or keep one here."""
        if self.by_pin:
            return True
        key = self.current_key
        kept = self.keeper.find(key) if key else None
        return kept is not None and kept.has_pin

    def recent(self) -> list[KeptClerk]:
        """The clerks who worked at this PC lately, each once, the most recent first."""
        return self.keeper.people()

    # -- at the start, and the lock ----------------------------------------------------

    def start(self) -> None:
        """The session's clerk takes the desk: what is queued from now names them."""
        self.service.account.set_clerk(self.profile.user_id, self.clerk_name)
        key = self.current_key
        if key is not None and not self.by_pin:  # their operations still go with it once another clerk unlocks
            self.keeper.keep_token(key, self.session.token)

    def lock(self) -> None:
        """Lock the desk: nothing is closed, sync goes on; the clerk is remembered for the lock screen's list."""
        if self.clerk_name:
            profile = self.profile
            email = None if profile.api_key else profile.email  # the lock screen's password form starts with it
            self.keeper.remember(
                KeptClerk(self.current_key or "", profile.user_id, self.clerk_name, self.clock(), email=email)
            )
        self._save(replace(self.profile, locked=True))
        log.info("the desk is locked")

    def _save(self, profile: Profile) -> None:
        on_disk = replace(profile, locked=True) if self._no_token and not profile.locked else profile
        on_disk.save(self.desk.paths.config_dir)
        self.session = replace(self.session, profile=profile)

    # -- the company code --------------------------------------------------------------------

    async def verify_company(self, code: str) -> CompanyCard:
        """Check ``code`` with the server (``verify-company-code``) and keep it in the profile."""
        from ..api.pin_login import verify_company_code

        code = code.strip()
        if not code:
            raise NoCompanyCode()
        async with self.connect(self.profile) as client:
            try:
                card = await verify_company_code(client, code)
            except _api.ValidationError as exc:
                raise UnknownCompanyCode() from exc
            except _api.NetworkError as exc:
                raise Unreachable(exc.message) from exc
        self._save(replace(self.profile, company_code=code))
        return card

    # -- unlocking ------------------------------------------------------------------------------

    async def unlock_with_pin(self, pin: str) -> Unlocked:
        """The clerk whose PIN this is takes the desk: the PIN alone says who (no name is picked).

        Online, the server says whose PIN it is (``login-with-pin`` takes the
        company's code and the PIN, no user); offline, the hashes kept here
        do. Raises :class:`WrongPin`, :class:`BadPin`, :class:`TooManyTries`,
        :class:`PinNeedsServer`, :class:`PinFitsSeveral`, :class:`NoCompanyCode`,
        :class:`UnknownCompanyCode` or :class:`OtherCompany`.
        """
        from ..api.pin_login import valid_pin

        self._not_too_fast()
        if not valid_pin(pin):
            raise BadPin()
        code = self.company_code
        if not code:
            raise NoCompanyCode()
        try:
            result, user_id = await self._pin_login(code, pin)
        except _api.AuthError as exc:
            self._wrong_pin()
            raise WrongPin() from exc
        except _api.ValidationError as exc:
            raise UnknownCompanyCode() from exc
        except _api.RateLimitedError as exc:  # the server's own limit on PIN tries: never judged here instead
            seconds = exc.retry_after if exc.retry_after is not None else WRONG_WAIT
            self.throttle.wait(seconds)
            raise TooManyTries(max(1, math.ceil(seconds))) from exc
        except (_api.NetworkError, _api.ServerError, _api.BadResponseError) as exc:
            # The server could not judge the PIN now: the hash kept at an earlier online unlock does.
            log.info("the PIN is checked on this computer: %s", exc.message)
            return await self._pin_offline(pin, exc.message)
        token = result.access_token.get_secret_value()
        name = result.user_name or ""
        expires = result.expires_at.timestamp() if result.expires_at else self.clock() + PIN_HOURS * 3600
        key = clerk_key(user_id, name)
        secret = await asyncio.to_thread(ClerkSecret.of, pin, read_only=result.read_only, expires_at=expires)
        kept = self.keeper.keep_secret(key, secret, token)
        self.keeper.remember(KeptClerk(key, user_id, name, self.clock(), has_pin=kept))
        return self._take(
            user_id,
            name,
            token,
            result.read_only,
            online=True,
            by_pin=True,
            expires=expires,
            email=self._email(key),
            scopes=result.scopes or None,
        )

    async def _pin_login(self, code: str, pin: str) -> tuple[LoginResult, str | None]:
        """The server's PIN login, and whose token it is.

        The documented answer names the user, not their id: the id is the
        answer's ``user_id`` when given, else the one a login here named for
        that name, else ``GET /user``'s (None when that fails: the name is enough).
        """
        from ..api.pin_login import current_user, login_with_pin

        async with self.connect(self.profile) as client:
            result = await login_with_pin(client, code, pin)
            if result.company_id and result.company_id != self.profile.company_id:
                raise OtherCompany()
            token = result.access_token.get_secret_value()
            register_secret(token)
            known = self.keeper.named(result.user_name or "")
            user_id = result.user_id or (known.id if known is not None else None)
            if user_id is None:
                client.set_credentials(token, self.profile.company_id)
                try:
                    user_id = (await current_user(client)).id
                except _api.GenukaError as exc:  # the name is enough to record who it was
                    log.info("the clerk's user id is not known: %s", exc.message)
        return result, user_id

    async def _pin_offline(self, pin: str, reason: str) -> Unlocked:
        """Whose PIN it is, by the hashes kept at earlier online unlocks: every kept clerk's is tried."""
        secrets = [(c, s) for c in self.keeper.clerks() if (s := self.keeper.secret(c.key)) is not None]
        if not secrets:
            raise PinNeedsServer(reason)
        matched = await asyncio.to_thread(lambda: [(c, s) for c, s in secrets if s.matches(pin)])
        if not matched:
            self._wrong_pin()
            raise WrongPin(offline=True)
        clerk, secret = matched[0]  # the most recent (one person may be kept by id and by name)
        if any(not same_clerk(clerk, other) for other, _ in matched[1:]):
            # Two people's kept PINs: one changed theirs elsewhere since. Never guess who is at the desk.
            raise PinFitsSeveral()
        lasts = secret.expires_at is None or secret.expires_at > self.clock()
        token = self.keeper.token(clerk.key) if lasts else None
        self.keeper.remember(replace(clerk, last_seen=self.clock()))
        log.info("unlocked offline by a PIN kept on this computer%s", "" if token else " (its token has ended)")
        return self._take(
            clerk.id,
            clerk.name,
            token,
            secret.read_only,
            online=False,
            by_pin=True,
            expires=secret.expires_at,
            email=self._email(clerk.key),
            scopes=None,  # the server said nothing now: theirs as kept here, if ever
        )

    async def unlock_with_password(self, email: str, password: str) -> Unlocked:
        """A clerk without a PIN takes the desk with their password (the server checks it: online only)."""
        profile = self.profile
        mine = profile.company_id

        def this_company(companies: Sequence[CompanyChoice], current: str | None) -> str | None:
            return mine if any(c.id == mine for c in companies) else None  # never another company's desk

        try:
            session = await self.desk.log_in(profile, email.strip(), password, this_company)
        except CompanyNotChosen as exc:
            raise OtherCompany() from exc
        except _api.NetworkError as exc:
            raise Unreachable(exc.message) from exc
        if session.profile.company_id != mine:
            raise OtherCompany()
        new = session.profile
        name = new.user_name or ""
        key = clerk_key(new.user_id, name or email.strip())
        self.keeper.remember(KeptClerk(key, new.user_id, name or email.strip(), self.clock(), email=email.strip()))
        self.keeper.keep_token(key, session.token)
        return self._take(
            new.user_id,
            name,
            session.token,
            session.read_only,
            online=True,
            by_pin=False,
            expires=None,
            email=email.strip(),
            scopes=session.scopes,
        )

    def _email(self, key: str) -> str | None:
        """The email a clerk typed here once (one of their kept entries), if any."""
        kept = self.keeper.find(key)
        return next((p.email for p in self.keeper.people() if same_clerk(p, kept)), None) if kept else None

    def _take(
        self,
        user_id: str | None,
        name: str,
        token: str | None,
        read_only: bool,
        *,
        online: bool,
        by_pin: bool,
        expires: float | None,
        email: str | None,
        scopes: Sequence[str] | None,
    ) -> Unlocked:
        """The clerk takes the desk: their token on the client, their name on what they queue, their permissions.

        ``email``: theirs when known (the profile's is the last clerk's otherwise: the diagnostics name it).
        ``scopes``: their login's answer's (None: not said now; what was kept for them here stands).
        """
        account = self.service.account
        account.use_token(token)
        account.set_clerk(user_id, name)
        if scopes is not None:  # kept for them by user id: a manager, who may approve returns
            self.service.manual_discounts.note_login(user_id, scopes)
            self.service.returns.set_scopes(scopes)
        changed = read_only != self.session.read_only
        # Never the last clerk's mark: a manager only by their own answer (the next start notes it).
        manager = scopes is not None and is_manager_scopes(scopes)
        profile = replace(
            self.profile,
            user_id=user_id,
            user_name=name or None,
            email=email,
            read_only=read_only,
            locked=False,
            discount_manager=manager,
        )
        self._no_token = not token
        # Without a token of their own (offline, past its 24 hours) the kept token is the last clerk's:
        # on disk the desk stays locked, so a restart asks a PIN instead of opening with that token.
        (profile if token else replace(profile, locked=True)).save(self.desk.paths.config_dir)
        if token:
            tokens = self.desk.tokens(profile)
            if tokens.load() is not None:  # the desk stays logged in: the next start is this clerk's
                tokens.save(token)
        handed = tuple(scopes) if scopes is not None else None
        self.session = Session(profile, token or self.session.token, read_only=read_only, scopes=handed)
        self.by_pin, self._expires = by_pin, expires
        self.throttle.passed()
        self.tokens.forget()
        log.info("a clerk unlocked the desk (%s)", "online" if online else "offline")
        return Unlocked(name, read_only, online, bool(token), changed)

    # -- the clerk's own PIN ---------------------------------------------------------------------

    async def set_pin(self, pin: str, again: str) -> None:
        """The clerk at the desk sets their PIN (the server keeps it; so does this PC, hashed, for offline)."""
        from ..api.pin_login import valid_pin

        if not valid_pin(pin):
            raise BadPin()
        if pin != again:
            raise PinsDiffer()
        try:
            await self.service.account.set_pin(pin)
        except _api.NetworkError as exc:
            raise Unreachable(exc.message) from exc
        key = self.current_key
        if key is None:
            return
        secret = await asyncio.to_thread(
            ClerkSecret.of, pin, read_only=self.session.read_only, expires_at=self._expires
        )
        kept = self.keeper.keep_secret(key, secret, self.session.token)
        self.keeper.remember(KeptClerk(key, self.profile.user_id, self.clerk_name, self.clock(), has_pin=kept))

    # -- wrong PINs ---------------------------------------------------------------------------------

    def _not_too_fast(self) -> None:
        left = self.throttle.seconds_left()
        if left > 0:
            raise TooManyTries(left)

    def _wrong_pin(self) -> None:
        self.throttle.wrong()
