"""Why the desk held a sale, a payment or a till event for the clerk instead of sending it.

Each reason is an English sentence kept as the change's ``last_error`` (the
CLI and the log show it as it is) and made from a template with named
values; :func:`read_held` finds which template and values a kept sentence
came from, so the desktop words it in the clerk's language.
"""

from __future__ import annotations

import re
import string

from . import return_held as _returns

# The order's balance on the server is below a payment waiting to go.
OVER_BALANCE = (
    "Not sent: the order's balance on the server is {balance}, less than this payment of {amount} (it was marked "
    "Paid, which settles the balance, or paid elsewhere). Discard this payment, or retry it if the customer "
    "really paid it on top."
)
# A new sale already shows money on the server: its payment would count twice.
PAID_ON_CREATE = (
    "Not sent: the server already shows {recorded} paid on this sale since its creation. The {amount} taken at "
    "the counter would count twice: check the order's payments, then discard this one, or retry it if both are "
    "real."
)
# The server's total for a new sale is below the money taken.
OVER_TOTAL = (
    "Not sent: the server's total for this sale is {total}, less than the {amount} taken at the counter. Check "
    "the order, then retry (the server may refuse more than the balance) or discard it and record the right amount."
)
# A sale sent without an answer to a server that does not keep its created_at.
UNSURE_SALE = (
    "This sale was sent without an answer and may be on the server, but this server does not keep the time a "
    "sale is sent with, so the desk cannot recognise it there. Check the server's orders: if it is there, "
    "discard it here and take its payment on that order; if not, retry it."
)
# "Payment added", yet the order read back does not show it.
NOT_SHOWN = (
    "The server answered that the payment of {amount} was added, but the order does not show it. Check the "
    "order's payments on the server before taking the money again; retry looks for it first."
)
# A sale made through Mobile Sync as something else, and not put right.
MADE_WRONG = (
    "The server made this sale through Mobile Sync as {reference}, with another {what} than taken at the counter, "
    "and it could not be put right: check that order on the server."
)

# A till opened here while the server already has a session open on the same cash account.
TILL_OPEN_ELSEWHERE = (
    "Not opened: the till is already open on the server (opened by {who} at {at}, with {start}). Take over that "
    "session, or discard this opening."
)
# A close waiting to go while the server shows the session no longer open.
TILL_CLOSED_ELSEWHERE = (
    "Not closed: the server shows this till {status} already (counted {counted}). Discard this close to see the "
    "server's, or ask a manager to reject that closure and count again."
)
# A close whose session never reached the server.
TILL_NEVER_OPENED = "Not closed: this till's opening never reached the server. Open it there first, or discard both."
# An e-mail to the customer (notify) sent without an answer: it may have gone; never sent twice by itself.
UNSURE_NOTICE = (
    "This e-mail to the customer was sent without an answer: it may have reached them. It is not sent again by "
    "itself (they would get it twice). Ask the customer, then retry it or discard it."
)
# The server's delivery error on notify (a 500): some of the e-mails may have gone.
NOTICE_NOT_DELIVERED = (
    "The server could not deliver every e-mail of this order ({reason}); some may have gone. It is not sent "
    "again by itself: ask the customer, then retry it or discard it."
)

HELD = {
    "over_balance": OVER_BALANCE,
    "paid_on_create": PAID_ON_CREATE,
    "over_total": OVER_TOTAL,
    "unsure_sale": UNSURE_SALE,
    "not_shown": NOT_SHOWN,
    "made_wrong": MADE_WRONG,
    "till_open_elsewhere": TILL_OPEN_ELSEWHERE,
    "till_closed_elsewhere": TILL_CLOSED_ELSEWHERE,
    "till_never_opened": TILL_NEVER_OPENED,
    "unsure_notice": UNSURE_NOTICE,
    "notice_not_delivered": NOTICE_NOT_DELIVERED,
    # A return, its approval, its refund (models.return_held).
    "awaiting_manager": _returns.AWAITING_MANAGER,
    "return_not_waiting": _returns.NOT_WAITING,
    "refund_not_approved": _returns.REFUND_NOT_APPROVED,
    "refund_over_payment": _returns.REFUND_OVER_PAYMENT,
    "refund_over_surplus": _returns.REFUND_OVER_SURPLUS,
    "refund_no_payment": _returns.REFUND_NO_PAYMENT,
    "no_return": _returns.NO_RETURN,
}


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


_PATTERNS: dict[str, re.Pattern[str]] = {}  # a template -> its reader, made at first use


def read_template(templates: dict[str, str], message: str | None) -> tuple[str, dict[str, str]] | None:
    """Which of ``templates`` made ``message`` (its code) and with which values; None: none of them."""
    if not message:
        return None
    for code, template in templates.items():
        pattern = _PATTERNS.get(template)
        if pattern is None:
            pattern = _PATTERNS[template] = _pattern(template)
        found = pattern.match(message)
        if found:
            return code, found.groupdict()
    return None


def read_held(message: str | None) -> tuple[str, dict[str, str]] | None:
    """The code and values of a held reason (``over_balance``, ``{"balance": "0", ...}``); None: not one of them."""
    return read_template(HELD, message)
