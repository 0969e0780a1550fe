"""A return's words in the clerk's language: the reasons, where a return and its money stand.

Shared by the dialog, the editor's strip and the return receipt (the A4
page and the roll), so all say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...service.return_types import REASONS


class ReturnSay(QObject):
    """Words of returns (a QObject only for ``tr``)."""

    def reasons(self) -> dict[str, str]:
        """The four documented reasons (``service.return_types.REASONS``), in human words, in their order."""
        words = {
            "defective": self.tr("Defective"),
            "nonconforming": self.tr("Not as described"),
            "delivery": self.tr("Delivery problem"),
            "dissatisfaction": self.tr("Changed their mind"),
        }
        return {reason: words.get(reason, reason) for reason in REASONS}

    def reason(self, reason: str) -> str:
        """One reason (one this version does not know: as the server names it)."""
        return self.reasons().get(reason, reason)

    def state(self, state: str) -> str:
        """Where a return stands."""
        return {
            "queued": self.tr("queued"),
            "held": self.tr("held: see the queue"),
            "draft": self.tr("draft"),
            "waiting_approval": self.tr("awaiting approval"),
            "confirmed": self.tr("approved"),
            "done": self.tr("received"),
            "cancelled": self.tr("cancelled"),
        }.get(state, state)

    def refund_state(self, state: str | None) -> str:
        """Where a return's money stands (None: no money handed back)."""
        if state is None:
            return ""
        return {
            "queued": self.tr("refund queued"),
            "sent": self.tr("refund done"),
            "held": self.tr("refund held: see the queue"),
        }.get(state, state)

    def no_refund(self) -> str:
        """The choice of no money now: the server's credit note stands for it."""
        return self.tr("No money now (credit note)")

    def cash(self) -> str:
        """Cash, as the clerk says it."""
        return self.tr("Cash")
