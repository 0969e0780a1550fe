"""The till window: the session now, a manager's review, an opening held by the sync, the sessions' history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot

from genuka_desk.models import format_money
from genuka_desk.service.till import parse_counts
from genuka_desk.ui.till.history_table import STATUS_COLUMN
from genuka_desk.ui.till.window import TillWindow
from tests.support.gui import WAIT, Gui, run
from tests.support.services import make_service, settle
from tests.support.till import cash_server, close_dialog, fill, open_till, sync, wait_text, window_on


@pytest.fixture
def till_gui(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> Iterator[Gui]:
    with cash_server() as server, window_on(qtbot, server, tmp_path) as gui:
        yield gui


def money(amount: int) -> str:
    return format_money(amount, "XAF", "en")


def till_window(gui: Gui) -> TillWindow:
    window = gui.window.till.show_window()
    assert isinstance(window, TillWindow)
    gui.qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)
    return window


def waiting_for_a_manager(gui: Gui) -> None:
    """A shift opened with 5 000 and closed with 4 000 counted: the server asks for a manager."""
    open_till(gui, {5000: 1})
    sync(gui)
    dialog = close_dialog(gui)
    fill(dialog.table, {2000: 2})
    dialog.reason.setCurrentIndex(dialog.reason.findData("lost_receipt"))
    dialog.close_button.click()
    dialog.close_button.click()  # Done
    sync(gui)
    view = gui.service.till.current()
    assert view is not None and view.session.status == "pending_approval"


def server_statuses(gui: Gui) -> list[str]:
    return [str(s["status"]) for s in gui.server.store.state.cash_sessions.values()]


def test_the_window_shows_the_session_now_and_its_cash_in(till_gui: Gui, qtbot: QtBot) -> None:
    open_till(till_gui, {10000: 1, 500: 2}, "matin")
    sync(till_gui)
    window = till_window(till_gui)
    panel = window.current
    assert panel.state.text() == "<b>Open</b>" and panel.expected.text() == f"<b>{money(11000)}</b>"
    assert panel.opening.text().startswith(money(11000)) and "× 2" in panel.opening.text()
    assert window.history.rowCount() == 1 and window.history.item(0, STATUS_COLUMN).text() == "Open"
    qtbot.waitUntil(lambda: panel.cash_in.text() == money(0), timeout=WAIT)  # from the session's report
    assert not window.review.isVisible() and not window.held.isVisible()


def test_a_manager_approves_a_count_that_differs_from_the_window(till_gui: Gui, qtbot: QtBot) -> None:
    waiting_for_a_manager(till_gui)
    window = till_window(till_gui)
    assert window.review.isVisible() and "differs by" in window.review.text.text()
    assert "Lost receipt" in window.review.text.text()
    asked: list[str] = []
    window.review.ask = lambda parent, title, label: asked.append(title) or "Vu, ticket retrouvé"  # type: ignore[func-returns-value]
    window.review.approve_button.click()
    qtbot.waitUntil(lambda: till_gui.service.till.current() is None, timeout=WAIT)
    assert asked == ["Approve the count"] and server_statuses(till_gui) == ["closed"]
    qtbot.waitUntil(lambda: window.history.item(0, STATUS_COLUMN).text() == "Closed and approved", timeout=WAIT)
    qtbot.waitUntil(lambda: not window.review.isVisible(), timeout=WAIT)
    wait_text(qtbot, till_gui.window.till.bar, "Till closed")


def test_a_manager_rejects_the_count_and_the_till_opens_again(till_gui: Gui, qtbot: QtBot) -> None:
    waiting_for_a_manager(till_gui)
    window = till_window(till_gui)
    window.review.ask = lambda parent, title, label: "   "  # an empty reason: asked for, nothing sent
    window.review.reject_button.click()
    assert "Say why" in window.message.text() and server_statuses(till_gui) == ["pending_approval"]
    window.review.ask = lambda parent, title, label: "Recomptez, il manque un billet"
    window.review.reject_button.click()
    qtbot.waitUntil(lambda: server_statuses(till_gui) == ["opened"], timeout=WAIT)
    wait_text(qtbot, window.current.state, "Open")
    qtbot.waitUntil(lambda: till_gui.window.till.close_action.isEnabled(), timeout=WAIT)  # to count again


def test_offline_a_review_says_it_needs_the_server(till_gui: Gui, qtbot: QtBot) -> None:
    waiting_for_a_manager(till_gui)
    window = till_window(till_gui)
    till_gui.server.stop()
    asked: list[Any] = []
    window.review.ask = lambda *a: asked.append(a) or "ok"  # type: ignore[func-returns-value]
    window.review.approve_button.click()  # the desk does not know yet that the server is gone: it tries
    wait_text(qtbot, window.message, "needs the server")
    run(qtbot, till_gui.bridge, till_gui.service.sync())  # now it knows
    window.show_message("")
    asked.clear()
    window.review.approve_button.click()
    assert "needs the server" in window.message.text() and not asked  # said at once, nothing asked
    assert till_gui.service.till.current().session.status == "pending_approval"  # type: ignore[union-attr]


def test_a_login_without_the_permission_is_offered_no_review(till_gui: Gui, qtbot: QtBot) -> None:
    waiting_for_a_manager(till_gui)
    till_gui.window.till.may_review = False
    window = till_window(till_gui)
    assert window.history.item(0, STATUS_COLUMN).text() == "Closed, awaiting approval"
    assert not window.review.isVisible()


def test_an_opening_held_by_a_session_open_elsewhere_can_take_it_over(
    till_gui: Gui, qtbot: QtBot, tmp_path: Path
) -> None:
    other = make_service(till_gui.server, tmp_path / "other-desk")
    try:
        run(qtbot, till_gui.bridge, other.sync())
        other.till.open(parse_counts("10000x1", other.till.denominations()))
        run(qtbot, till_gui.bridge, settle(other))
        open_till(till_gui, {5000: 2})  # this desk did not know: its opening is held by the sync
        sync(till_gui)
        window = till_window(till_gui)
        assert window.held.isVisible() and "already open on the server" in window.held.text.text()
        assert money(10000) in window.held.text.text()  # the other session's opening, as money
        wait_text(qtbot, till_gui.window.till.bar, "waiting for your decision")
        window.held.take_over_button.click()
        qtbot.waitUntil(lambda: not window.held.isVisible(), timeout=WAIT)
        view = till_gui.service.till.current()
        (theirs,) = other.till.sessions()
        assert view is not None and view.session.server_id == theirs.session.server_id
        assert server_statuses(till_gui) == ["opened"]  # one session for the shift, never two
    finally:
        run(qtbot, till_gui.bridge, other.close())


def test_a_held_opening_can_be_discarded(till_gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    other = make_service(till_gui.server, tmp_path / "other-desk")
    try:
        run(qtbot, till_gui.bridge, other.sync())
        other.till.open(parse_counts("10000x1", other.till.denominations()))
        run(qtbot, till_gui.bridge, settle(other))
        open_till(till_gui, {5000: 2})
        sync(till_gui)
        window = till_window(till_gui)
        assert window.held.discard_button.text() == "Discard my opening"
        window.held.discard_button.click()
        qtbot.waitUntil(lambda: not window.held.isVisible(), timeout=WAIT)
        # Gone here; the session open on the other desk shows after the next sync (the server's).
        sync(till_gui)
        view = till_gui.service.till.current()
        assert view is None or view.session.server_id is not None
    finally:
        run(qtbot, till_gui.bridge, other.close())


def test_the_tills_held_reasons_are_said_in_french_with_money_and_time(qapp: object) -> None:
    from genuka_desk.models.held import TILL_CLOSED_ELSEWHERE, TILL_OPEN_ELSEWHERE
    from genuka_desk.ui.held_words import HeldWords
    from genuka_desk.ui.i18n import install_language

    install_language("fr")
    try:
        words = HeldWords()
        held = TILL_OPEN_ELSEWHERE.format(who="Awa", at="2026-12-07T07:02+00:00", start="10000")
        text = words.text(held, "XAF", "fr")
        assert text is not None and text.startswith("Pas ouverte : la caisse est déjà ouverte sur le serveur")
        assert "07/12/2026 08:02" in text and format_money(10000, "XAF", "fr") in text  # Douala time, money
        closed = words.text(TILL_CLOSED_ELSEWHERE.format(status="closed", counted="None"), "XAF", "fr")
        assert closed is not None and "déjà cette caisse fermée (comptée —)" in closed
    finally:
        install_language("en")
