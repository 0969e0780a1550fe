"""The WhatsApp message's words in the customer's language, which may not be the desk's.

Qt translates into the language installed for the desk; the customer may
read the other one, so the message's words are looked up in a translator of
their own language (the same ``.qm`` the desk ships), and English is the
source text. Made without widgets: the CLI's ``orders send`` gets them too.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from ...service import SendWords
from ..assets import translation_file


class _Into:
    """Texts into one language (``translate`` returns the source text where it has none)."""

    def __init__(self, language: str) -> None:
        self.translator: QTranslator | None = None
        if language != "en":
            translator = QTranslator()
            if translator.load(str(translation_file(language))):
                self.translator = translator

    def translate(self, context: str, text: str) -> str:
        found = self.translator.translate(context, text) if self.translator is not None else ""
        return found or text


@cache
def send_words(language: str) -> SendWords:
    """The message's words in ``language`` (``fr`` or ``en``)."""
    into = _Into(language)
    return SendWords(
        language=language,
        hello=into.translate("SendWords", "Hello %s,"),
        hello_alone=into.translate("SendWords", "Hello,"),
        receipt_intro=into.translate("SendWords", "Here is your receipt for order %s from %s:"),
        invoice_intro=into.translate("SendWords", "Here is your invoice for order %s from %s:"),
        line=into.translate("SendWords", "- %s × %s: %s"),
        discount=into.translate("SendWords", "Discount: %s"),
        shipping=into.translate("SendWords", "Delivery: %s"),
        total=into.translate("SendWords", "Total: %s"),
        paid=into.translate("SendWords", "Paid: %s"),
        balance=into.translate("SendWords", "Still to pay: %s"),
        receipt_link=into.translate("SendWords", "Your receipt: %s"),
        invoice_link=into.translate("SendWords", "Your invoice (PDF): %s"),
        thanks=into.translate("SendWords", "Thank you for your purchase!"),
    )
