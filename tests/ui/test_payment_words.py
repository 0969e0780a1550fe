"""The way of paying as the clerk says it, the account by its label in Genuka ("Caisse boutique")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.models import PaymentMethod
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.labels import account_label, method_label
from tests.support.gui import Gui


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def shown(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_sale_window_names_cash_and_its_till_as_genuka_does(gui: Gui, qtbot: QtBot, french: None) -> None:
    window = gui.new_order()
    choice = window.payment.choice
    choice.method.setCurrentIndex(choice.method.findData("cash"))
    assert choice.method.currentText() == "Espèces"
    assert choice.account.currentText() == "Caisse boutique"  # the treasury account's label, not "Compte de Cash"
    assert not any(text.startswith("Compte de") for text in shown(choice.account))
    assert "Orange Money" in shown(choice.method) and "MTN Mobile Money" in shown(choice.account)


def test_in_english_cash_is_cash_and_the_account_keeps_its_label(gui: Gui, qtbot: QtBot) -> None:
    window = gui.new_order()
    choice = window.payment.choice
    choice.method.setCurrentIndex(choice.method.findData("cash"))
    assert (choice.method.currentText(), choice.account.currentText()) == ("Cash", "Caisse boutique")


def test_an_account_without_its_label_is_named_after_its_way(qapp: Any, french: None) -> None:
    bare = PaymentMethod.model_validate({"name": "Cash", "processor": "cash", "treasury_account_id": "01acc"})
    assert account_label(bare) == "Compte de Espèces"
    assert method_label("pawapay", "PawaPay") == "PawaPay" and method_label("cash", "Cash") == "Espèces"
