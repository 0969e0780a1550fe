"""The editor's conflict view: keep mine, take theirs, an unanswered try."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from genuka_desk.store import ChangeState
from tests.support.gui import WAIT, Gui, open_editor, run
from tests.support.services import FAST_SYNC, writes_of


def test_conflict_view_keep_mine(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(qtbot, gui.bridge, gui.service.orders.set_status(target.id, shipping="delivered"))
    gui.server.store.colleague_edit(target.id, {"shipping.status": "taken_in_charge"})
    gui.sync()
    assert gui.service.changes.get(change.id).state is ChangeState.CONFLICT
    editor = open_editor(gui, qtbot, target.id)
    assert editor.conflict.isVisibleTo(editor)
    assert editor.conflict.table.item(0, 0).text() == "Delivery"  # the clerk's words, not shipping.status
    assert editor.conflict.table.item(0, 1).text() == "Delivered"
    assert editor.conflict.table.item(0, 2).text() == "Taken in charge"
    editor.conflict.keep_mine.click()
    qtbot.waitUntil(lambda: gui.service.changes.get(change.id).state is ChangeState.PENDING, timeout=WAIT)
    gui.sync()
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"
    assert len(writes_of(gui.server, change.id)) == 1


def test_conflict_view_says_when_an_unanswered_try_may_have_been_undone(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(qtbot, gui.bridge, gui.service.orders.set_status(target.id, shipping="delivered"))
    gui.server.faults.arm("drop", 1, method="PUT", path="/admin/orders")  # applied, the answer lost
    gui.sync()
    gui.server.store.colleague_edit(target.id, {"shipping.status": "pending"})  # put back
    qtbot.wait(int(FAST_SYNC.in_flight_limit * 1000) + 50)  # past the settle window
    gui.sync()
    assert gui.service.changes.get(change.id).state is ChangeState.CONFLICT
    editor = open_editor(gui, qtbot, target.id)
    assert editor.conflict.title() == "Sent without an answer, then changed on the server"
    assert editor.conflict.unsure.isVisibleTo(editor)
    assert editor.conflict.table.item(0, 1).text() == "Delivered"
    assert editor.conflict.table.item(0, 2).text() == "Pending"
    assert len(writes_of(gui.server, change.id)) == 1  # asked, not sent again
    editor.conflict.take_theirs.click()
    qtbot.waitUntil(lambda: not gui.service.orders.changes_of(target.id), timeout=WAIT)
    assert not editor.conflict.isVisibleTo(editor)
