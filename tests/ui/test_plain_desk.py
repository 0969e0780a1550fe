"""A desk clerks understand at a glance (issue 17): one spelling per thing, totals that follow, no dead ends."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from genuka_desk.models import LineChange, OrderEdit, format_money
from genuka_desk.service import ListQuery
from genuka_desk.ui import quit_dialog
from genuka_desk.ui.labels import source_label
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.quit_dialog import QuitSituation
from tests.support.gui import WAIT, Gui, answer_confirm, run


def test_sources_have_one_spelling_in_the_list_the_editor_and_the_counter(gui: Gui) -> None:
    assert source_label("WHATSAPP") == source_label("whatsapp") == "WhatsApp"
    assert source_label("POS") == "Counter (POS)" and source_label("") == "—"
    row = next(r for r in gui.rows() if r.source.upper() == "WHATSAPP")
    assert gui.model.index(gui.row_index(row.id), Column.SOURCE).data() == "WhatsApp"
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None and "WhatsApp" in editor.header.text()
    sale = gui.new_order()
    texts = [sale.delivery.source.itemText(n) for n in range(sale.delivery.source.count())]
    assert "WhatsApp" in texts and "Counter (POS)" in texts


def test_the_lists_total_and_balance_follow_a_local_edit_at_once(gui: Gui, qtbot: QtBot) -> None:
    row = next(
        r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total
    )
    order = gui.service.orders.cached(row.id)
    assert order is not None and order.lines and row.total is not None
    line = order.lines[0]
    gui.server.stop()  # offline: only the local copy moves
    edit = OrderEdit(lines={str(line.id): LineChange(quantity=(line.quantity or 1) + 2)})
    run(qtbot, gui.bridge, gui.service.orders.update(row.id, edit))
    moved = (line.price or Decimal(0)) * 2
    shown = gui.service.orders.row(row.id)
    assert shown is not None and shown.total == row.total + moved and shown.balance == (row.balance or 0) + moved
    wanted = format_money(row.total + moved, row.currency, "en")

    def shown_in_list() -> bool:
        return bool(gui.model.index(gui.row_index(row.id), Column.TOTAL).data() == wanted)

    qtbot.waitUntil(shown_in_list, timeout=WAIT)


def test_quitting_with_unsent_changes_says_how_many_and_offers_to_send(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = gui.open_row()
    port, store = gui.server.port, gui.server.store
    gui.server.stop()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    asked: list[int] = []
    answers = iter([None, "send", "quit"])

    def ask(parent: object, situation: QuitSituation) -> str | None:
        asked.append(situation.pending + situation.failed + situation.conflict)
        return next(answers)

    monkeypatch.setattr(quit_dialog, "ask_quit", ask)
    assert not gui.window.close() and asked == [1]  # Cancel: the window stays
    from genuka_desk.demo import DemoServer

    with DemoServer(store=store, port=port):
        gui.window.close()  # Send now: sent, then the window closes (nothing left to ask about)
        qtbot.waitUntil(lambda: not gui.window.isVisible(), timeout=WAIT)
    assert asked == [1, 1] and gui.service.changes.unsent_count() == 0


def test_the_demo_says_so_in_its_title_and_a_strip(
    qtbot: QtBot, qloop: object, demo_server: object, tmp_path: object, qapp: object
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
    from genuka_desk.service import AppPaths, Profile, Session
    from genuka_desk.service.demo import DEMO_PROFILE
    from genuka_desk.ui.app import DesktopApp

    assert isinstance(demo_server, DemoServer) and isinstance(tmp_path, Path)
    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    for name, demo in ((DEMO_PROFILE, True), ("shop", False)):
        profile = Profile(name=name, base_url=demo_server.url, company_id=demo_server.company_id)
        desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)  # type: ignore[arg-type]
        try:
            window = desktop.show()
            qtbot.addWidget(window)
            assert ("(demo)" in window.windowTitle()) is demo
            assert window.banners.demo_banner.isVisibleTo(window) is demo
            window.close()
        finally:
            desktop.bridge.close()
            run(qtbot, desktop.bridge, desktop.service.close())


def test_the_search_box_counts_clears_goes_into_the_results_and_opens_a_scanned_reference(
    gui: Gui, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    window = gui.window
    total = gui.service.orders.count(ListQuery())
    assert window.filters.found.text() == f"{total} orders"
    qtbot.keyClicks(window.filters.search, "zzzz-nobody")
    window.apply_filters()  # what the typing pause then calls
    assert window.filters.found.text() == "No order matches"
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)  # Esc clears
    assert window.filters.search.text() == ""
    window.apply_filters()
    assert window.filters.found.text() == f"{total} orders" and window.table.verticalScrollBar().value() == 0
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Down)  # into the results, on the first order
    assert window.table.hasFocus() or window.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0
    row = gui.rows()[5]
    window.filters.search.setFocus()
    qtbot.keyClicks(window.filters.search, row.reference.lstrip("#"))  # a scanner types the reference...
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)  # ...then Enter: the order opens
    assert row.id in window.windows.windows and window.windows.windows[row.id].isVisible()


def test_history_and_refusals_speak_the_clerks_words_one_entry_per_line(gui: Gui, qtbot: QtBot) -> None:
    row = next(
        r for r in gui.service.orders.rows(ListQuery(limit=None)) if r.billing_status.value == "pending" and r.total
    )
    order = gui.service.orders.cached(row.id)
    assert order is not None and order.lines
    line = order.lines[0]
    status = "taken_in_charge" if order.shipping_status.value != "taken_in_charge" else "delivered"
    edit = OrderEdit(
        fields={"shipping.status": status, "shipping.address.city": "Kribi", "shipping.amount": Decimal(1500)},
        lines={str(line.id): LineChange(quantity=(line.quantity or 1) + 1)},
    )
    run(qtbot, gui.bridge, gui.service.orders.update(row.id, edit))
    run(qtbot, gui.bridge, gui.service.payments.record(row.id, Decimal(500), "cash"))
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    entries = [editor.history.item(n).text() for n in range(editor.history.count())]
    joined = "\n".join(entries)
    shown = "Taken in charge" if status == "taken_in_charge" else "Delivered"
    assert f"Delivery: {shown}" in joined and "Shipping address (city): Kribi" in joined, joined
    assert (
        f"{line.title} (quantity) : " not in joined and f"{line.title}: quantity {(line.quantity or 1) + 1}" in joined
    )
    assert "1,500" in joined and "Payment of 500" in joined and "(Cash)" in joined
    assert not any(key in joined for key in ("shipping.status", "lines.", "shipping.address"))  # no raw keys
    assert editor.history.wordWrap() and len(entries) >= 5  # one entry per thing changed


def test_the_editor_says_before_saving_that_a_paid_final_invoice_fixes_the_lines(gui: Gui, qtbot: QtBot) -> None:
    def lowerable(row_id: str) -> bool:
        held = gui.service.orders.cached(row_id)
        return held is not None and bool(held.lines) and (held.lines[0].quantity or 0) >= 2

    row = next(r for r in gui.rows() if r.billing_status.value == "paid" and lowerable(r.id))
    order = gui.service.orders.cached(row.id)
    assert order is not None and any(i.is_final for i in order.invoices)
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    line = order.lines[0]
    qty = editor.lines.table.cellWidget(0, 3)  # the first line's quantity
    qty.setValue((line.quantity or 1) + 1)  # raising is fine
    assert editor.save_button.isEnabled(), editor.problem.text()
    qty.setValue((line.quantity or 2) - 1)  # lowering is not: said now, Save off
    assert not editor.save_button.isEnabled() and "final invoice" in editor.problem.text()


def test_waiting_to_send_server_trouble_shortcuts_and_a_refresh_that_repairs(gui: Gui, qtbot: QtBot) -> None:
    import copy

    from genuka_desk.demo.data import iso
    from genuka_desk.ui.main_window import MainWindow

    window: MainWindow = gui.window
    row = gui.open_row()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="taken_in_charge"))
    window.filters.waiting.setChecked(True)  # View > Waiting to send
    assert [r.id for r in gui.rows()] == [row.id]
    window.filters.waiting.setChecked(False)

    gui.server.faults.arm("500", count=50, method="GET")  # reached, but every answer fails
    gui.sync()
    gui.bridge.connectivityChanged.emit(True, "")  # what the engine says: the server answers
    gui.sync()
    assert (
        window.status_bar.online_label.text() == "Server trouble, retrying" and window.status_bar.online_label.toolTip()
    )
    gui.server.faults.clear()
    gui.sync()
    assert window.status_bar.online_label.text() == "Online"

    keys = dict(window.menus.shortcut_rows())
    assert "Ctrl+N" in keys and "Ctrl+P" in keys and "F5" in keys and "Ctrl+Shift+P" in keys

    # The server rolls an order back (an older copy): a plain sync keeps ours, Refresh everything repairs it.
    target = gui.rows()[3]
    index = gui.server.store.order_index(target.id)
    held = gui.server.store.body(index)
    older = copy.deepcopy(held)
    older["shipping"]["status"] = "partial_delivery" if held["shipping"]["status"] != "partial_delivery" else "pending"
    older["updated_at"] = iso(gui.server.store.now().replace(year=2020))
    gui.server.store.bodies[index] = older
    gui.sync()
    assert gui.service.orders.row(target.id).shipping_status.value == held["shipping"]["status"]  # type: ignore[union-attr]
    window.status_bar.refresh_everything()
    qtbot.waitUntil(window.status_bar.sync_action.isEnabled, timeout=WAIT)
    repaired = gui.service.orders.row(target.id)
    assert repaired is not None and repaired.shipping_status.value == older["shipping"]["status"]


def test_new_orders_are_counted_marked_until_seen_and_announced(gui: Gui, qtbot: QtBot) -> None:
    window = gui.window
    announced: list[int] = []
    window.notices.notify_new = announced.append  # type: ignore[method-assign]
    gui.sync()
    assert not window.filters.new_badge_action.isVisible() and announced == []  # nothing new since the first sync
    ids = gui.server.store.add_orders(3)  # from the web, WhatsApp, a colleague
    gui.sync()
    assert (
        announced == [3]
        and window.filters.new_badge_action.isVisible()
        and window.filters.new_badge.text() == "3 new orders"
    )
    shown = {r.id: gui.model.index(gui.row_index(r.id), Column.REFERENCE).data() for r in gui.rows() if r.id in ids}
    assert len(shown) == 3 and all(text.startswith("● ") for text in shown.values())
    window.windows.open_order(ids[0])  # seen
    assert window.filters.new_badge.text() == "2 new orders"
    assert not gui.model.index(gui.row_index(ids[0]), Column.REFERENCE).data().startswith("● ")
    window.settings.setValue("notify/new_orders", False)
    gui.server.store.add_orders(1)
    gui.sync()
    assert announced == [3] and window.filters.new_badge.text() == "3 new orders"  # counted, no notice


def test_preferences_offer_the_computers_language_the_poll_interval_and_the_notice(qtbot: QtBot) -> None:
    from genuka_desk.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog("", True, poll_seconds=45, notify_new=False)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "" and dialog.language.currentText().startswith("As the computer")
    assert dialog.poll.value() == 45 and not dialog.notify.isChecked()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.chosen_language() == "fr"


def test_going_offline_does_not_move_the_table_and_a_new_login_starts_at_the_password(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.ui.login_dialog import LoginDialog

    top = gui.window.table.mapTo(gui.window, gui.window.table.rect().topLeft()).y()
    gui.bridge.connectivityChanged.emit(False, "no route")
    qtbot.waitUntil(gui.window.status_bar.offline_banner.isVisible, timeout=WAIT)
    assert gui.window.table.mapTo(gui.window, gui.window.table.rect().topLeft()).y() == top
    dialog = LoginDialog(email="awa@boutique.cm")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.password, timeout=WAIT)


def test_the_today_panel_counts_sales_from_the_local_copy(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine

    window = gui.window
    before = gui.service.shop.figures()
    draft = NewOrder(customer=NewCustomer(first_name="Awa", phone="699123400"))
    draft.add(NewOrderLine(title="Panier", quantity=2, price=Decimal(5000)))
    run(qtbot, gui.bridge, gui.service.sales.create(draft))  # a sale taken now, offline or not
    after = gui.service.shop.figures()
    assert after.today_orders == before.today_orders + 1 and after.today_sales == before.today_sales + 10000
    assert after.week_orders >= after.today_orders and sum(n for _, n, _ in after.per_day) == after.week_orders
    assert after.by_source.get("POS", 0) >= 1 and after.owed >= 10000
    window.menus.today_action.trigger()  # View > Today panel
    qtbot.waitUntil(window.today.isVisible, timeout=WAIT)
    assert window.menus.today_action.isChecked()
    assert "10,000" in window.today.today.text() or "FCFA" in window.today.today.text()
    assert "Counter (POS)" in window.today.breakdown.text()


def test_the_date_filter_counts_days_in_the_shops_time(gui: Gui) -> None:
    from datetime import datetime, time

    from PySide6.QtCore import QDate

    from genuka_desk.models.coerce import WAT

    window = gui.window
    window.filters.date_from.setDate(QDate(2026, 11, 20))
    window.filters.date_to.setDate(QDate(2026, 11, 21))
    window.filters.dates_enabled.setChecked(True)
    query = window.model.query  # what the list asks the service for
    assert query.created_from == datetime(2026, 11, 20, 0, 0, tzinfo=WAT)
    assert query.created_to == datetime.combine(datetime(2026, 11, 21).date(), time.max, tzinfo=WAT)


def _arrow_rows(gui: Gui, column: int) -> list[int]:
    """Dark pixels in each line of the sort arrow's corner of ``column``'s header section, top to bottom."""
    from PySide6.QtCore import QRect

    header = gui.window.table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    corner = QRect(left + header.sectionSize(column) - 20, 0, 20, header.height())
    image = header.grab(corner).toImage()
    return [sum(image.pixelColor(x, y).lightness() < 120 for x in range(image.width())) for y in range(image.height())]


def _points_down(rows: list[int]) -> bool:
    drawn = [width for width in rows if width]
    assert len(drawn) >= 2, rows  # an arrow is there
    return drawn[0] > drawn[-1]  # widest at the top: ▼


def test_sort_arrows_point_the_usual_way(gui: Gui) -> None:
    """▼ for newest or largest first, ▲ for smallest first (the plain style, no proxy).

    Qt hands the style "SortDown" (Fusion's ▼) for a header in ascending
    order, so the header holds the list's order turned and the models sort
    the other way round again.
    """
    from PySide6.QtCore import QPoint, Qt

    table, header = gui.window.table, gui.window.table.horizontalHeader()
    assert gui.model.query.descending and header.sortIndicatorSection() == Column.DATE  # newest first
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _points_down(_arrow_rows(gui, Column.DATE))
    table.sort_list(Column.TOTAL, descending=False)
    assert gui.model.query.sort == "total" and not gui.model.query.descending
    assert not _points_down(_arrow_rows(gui, Column.TOTAL))  # ▲ smallest first
    middle = QPoint(header.sectionViewportPosition(Column.TOTAL) + header.sectionSize(Column.TOTAL) // 2, 5)
    gui.qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)  # the clerk turns it
    assert gui.model.query.descending and _points_down(_arrow_rows(gui, Column.TOTAL))
    totals = [r.total for r in gui.rows()]
    assert totals == sorted(totals, reverse=True)


def test_amounts_are_typed_beside_their_currency(gui: Gui) -> None:
    from PySide6.QtWidgets import QLabel

    from genuka_desk.ui.payment_dialog import PaymentDialog

    row = gui.open_row()
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    symbol = editor.billing.shipping_row.findChild(QLabel, "currency")
    assert isinstance(symbol, QLabel) and symbol.text() == "FCFA"
    order = gui.service.orders.cached(row.id)
    assert order is not None
    dialog = PaymentDialog(gui.service, order, locale="en", parent=editor)
    beside = dialog.amount.parentWidget().findChild(QLabel, "currency")
    assert isinstance(beside, QLabel) and beside.text() == "FCFA"
    # Thousands as people write them: never 50 francs for "50,000".
    for typed in ("50,000", "50.000", "50 000"):
        dialog.amount.setText(typed)
        dialog.amount.editingFinished.emit()
        assert dialog.amount.text() == "50,000"
        payment, _ = dialog.payment()
        assert payment is not None and payment.amount == 50000
    dialog.amount.setText("fifty")
    dialog.amount.editingFinished.emit()
    assert dialog.amount.text() == "fifty" and dialog.payment()[0] is None  # kept as typed, refused
    dialog.reject()


def test_the_billing_tab_shows_amounts_grouped_and_reads_them_back(gui: Gui) -> None:
    from genuka_desk.models import held_value

    for row in gui.service.orders.rows(ListQuery(limit=200)):
        order = gui.service.orders.cached(row.id)
        if order is not None and (held_value(order, "shipping.amount") or 0) >= 1000 and not order.cancelled:
            break
    else:
        raise AssertionError("the demo has an order with shipping of 1,000 or more")
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None
    shown = editor.billing.shipping_amount.text()
    assert "," in shown and shown.replace(",", "").isdigit(), shown  # "2,000" in English
    assert editor.billing.values().fields.get("shipping.amount") in (None, held_value(order, "shipping.amount"))
    assert not editor.dirty  # the grouped text is the same amount: nothing to save
    editor.billing.shipping_amount.setText("3.500")
    editor.billing.shipping_amount.editingFinished.emit()
    assert editor.billing.shipping_amount.text() == "3,500"
    assert editor.billing.values().fields["shipping.amount"] == 3500 and editor.dirty
    editor.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]


def test_a_refusal_of_one_part_lets_the_clerk_send_the_rest(gui: Gui, qtbot: QtBot) -> None:
    row = next(
        r
        for r in gui.service.orders.rows(ListQuery(limit=None))
        if r.billing_status.value == "pending" and r.item_count >= 2 and not r.cancelled
    )
    order = gui.service.orders.cached(row.id)
    assert order is not None and len(order.lines) >= 2
    gone = str(order.lines[0].id)
    edit = OrderEdit(fields={"shipping.address.city": "Kribi"}, removed_lines=[gone])
    run(qtbot, gui.bridge, gui.service.orders.update(row.id, edit))
    # Meanwhile the order is paid in full on the web: its final invoice fixes the lines.
    admin = gui.server.store.data.users[0]
    gui.server.store.update_status(row.id, {"billing": {"status": "paid"}}, admin, None)
    gui.sync()
    (refused,) = gui.service.orders.changes_of(row.id)
    assert refused.state.value == "failed" and "products" in refused.field_errors
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None and editor.keep_rest_button.isVisibleTo(editor)
    editor.keep_rest_button.click()
    qtbot.waitUntil(lambda: gui.service.orders.changes_of(row.id)[0].state.value == "pending", timeout=WAIT)
    gui.sync()
    body = gui.server.store.get_order(row.id)
    assert body["shipping"]["address"]["city"] == "Kribi"  # the accepted part went out
    assert any(str(p["id"]) == gone for p in body["order_products"])  # the refused part did not
    assert gui.service.orders.changes_of(row.id) == []


def test_a_refused_change_can_be_sent_again_or_undone_from_the_editor(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = gui.open_row()
    gui.server.faults.arm("business", method="PUT")  # a refusal of the moment
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    gui.sync()
    (refused,) = gui.service.orders.changes_of(row.id)
    assert refused.state.value == "failed"
    editor = gui.window.windows.open_order(row.id)
    assert editor is not None and editor.retry_button.isVisibleTo(editor) and editor.undo_button.isVisibleTo(editor)
    editor.retry_button.click()  # the advice can be followed right here
    qtbot.waitUntil(lambda: gui.service.changes.get(refused.id).state.value == "pending", timeout=WAIT)
    gui.sync()
    assert gui.server.store.get_order(row.id)["shipping"]["status"] == "delivered"
    other = gui.open_row()
    gui.server.faults.arm("business", method="PUT")
    run(qtbot, gui.bridge, gui.service.orders.set_status(other.id, shipping="delivered"))
    gui.sync()
    editor = gui.window.windows.open_order(other.id)
    assert editor is not None
    asked: list[str] = []
    answer_confirm(monkeypatch, True, asked)
    editor.undo_button.click()
    qtbot.waitUntil(lambda: not gui.service.orders.changes_of(other.id), timeout=WAIT)
    assert asked and gui.server.store.get_order(other.id)["shipping"]["status"] != "delivered"


def test_quitting_can_keep_sending_in_the_background_then_quits(gui: Gui, qtbot: QtBot, monkeypatch: object) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from genuka_desk.demo import DemoServer

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))  # type: ignore[attr-defined]
    row = gui.open_row()
    port, store = gui.server.port, gui.server.store
    gui.server.stop()
    run(qtbot, gui.bridge, gui.service.orders.set_status(row.id, shipping="delivered"))
    monkeypatch.setattr(quit_dialog, "ask_quit", lambda parent, situation: "tray")  # type: ignore[attr-defined]
    assert not gui.window.close()  # not gone: hidden, sending in the background
    assert not gui.window.isVisible() and gui.window.quit_flow.background and gui.window.notices.tray is not None
    with DemoServer(store=store, port=port):
        gui.sync()  # the server is back: the change goes, and the program quits by itself
        qtbot.waitUntil(lambda: not gui.window.quit_flow.background, timeout=WAIT)
    assert gui.service.changes.unsent_count() == 0 and not gui.window.isVisible()
