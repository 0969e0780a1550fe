"""Quitting with changes not sent: the question says what waits, what each choice does, and why Send now failed."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.ui import quit_dialog
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.quit_dialog import QuitSituation, QuitWords
from tests.support.gui import WAIT, Gui, run


def quit_texts(situation: QuitSituation) -> tuple[str, str]:
    return QuitWords().texts(situation)


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def done(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's teardown closes it before the patches are undone: it must not ask then."""
    monkeypatch.setattr(quit_dialog, "ask_quit", lambda parent, situation: "quit")


def test_waiting_changes_offline_say_they_wait_and_what_each_button_does() -> None:
    text, details = quit_texts(QuitSituation(pending=2, failed=0, conflict=0, online=False))
    assert "2 changes have not reached the Genuka server yet." in text and "2 changes wait on" in text
    assert "cannot be reached" in text and "next start" in text
    assert "Send now:" in details and "Keep sending in the background:" in details and "Quit anyway:" in details


def test_a_refused_change_waits_for_retry_and_is_not_promised_for_the_next_start() -> None:
    text, details = quit_texts(QuitSituation(pending=0, failed=1, conflict=1, online=True))
    assert "1 change was refused" in text and "Retry" in text and "not sent on its own" in text
    assert "colleague" in text
    assert "next start" not in text  # nothing waits to be sent: only the clerk can move these
    assert "Send now" not in details  # sending cannot help them


def test_after_a_failed_send_now_it_says_why(french: None) -> None:
    text, details = quit_texts(QuitSituation(pending=1, failed=0, conflict=0, online=False, send_failed="offline"))
    assert "L’envoi n’a pas marché" in text and "serveur est injoignable" in text
    assert "Quitter quand même" in details
    text, _ = quit_texts(QuitSituation(pending=0, failed=2, conflict=0, online=True))
    assert "refusées" in text and "Réessayer" in text


def test_send_now_while_offline_asks_again_saying_it_is_offline(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = gui.open_row()
    gui.server.stop()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    asked: list[QuitSituation] = []
    answers = iter(["send", None])

    def ask(parent: Any, situation: QuitSituation) -> str | None:
        asked.append(situation)
        return next(answers)

    monkeypatch.setattr(quit_dialog, "ask_quit", ask)
    assert not gui.window.close()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=WAIT)  # Send now could not send: asked again
    assert asked[0].send_failed is None and asked[0].pending == 1
    assert asked[1].send_failed == "offline" and asked[1].pending == 1
    assert gui.window.isVisible()  # Cancel the second time: the window stays, the change is kept
    assert gui.service.changes.unsent_count() == 1
    done(monkeypatch)


def test_only_a_refused_change_left_does_not_offer_to_send(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = next(r for r in gui.rows() if r.balance and r.balance > 100 and not r.cancelled)
    run(qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(100), "cash"))
    gui.server.faults.arm("business", 1)  # the payment is refused by the server
    gui.sync()
    assert gui.service.changes.counts().failed == 1
    asked: list[QuitSituation] = []
    monkeypatch.setattr(quit_dialog, "ask_quit", lambda parent, situation: asked.append(situation) or "quit")
    gui.window.close()
    assert asked and asked[0].failed == 1 and asked[0].pending == 0
    text, details = quit_texts(asked[0])
    assert "Retry" in text and "Send now" not in details
    done(monkeypatch)
