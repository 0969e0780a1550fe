"""Fault injection for tests: make the next N matching requests fail a chosen way.

Modes, and whether a write still takes effect:

========================  ======================================  =========
mode                      what the client sees                    applied?
========================  ======================================  =========
``500``                   HTTP 500, JSON error body               no
``html``                  HTTP 502, an HTML error page            no
``429``                   HTTP 429 with ``Retry-After``           no
``401``                   HTTP 401 ``Unauthenticated.``           no
``business``              HTTP 500, a business refusal message    no
``500-after``             HTTP 500 after the write was processed  yes
``late``                  held ``stall`` s, then a normal answer  yes (late)
``stall``                 nothing until it gives up, then a close no
``reset``                 headers and half the body, then RST     yes
``malformed``             HTTP 200 with truncated JSON            yes
``drop``                  the connection closes, no answer        yes
========================  ======================================  =========

``500-after`` is the reference's warning made real: a payment or a creation
that fails with a 500 promises no rollback of the steps that ran before it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

MODES = ("500", "html", "429", "401", "business", "stall", "reset", "malformed", "drop", "late", "500-after")
APPLIES = frozenset({"reset", "malformed", "drop", "late", "500-after"})


@dataclass
class Fault:
    """One armed fault: how many more requests it hits, and which."""

    mode: str
    count: int = 1
    method: str | None = None  # GET, PUT, POST or None for any
    path: str | None = None  # substring of the path (ending in "$": the path's end), or None for any
    retry_after: float = 1.0
    stall: float = 5.0

    def matches(self, method: str, path: str) -> bool:
        """Whether a request is one this fault hits."""
        if self.method and self.method.upper() != method.upper():
            return False
        if self.path and self.path.endswith("$"):
            return path.endswith(self.path[:-1])
        return not (self.path and self.path not in path)


@dataclass
class FaultPlan:
    """The faults armed on a demo server, consumed in order."""

    faults: list[Fault] = field(default_factory=list)
    injected: int = 0
    by_mode: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def arm(self, mode: str, count: int = 1, **options: Any) -> Fault:
        """Make the next ``count`` matching requests fail with ``mode``."""
        if mode not in MODES:
            raise ValueError(f"unknown fault mode {mode!r}; one of {', '.join(MODES)}")
        fault = Fault(mode=mode, count=max(1, int(count)), **options)
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self.faults.clear()

    def take(self, method: str, path: str) -> Fault | None:
        """The fault that hits this request, if any (and count it)."""
        with self._lock:
            for fault in self.faults:
                if fault.matches(method, path):
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                    self.injected += 1
                    self.by_mode[fault.mode] = self.by_mode.get(fault.mode, 0) + 1
                    return fault
        return None

    def pending(self) -> int:
        """How many injections are still armed."""
        with self._lock:
            return sum(f.count for f in self.faults)
