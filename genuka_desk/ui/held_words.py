"""The desk's reasons for holding a sale or a payment (``models.held``), in the clerk's language.

The queue keeps them as English sentences (the CLI and the log show them so);
here they are read back into their template and values and said again with
the amounts written as the clerk reads money.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QObject

from .. import models as _models
from ..models.held import read_held

_MONEY = ("balance", "amount", "recorded", "total", "start", "counted", "left", "surplus")


class HeldWords(QObject):
    """Words the reasons (a QObject only for ``tr``)."""

    def text(self, message: str | None, currency: str = "XAF", language: str = "fr") -> str | None:
        """``message`` in the clerk's words when it is one of the desk's held reasons (None: it is not)."""
        found = read_held(message)
        if found is None:
            return None
        code, values = found
        shown = dict(values)
        for name in _MONEY:
            if name in shown:
                try:
                    shown[name] = _models.format_money(Decimal(shown[name]), currency=currency, locale=language)
                except (InvalidOperation, ValueError):
                    pass  # left as the desk wrote it
        if "what" in shown:
            shown["what"] = self._part(shown["what"])
        if "at" in shown:
            shown["at"] = self._moment(shown["at"], language)
        if "status" in shown:
            shown["status"] = self._status(shown["status"])
        if shown.get("counted") == "None":
            shown["counted"] = "—"  # the server showed no count
        template = self._templates().get(code)
        return None if template is None else template.format(**shown)

    @staticmethod
    def _moment(text: str, language: str) -> str:
        """A time the desk wrote as ISO (the server's), as the clerk reads it (as written when it is not one)."""
        from datetime import datetime

        from .dates import moment_text

        try:
            return moment_text(datetime.fromisoformat(text), language)
        except ValueError:
            return text

    def _status(self, status: str) -> str:
        return {
            "opened": self.tr("open"),
            "pending_approval": self.tr("waiting for a manager's approval"),
            "closed": self.tr("closed"),
            "rejected": self.tr("rejected"),
        }.get(status, status)

    def _part(self, what: str) -> str:
        return {"lines": self.tr("lines"), "customer": self.tr("customer"), "total": self.tr("total")}.get(what, what)

    def _templates(self) -> dict[str, str]:
        return {
            "over_balance": self.tr(
                "Not sent: the order's balance on the server is {balance}, less than this payment of {amount} "
                "(it was marked Paid, which settles the balance, or paid elsewhere). Discard this payment, or "
                "retry it if the customer really paid it on top."
            ),
            "paid_on_create": self.tr(
                "Not sent: the server already shows {recorded} paid on this sale since its creation. The {amount} "
                "taken at the counter would count twice: check the order's payments, then discard this one, or "
                "retry it if both are real."
            ),
            "over_total": self.tr(
                "Not sent: the server's total for this sale is {total}, less than the {amount} taken at the "
                "counter. Check the order, then retry or discard it and record the right amount."
            ),
            "unsure_sale": self.tr(
                "This sale was sent without an answer and may be on the server, but this server does not keep the "
                "time a sale is sent with, so the desk cannot recognise it there. Check the server's orders: if it "
                "is there, discard it here and take its payment on that order; if not, retry it."
            ),
            "not_shown": self.tr(
                "The server answered that the payment of {amount} was added, but the order does not show it. "
                "Check the order's payments on the server before taking the money again; retry looks for it first."
            ),
            "till_open_elsewhere": self.tr(
                "Not opened: the till is already open on the server (opened by {who} at {at}, with {start}). Take "
                "over that session, or discard this opening."
            ),
            "till_closed_elsewhere": self.tr(
                "Not closed: the server shows this till {status} already (counted {counted}). Discard this close "
                "to see the server's, or ask a manager to reject that closure and count again."
            ),
            "till_never_opened": self.tr(
                "Not closed: this till's opening never reached the server. Open it there first, or discard both."
            ),
            "unsure_notice": self.tr(
                "This e-mail to the customer was sent without an answer: it may have reached them. It is not sent "
                "again by itself (they would get it twice). Ask the customer, then retry it or discard it."
            ),
            "notice_not_delivered": self.tr(
                "The server could not deliver every e-mail of this order ({reason}); some may have gone. It is not "
                "sent again by itself: ask the customer, then retry it or discard it."
            ),
            "made_wrong": self.tr(
                "The server made this sale through Mobile Sync as {reference}, with another {what} than taken at "
                "the counter, and it could not be put right: check that order on the server."
            ),
            **self._return_templates(),
        }

    def _return_templates(self) -> dict[str, str]:
        """A return, its approval, its refund (``models.return_held``)."""
        return {
            "awaiting_manager": self.tr(
                "Awaiting a manager's approval: a manager approves this return here (Approve) or on Genuka."
            ),
            "return_not_waiting": self.tr(
                "Not approved: the return is {status} on the server now, no longer waiting for an approval."
            ),
            "refund_not_approved": self.tr(
                "Not refunded: the return is {status} on the server, not approved. Approve it first, then retry."
            ),
            "refund_over_payment": self.tr(
                "Not refunded: the payment the money goes back on holds {left} on the server now, less than this "
                "refund of {amount}. Check the order's payments, then retry or discard it."
            ),
            "refund_over_surplus": self.tr(
                "Not refunded: the server shows {surplus} paid beyond the order's total, less than this refund of "
                "{amount} (the balance would be owed again). Check the order, then retry or discard it."
            ),
            "refund_no_payment": self.tr(
                "Not refunded: the payment the money goes back on is not on the server. Retry once it is, or discard."
            ),
            "no_return": self.tr("The return is not on the server yet: this waits for it."),
        }
