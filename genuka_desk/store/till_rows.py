"""A cash session's row in ``till_sessions`` (``queue.sqlite3``): what it holds, how it is read and written.

Apart from :mod:`.till`'s rules (the clerk's acts and what the sync
learnt): the columns, :class:`TillSession`, a row read, a row made from
the server's copy of a session opened elsewhere, a row inserted.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from .changes import TILL_PREFIX

# Where a session stands here: the server's statuses, and ``closing`` while a close waits to be sent.
OPENED, CLOSING, PENDING_APPROVAL, CLOSED = "opened", "closing", "pending_approval", "closed"
LIVE = (OPENED, CLOSING, PENDING_APPROVAL)  # a session the till still shows (not settled)

COLUMNS = (
    "local_id, server_id, account_id, account_label, currency, status, opened_at, opened_by, balance_start, "
    "open_counts, open_notes, closed_at, closed_by, balance_counted, close_counts, reason, close_notes, "
    "server_body, summary, read_at, from_list, details_at, review_note"
)


@dataclass(frozen=True)
class TillSession:
    """One cash session as this desk knows it (what the clerk did, and the server's copy as last read)."""

    local_id: str
    server_id: str | None
    account_id: str
    account_label: str
    currency: str
    status: str
    opened_at: float
    opened_by: str
    balance_start: Decimal
    open_counts: dict[str, int]
    open_notes: str
    closed_at: float | None = None
    closed_by: str = ""
    balance_counted: Decimal | None = None
    close_counts: dict[str, int] = field(default_factory=dict)
    reason: str | None = None
    close_notes: str = ""
    server_body: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    read_at: float | None = None
    from_list: bool = False  # known from the server's list only: history, never the till's current session
    details_at: float | None = None  # when its transactions and audit history were last read (None: never)
    review_note: str = ""  # the note a manager gave here on approving, or the reason for rejecting

    @property
    def subject(self) -> str:
        """The queue's ``order_id`` of its operations."""
        return TILL_PREFIX + self.local_id

    @property
    def live(self) -> bool:
        """Whether the till still shows it (open, closing, or waiting for a manager)."""
        return self.status in LIVE


def server_moment(value: Any) -> float:
    """A server time as seconds (now when it cannot be read)."""
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return time.time()


def session_of(row: tuple[Any, ...]) -> TillSession:
    (
        local_id,
        server_id,
        account_id,
        account_label,
        currency,
        status,
        opened_at,
        opened_by,
        balance_start,
        open_counts,
        open_notes,
        closed_at,
        closed_by,
        balance_counted,
        close_counts,
        reason,
        close_notes,
        server_body,
        summary,
        read_at,
        from_list,
        details_at,
        review_note,
    ) = row
    return TillSession(
        local_id=local_id,
        server_id=server_id,
        account_id=account_id,
        account_label=account_label,
        currency=currency,
        status=status,
        opened_at=opened_at,
        opened_by=opened_by,
        balance_start=Decimal(balance_start),
        open_counts={str(k): int(v) for k, v in json.loads(open_counts or "{}").items()},
        open_notes=open_notes,
        closed_at=closed_at,
        closed_by=closed_by,
        balance_counted=None if balance_counted is None else Decimal(balance_counted),
        close_counts={str(k): int(v) for k, v in json.loads(close_counts or "{}").items()},
        reason=reason,
        close_notes=close_notes,
        server_body=json.loads(server_body) if server_body else None,
        summary=json.loads(summary) if summary else None,
        read_at=read_at,
        from_list=bool(from_list),
        details_at=details_at,
        review_note=review_note or "",
    )


def server_row(local_id: str, server: dict[str, Any], account_label: str, currency: str) -> dict[str, Any]:
    """The row of a session known from the server (opened elsewhere): who opened it, when, with what."""
    user = server.get("user") if isinstance(server.get("user"), dict) else {}
    return {
        "local_id": local_id,
        "server_id": str(server.get("id") or ""),
        "account_id": str(server.get("treasury_account_id") or ""),
        "account_label": account_label,
        "currency": str(server.get("currency_code") or currency),
        "status": str(server.get("status") or OPENED),
        "opened_at": server_moment(server.get("opened_at")),
        "opened_by": str((user or {}).get("name") or ""),
        "balance_start": str(server.get("balance_start") or 0),
        "open_notes": str((server.get("metadata") or {}).get("notes") or "")
        if isinstance(server.get("metadata"), dict)
        else "",
    }


def insert(conn: sqlite3.Connection, values: dict[str, Any]) -> None:
    """A new session's row (the columns not given take their defaults)."""
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f"INSERT INTO main.till_sessions ({names}) VALUES ({marks})", tuple(values.values()))
