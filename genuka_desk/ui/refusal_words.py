"""A refusal or an error as the clerk reads it: known ones in their language, the server's text as a detail.

The queue and the errors keep English sentences (the CLI and the log show
them so). Here the desk's own (``models.held``, ``models.refusals``, the
client's errors) and the server's documented messages are said again in the
clerk's language; a message the desk does not know stays as the server wrote
it, without the exception class a debug answer puts before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QObject

from ..models.refusals import read_refusal, server_text
from .held_words import HeldWords
from .return_refusals import ReturnRefusals

# service.discount_limit.ABOVE_LIMIT: a sale or an edit whose own discounts are above the manager's limit.
ABOVE_LIMIT = re.compile(r"Above ([0-9.]+) %: a manager must give this discount\.?")


@dataclass(frozen=True)
class Said:
    """A refusal in the clerk's words, and the server's own text when it is not the same thing."""

    words: str
    detail: str = ""  # the server's text, for a tooltip or the log (empty: nothing more to say)


class RefusalWords(QObject):
    """Words the refusals (a QObject only for ``tr``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = HeldWords(self)

    def said(self, message: str | None, currency: str = "XAF", language: str = "fr") -> Said:
        """``message`` said in the clerk's language (see the module)."""
        if not message or not message.strip():
            return Said(self.tr("The server refused this change."))
        held = self._held.text(message, currency, language)
        if held is not None:
            return Said(held)
        found = read_refusal(message)
        if found is not None:
            code, values = found
            if code == "gone":
                return Said(self.tr("This order no longer exists on the server."))
            if code == "not_applied":
                return Said(
                    self.tr(
                        "The server answered but did not apply: %s. Check the order, then retry or discard the change."
                    )
                    % values["keys"]
                )
            inner = self.said(values["reason"], currency, language)
            return Said(self.tr("Not sent after %s tries: %s") % (values["tries"], inner.words), inner.detail)
        text = server_text(message)
        above = ABOVE_LIMIT.fullmatch(text.strip())
        if above is not None:
            return Said(self.tr("Above %1 %: a manager must give this discount.").replace("%1", above[1]))
        key = text.rstrip(". ").lower()
        ours = self._ours().get(key)
        if ours is not None:
            return Said(ours)  # the desk's own sentence: nothing more to say
        theirs = self._theirs().get(key)
        if theirs is not None:
            return Said(theirs, text)
        returns = ReturnRefusals(self).said(text)
        if returns is not None:
            return Said(returns)
        if text.lower().startswith("failed to add payment"):
            return Said(self.tr("The server could not add the payment."), text)
        # Not a message the desk knows: the server's own words, quoted so they read as the server's.
        return Said(self.tr("“%s”") % text, text)

    def text(self, message: str | None, currency: str = "XAF", language: str = "fr") -> str:
        """The clerk's words alone."""
        return self.said(message, currency, language).words

    def _theirs(self) -> dict[str, str]:
        """The server's documented messages (CONTRACT.md, the reference's answers): lower case, no final dot."""
        return {
            "the order does not exist": self.tr("This order no longer exists on the server."),
            "unauthenticated": self.tr("Your session has expired. Please log in again."),
            "this action is unauthorized": self.tr("You are not allowed to do this."),
            "the given data was invalid": self.tr("The server refused the data."),
            "company id required": self.tr(
                "The server asks for the company: check the company in the login settings, then log in again."
            ),
            "you can only delete pending invoices": self.tr("Only a pending invoice can be deleted."),
            "server error": self.tr("The Genuka server had a problem."),
            "failed: server error": self.tr("The Genuka server had a problem."),
        }

    def _ours(self) -> dict[str, str]:
        """The client's own messages (``api.errors``): lower case, no final dot."""
        return {
            "the genuka server answered with an error": self.tr("The Genuka server answered with an error."),
            "your session has expired or the credentials are wrong. please log in again": self.tr(
                "Your session has expired or the credentials are wrong. Please log in again."
            ),
            "you are not allowed to do this": self.tr("You are not allowed to do this."),
            "not found on the server": self.tr("Not found on the server."),
            "the server refused the data": self.tr("The server refused the data."),
            "the server refused this change": self.tr("The server refused this change."),
            "the server asks for the company: check the company in the login settings, then log in again": self.tr(
                "The server asks for the company: check the company in the login settings, then log in again."
            ),
            "the server does not know this address: check the server address in the login settings": self.tr(
                "The server does not know this address: check the server address in the login settings."
            ),
            "the server is busy (too many requests). trying again shortly": self.tr(
                "The server is busy (too many requests). Trying again shortly."
            ),
            "the genuka server had a problem. trying again shortly": self.tr(
                "The Genuka server had a problem. Trying again shortly."
            ),
            "cannot reach the genuka server. check the internet connection": self.tr(
                "Cannot reach the Genuka server. Check the internet connection."
            ),
            "the server sent something unexpected": self.tr("The server sent something unexpected."),
        }
