"""Where the API token is kept: the OS keyring, or a private file when there is none.

The token never goes to settings, logs or output. Headless Linux has no
keyring (``keyring`` picks its fail backend): then the token goes to a file
only its owner can read, and :attr:`TokenStore.location` says so, so the app
can tell the user.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE = "genuka-desk"


def _keyring() -> tuple[ModuleType, type[Exception]]:
    # Loaded when a token is read or written, not before the list is painted (it scans its backends).
    import keyring
    from keyring.errors import KeyringError

    return keyring, KeyringError


def keyring_available() -> bool:
    """Whether an OS keychain answers (headless Linux usually has none)."""
    keyring, _ = _keyring()
    backend = keyring.get_keyring()
    return "fail" not in type(backend).__module__ and getattr(backend, "priority", 0) > 0


class TokenStore:
    """The token of one profile: in the keyring when it works, else in ``<config>/token-<profile>``."""

    def __init__(self, config_dir: Path, profile: str = "default") -> None:
        self.profile = profile
        self.file = config_dir / f"token-{profile}"
        self.location = "none"

    def save(self, token: str) -> str:
        """Keep ``token``; returns where it went: ``keyring`` or ``file``."""
        keyring, KeyringError = _keyring()
        try:
            keyring.set_password(SERVICE, self.profile, token)
            # Some keychains take a token without keeping it (keyring's null backend, a locked store):
            # only one that gives it back is trusted, else the next start would not be logged in.
            kept = keyring.get_password(SERVICE, self.profile) == token
        except (KeyringError, RuntimeError) as exc:
            log.warning("no usable OS keyring (%s); keeping the token in a private file", type(exc).__name__)
            kept = False
        else:
            if not kept:
                log.warning("the OS keyring did not keep the token; keeping it in a private file")
        if not kept:
            self._write_file(token)
            self.location = "file"
            return self.location
        self._remove_file()
        self.location = "keyring"
        return self.location

    def load(self) -> str | None:
        """The kept token, or None.

        The private file first: it exists only when the keychain refused the
        token (:meth:`save` removes it once the keychain takes one), and reading
        it spares loading the keyring library (~50 ms) on a desk without one.
        """
        text = self._read_file()
        if text:
            self.location = "file"
            return text
        keyring, KeyringError = _keyring()
        try:
            token = keyring.get_password(SERVICE, self.profile)
        except (KeyringError, RuntimeError):
            token = None
        if token:
            self.location = "keyring"
            return token
        return None

    def _read_file(self) -> str | None:
        if not self.file.exists():
            return None
        try:
            return self.file.read_text(encoding="utf-8").strip() or None
        except OSError as exc:
            log.warning("cannot read the token file: %s", exc.strerror)
            return None

    def delete(self) -> None:
        """Forget the token everywhere it may be."""
        keyring, KeyringError = _keyring()
        try:
            keyring.delete_password(SERVICE, self.profile)
        except (KeyringError, RuntimeError):
            pass
        self._remove_file()
        self.location = "none"

    def _write_file(self, token: str) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Created 0600 from the start: the token is never readable by others, even briefly.
        fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token)
        os.chmod(self.file, 0o600)

    def _remove_file(self) -> None:
        try:
            self.file.unlink()
        except FileNotFoundError:
            pass
