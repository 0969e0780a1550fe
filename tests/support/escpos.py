"""ESC/POS read back for the tests: a ticket's bytes as its commands and printed lines, and a loopback printer.

The reader knows the commands the desk's tickets use (the library's own
bytes for them): a test asserts on what matters (the code page chosen, the
lines as printed, the QR code's content, a cut, a drawer pulse) instead of
comparing a blob. :class:`LoopbackPrinter` is a raw-TCP printer on
127.0.0.1 (as a network receipt printer listens on port 9100), on a free
port: it records what each connection sends and, when asked for its paper
(``DLE EOT 4``), answers as a test sets it.
"""

from __future__ import annotations

import socket
import socketserver
import threading
from dataclasses import dataclass
from types import TracebackType

ESC, GS, DLE = 0x1B, 0x1D, 0x10
PAPER_FINE, PAPER_LOW, PAPER_OUT = 0x12, 0x1E, 0x72  # the status bytes the library reads (RT_MASK_*)


@dataclass(frozen=True)
class Part:
    """One command (``init``, ``codepage``, ``bold``, ``align``, ``mode``, ``size``, ``feed``, ``cut``,
    ``drawer``, ``status``, ``qr``, ``image``) or a run of ``text``; ``value`` its argument bytes or data."""

    kind: str
    value: bytes = b""


_ESC = {0x40: ("init", 0), ord("t"): ("codepage", 1), ord("E"): ("bold", 1), ord("a"): ("align", 1)}
_ESC |= {ord("!"): ("mode", 1), ord("d"): ("feed", 1), ord("p"): ("drawer", 3), ord("2"): ("spacing", 0)}


def parse(data: bytes) -> list[Part]:
    """The ticket's parts in order; an unknown command fails the test (the reader must know every one sent)."""
    parts: list[Part] = []
    text = bytearray()
    i = 0

    def flush() -> None:
        if text:
            parts.append(Part("text", bytes(text)))
            text.clear()

    while i < len(data):
        byte = data[i]
        if byte == ESC:
            kind, size = _ESC[data[i + 1]]
            flush()
            parts.append(Part(kind, data[i + 2 : i + 2 + size]))
            i += 2 + size
        elif byte == GS and data[i + 1 : i + 3] == b"(k":
            length = data[i + 3] + 256 * data[i + 4]
            flush()
            payload = data[i + 5 : i + 5 + length]  # cn, fn, then the function's bytes
            parts.append(Part("qr", payload))
            i += 5 + length
        elif byte == GS and data[i + 1 : i + 3] == b"v0":
            width, height = data[i + 4] + 256 * data[i + 5], data[i + 6] + 256 * data[i + 7]
            flush()
            parts.append(Part("image", data[i + 4 : i + 8 + width * height]))
            i += 8 + width * height
        elif byte == GS and data[i + 1] == ord("V"):
            size = 2 if data[i + 2] in (65, 66) else 1
            flush()
            parts.append(Part("cut", data[i + 2 : i + 2 + size]))
            i += 2 + size
        elif byte == GS and data[i + 1] == ord("!"):
            flush()
            parts.append(Part("size", data[i + 2 : i + 3]))
            i += 3
        elif byte == DLE and data[i + 1] == 0x04:
            flush()
            parts.append(Part("status", data[i + 2 : i + 3]))
            i += 3
        else:
            assert byte >= 0x20 or byte == 0x0A, f"an unknown control byte {byte:#04x} at {i}"
            text.append(byte)
            i += 1
    flush()
    return parts


def lines(data: bytes, code_page: str = "cp850") -> list[str]:
    """What the ticket prints, line by line, read in its code page."""
    printed = b"".join(p.value for p in parse(data) if p.kind == "text")
    return printed.decode(code_page).split("\n")


def kinds(data: bytes, kind: str) -> list[Part]:
    """The ticket's commands of one kind."""
    return [p for p in parse(data) if p.kind == kind]


def qr_content(data: bytes) -> list[str]:
    """What each QR code holds (the ``store data`` function: fn 80 of the QR symbol, cn ``1``)."""
    return [p.value[3:].decode("utf-8") for p in kinds(data, "qr") if p.value[:2] == b"1P"]


def image_sizes(data: bytes) -> list[tuple[int, int]]:
    """Each raster image's (width in dots, height in dots)."""
    return [((p.value[0] + 256 * p.value[1]) * 8, p.value[2] + 256 * p.value[3]) for p in kinds(data, "image")]


class LoopbackPrinter:
    """A raw-TCP receipt printer on 127.0.0.1 and a free port; ``jobs`` holds each connection's bytes.

    ``paper``: the byte answered to ``DLE EOT 4`` (None: it never answers, as many printers).
    """

    def __init__(self, paper: int | None = PAPER_FINE) -> None:
        self.paper = paper
        self.jobs: list[bytes] = []
        self._lock = threading.Condition()
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                received = bytearray()
                self.request.settimeout(5)
                while True:
                    try:
                        chunk = self.request.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    received += chunk
                    if b"\x10\x04\x04" in chunk and owner.paper is not None:
                        self.request.sendall(bytes([owner.paper]))
                with owner._lock:
                    owner.jobs.append(bytes(received))
                    owner._lock.notify_all()

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port: int = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        """As typed in Preferences."""
        return f"127.0.0.1:{self.port}"

    def received(self) -> bytes:
        """Everything the printer was sent so far, all connections one after the other."""
        with self._lock:
            return b"".join(self.jobs)

    def wait_for(self, count: int, timeout: float = 10) -> list[bytes]:
        """The jobs once ``count`` connections have ended (a connection's bytes are kept when it closes)."""
        with self._lock:
            assert self._lock.wait_for(lambda: len(self.jobs) >= count, timeout), f"{len(self.jobs)} jobs, not {count}"
            return list(self.jobs)

    def __enter__(self) -> LoopbackPrinter:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.server.shutdown()
        self.server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a printer switched off: the connection is refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
