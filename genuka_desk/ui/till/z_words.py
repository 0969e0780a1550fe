"""The Z report's own words in the clerk's language, shared by the A4 page, the roll, its dialog and the till window.

Where a session stands (approved by whom and when, awaiting approval,
closed, rejected for a recount), the server's kinds of pay-outs and
pay-ins, a bill told from a coin, and a session's span of time
(``07/12/2026 08:00 – 18:05``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from ...models.coerce import WAT
from ..dates import dates_locale, moment_text

# service.till's states (session_state), as plain text: the till window loads no service module for them.
OPEN, CLOSING, AWAITING, APPROVED, CLOSED, REJECTED = (
    "open",
    "closing",
    "awaiting_approval",
    "approved",
    "closed",
    "rejected",
)


class ZSay(QObject):
    """Words of the Z report (a QObject only for ``tr``)."""

    def states(self) -> dict[str, str]:
        """Every state as the clerk says it."""
        return {
            OPEN: self.tr("Open"),
            CLOSING: self.tr("Closed here, not sent yet"),
            AWAITING: self.tr("Closed, awaiting approval"),
            APPROVED: self.tr("Closed and approved"),
            CLOSED: self.tr("Closed"),
            REJECTED: self.tr("Rejected: recount"),
        }

    def state(self, state: str) -> str:
        """One state (one this version does not know: as the server names it)."""
        return self.states().get(state, state)

    def moves(self) -> dict[str, str]:
        """The server's kinds of pay-outs and pay-ins (``transaction_types`` other than payments)."""
        return {
            "transfer_in": self.tr("Transfer in"),
            "adjustment_positive": self.tr("Adjustment (+)"),
            "expense": self.tr("Expense"),
            "transfer_out": self.tr("Transfer out"),
            "adjustment_negative": self.tr("Adjustment (−)"),
        }

    def move(self, kind: str) -> str:
        """One kind of pay-out or pay-in (an unknown one: a cash movement, signed by the server)."""
        return self.moves().get(kind) or self.other_move()

    def other_move(self) -> str:
        """A pay-out or pay-in of a kind this version does not know."""
        return self.tr("Other cash movement")

    def kinds(self) -> dict[str, str]:
        """A bill and a coin (the same words as the count dialogs')."""
        return {"bill": self.tr("bill"), "coin": self.tr("coin")}

    def review_words(self) -> tuple[str, str, str]:
        """``Approved by %s``, ``Rejected by %s`` and ``on %s`` (the moment), as the clerk says them."""
        return self.tr("Approved by %s"), self.tr("Rejected by %s"), self.tr("on %s")

    def reviewed(self, state: str, who: str | None, when: datetime | None, language: str) -> str:
        """ "Approved by Paul Ekané on 07/12/2026 19:00", "Rejected by ..." ("" when nobody is known)."""
        if not who or state not in (APPROVED, REJECTED):
            return ""
        approved, rejected, on = self.review_words()
        said = (approved if state == APPROVED else rejected) % who
        return said + (" " + on % moment_text(when, language) if when is not None else "")

    def span(self, start: datetime, end: datetime | None, language: str) -> str:
        """A session's time: ``07/12/2026 08:00 – 18:05`` (the end's day said when it is another), or since when."""
        if end is None:
            return self.tr("since %s") % moment_text(start, language)
        if start.astimezone(WAT).date() == end.astimezone(WAT).date():
            from babel.dates import format_time

            local = end.astimezone(WAT)
            until = format_time(local, format="short", tzinfo=local.tzinfo, locale=dates_locale(language))
        else:
            until = moment_text(end, language)
        return f"{moment_text(start, language)} – {until}"
