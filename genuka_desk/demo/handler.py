"""The demo's HTTP plumbing: a threaded server on loopback, and the handler of each connection.

The handler reads a request, serves the demo's own files and controls under
``/__demo__/``, applies an armed fault (:mod:`.faults`) before or after the
request is processed, and otherwise asks the routes (:mod:`.routes`) for the
answer. Errors go out as JSON, or as an HTML page to a client that does not
accept JSON, like Laravel's.
"""

from __future__ import annotations

import json
import logging
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from .accounts import Accounts
from .errors import DemoError, RequestTimedOut
from .faults import APPLIES, Fault, FaultPlan
from .logo import logo_png
from .public_invoice import RawBody
from .routes import PREFIX, ApiRequest, answer
from .store import DemoStore

log = logging.getLogger(__name__)

_HTML_ERROR = (
    "<!DOCTYPE html><html><head><title>{status} | Genuka</title></head>"
    "<body><h1>{status}</h1><p>{message}</p></body></html>"
)


class Hosted(Protocol):
    """What the handler reads and counts on the server it serves for (:class:`~.server.DemoServer`).

    Everything the routes read too (:class:`~.routes.Served`).
    """

    store: DemoStore
    accounts: Accounts
    envelope: str
    mobile_sync: bool
    cash_control: bool
    faults: FaultPlan
    max_request_seconds: float | None
    clock_offset: float
    requests: int
    busy_seconds: float
    counter_lock: threading.Lock
    stopping: threading.Event

    def control(self, method: str, path: str, body: dict[str, Any]) -> Any:
        """Handle a ``/__demo__/...`` request."""


class DemoHTTPServer(ThreadingHTTPServer):
    """The threaded server, with the connections it holds open (so a stop can cut them all)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], demo: Hosted) -> None:
        self.demo = demo
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, Handler)

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


class Handler(BaseHTTPRequestHandler):
    """One connection's requests: the demo's files and controls, armed faults, then the API's routes."""

    protocol_version = "HTTP/1.1"
    server_version = "GenukaDemo/1.0"
    sys_version = ""
    # Headers and body go out in separate writes; without this, Nagle and
    # delayed ACKs add 40 ms to every answer on loopback.
    disable_nagle_algorithm = True
    server: DemoHTTPServer

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
        if isinstance(payload, RawBody):  # the public invoice: HTML or a PDF, as it is
            self._write(status, payload.data, payload.content_type, headers)
            return
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
        demo.store.clock.start_request(demo.max_request_seconds)
        fault = demo.faults.take(method, path) if path.startswith(PREFIX) else None
        if fault is not None and fault.mode not in APPLIES:
            self._fail_before(fault)
            return
        if fault is not None and fault.mode == "late":
            # Held before it is processed: applied after the client may have given up.
            demo.stopping.wait(fault.stall)
        started = time.perf_counter()
        try:
            status, payload, headers = answer(demo, ApiRequest(method, path, params, raw, self.headers))
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
