"""The till's words in the clerk's language: where a session stands, the reasons for a difference, its refusals.

The service keeps English sentences (the CLI and the log show them so);
here the ones the till says are said again in the clerk's language. A
message the desk does not know goes to the bridge's own reading (the
server's words, quoted).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from ... import models as _models
from ... import service as _service

# The reasons the reference documents (``difference_reason``; models.till.DifferenceReason, without ``none``),
# kept here as plain text: the window's module loads no model before the list is painted.
REASONS = ("rounding", "change_mistake", "lost_receipt", "system_error", "found_cash", "suspected_theft", "other")
# A session's status as the store keeps it (the server's, and ``closing`` while a close waits to be sent).
OPENED, CLOSING, PENDING, CLOSED, REJECTED = "opened", "closing", "pending_approval", "closed", "rejected"


def signed_money(amount: Decimal | None, currency: str, language: str) -> str:
    """A difference with its sign: ``+500 FCFA`` more than expected, ``−500 FCFA`` missing (— when none is known)."""
    if amount is None:
        return "—"
    text = _models.format_money(abs(amount), currency, language)
    return ("+" if amount > 0 else "−" if amount < 0 else "") + text


class TillWords(QObject):
    """Words of the till (a QObject only for ``tr``)."""

    def reasons(self) -> list[tuple[str, str]]:
        """The documented reasons for a difference (``difference_reason``), as the clerk says them, in order."""
        said = {
            "rounding": self.tr("Rounding (no small change)"),
            "change_mistake": self.tr("Mistake in the change given"),
            "lost_receipt": self.tr("Lost receipt"),
            "system_error": self.tr("Error in the system"),
            "found_cash": self.tr("Cash found"),
            "suspected_theft": self.tr("Suspected theft"),
            "other": self.tr("Other (say why in the notes)"),
        }
        return [(reason, said[reason]) for reason in REASONS]

    def reason(self, value: str | None) -> str:
        """One reason as the clerk says it (a reason this version does not know: as the server names it)."""
        if not value or value == "none":
            return ""
        return dict(self.reasons()).get(value, value)

    def status(self, status: str) -> str:
        """Where a session stands."""
        return {
            OPENED: self.tr("Open"),
            CLOSING: self.tr("Closed here, not sent yet"),
            PENDING: self.tr("Waiting for a manager's approval"),
            CLOSED: self.tr("Closed"),
            REJECTED: self.tr("Rejected: count again"),
        }.get(status, status)

    def no_cash_control(self) -> str:
        """What a company without cash control means for the clerk."""
        return self.tr(
            "Cash control is off for this company on Genuka: the till is not used, and sales go on as before. "
            "A manager can turn it on in the Genuka dashboard (company settings)."
        )

    def no_account(self) -> str:
        """No cash treasury account is known (nothing synced yet)."""
        return self.tr("No cash account is known yet: sync once with the server, then open the till.")

    def needs_server(self) -> str:
        """A manager's review is taken with the server's figures."""
        return self.tr("Approving or rejecting a count needs the server: connect, then try again.")

    def refusal(self, exc: Exception, bridge_reading: str) -> str:
        """What the clerk reads for a refused till request (``bridge_reading``: the bridge's words for it)."""
        if isinstance(exc, _service.GenukaError):
            if exc.status is None:
                return self.tr("The server cannot be reached now: try again when the connection is back.")
            if exc.status == 403:
                if "cash control" in (exc.message or "").lower():
                    return self.no_cash_control()
                return self.tr("Your login may not do this: a manager's login can (the permission comes from Genuka).")
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            known = self._known().get(message)
            if known is not None:
                return known
            if message.startswith("The count (") and message.endswith("say why."):
                return self.tr("The count differs from what the till should hold: choose a reason.")
        return bridge_reading

    def _known(self) -> dict[str, str]:
        """The service's own till sentences."""
        from ...service.till import NO_CASH_CONTROL

        return {
            NO_CASH_CONTROL: self.no_cash_control(),
            "No cash account is known yet: sync once with the server, then open the till.": self.no_account(),
            "This account does not take cash: pick the till's cash account.": self.tr(
                "This account does not take cash: pick the till's cash account."
            ),
            "The till is already open on this account: close it before opening another.": self.tr(
                "The till is already open on this account: close it before opening another."
            ),
            "The till is not open.": self.tr("The till is not open."),
            "This till is not open: it cannot be closed again.": self.tr("The till is not open."),
            "A quantity cannot be negative.": self.tr("A quantity cannot be negative."),
            "This count names a bill or coin the till does not know: sync, then count again.": self.tr(
                "This count names a bill or coin the till does not know: sync, then count again."
            ),
            "No opening waits for the till open on the server.": self.tr(
                "No opening waits for the till open on the server."
            ),
            "No session is open on the server for this till any more: retry the opening.": self.tr(
                "No session is open on the server for this till any more: retry the opening."
            ),
            "This session has not reached the server yet: sync first.": self.tr(
                "This session has not reached the server yet: sync first."
            ),
            "Say why the closure is rejected: the clerk reads it before counting again.": self.tr(
                "Say why the closure is rejected: the clerk reads it before counting again."
            ),
            "This till may already be open on the server: it cannot be dropped before a check.": self.tr(
                "This till may already be open on the server: it cannot be dropped before a check."
            ),
            "This close may already be on the server: it cannot be dropped before a check.": self.tr(
                "This close may already be on the server: it cannot be dropped before a check."
            ),
        }
