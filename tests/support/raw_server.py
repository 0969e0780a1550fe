"""A loopback HTTP server that answers with whatever bytes a test sets: for fuzzing our parser.

Unlike the demo API it has no idea of orders; each route answers the status,
content type and body the test chose, so hostile bodies travel through real
sockets, httpx and our client exactly as a broken server's would.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Answer:
    """What one route answers."""

    body: bytes = b"{}"
    status: int = 200
    content_type: str = "application/json"


class RawServer:
    """``answers[(method, kind)]`` with kind ``list``, ``order`` or ``other``; started on a free port."""

    def __init__(self) -> None:
        self.answers: dict[tuple[str, str], Answer] = {}
        self.requests: list[tuple[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                path = self.path.split("?", 1)[0].rstrip("/")
                kind = "list" if path.endswith("/admin/orders") else "order" if "/admin/orders/" in path else "other"
                owner.requests.append((method, path))
                answer = owner.answers.get((method, kind)) or Answer(b'{"message": "Not Found."}', 404)
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def do_GET(self) -> None:
                self._answer("GET")

            def do_PUT(self) -> None:
                self._answer("PUT")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
