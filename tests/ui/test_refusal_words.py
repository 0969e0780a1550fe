"""Refusals and errors the desk knows are said in the clerk's language; the server's own text stays a detail."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.models.refusals import GAVE_UP, GONE
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.refusal_words import RefusalWords, Said
from tests.support.gui import Gui, run


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def test_the_desks_own_refusals_in_french(french: None) -> None:
    words = RefusalWords()
    assert words.said(GONE) == Said("Cette commande n’existe plus sur le serveur.")
    gave_up = words.said(GAVE_UP.format(tries=5, reason="Failed: Server Error"))
    assert gave_up.words == "Non envoyée après 5 essais : Le serveur Genuka a eu un problème."
    assert gave_up.detail == "Failed: Server Error"  # the server's text, as a detail
    assert words.text("Cannot reach the Genuka server. Check the internet connection.").startswith("Impossible")


def test_the_servers_documented_messages_in_french_with_its_text_as_detail(french: None) -> None:
    words = RefusalWords()
    assert words.said("The order does not exist") == Said(
        "Cette commande n’existe plus sur le serveur.", "The order does not exist"
    )
    paid = words.said("Failed to add payment: the amount (5000) is more than the balance due (0).")
    assert paid.words == "Le serveur n’a pas pu ajouter le paiement." and "balance due" in paid.detail


def test_an_unknown_server_text_stays_as_written_without_the_exception_class(qapp: Any) -> None:
    said = RefusalWords().said("App\\Exceptions\\BusinessException: This order cannot be changed now.")
    assert said == Said("“This order cannot be changed now.”", "This order cannot be changed now.")


def test_a_change_to_an_order_deleted_on_the_server_reads_in_the_clerks_words(
    gui: Gui, qtbot: QtBot, french: None
) -> None:
    row = gui.open_row()
    change = run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    del gui.server.store.by_id[row.id]  # gone from the server for good: its routes answer 404
    gui.sync()
    refused = gui.service.changes.get(change.id)
    assert refused.last_error  # kept in English for the log and the terminal
    words = RefusalWords().text(refused.last_error)
    assert words != refused.last_error and "commande" in words, (refused.last_error, words)


def test_the_editor_says_which_change_was_refused_and_quotes_the_servers_words(
    gui: Gui, qtbot: QtBot, french: None
) -> None:
    from genuka_desk.ui.editor import OrderEditor

    row = gui.open_row()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="taken_in_charge"))
    gui.server.faults.arm("business", 1)
    gui.sync()
    editor = OrderEditor(gui.service, gui.bridge, row.id, locale="fr")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.refused.isHidden(), timeout=5000)
    text = editor.refused.text()
    assert "Le serveur a refusé une modification (Livraison" in text and "Prise en charge" in text, text
    assert "« " in text and " »" in text, text  # the server's own words, quoted
    editor.close()


def _sentences_of(path: str) -> list[str]:
    """Every ``ServiceError`` sentence written in ``path`` (f-strings with sample values), and the draft's why-nots."""
    import ast
    from pathlib import Path

    def said(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    parts.append(str(part.value))
                else:
                    assert isinstance(part, ast.FormattedValue)
                    parts.append("'7'" if part.conversion == ord("r") else "7")
            return "".join(parts)
        return None

    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ServiceError" and node.args:
            text = said(node.args[0])
            if text is not None:
                found.append(text)
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "why":
            text = said(node.value)
            if text is not None:
                found.append(text)
    return found


def test_every_refusal_of_returns_is_said_in_french(french: None) -> None:
    """A return refused (too many, refund too big, not a manager...) reads in French, never in the service's English:
    every sentence the returns' service writes is known (a new one without French fails here)."""
    sentences = _sentences_of("genuka_desk/service/returns.py")
    assert len(sentences) >= 15
    words = RefusalWords()
    for sentence in sentences:
        said = words.text(sentence)
        assert not said.startswith("“"), f"not said in French: {sentence}"
        assert said != sentence, sentence
    assert words.text("Only 2 of Lampe can still be returned (sold 4, returned 2).") == (
        "Seulement 2 de « Lampe » peuvent encore être rendus (vendus 4, déjà rendus 2)."
    )
