"""The desktop says a queued change in the clerk's language, through Qt's translation, read as the terminal reads it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication

from genuka_desk.models import LineChange, NewPayment, OrderEdit
from genuka_desk.ui.change_words import change_lines, field_errors_lines, key_label, key_value
from genuka_desk.ui.i18n import install_language
from tests.support.changes import captured_order, queued


def test_the_desktop_says_a_change_in_english_and_in_french(qapp: QApplication) -> None:
    sold = captured_order()
    edit = OrderEdit(
        fields={"shipping.status": "delivered", "shipping.address.city": "Douala"},
        lines={"4839": LineChange(quantity=3, price=Decimal(2500))},
        removed_lines=["4839"],
    )
    paid = queued(payment=NewPayment(amount=Decimal(5000), method="cash", treasury_account_id="t"))
    assert change_lines(queued(edit), sold, "en") == [
        "Delivery: Delivered",
        "Shipping address (city): Douala",
        "Sac bleu: quantity 3",
        "Sac bleu: unit price 2,500\xa0FCFA",
        "Sac bleu: removed",
    ]
    assert change_lines(paid, sold, "en") == ["Payment of 5,000\xa0FCFA (Cash)"]  # the shop's name for the way
    assert field_errors_lines({"lines.4839.price": ["too low"]}, sold) == ["Sac bleu (unit price): too low"]
    install_language("fr")
    try:
        assert change_lines(queued(edit), sold, "fr") == [
            "Livraison : Livrée",
            "Adresse de livraison (ville) : Douala",
            "Sac bleu : quantité 3",
            "Sac bleu : prix unitaire 2\u202f500\xa0FCFA",
            "Sac bleu : retirée",
        ]
        assert key_label("lines.9", None) == "une ligne"
        assert key_value("shipping.amount", "", "XAF", "fr") == "—"
    finally:
        install_language("en")
