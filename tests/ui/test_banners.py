"""The damaged-cache banner while the orders are fetched again, on the demo API."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.support.gui import WAIT, Gui, run
from tests.support.services import store_of


def test_damaged_cache_banner_while_orders_are_fetched_again(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.store import CACHE_FILE
    from tests.support.damage import damage

    assert not gui.window.banners.cache_banner.isVisible()
    target = gui.open_row()
    gui.window.statuses.change_status(target.id, "shipping", "delivered")
    qtbot.waitUntil(lambda: "1 change" in gui.window.status_bar.pending_label.text(), timeout=WAIT)
    store_of(gui.service).files.checkpoint()
    damage(store_of(gui.service).folder / CACHE_FILE)
    assert run(qtbot, gui.bridge, gui.service.check_cache()) is False
    qtbot.waitUntil(gui.window.banners.cache_banner.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: gui.model.rowCount() == 0, timeout=WAIT)
    assert "1 change" in gui.window.status_bar.pending_label.text()  # the queue is untouched
    gui.sync()
    qtbot.waitUntil(lambda: gui.model.rowCount() == 60, timeout=WAIT)
    assert not gui.window.banners.cache_banner.isVisible()
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"
