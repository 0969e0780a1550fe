"""A line of the clerks' write log (``DemoState.writes``) for a write on a record kept beside the orders.

The tests and campaigns read that log: each write with its ``X-Request-ID``,
its kind and the keys it was sent. The discounts and the returns write the
same line, naming their own record.
"""

from __future__ import annotations

from typing import Any

from .state import DemoState
from .values import iso


def log_write(
    state: DemoState, kind: str, request_id: str | None, sent: Any, order_id: str | None, **record: str
) -> None:
    """Log a ``kind`` write of ``record`` (e.g. ``discount_id=...``), on the order ``order_id`` (None: none)."""
    state.writes.append(
        {
            "request_id": request_id,
            "order_id": order_id,
            **record,
            "kind": kind,
            "changes": {},
            "at": iso(state.clock.now()),
            "sent_keys": sorted(sent) if isinstance(sent, dict) else [],
            "effects": [],
        }
    )
