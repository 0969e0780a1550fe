"""Which server URLs the client accepts: https, or plain http on loopback only."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


class InsecureURLError(ValueError):
    """A plain ``http://`` URL that is not on this machine."""


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """The URL without a trailing slash (or ``/2023-11``); refuses anything unsafe.

    TLS is required for every real server; plain http is allowed only for the
    demo API on this machine.
    """
    text = (url or "").strip().rstrip("/")
    if text.endswith("/2023-11"):
        text = text[: -len("/2023-11")]
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a server address: {url!r} (expected https://host).")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureURLError(
            f"Refusing the unencrypted address {url!r}: use https:// (plain http only works for this computer)."
        )
    return text
