"""The status bar alone: online or not, what waits, the sync's progress and last time, Sync now."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.service import SyncFinished, SyncPhase
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.sync_status_bar import SyncStatusBar
from tests.support.gui import WAIT, Gui, Synced


def status_bar(synced: Synced, qtbot: QtBot) -> tuple[QMainWindow, SyncStatusBar]:
    """The bar in a bare window (where it lives: its offline strip shown or hidden in it)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = SyncStatusBar(synced.service, synced.bridge, window)
    window.setStatusBar(bar)
    window.show()
    return window, bar


def test_it_catches_up_with_a_sync_that_ran_before_it(synced: Synced, qtbot: QtBot) -> None:
    _window, bar = status_bar(synced, qtbot)
    assert bar.online_label.text() == "Connecting…" and bar.last_sync_label.text() == "Not synced yet"
    bar.catch_up()
    assert bar.online_label.text() == "Online" and bar.online and not bar.offline_banner.isVisible()
    assert bar.pending_label.text() == "All changes sent"
    assert bar.last_sync_label.text().startswith("Last sync ") and bar.last_sync is not None


def test_what_waits_and_whether_the_server_is_reached(synced: Synced, qtbot: QtBot) -> None:
    _window, bar = status_bar(synced, qtbot)
    bar.show_queue(3, 1, 2)
    assert bar.pending_label.text() == "3 changes waiting · 1 refused · 2 in conflict"
    bar.show_queue(0, 0, 0)
    assert bar.pending_label.text() == "All changes sent"
    bar.show_progress(SyncPhase.PUSH, 1, 4)
    assert bar.progress.isVisible() and bar.progress.maximum() == 4 and bar.progress.toolTip() == "Sending changes"
    bar.show_connectivity(False, "no route to host")
    assert bar.offline_banner.isVisible() and not bar.progress.isVisible()  # nothing moves offline
    assert bar.online_label.text() == "Offline" and bar.online_label.toolTip() == "no route to host"
    bar.show_progress(SyncPhase.PUSH, 0, 4)  # a first change tried again and again offline: no empty bar
    assert not bar.progress.isVisible()
    bar.show_connectivity(True, "")
    bar.sync_finished(SyncFinished(error="The server failed (502)."))
    assert bar.online_label.text() == "Server trouble, retrying" and "502" in bar.online_label.toolTip()
    bar.sync_finished(SyncFinished(pulled=2))
    assert bar.online_label.text() == "Online" and bar.last_sync_label.text().startswith("Last sync ")


def test_sync_now_is_off_while_the_sync_it_started_runs(synced: Synced, qtbot: QtBot) -> None:
    _window, bar = status_bar(synced, qtbot)
    synced.server.store.add_orders(2)
    bar.sync_action.trigger()
    assert not bar.sync_action.isEnabled()
    qtbot.waitUntil(bar.sync_action.isEnabled, timeout=WAIT)
    assert bar.last_sync_label.text().startswith("Last sync ")


def test_offline_banner_and_queued_edits(gui: Gui, qtbot: QtBot) -> None:
    port, store = gui.server.port, gui.server.store
    gui.server.stop()
    gui.sync()
    qtbot.waitUntil(gui.window.status_bar.offline_banner.isVisible, timeout=WAIT)
    assert gui.window.status_bar.online_label.text() == "Offline"
    target = gui.open_row()
    row = gui.row_index(target.id)
    gui.window.statuses.change_status(target.id, "shipping", "delivered")
    assert gui.model.index(row, Column.SYNC).data() == "↑"
    qtbot.waitUntil(lambda: "1 change" in gui.window.status_bar.pending_label.text(), timeout=WAIT)
    with DemoServer(store=store, port=port) as back:
        gui.sync()
        qtbot.waitUntil(lambda: not gui.window.status_bar.offline_banner.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "", timeout=WAIT)
        assert back.store.get_order(target.id)["shipping"]["status"] == "delivered"
