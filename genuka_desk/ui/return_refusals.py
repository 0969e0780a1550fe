"""The returns' refusals (``service.returns``) in the clerk's language.

The service says them in English (the CLI and the log show them so); the
ones carrying a figure or a name are read back by pattern.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

# Patterns of the service's sentences that carry values (service/returns.py), in its words.
_ONLY = re.compile(r"Only (\d+) of (.+) can still be returned \(sold (\d+), returned (\d+)\)\.?$")
_AT_LEAST = re.compile(r"Return at least one of (.+?)\.?$")
_MORE_THAN_PAYMENT = re.compile(r"The refund \((.+)\) is more than the payment holds \((.+)\)\.?$")
_MORE_THAN_BACK = re.compile(r"The refund \((.+)\) is more than can go back \((.+?)\):")
_TILL = re.compile(r"The till holds only (.+) in cash: hand back less, or on another payment\.?$")
_REASON = re.compile(r"Unknown reason '(.+)':")
_OTHER_DRAWER = re.compile(r"This cash went into another drawer \((.+)\): hand it back there, or on another payment")


class ReturnRefusals(QObject):
    """Words of the returns' refusals (a QObject only for ``tr``)."""

    def said(self, text: str) -> str | None:
        """``text`` in the clerk's language, None when it is not one of the returns' refusals."""
        fixed = self._fixed().get(text.strip().rstrip(".").lower())
        if fixed is not None:
            return fixed
        if found := _ONLY.match(text):
            left, title, sold, returned = found.groups()
            return self.tr("Only %s of %s can still be returned (sold %s, returned %s).") % (
                left,
                title,
                sold,
                returned,
            )
        if found := _AT_LEAST.match(text):
            return self.tr("Return at least one of %s.") % found.group(1)
        if found := _MORE_THAN_PAYMENT.match(text):
            return self.tr("The refund (%s) is more than the payment holds (%s).") % found.groups()
        if found := _MORE_THAN_BACK.match(text):
            return (
                self.tr(
                    "The refund (%s) is more than can go back (%s): what was returned, and only what was paid "
                    "beyond the order's new total."
                )
                % found.groups()
            )
        if found := _TILL.match(text):
            return self.tr("The till holds only %s in cash: hand back less, or on another payment.") % found.group(1)
        if found := _OTHER_DRAWER.match(text):
            return self.tr(
                "This cash went into another drawer (%s): hand it back there, or on another payment."
            ) % found.group(1)
        if found := _REASON.match(text):
            return self.tr("Unknown reason %s: choose one of the four reasons.") % found.group(1)
        return None

    def _fixed(self) -> dict[str, str]:
        """The sentences without values: lower case, no final dot."""
        return {
            "choose at least one line to return": self.tr("Choose at least one line to return."),
            "this line has no product variant on the order: it cannot be returned": self.tr(
                "This line has no product variant on the order: it cannot be returned."
            ),
            "a line's comment is at most 500 characters": self.tr("A line's comment is at most 500 characters."),
            "this payment is not on the order: choose one of its payments to refund on": self.tr(
                "This payment is not on the order: choose one of its payments to refund on."
            ),
            "you may not take returns (the permission returns.create)": self.tr(
                "You may not take returns (the permission returns.create)."
            ),
            "the return's comment is at most 500 characters": self.tr(
                "The return's comment is at most 500 characters."
            ),
            "money goes back once the return is approved: approve it now, or refund it after a manager's approval": (
                self.tr(
                    "Money goes back once the return is approved: approve it now, or refund it after a manager's "
                    "approval."
                )
            ),
            "no such return on this order": self.tr("No such return on this order."),
            "only a manager may approve a return (the permission returns.approve)": self.tr(
                "Only a manager may approve a return (the permission returns.approve)."
            ),
            "the approval's comment is at most 500 characters": self.tr(
                "The approval's comment is at most 500 characters."
            ),
            "this return is approved already": self.tr("This return is approved already."),
            "this return is cancelled: it cannot be approved": self.tr(
                "This return is cancelled: it cannot be approved."
            ),
            "money goes back once the return is approved: a manager approves it first": self.tr(
                "Money goes back once the return is approved: a manager approves it first."
            ),
            "money was handed back for this return already": self.tr("Money was handed back for this return already."),
            "choose the payment the money goes back on, and an amount": self.tr(
                "Choose the payment the money goes back on, and an amount."
            ),
            "this order is cancelled: nothing can be returned": self.tr(
                "This order is cancelled: nothing can be returned."
            ),
            "this order has no lines to return": self.tr("This order has no lines to return."),
            "everything on this order was returned already, or its lines have no product variant": self.tr(
                "Everything on this order was returned already, or its lines have no product variant."
            ),
        }
