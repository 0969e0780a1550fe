"""An order's history entries in the clerk's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from genuka_desk.ui.i18n import install_language


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Payton Donnelly: Payment: Awaiting payment → Paid"), ("fr", "Payton Donnelly : Paiement : ")],
)
def test_the_flat_history_shape_reads_in_the_clerks_language(qapp: QApplication, language: str, expected: str) -> None:
    from genuka_desk.models import Activity
    from genuka_desk.ui.activity_text import activity_text

    install_language(language)
    try:
        flat = Activity.model_validate(
            {
                "description": "Order status changed",
                "properties": {"old": "pending", "new": "paid"},
                "username": "Payton Donnelly",
            }
        )
        keyed = Activity.model_validate(
            {"properties": {"shipping.status": {"old": "pending", "new": "delivered"}}, "user": {"name": "Awa"}}
        )
        assert activity_text(flat).startswith(expected.split(" : ")[0] if language == "fr" else expected)
        created = Activity.model_validate(
            {"event": "created", "properties": {"reference": {"old": None, "new": "#1"}}, "username": "Awa"}
        )
        if language == "fr":
            assert "Paiement" in activity_text(flat) and "Payée" in activity_text(flat)
            assert "Livraison" in activity_text(keyed) and "Livrée" in activity_text(keyed)
            assert activity_text(created) == "Awa : a créé la commande"
        else:
            assert activity_text(keyed) == "Awa: Delivery: Pending → Delivered"
            assert activity_text(created) == "Awa: created the order"
    finally:
        install_language("en")
