"""Is a newer genuka-desk out? Read the project's release feed (GitHub's releases API).

No Qt here: the service exposes :func:`check_for_updates`; the GUI asks it
from Help > Check for updates and once a day in the background. The answer
names the installer that fits this computer (the .deb or the AppImage on
Linux, the setup .exe on Windows, the .dmg on macOS) or, for a pip install,
the release page.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Any

import httpx

from packaging.version import InvalidVersion, Version

from .. import __version__

log = logging.getLogger(__name__)

# The project's releases, newest first (GitHub's REST API); GENUKA_DESK_RELEASES_URL or
# the "updates/url" preference points elsewhere (a mirror, a company's own feed).
DEFAULT_RELEASES_URL = "https://api.github.com/repos/genuka/genuka-desk/releases"
RELEASES_ENV = "GENUKA_DESK_RELEASES_URL"
TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class UpdateStatus(Enum):
    """What the feed says about this version."""

    NEWER = "newer"  # a newer release is out
    CURRENT = "current"  # this is the newest release (or newer: a development build)


@dataclass(frozen=True)
class UpdateInfo:
    """The answer of one check."""

    status: UpdateStatus
    current: str
    latest: str
    name: str = ""
    page_url: str = ""  # the release page (notes, every installer)
    download_url: str = ""  # the installer for this computer, or the release page


class UpdateCheckError(Exception):
    """The feed could not be read; ``message`` is fit to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def releases_url(configured: str | None = None) -> str:
    """The feed to read: the preference, else the environment, else the project's."""
    return (configured or "").strip() or os.environ.get(RELEASES_ENV, "").strip() or DEFAULT_RELEASES_URL


def installer_kind(platform: str | None = None, environ: dict[str, str] | None = None) -> str | None:
    """The installer that fits this computer (a file suffix), or None for a pip install."""
    platform = platform or sys.platform
    environ = dict(os.environ) if environ is None else environ
    frozen = bool(getattr(sys, "frozen", False)) or "APPIMAGE" in environ
    if not frozen:
        return None  # installed with pip: the release page says how to upgrade
    if platform.startswith("win"):
        return "-setup.exe"
    if platform == "darwin":
        return ".dmg"
    return ".AppImage" if "APPIMAGE" in environ else ".deb"


def _version(text: Any) -> Version | None:
    if not isinstance(text, str):
        return None
    try:
        return Version(text.strip().lstrip("vV"))
    except InvalidVersion:
        return None


def _newest(releases: list[Any]) -> tuple[Version, dict[str, Any]] | None:
    """The newest published, non-prerelease release with a version tag."""
    best: tuple[Version, dict[str, Any]] | None = None
    for release in releases:
        if not isinstance(release, dict) or release.get("draft") or release.get("prerelease"):
            continue
        version = _version(release.get("tag_name")) or _version(release.get("name"))
        if version is None or version.is_prerelease:
            continue
        if best is None or version > best[0]:
            best = (version, release)
    return best


def _download(release: dict[str, Any], kind: str | None) -> str:
    page = str(release.get("html_url") or "")
    if kind is None:
        return page
    for asset in release.get("assets") or []:
        if not isinstance(asset, dict):
            continue
        name = str(asset.get("name") or "")
        url = str(asset.get("browser_download_url") or "")
        if name.endswith(kind) and url.startswith("https://"):
            return url
    return page


def read_feed(body: Any, current: str = __version__, kind: str | None = None) -> UpdateInfo:
    """The answer from a releases body (a list, or one release as ``/releases/latest`` gives)."""
    releases = [body] if isinstance(body, dict) and "tag_name" in body else body
    if not isinstance(releases, list):
        raise UpdateCheckError("The release server sent something unexpected.")
    newest = _newest(releases)
    if newest is None:
        raise UpdateCheckError("The release server lists no release.")
    version, release = newest
    mine = _version(current)
    status = UpdateStatus.NEWER if mine is None or version > mine else UpdateStatus.CURRENT
    page = str(release.get("html_url") or "")
    return UpdateInfo(
        status=status,
        current=current,
        latest=str(version),
        name=str(release.get("name") or version),
        page_url=page if page.startswith("https://") else "",
        download_url=_download(release, kind) if page.startswith("https://") else "",
    )


async def check_for_updates(
    url: str | None = None,
    *,
    current: str = __version__,
    kind: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> UpdateInfo:
    """Read the feed once; raises :class:`UpdateCheckError` with a message when it cannot."""
    feed = releases_url(url)
    headers = {"Accept": "application/vnd.github+json", "User-Agent": f"genuka-desk/{current}"}
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT, headers=headers, transport=transport) as client:
            response = await client.get(feed)
    except httpx.HTTPError as exc:
        log.info("update check: %s unreachable (%s)", feed, type(exc).__name__)
        raise UpdateCheckError("The release server cannot be reached.") from exc
    if response.status_code != 200:
        log.info("update check: %s answered %s", feed, response.status_code)
        raise UpdateCheckError(f"The release server answered with an error ({response.status_code}).")
    try:
        body = response.json()
    except ValueError as exc:
        log.info("update check: %s sent no JSON", feed)
        raise UpdateCheckError("The release server sent something unexpected.") from exc
    info = read_feed(body, current, kind if kind is not None else installer_kind())
    log.info("update check: latest %s, this %s", info.latest, current)
    return info
