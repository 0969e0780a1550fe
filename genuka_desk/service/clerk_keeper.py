"""The clerks of this PC: who worked here lately; for those who unlocked by PIN online, what unlocks offline.

A PIN is checked by the server (``POST /auth/login-with-pin``). Offline,
a counter must still open for the clerks who work at it, as Odoo's point of
sale checks a cashier's PIN against a hash it kept. So after a PIN login the
server accepted, the desk keeps a salted scrypt hash of that PIN (never the
PIN) with the clerk's permissions and their 24-hour token, in the OS keychain
(or a private file where there is none: :class:`TokenStore`), one small entry
per clerk and one for their token: Windows' keychain takes about 1,280
characters per entry, a token alone may take most of it. The list of names
(not secret) is a JSON file beside the profile. Logging out forgets them all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .credentials import TokenStore
from .logs import register_secret

log = logging.getLogger(__name__)

# scrypt's work: ~16 MB and tens of milliseconds a check. A 4-digit PIN is a small secret: the hash only
# keeps a copied keychain from giving it away at a glance, the throttle (see desk_lock) keeps guessing slow.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**14, 8, 1, 32
MAX_CLERKS = 12  # the recent clerks of one counter PC


def hash_pin(pin: str, salt: bytes) -> bytes:
    """The salted scrypt hash of ``pin``."""
    return hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_LEN)


def clerk_key(user_id: str | None, name: str) -> str:
    """How a clerk is known here: their user id, else their name (a server that named no id)."""
    return f"id-{user_id}" if user_id else f"name-{name.strip().casefold()}"


@dataclass(frozen=True)
class KeptClerk:
    """A clerk who worked at this PC (not secret: shown on the lock screen)."""

    key: str
    id: str | None
    name: str
    last_seen: float
    has_pin: bool = False  # a PIN of theirs is kept here: they can unlock offline
    email: str | None = None  # who typed a password here: the lock screen's password form starts with it


def same_clerk(a: KeptClerk, b: KeptClerk) -> bool:
    """Whether two kept entries are one person: the same id; where one names no id, the same email or name."""
    if a.key == b.key:
        return True
    if a.id and b.id:
        return a.id == b.id
    if a.email and b.email and a.email.strip().casefold() == b.email.strip().casefold():
        return True
    name = a.name.strip().casefold()
    return bool(name) and name == b.name.strip().casefold()


def _one_person(group: list[KeptClerk], clerk: KeptClerk) -> bool:
    clashes = clerk.id is not None and any(c.id and c.id != clerk.id for c in group)  # two people of one name
    return not clashes and any(same_clerk(c, clerk) for c in group)


def _merged(group: list[KeptClerk]) -> KeptClerk:
    """One person's entries as one: the most recent, with what any of them knew (an id, a PIN, an email)."""
    first = group[0]
    return replace(
        first,
        id=next((c.id for c in group if c.id), None),
        has_pin=any(c.has_pin for c in group),
        email=next((c.email for c in group if c.email), None),
    )


@dataclass(frozen=True)
class ClerkSecret:
    """What unlocks a clerk offline: their PIN's hash, their permissions, their token and its end."""

    salt: str
    pin_hash: str
    read_only: bool
    expires_at: float | None = None  # the token's end (seconds since the epoch)

    def matches(self, pin: str) -> bool:
        """Whether ``pin`` is the one hashed here (in constant time)."""
        try:
            salt, wanted = bytes.fromhex(self.salt), bytes.fromhex(self.pin_hash)
        except ValueError:
            return False
        return hmac.compare_digest(hash_pin(pin, salt), wanted)

    @staticmethod
    def of(pin: str, *, read_only: bool, expires_at: float | None) -> ClerkSecret:
        """A new secret for ``pin`` (a fresh salt each time)."""
        salt = secrets.token_bytes(16)
        return ClerkSecret(salt.hex(), hash_pin(pin, salt).hex(), read_only, expires_at)


class ClerkKeeper:
    """The clerks of one profile's company on this PC: the names in a file, the secrets in the keychain."""

    def __init__(self, config_dir: Path, profile: str, company_id: str | None) -> None:
        self.config_dir = config_dir
        self.profile = profile
        self.company_id = company_id
        self.file = config_dir / f"clerks-{profile}.json"

    # -- the names ---------------------------------------------------------------------

    def clerks(self) -> list[KeptClerk]:
        """The clerks of this company, the most recent first (a damaged file: none)."""
        company, clerks = self._read()
        return clerks if company == self.company_id else []  # another company's (the profile switched): none

    def _read(self) -> tuple[Any, list[KeptClerk]]:
        try:
            data: Any = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None, []
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable list of clerks: %s", exc)
            return None, []
        if not isinstance(data, dict):
            return None, []
        names = {f.name for f in fields(KeptClerk)}
        found = []
        for item in data.get("clerks") or []:
            if isinstance(item, dict) and isinstance(item.get("key"), str) and isinstance(item.get("name"), str):
                try:
                    found.append(KeptClerk(**{k: v for k, v in item.items() if k in names}))
                except TypeError:
                    continue
        return data.get("company_id"), sorted(found, key=lambda c: -float(c.last_seen or 0))

    def find(self, key: str) -> KeptClerk | None:
        """The clerk known as ``key``, if kept."""
        return next((c for c in self.clerks() if c.key == key), None)

    def named(self, name: str) -> KeptClerk | None:
        """The kept clerk of that name (a PIN login's answer names the user, not their id): one with an id first."""
        wanted = name.strip().casefold()
        found = [c for c in self.clerks() if c.name.strip().casefold() == wanted] if wanted else []
        return next((c for c in found if c.id), found[0] if found else None)

    def people(self) -> list[KeptClerk]:
        """The clerks of this company, each once, the most recent first (what the lock screen lists).

        One person may be kept twice: named only by name at one login (a
        demo or a server that named no id), by id at another. Their entries
        stay (each key holds its own kept secrets); here they are one.
        """
        groups: list[list[KeptClerk]] = []
        for clerk in self.clerks():
            group = next((g for g in groups if _one_person(g, clerk)), None)
            if group is None:
                groups.append([clerk])
            else:
                group.append(clerk)
        return [_merged(group) for group in groups]

    def remember(self, clerk: KeptClerk) -> None:
        """Keep ``clerk`` first in the list (what was known of them stays unless said anew)."""
        company, listed = self._read()
        if company != self.company_id:  # the profile serves another company now: the last one's clerks go
            for gone in listed:
                self._forget_secrets(gone.key)
        known = self.clerks()
        others = [c for c in known if c.key != clerk.key]
        old = next((c for c in known if c.key == clerk.key), None)
        if old is not None:
            clerk = replace(clerk, has_pin=clerk.has_pin or old.has_pin, email=clerk.email or old.email)
        kept = [clerk, *others][:MAX_CLERKS]
        for dropped in others[MAX_CLERKS - 1 :]:
            self._forget_secrets(dropped.key)
        self._write({"company_id": self.company_id, "clerks": [asdict(c) for c in kept]})

    def _write(self, data: dict[str, Any]) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = self.file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, self.file)

    # -- the secrets ---------------------------------------------------------------------

    def _store(self, key: str, what: str) -> TokenStore:
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", key)[:80]
        return TokenStore(self.config_dir, f"{self.profile}.clerk.{safe}.{what}")

    def keep_secret(self, key: str, secret: ClerkSecret, token: str | None) -> bool:
        """Keep what unlocks ``key`` offline (and their token); False when the keychain would not take it."""
        try:
            self._store(key, "pin").save(json.dumps(asdict(secret)))
            if token:
                self._store(key, "token").save(token)
        except OSError as exc:  # a keychain that refuses the entry (Windows: too long): no offline unlock then
            log.warning("the clerk's PIN could not be kept for an offline unlock: %s", type(exc).__name__)
            return False
        return True

    def keep_token(self, key: str, token: str | None) -> None:
        """Keep the token of a clerk who logged in by password (their operations go with it while it is good)."""
        if not token:
            return
        try:
            self._store(key, "token").save(token)
        except OSError as exc:
            log.warning("the clerk's token could not be kept: %s", type(exc).__name__)

    def secret(self, key: str) -> ClerkSecret | None:
        """What unlocks ``key`` offline, if kept."""
        text = self._store(key, "pin").load()
        if not text:
            return None
        try:
            data = json.loads(text)
            return ClerkSecret(
                str(data["salt"]),
                str(data["pin_hash"]),
                bool(data["read_only"]),
                float(data["expires_at"]) if data.get("expires_at") is not None else None,
            )
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring a damaged kept PIN")
            return None

    def token(self, key: str) -> str | None:
        """The clerk's last token, if kept (its end is in their :class:`ClerkSecret`)."""
        token = self._store(key, "token").load()
        if token:
            register_secret(token)
        return token

    def _forget_secrets(self, key: str) -> None:
        self._store(key, "pin").delete()
        self._store(key, "token").delete()

    def forget(self) -> None:
        """Forget every clerk of this PC (a logout): their names, PINs' hashes and tokens."""
        for clerk in self._read()[1]:
            self._forget_secrets(clerk.key)
        try:
            self.file.unlink()
        except FileNotFoundError:
            pass
