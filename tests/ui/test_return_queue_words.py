"""The desktop says a return's operations and why they wait in the clerk's language (French and English)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from genuka_desk.models.return_held import AWAITING_MANAGER, REFUND_OVER_SURPLUS
from genuka_desk.store import ChangeKind
from genuka_desk.ui.change_words import change_lines
from genuka_desk.ui.held_words import HeldWords
from genuka_desk.ui.i18n import install_language
from tests.support.changes import captured_order, queued


def test_a_return_its_approval_and_its_refund_are_said_and_their_holds_worded(qapp: QApplication) -> None:
    sold = captured_order()
    taken = queued(kind=ChangeKind.RETURN, returned={"lines": [{"title": "Sac bleu", "quantity": 2}]})
    approval = queued(kind=ChangeKind.RETURN_APPROVE, returned={"value": 5000})
    money = queued(kind=ChangeKind.REFUND, returned={"amount": 5000, "method": "cash", "method_label": "Espèces"})
    over = REFUND_OVER_SURPLUS.format(surplus="1000", amount="5000")
    assert [change_lines(c, sold, "en")[0] for c in (taken, approval, money)] == [
        "Return of Sac bleu × 2",
        "Return approved, the total lowered by 5,000\xa0FCFA",
        "5,000\xa0FCFA handed back (Espèces)",
    ]
    install_language("fr")
    try:
        assert [change_lines(c, sold, "fr")[0] for c in (taken, approval, money)] == [
            "Retour de Sac bleu × 2",
            "Retour approuvé, le total baissé de 5\u202f000\xa0FCFA",
            "5\u202f000\xa0FCFA rendu (Espèces)",
        ]
        words = HeldWords()
        assert (words.text(AWAITING_MANAGER) or "").startswith("En attente de l’approbation d’un responsable")
        assert "1\u202f000\xa0FCFA payés au-delà" in (words.text(over) or "")
    finally:
        install_language("en")
