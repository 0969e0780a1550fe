"""The start's first look: the kept login's order list, read from its local copy alone.

Only the profile file and the cache file are read: no keychain, no store
opening, no HTTP client, none of the models' validation. The full program
loads behind the painted list and opens the store as usual.
"""

from __future__ import annotations

import logging
import sqlite3

from ..store.first_look import FirstLook
from .paths import AppPaths
from .profile import Profile

log = logging.getLogger(__name__)

DEFAULT_PROFILE = "default"


def kept_profile(paths: AppPaths, name: str = DEFAULT_PROFILE) -> Profile | None:
    """The profile whose token was kept at the last run (None: none was kept), read without the keychain."""
    profile = Profile.load(paths.config_dir, name)
    return profile if profile.stays_logged_in and profile.company_id else None


def open_first_look(paths: AppPaths, profile: Profile) -> FirstLook | None:
    """The cached list of ``profile``'s company, read-only; None when there is none to show yet."""
    try:
        return FirstLook(profile.data_folder(paths.data_dir))
    except sqlite3.Error as exc:
        log.info("no first look at the list (%s): the usual start opens the store", exc)
        return None


__all__ = ["FirstLook", "kept_profile", "open_first_look"]
