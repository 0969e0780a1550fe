"""The sale window shows the desk's shop's stock, in the picker and on each line, and warns beyond it: never blocks."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DemoServer
from genuka_desk.service import CatalogItem, OrderService
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.counter import NewOrderWindow
from genuka_desk.ui.counter.lines_part import QUANTITY, STOCK
from genuka_desk.ui.i18n import install_language
from tests.support.gui import WAIT, run
from tests.support.services import make_service


@pytest.fixture
def shop_desk(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path
) -> Iterator[ServiceBridge]:
    """A desk of the demo's first shop, synced (its stock is that shop's warehouses')."""
    service = make_service(demo_server, tmp_path / "profile", shop_id=demo_server.store.data.shop_id)
    bridge = ServiceBridge(service)
    run(qtbot, bridge, service.sync())
    yield bridge
    bridge.close()
    run(qtbot, bridge, service.close())
    install_language("en")


def _followed(service: OrderService, server: DemoServer) -> tuple[CatalogItem, Decimal]:
    """A variant the shop holds some of, and what the whole company holds (more: the other shop has some)."""
    item = next(i for i in service.catalog.search("", limit=200) if i.stock is not None and i.stock >= 2)
    total = server.store.stocks.list_stocks({"filter[product_variants]": str(item.variant_id)}, "", "pagination")
    return item, Decimal(str(total["data"][0]["quantity"]))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_selling_beyond_the_shops_stock_is_warned_and_still_saved(
    qtbot: QtBot, shop_desk: ServiceBridge, demo_server: DemoServer, language: str
) -> None:
    service = shop_desk.service
    item, company = _followed(service, demo_server)
    stock = item.stock or Decimal(0)
    assert stock < company
    install_language(language)
    window = NewOrderWindow(service, shop_desk, locale=language)
    qtbot.addWidget(window)
    window.show()
    lines = window.goods
    qtbot.keyClicks(lines.search, item.sku)
    lines.search.flush()
    qtbot.waitUntil(lambda: lines.results.count() > 0, timeout=WAIT)
    assert f"stock {stock.normalize():f}" in lines.results.item(0).text()  # the picker: the shop's figure
    window.add_item(item)
    cell = lines.table.item(0, STOCK)
    assert cell is not None and cell.text() == f"{stock.normalize():f}"
    assert lines.stock_note.text() == ""
    # One more than the shop holds (fewer than the company's total): warned, never blocked.
    spin = lines.table.cellWidget(0, QUANTITY)
    assert isinstance(spin, QSpinBox)
    spin.setValue(int(stock) + 1)
    warned = {"fr": "Plus que le stock : %s", "en": "More than the stock: %s"}[language] % item.label
    assert lines.stock_note.text() == warned
    qtbot.keyClicks(window.customer.phone, "699 00 15 15")
    assert window.save_button.isEnabled()
    window.save_button.click()
    qtbot.waitUntil(lambda: service.catalog.item(str(item.variant_id)).stock == -1, timeout=WAIT)  # type: ignore[union-attr]
