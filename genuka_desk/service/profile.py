"""The connection settings of a profile (server, company, user), kept as JSON.

Never the token: that lives in :mod:`.credentials`.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.genuka.com"


@dataclass
class Profile:
    """Which Genuka server and company this desk works with."""

    name: str = "default"
    base_url: str = DEFAULT_BASE_URL
    company_id: str | None = None
    email: str | None = None
    # The user's name as Genuka gave it at login (the receipts' "Served by"); None: not known, never the email.
    user_name: str | None = None
    shop_id: str | None = None
    language: str = "fr"
    # The saved token is an API key (of one company: it cannot switch). Sent as Bearer like a login token.
    api_key: bool = False
    # What the server's login answer allowed (its scopes), kept so a saved session reopens the same way.
    read_only: bool = False
    # Whether a token was kept for this profile (the clerk chose to stay logged in): the list can then be
    # painted before the keychain is even loaded. None: not known yet (a profile saved by an older version).
    stays_logged_in: bool | None = None
    # The clerk at the desk's user id when the server named it (recorded on what they queue).
    user_id: str | None = None
    # The company's short code for the PIN login, as the server gave or verified it.
    company_code: str | None = None
    # The desk was locked (Lock, or idle): a restart comes back locked, never unlocked for whoever starts it.
    locked: bool = False
    # The last login's scopes let its user give a discount above the manager's limit (discounts.create).
    discount_manager: bool = False

    @staticmethod
    def path(config_dir: Path, name: str = "default") -> Path:
        """The JSON file of profile ``name``."""
        return config_dir / f"profile-{name}.json"

    @classmethod
    def load(cls, config_dir: Path, name: str = "default") -> Profile:
        """The saved profile, or a new one (a damaged file is logged and ignored)."""
        path = cls.path(config_dir, name)
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(name=name)
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable profile %s: %s", path, exc)
            return cls(name=name)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known} if isinstance(data, dict) else {}
        values["name"] = name
        if isinstance(data, dict) and data.get("auth_scheme") == "api-key":
            values["api_key"] = True  # saved by an older version, which sent such keys as X-API-Key
        if not isinstance(values.get("api_key", False), bool):
            values.pop("api_key")  # an edited file: the default
        return cls(**values)

    def save(self, config_dir: Path) -> None:
        """Write the profile atomically (a crash never leaves half a file)."""
        config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.path(config_dir, self.name)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(tmp, path)

    def data_folder(self, data_dir: Path) -> Path:
        """Where this profile keeps the local copy and the queue of its company.

        One folder per company: a user of several companies never sees one
        company's orders under another, and a change queued for one is never
        sent to another. (Company ids are unique across Genuka; the server
        address is not part of the key, so a proxy or an address typed with
        a trailing slash still finds its queue.)
        """
        slug = re.sub(r"[^A-Za-z0-9_-]", "_", self.company_id or "")[:64] or "no-company"
        return data_dir / self.name / f"company-{slug}"
