"""The desk's held reasons in the clerk's language, amounts as the clerk reads money."""

from __future__ import annotations

from decimal import Decimal

from genuka_desk.models import format_money
from genuka_desk.models.held import OVER_BALANCE, PAID_ON_CREATE
from genuka_desk.ui.held_words import HeldWords
from genuka_desk.ui.i18n import install_language


def test_a_held_payment_is_said_in_french_with_its_amounts(qapp: object) -> None:
    install_language("fr")
    try:
        words = HeldWords()
        text = words.text(OVER_BALANCE.format(balance="0", amount="1000"), "XAF", "fr")
        assert text is not None and text.startswith("Non envoyé : le reste dû")
        assert f"est de {format_money(Decimal(0))}," in text and f"paiement de {format_money(Decimal(1000))} " in text
        twice = words.text(PAID_ON_CREATE.format(recorded="4000", amount="4000"), "XAF", "fr")
        assert twice is not None and "compteraient deux fois" in twice
        assert words.text("The selected product is invalid.", "XAF", "fr") is None
    finally:
        install_language("en")


def test_in_english_it_reads_as_the_desk_wrote_it_with_money_written_out(qapp: object) -> None:
    install_language("en")
    text = HeldWords().text(OVER_BALANCE.format(balance="0", amount="1000"), "XAF", "en")
    assert text is not None and text.startswith("Not sent: the order's balance on the server is") and "1,000" in text
