"""The filter toolbar alone: the list it asks for, when it says so, what it keeps between starts."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from genuka_desk.models.coerce import WAT
from genuka_desk.service import ListQuery
from genuka_desk.ui.filter_bar import FilterBar
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.window_layout import ATTENTION_KEY, FULFILMENT_KEY, PAYMENT_KEY
from tests.support.gui import WAIT, Gui


def bar(qtbot: QtBot) -> FilterBar:
    made = FilterBar()
    qtbot.addWidget(made)
    return made


def test_the_query_is_what_the_filters_say_sorted_as_the_list(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    base = ListQuery(sort="total", descending=False)
    assert filters.query(base) == ListQuery(sort="total", descending=False)  # nothing on: every order
    filters.search.setText("Abena")
    filters.payment_filter.setCurrentIndex(filters.payment_filter.findData("paid"))
    filters.fulfilment_filter.setCurrentIndex(filters.fulfilment_filter.findData("delivered"))
    filters.attention.setChecked(True)
    filters.waiting.setChecked(True)
    filters.date_from.setDate(QDate(2026, 3, 1))
    filters.date_to.setDate(QDate(2026, 3, 31))
    assert filters.query(base).created_from is None  # the days count only once "From" is ticked
    filters.dates_enabled.setChecked(True)
    assert filters.date_from.isEnabled() and filters.date_to.isEnabled()
    query = filters.query(base)
    assert query.search == "Abena" and query.billing_status == ("paid",) and query.shipping_status == ("delivered",)
    assert query.needs_attention and query.only_unsent and (query.sort, query.descending) == ("total", False)
    # The shop's days, from the first moment of the first to the last of the last, in Douala's time.
    assert query.created_from == datetime(2026, 3, 1, tzinfo=WAT)
    assert query.created_to == datetime.combine(datetime(2026, 3, 31), time.max, tzinfo=WAT)


def test_each_filter_says_it_changed_and_the_search_once_the_typing_pauses(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    said: list[None] = []
    filters.changed.connect(lambda: said.append(None))
    filters.attention.setChecked(True)
    filters.waiting.setChecked(True)
    filters.payment_filter.setCurrentIndex(1)
    filters.fulfilment_filter.setCurrentIndex(1)
    filters.dates_enabled.setChecked(True)
    assert len(said) == 5
    said.clear()
    qtbot.keyClicks(filters.search, "ORDER_12")  # a burst of keys: one new list, after the pause
    assert said == []
    qtbot.waitUntil(lambda: len(said) == 1, timeout=5_000)
    qtbot.keyClick(filters.search, "3")
    filters.search_now()  # Enter: listed now, the pause not waited for
    qtbot.wait(300)
    assert len(said) == 1


def test_the_filters_are_kept_under_the_main_windows_keys_and_come_back(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    filters = bar(qtbot)
    filters.payment_filter.setCurrentIndex(filters.payment_filter.findData("pending"))
    filters.fulfilment_filter.setCurrentIndex(filters.fulfilment_filter.findData("delivered"))
    filters.attention.setChecked(True)
    filters.search.setText("not kept")
    filters.remember(settings)
    assert (settings.value(PAYMENT_KEY), settings.value(FULFILMENT_KEY)) == ("pending", "delivered")
    assert str(settings.value(ATTENTION_KEY)).lower() == "true"
    again = bar(qtbot)
    again.restore(settings)
    assert again.payment_filter.currentData() == "pending" and again.fulfilment_filter.currentData() == "delivered"
    assert again.attention.isChecked() and again.search.text() == ""
    settings.setValue(PAYMENT_KEY, "no such status")  # an older version's value: as if none
    again.restore(settings)
    assert again.payment_filter.currentIndex() == 0


def test_the_count_and_the_new_orders_badge(qtbot: QtBot) -> None:
    filters = bar(qtbot)
    filters.show()
    filters.show_count(0)
    assert filters.found.text() == "No order matches"
    filters.show_count(128)
    assert filters.found.text() == "128 orders"
    filters.show_new(0)
    assert not filters.new_badge_action.isVisible()
    filters.show_new(2)
    assert filters.new_badge_action.isVisible() and filters.new_badge.text() == "2 new orders"
    asked: list[None] = []
    filters.newOrdersAsked.connect(lambda: asked.append(None))
    filters.new_badge.click()
    assert asked == [None]


def test_list_search_filters_and_sort(gui: Gui, qtbot: QtBot) -> None:
    model = gui.model
    assert model.rowCount() == 60
    assert model.headerData(Column.TOTAL, Qt.Orientation.Horizontal) == "Total"
    first = gui.rows()[0]
    gui.window.filters.search.setText(first.customer.split()[-1])
    qtbot.waitUntil(lambda: model.rowCount() < 60, timeout=WAIT)
    assert any(r.id == first.id for r in gui.rows())
    gui.window.filters.search.setText(first.reference)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    gui.window.filters.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 60, timeout=WAIT)

    combo = gui.window.filters.payment_filter
    combo.setCurrentIndex(combo.findData("paid"))
    assert 0 < model.rowCount() < 60
    assert all(r.billing_status.value == "paid" for r in gui.rows())
    fulfil = gui.window.filters.fulfilment_filter
    fulfil.setCurrentIndex(fulfil.findData("delivered"))
    assert all(r.shipping_status.value == "delivered" and r.billing_status.value == "paid" for r in gui.rows())
    combo.setCurrentIndex(0)
    fulfil.setCurrentIndex(0)
    assert model.rowCount() == 60

    gui.window.filters.attention.setChecked(True)
    assert model.rowCount() == 0
    gui.window.filters.attention.setChecked(False)

    dates = sorted(r.created_at for r in gui.rows())
    middle = dates[30]
    gui.window.filters.date_from.setDate(middle.date())
    gui.window.filters.date_to.setDate(dates[-1].date())
    gui.window.filters.dates_enabled.setChecked(True)
    assert 0 < model.rowCount() < 60
    assert all(r.created_at.date() >= middle.date() for r in gui.rows())
    gui.window.filters.dates_enabled.setChecked(False)

    gui.window.table.sort_list(Column.TOTAL, descending=True)
    totals = [r.total for r in gui.rows()]
    assert totals == sorted(totals, reverse=True)
    gui.window.table.sort_list(Column.CUSTOMER, descending=False)
    names = [r.customer.lower() for r in gui.rows()]
    assert names == sorted(names)
