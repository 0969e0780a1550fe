"""What each server offered this company at the last look (``api.capabilities``), kept in the cache's key-value table.

The store's folder is one company's, so one key per server address gives
"per server and company". The cache is a copy of the server: if it is
rebuilt, the next look finds the answers again.
"""

from __future__ import annotations

import logging
from typing import Protocol

from pydantic import ValidationError

from ..models.capabilities import ServerCapabilities

log = logging.getLogger(__name__)

PREFIX = "server.capabilities "


class KeyValues(Protocol):
    """The part of the store this needs (``LocalStore`` has it)."""

    def get_meta(self, key: str, default: str | None = None) -> str | None: ...

    def set_meta(self, key: str, value: str | None) -> None: ...


def _key(base_url: str) -> str:
    return PREFIX + base_url.strip().rstrip("/")


def kept_capabilities(store: KeyValues, base_url: str) -> ServerCapabilities | None:
    """The last look kept for ``base_url`` (None: never looked, or the kept text is unreadable)."""
    text = store.get_meta(_key(base_url))
    if not text:
        return None
    try:
        return ServerCapabilities.model_validate_json(text)
    except ValidationError:
        log.warning("ignoring unreadable kept capabilities of %s", base_url)
        return None


def keep_capabilities(store: KeyValues, base_url: str, found: ServerCapabilities) -> ServerCapabilities | None:
    """Keep a look: what it found replaces the kept answers, what it could not find leaves them.

    Returns what is kept now (None: nothing, ever). A look that learnt
    nothing (offline, token refused) changes nothing: the last real one stays, with its date.
    """
    kept = kept_capabilities(store, base_url)
    if not found.known:
        return kept
    merged = found.over(kept)
    store.set_meta(_key(base_url), merged.model_dump_json())
    return merged
