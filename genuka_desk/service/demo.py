"""The embedded demo: a Genuka-compatible API on this computer and a session on it.

``genuka-desk --demo`` and the self-test start it; ``genuka-desk demo-server``
runs it alone. The demo shares no code with the client: it only speaks HTTP.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from .paths import AppPaths
from .profile import Profile

if TYPE_CHECKING:
    from ..demo import DemoServer
    from .session import Session

DEMO_ORDERS = 1500
DEMO_PROFILE = "demo"


class RunningDemo(Protocol):
    """A demo API that is serving: stop it when done."""

    @property
    def url(self) -> str:
        """Where it answers."""

    def stop(self) -> None:
        """Stop serving."""


def start_demo(paths: AppPaths, *, orders: int = DEMO_ORDERS, seed: int = 7) -> tuple[RunningDemo, Session]:
    """Start the demo API on a free loopback port and a fresh demo session for it."""
    # The newest demo order was taken a minute ago: today's figures and dates look like a shop's day.
    from ..demo import DEMO_ADMIN_KEY, DemoServer  # the demo server is loaded only when asked for
    from ..demo.accounts import COMPANY_CODE
    from .session import Session

    anchor = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1)
    server = DemoServer(orders=orders, seed=seed, anchor=anchor, cash_control=True).start()  # a till to try
    # The demo's data is rebuilt at each start: its local copy starts afresh too.
    shutil.rmtree(paths.data_dir / DEMO_PROFILE, ignore_errors=True)
    clerk = server.store.data.users[0]  # the demo key's user: its name is printed on receipts, as a login's is
    profile = Profile(
        name=DEMO_PROFILE,
        base_url=server.url,
        company_id=server.company_id,
        email=str(clerk["email"]),
        user_name=str(clerk["name"]),
        user_id=str(clerk["id"]) if clerk.get("id") else None,
        company_code=COMPANY_CODE,  # as a login's answer gives it: the first lock asks the PIN straight away
    )
    return server, Session(profile=profile, token=DEMO_ADMIN_KEY)


def demo_server(
    *, orders: int, seed: int, host: str, port: int, envelope: str, cash_control: bool = True
) -> DemoServer:
    """A demo API to run in the foreground (``genuka-desk demo-server``); raises OSError when the port is taken."""
    from ..demo import DemoServer

    return DemoServer(orders=orders, seed=seed, host=host, port=port, envelope=envelope, cash_control=cash_control)
