"""A Genuka-compatible HTTP API on loopback, serving raw JSON (stdlib only).

It shares no code with ``models/`` or ``api/``: it answers with bodies shaped
like the real API's, so tests of our parser against it mean something.

Control endpoints under ``/__demo__/`` (no auth) drive tests: arm faults,
make a colleague edit an order, expire sessions, read the write log.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .accounts import LOGIN_SHAPES, Accounts
from .creation import create_order
from .data import DemoData
from .directory import list_customers, list_products
from .faults import APPLIES, Fault, FaultPlan
from .logo import logo_png
from .mobile_sync import sync_pull, sync_push
from .payments import add_payment, delete_payment
from .store import DEMO_ADMIN_KEY, DEMO_READONLY_KEY, DemoError, DemoStore, RequestTimedOut, envelope
from .till import active_sessions

log = logging.getLogger(__name__)

PREFIX = "/2023-11"
_ORDER = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)$")
_STATUS = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/status$")
_ACTIVITIES = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/activities$")
_PAYMENTS = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/payments$")
_PAYMENT = re.compile(r"^/2023-11/admin/orders/(?P<id>[^/]+)/payments/(?P<payment>[^/]+)$")
_HTML_ERROR = (
    "<!DOCTYPE html><html><head><title>{status} | Genuka</title></head>"
    "<body><h1>{status}</h1><p>{message}</p></body></html>"
)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], demo: DemoServer) -> None:
        self.demo = demo
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.open_connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.open_connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that goes away mid-request (killed, timed out) is normal here.
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            log.debug("demo: client %s went away: %s", client_address, exc)
            return
        log.exception("demo: error while serving %s", client_address)

    def drop_all_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.open_connections)
            self.open_connections.clear()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "GenukaDemo/1.0"
    sys_version = ""
    # Headers and body go out in separate writes; without this, Nagle and
    # delayed ACKs add 40 ms to every answer on loopback.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("demo %s - %s", self.address_string(), format % args)

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header on the demo's clock: ``DemoServer(clock_offset=...)`` plays a server whose clock is off.
        now = time.time() if timestamp is None else timestamp
        return super().date_time_string(now + self.server.demo.clock_offset)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    # -- plumbing ------------------------------------------------------------

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        wants_json = "json" in (self.headers.get("Accept") or "")
        if status >= 400 and not wants_json:
            # Without Accept: application/json, errors come back as HTML.
            message = payload.get("message", "") if isinstance(payload, dict) else ""
            data = _HTML_ERROR.format(status=status, message=message).encode()
            content_type = "text/html; charset=UTF-8"
        else:
            data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
            content_type = "application/json"
        self._write(status, data, content_type, headers)

    def _write(self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _reset(self) -> None:
        """Close with an RST (SO_LINGER 0): the client sees a reset, not a clean end."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()
            self.connection.close()
        except OSError:
            pass

    # -- dispatch ------------------------------------------------------------

    def _handle(self, method: str) -> None:
        demo = self.server.demo
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/") or "/"
        params = dict(parse_qsl(parts.query, keep_blank_values=True))
        raw = self._read_body()
        if path == "/__demo__/logo.png" and method == "GET":
            self._write(200, logo_png(), "image/png")  # the shop's logo, as a CDN serves it (no token)
            return
        if path.startswith("/__demo__"):
            self._control(method, path, raw)
            return
        with demo.counter_lock:
            demo.requests += 1
        demo.store.start_request(demo.max_request_seconds)
        fault = demo.faults.take(method, path) if path.startswith(PREFIX) else None
        if fault is not None and fault.mode not in APPLIES:
            self._fail_before(fault)
            return
        if fault is not None and fault.mode == "late":
            # Held before it is processed: applied after the client may have given up.
            demo.stopping.wait(fault.stall)
        started = time.perf_counter()
        try:
            status, payload, headers = self._route(method, path, params, raw)
        except RequestTimedOut:
            # The worker was stopped at the time limit: nothing applied, the gateway answers.
            page = _HTML_ERROR.format(status=504, message="Gateway Time-out").encode()
            self._write(504, page, "text/html")
            return
        except DemoError as exc:
            status, payload, headers = exc.status, exc.body, exc.headers
        except Exception:  # the demo must answer like a server, never die
            log.exception("demo API failed on %s %s", method, path)
            status, payload, headers = (
                500,
                {"status": "error", "code": 500, "data": None, "message": "Server Error"},
                {},
            )
        with demo.counter_lock:
            demo.busy_seconds += time.perf_counter() - started  # the server's own work (benches subtract it)
        if fault is not None and fault.mode != "late":
            self._fail_after(fault, status, payload)
            return
        try:
            self._send(status, payload, headers)
        except OSError:
            pass  # the client gave up waiting (a late answer): the write stands

    def _fail_before(self, fault: Fault) -> None:
        """Faults that hit before the request is processed (nothing applied)."""
        if fault.mode == "500":
            self._send(500, {"status": "error", "code": 500, "data": None, "message": "Server Error"})
        elif fault.mode == "html":
            page = _HTML_ERROR.format(status=502, message="Bad Gateway").encode()
            self._write(502, page, "text/html")
        elif fault.mode == "429":
            self._send(
                429,
                {"message": "Too Many Attempts."},
                {"Retry-After": f"{fault.retry_after:g}", "X-RateLimit-Limit": "6000", "X-RateLimit-Remaining": "0"},
            )
        elif fault.mode == "401":
            self._send(401, {"message": "Unauthenticated."})
        elif fault.mode == "business":
            # Genuka's business refusals: a 500 with a message for people (nothing applied).
            self._send(
                500,
                {
                    "status": "error",
                    "code": 500,
                    "data": None,
                    "message": "App\\Exceptions\\BusinessException: This order cannot be changed now.",
                },
            )
        elif fault.mode == "stall":
            self.server.demo.stopping.wait(fault.stall)
            self._reset()

    def _fail_after(self, fault: Fault, status: int, payload: Any) -> None:
        """Faults that hit after the request was processed (a write is applied)."""
        if fault.mode == "drop":
            self._reset()
            return
        if fault.mode == "500-after":
            # Processed, then failed: Genuka's 500s roll nothing back (the payment or the order stays).
            self._send(500, {"status": "error", "code": 500, "data": None, "message": "Failed: Server Error"})
            return
        data = json.dumps(payload, ensure_ascii=False).encode()
        if fault.mode == "malformed":
            cut = data[: max(1, len(data) // 2)]
            self._write(status, cut, "application/json")
            return
        # reset: announce the full length, send half, then reset.
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data[: len(data) // 2])
        except OSError:
            pass
        self._reset()

    def _bearer(self) -> str | None:
        header = self.headers.get("Authorization") or ""
        return header[7:].strip() if header.lower().startswith("bearer ") else None

    def _auth(self) -> dict[str, Any]:
        demo = self.server.demo
        found = demo.accounts.who(self._bearer())  # an API key too: X-API-Key is not documented, never read
        if found is None:
            raise DemoError(401, {"message": "Unauthenticated."})
        user, bound = found
        company = self.headers.get("X-Company")
        if not company:
            raise DemoError(
                422, {"message": "Please provide a Company Id", "error": "company_id_required", "code": 400}
            )
        if company not in demo.accounts.company_ids() or (bound is not None and company != bound):
            raise DemoError(403, {"message": "This action is unauthorized."})
        self.company = company
        return user

    def _json_body(self, raw: bytes) -> Any:
        if not raw:
            return None
        try:
            return json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise DemoError(400, {"message": "The body is not valid JSON."}) from exc

    def _route(self, method: str, path: str, params: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        demo = self.server.demo
        store = demo.store
        base = f"http://{self.headers.get('Host', 'localhost')}{PREFIX}"
        request_id = self.headers.get("X-Request-ID")
        if path == f"{PREFIX}/auth/login" and method == "POST":
            user = store.login(self._json_body(raw))
            with store.lock:
                return 200, demo.accounts.issue(user, store.data.company_id, store.now()), {}
        if path == f"{PREFIX}/auth/logout" and method == "POST":
            with store.lock:
                return 200, demo.accounts.logout(self._bearer()), {}
        if path == f"{PREFIX}/user/switch-company" and method == "POST":
            with store.lock:
                return 200, demo.accounts.switch(self._bearer(), self._json_body(raw), store.now()), {}
        user = self._auth()
        if path == f"{PREFIX}/user/companies" and method == "GET":
            return 200, {"data": demo.accounts.choices(self.company)}, {}
        own_data = self.company == store.data.company_id
        if demo.mobile_sync and method == "GET" and path == f"{PREFIX}/admin/sync/pull":
            store.require(user, "orders.view")
            return 200, sync_pull(store, params, own_data), {}
        if demo.mobile_sync and method == "POST" and path == f"{PREFIX}/admin/sync/push":
            return 200, sync_push(store, self.company, self._json_body(raw), user, own_data), {}
        if method == "GET" and path == f"{PREFIX}/admin/cash-register-sessions/active":
            return 200, active_sessions(demo.cash_control), {}
        if not own_data:
            # The other company of a multi-company user: a shop with no orders yet.
            if method == "GET" and path == f"{PREFIX}/admin/orders":
                return 200, envelope([], 0, 1, 15, params, f"{base}/admin/orders", demo.envelope), {}
            raise DemoError(404, {"message": "The order does not exist"})
        if method == "GET" and path == f"{PREFIX}/admin/orders":
            store.require(user, "orders.view")
            return 200, store.list_orders(params, base, demo.envelope), {}
        if method == "GET" and path == f"{PREFIX}/admin/payment-methods":
            with store.lock:
                return 200, store.data.payment_methods_page(params, f"{base}/admin/payment-methods", demo.envelope), {}
        if method == "GET" and path == f"{PREFIX}/admin/company":
            return 200, store.data.company_profile(base.removesuffix(PREFIX)), {}
        if method == "GET" and path == f"{PREFIX}/admin/products":
            with store.lock:
                return 200, list_products(store, params, base, demo.envelope), {}
        if method == "GET" and path == f"{PREFIX}/admin/customers":
            store.require(user, "orders.view")
            with store.lock:
                return 200, list_customers(store, params, base, demo.envelope), {}
        if method == "POST" and path == f"{PREFIX}/admin/orders":
            return 200, create_order(store, self._json_body(raw), user, request_id), {}
        if method == "PUT" and path == f"{PREFIX}/admin/orders/status/bulk-update":
            return 200, store.bulk_status(self._json_body(raw), user, request_id), {}
        if match := _STATUS.match(path):
            if method == "PUT":
                return 200, store.update_status(match["id"], self._json_body(raw), user, request_id), {}
        elif match := _PAYMENTS.match(path):
            if method == "POST":
                return 200, add_payment(store, match["id"], self._json_body(raw), user, request_id), {}
        elif match := _PAYMENT.match(path):
            if method == "DELETE":
                return 200, delete_payment(store, match["id"], match["payment"], user, request_id), {}
        elif match := _ACTIVITIES.match(path):
            if method == "GET":
                return 200, store.list_activities(match["id"], params, base), {}
        elif match := _ORDER.match(path):
            if method == "GET":
                store.require(user, "orders.view")
                return 200, store.get_order(match["id"]), {}
            if method == "PUT":
                return 200, store.update_order(match["id"], self._json_body(raw), user, request_id), {}
            if method == "DELETE":
                return 200, store.cancel_order(match["id"], user), {}
        raise DemoError(404, {"message": f"The route {path.lstrip('/')} could not be found."})

    def _control(self, method: str, path: str, raw: bytes) -> None:
        demo = self.server.demo
        try:
            body = json.loads(raw) if raw else {}
            result: Any = demo.control(method, path, body)
        except DemoError as exc:
            self._send(exc.status, exc.body)
            return
        except (ValueError, TypeError, KeyError) as exc:
            self._send(400, {"message": str(exc)})
            return
        self._send(200, result)


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
            self.store.accounts = Accounts(
                {**self.store.data.company_body(), "role": "admin"},
                {DEMO_ADMIN_KEY: self.store.data.users[0], DEMO_READONLY_KEY: self.store.data.users[1]},
                companies,
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
        self.requests = 0
        self.counter_lock = threading.Lock()
        self.busy_seconds = 0.0  # time spent building answers (routing, data, JSON aside from sending)
        self.stopping = threading.Event()
        self._httpd = _HTTPServer((host, port), self)
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
            writes = list(self.store.writes)
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
            self.accounts.tokens.clear()  # every login token (API keys stay): the next calls get 401
        return {"expired": True}

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
