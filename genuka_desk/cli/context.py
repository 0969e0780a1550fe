"""What a command works with: the desk (folders, profile, token) and the order service once opened."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from ..service import AppPaths, Desk, InsecureURLError, OrderService, Profile, Session
from ..service.logs import register_secret, setup_logging
from .exits import EXIT_AUTH, EXIT_BAD_INPUT, CliError


@dataclass
class Context:
    """The parsed arguments, the desk of ``--data-dir``, its profile (with overrides) and the token."""

    args: argparse.Namespace
    desk: Desk
    profile: Profile
    token: str | None

    @property
    def session(self) -> Session | None:
        """The session the command works as (None: no token)."""
        return Session(self.profile, self.token, read_only=self.profile.read_only) if self.token else None

    def open_service(self) -> OrderService:
        """The service over this profile's company folder, with the chosen server and token."""
        try:
            service = self.desk.open(Session(self.profile, self.token or "", read_only=self.profile.read_only))
        except InsecureURLError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from exc
        if service.cache_rebuilt:
            print(
                f"note: the local copy of the orders was damaged; it was set aside ({service.cache_moved_to}) "
                "and is fetched again at the next sync. Unsent changes are safe.",
                file=sys.stderr,
            )
        return service

    def require_token(self) -> None:
        """Stop with exit 2 when there is no token to talk to the server."""
        if not self.token:
            raise CliError("Not logged in: run `genuka-desk login` (or pass --token).", EXIT_AUTH)

    def out(self, data: Any, text: str) -> None:
        """Print ``data`` as JSON with ``--json``, else ``text``."""
        if getattr(self.args, "json", False):
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        else:
            print(text)

    def run(self, work: Callable[[OrderService], Awaitable[int]]) -> int:
        """Open the service, run ``work`` on it, close it; the exit code ``work`` returns."""

        async def with_service() -> int:
            service = self.open_service()
            try:
                return await work(service)
            finally:
                await service.close()

        return asyncio.run(with_service())


def make_context(args: argparse.Namespace) -> Context:
    """The context of one command: folders made, logging set up, the profile with the overrides."""
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        raise CliError(f"Cannot use the data folder: {exc.strerror or exc}", EXIT_BAD_INPUT) from exc
    setup_logging(paths.log_file)
    desk = Desk(paths)
    profile = desk.profile()
    base_url = args.base_url or os.environ.get("GENUKA_BASE_URL")
    company = args.company or os.environ.get("GENUKA_COMPANY")
    if base_url:
        profile.base_url = base_url
    if company:
        profile.company_id = company
    token = args.token or os.environ.get("GENUKA_TOKEN") or desk.tokens(profile).load()
    if token:
        register_secret(token)
    return Context(args=args, desk=desk, profile=profile, token=token)
