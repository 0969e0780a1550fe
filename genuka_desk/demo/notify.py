"""``POST /admin/orders/{order}/notify`` (06-orders-sales.md): the order's confirmation by e-mail.

The reference: an e-mail to the customer and to every shop user with the
``VIEW_ORDERS`` permission; ``lang`` or ``locale`` (``en``, ``fr``) in the
query or the body, else ``Accept-Language``; ``{"message": "Notification
sent"}``, or a 500 "Notification delivery error" with a message. It takes no
key: each request sends again, and the write log keeps one line per request
(``kind`` ``notify``, with its request id) so tests can count the e-mails.

Demo choices where the reference is silent, never friendlier than it: a
locale other than ``en`` or ``fr`` is a 422; a customer with no e-mail
address (or not an address, or no customer) cannot be delivered to, so the shop users' e-mails
go (they are logged) and the answer is the documented 500 with its message,
as a delivery error partway would be. Nothing on the order changes.
"""

from __future__ import annotations

import re
from typing import Any

from .accounts import require
from .errors import DemoError, unprocessable
from .state import DemoState
from .values import iso

LOCALES = ("en", "fr")
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
SENT = {"message": "Notification sent"}


def _locale(params: dict[str, str], body: Any, accept_language: str | None) -> str:
    """The notification's locale: ``lang``/``locale`` from the query, then the body, else Accept-Language."""
    sent = body if isinstance(body, dict) else {}
    for name in ("lang", "locale"):
        value = params.get(name, sent.get(name))
        if value is not None:
            if value not in LOCALES:
                raise unprocessable({name: [f"The selected {name} is invalid."]})
            return str(value)
    first = (accept_language or "").split(",")[0].strip()[:2].lower()
    return first if first in LOCALES else "en"


def _views_orders(user: dict[str, Any]) -> bool:
    """Whether a shop user holds ``VIEW_ORDERS`` (the token's ``orders.view``, or the area's ``orders.*``)."""
    return bool({"orders.view", "orders.*", "*"} & set(user.get("permissions", [])))


class Notifications:
    """Sends (logs) an order's confirmation e-mails."""

    def __init__(self, state: DemoState) -> None:
        self.state = state

    def notify(
        self,
        order_id: str,
        params: dict[str, str],
        body: Any,
        user: dict[str, Any],
        request_id: str | None,
        accept_language: str | None,
    ) -> dict[str, Any]:
        """Send the confirmation: ``{"message": "Notification sent"}``, or the documented 500."""
        require(user, "orders.view")
        state = self.state
        with state.lock:
            order = state.body(state.index.index_of(order_id))
            locale = _locale(params, body, accept_language)
            customer = order.get("customer")
            customer = customer if isinstance(customer, dict) else {}
            email = str(customer.get("email") or "").strip()
            email = email if _ADDRESS.fullmatch(email) else ""  # none, or not an address: cannot be delivered
            staff = [str(u["email"]) for u in state.data.users if _views_orders(u)]
            recipients = ([email] if email else []) + staff
            state.writes.append(
                {
                    "request_id": request_id,
                    "order_id": order["id"],
                    "kind": "notify",
                    "changes": {},
                    "at": iso(state.clock.now()),
                    "sent_keys": sorted(body) if isinstance(body, dict) else [],
                    "effects": [],
                    "locale": locale,
                    "to": recipients,
                }
            )
            if not email:
                raise DemoError(
                    500,
                    {
                        "status": "error",
                        "code": 500,
                        "data": None,
                        "message": "Notification delivery error: the customer has no e-mail address.",
                    },
                )
            return dict(SENT)
