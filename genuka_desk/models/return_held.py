"""Why the desk holds a return, its approval or its refund instead of sending it (kept as ``last_error``)."""

from __future__ import annotations

# The clerk's token may not approve returns (a 403): a manager approves it here or on the web.
AWAITING_MANAGER = "Awaiting a manager's approval: a manager approves this return here (Approve) or on Genuka."
# The return is no longer waiting for an approval (cancelled, drafted or marked done elsewhere).
NOT_WAITING = "Not approved: the return is {status} on the server now, no longer waiting for an approval."
# The refund's return was not approved on the server.
REFUND_NOT_APPROVED = "Not refunded: the return is {status} on the server, not approved. Approve it first, then retry."
# The payment the money goes back on is gone or smaller than the refund.
REFUND_OVER_PAYMENT = (
    "Not refunded: the payment the money goes back on holds {left} on the server now, less than this refund of "
    "{amount}. Check the order's payments, then retry or discard it."
)
# The server's order shows less paid beyond its total than the refund.
REFUND_OVER_SURPLUS = (
    "Not refunded: the server shows {surplus} paid beyond the order's total, less than this refund of {amount} "
    "(the balance would be owed again). Check the order, then retry or discard it."
)
# A refund on a payment still queued that never reached the server.
REFUND_NO_PAYMENT = (
    "Not refunded: the payment the money goes back on is not on the server. Retry once it is, or discard."
)
# A return's operation behind a return the server never made.
NO_RETURN = "The return is not on the server yet: this waits for it."
