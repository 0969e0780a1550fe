"""A Genuka-compatible HTTP API on loopback, serving raw JSON (stdlib only).

It shares no code with ``models/`` or ``api/``: it answers with bodies shaped
like the real API's, so tests of our parser against it mean something.

Control endpoints under ``/__demo__/`` (no auth) drive tests: arm faults,
make a colleague edit an order, expire sessions, move the server's clock
forward (``advance-clock``), read the write log.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .accounts import CASHIER, COMPANY_CODE, DEMO_ADMIN_KEY, DEMO_READONLY_KEY, LOGIN_SHAPES, Accounts
from .data import DemoData
from .errors import DemoError
from .faults import FaultPlan
from .handler import DemoHTTPServer
from .store import DemoStore


class DemoServer:
    """The demo API: a threaded HTTP server on loopback over a :class:`DemoStore`.

    ``DemoServer(orders=500).start()`` serves in a background thread; stop it
    with :meth:`stop`. Start a new one on the same ``store`` and ``port`` to
    bring the "internet" back after a test took it down.
    """

    def __init__(
        self,
        *,
        orders: int = 500,
        seed: int = 7,
        host: str = "127.0.0.1",
        port: int = 0,
        store: DemoStore | None = None,
        envelope: str = "laravel",
        max_request_seconds: float | None = 60.0,
        ghosts: int = 0,
        deleted: int = 0,
        cancelled: int = 0,
        companies: int = 1,
        login_shape: str = "documented",
        anchor: datetime | None = None,
        mobile_sync: bool = True,
        cash_control: bool = False,
        clock_offset: float = 0.0,
    ) -> None:
        # ``anchor``: when the newest seeded order was taken (a fixed day by default, so tests see the same data).
        fresh = store is None  # a new store gets the extra orders below; a store handed in has them already
        if store is None:
            when = {} if anchor is None else {"anchor": anchor}
            store = DemoStore(DemoData(orders=orders, seed=seed, **when))
        self.store = store
        # Logins, the user's companies, API keys (02-authentication.md).
        # Kept with the store: a server restarted on it (the internet coming back) keeps the logins.
        if self.store.accounts is None:
            users = self.store.data.users
            self.store.accounts = Accounts(
                {**self.store.data.company_body(), "company_code": COMPANY_CODE, "role": "admin"},
                {DEMO_ADMIN_KEY: users[0], DEMO_READONLY_KEY: users[1]},
                companies,
                [*users, {**CASHIER, "company_id": self.store.data.company_id}],
            )
        self.accounts: Accounts = self.store.accounts
        if login_shape not in LOGIN_SHAPES:
            raise ValueError(f"login_shape is one of {LOGIN_SHAPES}")
        self.accounts.login_shape = login_shape
        # Orders the real server also holds: anonymous ("ghost") ones, soft-deleted and cancelled ones.
        for kind, count in (("ghost", ghosts), ("deleted", deleted), ("cancelled", cancelled)):
            if count and fresh:
                self.store.add_orders(count, kind)
        # Like PHP's max_execution_time behind a gateway: a request not applied by then never is.
        self.max_request_seconds = max_request_seconds
        self.faults = FaultPlan()
        self.envelope = envelope
        # False: no Mobile Sync routes (404, like a server without them). True: cash_control.enabled is on.
        self.mobile_sync = mobile_sync
        self.cash_control = cash_control
        self.clock_offset = clock_offset  # seconds the Date header is ahead of this computer's clock
        if clock_offset:
            self.store.state.clock.set_offset(clock_offset)  # and the times it writes, as a real server's clock
        self.requests = 0
        self.counter_lock = threading.Lock()
        self.busy_seconds = 0.0  # time spent building answers (routing, data, JSON aside from sending)
        self.stopping = threading.Event()
        self._httpd = DemoHTTPServer((host, port), self)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port actually bound (useful with port 0)."""
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """Base URL to give the client (without ``/2023-11``)."""
        host = str(self._httpd.server_address[0])
        return f"http://{host}:{self.port}"

    @property
    def company_id(self) -> str:
        """The demo company's id (``X-Company``)."""
        return self.store.data.company_id

    admin_key = DEMO_ADMIN_KEY
    readonly_key = DEMO_READONLY_KEY

    def start(self) -> DemoServer:
        """Serve in a daemon thread; returns self."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="genuka-demo-api", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def stop(self) -> None:
        """Stop listening and cut every open connection (the server is "down")."""
        self.stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()
        self._httpd.drop_all_connections()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- control (also reachable over HTTP under /__demo__/) -----------------

    def stats(self) -> dict[str, Any]:
        """Requests served, faults injected, and every write applied."""
        with self.store.lock:
            writes = list(self.store.state.writes)
        return {
            "requests": self.requests,
            "busy_seconds": self.busy_seconds,
            "faults_injected": self.faults.injected,
            "faults_by_mode": dict(self.faults.by_mode),
            "faults_pending": self.faults.pending(),
            "writes": writes,
        }

    def _clear_faults(self) -> dict[str, Any]:
        self.faults.clear()
        return {"cleared": True}

    def _expire_sessions(self) -> dict[str, Any]:
        with self.store.lock:
            for token in list(self.accounts.tokens):
                self.accounts.revoke(token)  # every login token (API keys stay): the next calls get 401
        return {"expired": True}

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        """Move the server's time forward (a PIN token's 24 hours, a session opened yesterday)."""
        with self.store.lock:
            return {"now": self.store.clock.advance(float(seconds)).isoformat()}

    def _set_envelope(self, style: str) -> dict[str, Any]:
        if style not in ("laravel", "pagination"):
            raise ValueError("style is laravel or pagination")
        self.envelope = style
        return {"style": style}

    def control(self, method: str, path: str, body: dict[str, Any]) -> Any:
        """Handle a ``/__demo__/...`` request."""
        routes: dict[tuple[str, str], Callable[[], Any]] = {
            ("GET", "/__demo__/info"): lambda: {
                "company_id": self.company_id,
                "admin_key": self.admin_key,
                "readonly_key": self.readonly_key,
                "orders": len(self.store.rows),
            },
            ("GET", "/__demo__/stats"): self.stats,
            ("POST", "/__demo__/faults"): lambda: vars(self.faults.arm(**body)),
            ("DELETE", "/__demo__/faults"): self._clear_faults,
            ("POST", "/__demo__/expire-sessions"): self._expire_sessions,
            ("POST", "/__demo__/advance-clock"): lambda: self.advance_clock(body["seconds"]),
            ("POST", "/__demo__/colleague-edit"): lambda: self.store.colleague_edit(
                body["order_id"], body.get("fields"), body.get("lines")
            ),
            ("POST", "/__demo__/envelope"): lambda: self._set_envelope(body["style"]),
        }
        handler = routes.get((method, path))
        if handler is not None:
            return handler()
        if method == "GET" and path.startswith("/__demo__/orders/"):
            key = path.rsplit("/", 1)[-1]
            with self.store.lock:
                return self.store.body(self.store.order_index(key))
        raise DemoError(404, {"message": f"No demo control at {method} {path}."})
