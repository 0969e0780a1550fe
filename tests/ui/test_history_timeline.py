"""The editor's History tab against the demo server: one timeline, one entry per thing, in the clerk's words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.models import OrderEdit
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.i18n import install_language
from tests.support.gui import WAIT, Gui, run

WORDS = {
    "en": {
        "created": "created the order",
        "payment": "added a payment",
        "status": "Delivery: Pending → Taken in charge",
        "city": "Shipping address (city): ",
        "here": "on this computer (waiting to be sent)",
        "made": "Made on this computer",
        "raw": "The server's words: Payment added",
        "offline": "The server's history is not available offline.",
        "desk payment": "Payment of",
    },
    "fr": {
        "created": "a créé la commande",
        "payment": "a ajouté un paiement",
        "status": "Livraison : En attente → Prise en charge",
        "city": "Adresse de livraison (ville) : ",
        "here": "sur cet ordinateur (en attente d’envoi)",
        "made": "Faite sur cet ordinateur",
        "raw": "Texte du serveur : Payment added",
        "offline": "L’historique du serveur n’est pas disponible hors ligne.",
        "desk payment": "Paiement de",
    },
}


def entries(editor: OrderEditor) -> list[str]:
    return [editor.history.item(n).text() for n in range(editor.history.count())]


def tips(editor: OrderEditor) -> list[str]:
    return [editor.history.item(n).toolTip() for n in range(editor.history.count())]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_history_is_one_timeline_newest_first_in_the_clerks_words(gui: Gui, qtbot: QtBot, language: str) -> None:
    words = WORDS[language]
    install_language(language)
    try:
        row = gui.open_row()
        order = gui.service.orders.cached(row.id)
        assert order is not None and row.total
        # Made here and sent: a status, then a payment; a colleague's change on the server between.
        run(
            qtbot,
            gui.bridge,
            gui.service.orders.update(row.id, OrderEdit(fields={"shipping.status": "taken_in_charge"})),
        )
        gui.sync()
        gui.server.store.colleague_edit(row.id, {"billing.method": "card"})
        run(qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(500), "cash"))
        gui.sync()
        # Made here and not sent yet.
        run(qtbot, gui.bridge, gui.service.orders.update(row.id, OrderEdit(fields={"shipping.address.city": "Kribi"})))

        editor = OrderEditor(gui.service, gui.bridge, row.id, locale=language)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: any(words["created"] in text for text in entries(editor)), timeout=WAIT)
        shown = entries(editor)
        joined = "\n".join(shown)
        # One entry per thing: the status and the payment once each, as the server's (confirmed) entries.
        assert sum(words["status"] in text for text in shown) == 1, joined
        assert sum(words["payment"] in text for text in shown) == 1, joined
        assert words["desk payment"] not in joined, joined  # not also this computer's "Payment of 500 FCFA"
        assert sum(words["here"] in text for text in shown) == 1 and words["city"] + "Kribi" in joined, joined
        # Newest first: the payment, the colleague's change, the status, and the creation last.
        payment = next(n for n, text in enumerate(shown) if words["payment"] in text)
        colleague = next(n for n, text in enumerate(shown) if "card" in text)
        status = next(n for n, text in enumerate(shown) if words["status"] in text)
        assert payment < colleague < status < len(shown) - 1 and words["created"] in shown[-1], joined
        assert "Total" not in shown[colleague], joined  # the amount logged again unchanged ("6500 → 6500.00")
        # The server's words in the clerk's language; its raw text only as a detail.
        assert "Payment added" not in joined and "updated" not in joined, joined
        assert words["raw"] in tips(editor)[payment] and words["made"] in tips(editor)[payment]
        assert words["made"] in tips(editor)[status] and words["made"] not in tips(editor)[colleague]

        # Shown again (the order changed): rebuilt from both, the server's entries stay.
        editor.load(editor.order)
        assert entries(editor) == shown
        # The waiting change goes out: the server's entry takes its place, asked for again.
        gui.sync()

        def merged() -> bool:
            # Sent, then confirmed by the server's history read again: one more entry, none twice (a change
            # still being sent when the history came shows apart until it is marked sent).
            shown = entries(editor)
            return sum(words["city"] in text and "Kribi" in text for text in shown) == 1 and len(shown) == status + 2

        qtbot.waitUntil(merged, timeout=WAIT)
        assert not any(words["here"] in text for text in entries(editor))
        editor.close()
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_offline_the_history_is_this_computers_with_a_word_why(gui: Gui, qtbot: QtBot, language: str) -> None:
    words = WORDS[language]
    install_language(language)
    try:
        row = gui.open_row()
        run(qtbot, gui.bridge, gui.service.orders.update(row.id, OrderEdit(fields={"shipping.address.city": "Kribi"})))
        gui.server.stop()
        editor = OrderEditor(gui.service, gui.bridge, row.id, locale=language)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: words["offline"] in entries(editor), timeout=WAIT)
        shown = entries(editor)
        assert shown[0] == words["offline"] and len(shown) == 2 and words["here"] in shown[1], shown
        editor.close()
    finally:
        install_language("en")


def test_an_older_answer_of_the_history_never_replaces_a_newer_one(gui: Gui, qtbot: QtBot) -> None:
    """Asked twice (a change was sent meanwhile), the two answers can come back out of order on a busy PC: the
    older one, without the change, must not replace the newer (the timeline stayed without it for good)."""
    row = gui.open_row()
    editor = OrderEditor(gui.service, gui.bridge, row.id, locale="en")
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: any("created the order" in text for text in entries(editor)), timeout=WAIT)
    newer = run(qtbot, gui.bridge, gui.service.orders.activities(row.id))
    older = newer[:-1] if len(newer) > 1 else []
    editor._ask_history()  # two asks on their way; the first answer arrives last
    first = editor._history_ask - 1
    editor._show_activities(newer, editor._history_ask)
    shown = entries(editor)
    editor._show_activities(older, first)
    assert entries(editor) == shown
    editor.close()
