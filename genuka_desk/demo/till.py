"""The cash register's ``GET /admin/cash-register-sessions/active`` in the demo (08-payments-pos.md).

Every cash-register endpoint needs the company setting
``cash_control.enabled``: while it is off (the demo's default) each answers
403 with the reference's message. On (``DemoServer(cash_control=True)``),
``active`` lists the sessions opened within the last 24 hours as
``{"data": [...]}``; the demo opens none, so the list is empty.
"""

from __future__ import annotations

from typing import Any

from .errors import DemoError

DISABLED = "Cash control is disabled for this company."


def active_sessions(cash_control: bool) -> dict[str, Any]:
    """The open sessions (none), or the 403 of a company whose cash control is off."""
    if not cash_control:
        raise DemoError(403, {"message": DISABLED})
    return {"data": []}
