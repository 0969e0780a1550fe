"""The desktop GUI with real widgets (offscreen), a real service and the demo API over HTTP."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DEMO_PASSWORD, DemoServer
from genuka_desk.models import OrderEdit, read_value
from genuka_desk.service import Session
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.store import ChangeState, ListQuery, StoreError
from genuka_desk.ui.app import DesktopApp, log_in_interactively, saved_session
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.i18n import install_language
from genuka_desk.ui.login_dialog import LoginDialog
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import ID_ROLE, Column
from tests.support.gui import WAIT, Gui, answer_confirm, run
from tests.support.services import FAST_SYNC, store_of, writes_of


def test_list_search_filters_and_sort(gui: Gui, qtbot: QtBot) -> None:
    model = gui.model
    assert model.rowCount() == 60
    assert model.headerData(Column.TOTAL, Qt.Orientation.Horizontal) == "Total"
    first = gui.rows()[0]
    gui.window.search.setText(first.customer.split()[-1])
    qtbot.waitUntil(lambda: model.rowCount() < 60, timeout=WAIT)
    assert any(r.id == first.id for r in gui.rows())
    gui.window.search.setText(first.reference)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    gui.window.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 60, timeout=WAIT)

    combo = gui.window.payment_filter
    combo.setCurrentIndex(combo.findData("paid"))
    assert 0 < model.rowCount() < 60
    assert all(r.billing_status.value == "paid" for r in gui.rows())
    fulfil = gui.window.fulfilment_filter
    fulfil.setCurrentIndex(fulfil.findData("delivered"))
    assert all(r.shipping_status.value == "delivered" and r.billing_status.value == "paid" for r in gui.rows())
    combo.setCurrentIndex(0)
    fulfil.setCurrentIndex(0)
    assert model.rowCount() == 60

    gui.window.attention.setChecked(True)
    assert model.rowCount() == 0
    gui.window.attention.setChecked(False)

    dates = sorted(r.created_at for r in gui.rows())
    middle = dates[30]
    gui.window.date_from.setDate(middle.date())
    gui.window.date_to.setDate(dates[-1].date())
    gui.window.dates_enabled.setChecked(True)
    assert 0 < model.rowCount() < 60
    assert all(r.created_at.date() >= middle.date() for r in gui.rows())
    gui.window.dates_enabled.setChecked(False)

    gui.window.table.sort_list(Column.TOTAL, descending=True)
    totals = [r.total for r in gui.rows()]
    assert totals == sorted(totals, reverse=True)
    gui.window.table.sort_list(Column.CUSTOMER, descending=False)
    names = [r.customer.lower() for r in gui.rows()]
    assert names == sorted(names)


def pick_in_table(gui: Gui, row: int, column: Column, value: str) -> None:
    table = gui.window.table
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    combos = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
    assert combos, "the dropdown opened"
    combo = combos[0]
    combo.hidePopup()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_fulfilment_dropdown_shows_at_once_and_clears_on_confirmation(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    row = gui.row_index(target.id)
    pick_in_table(gui, row, Column.FULFILMENT, "delivered")
    # Shown before the loop even runs the queued write: optimistic and marked unsent.
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    assert gui.model.index(row, Column.SYNC).data() == "↑"
    qtbot.waitUntil(lambda: len(gui.service.queue()) == 1, timeout=WAIT)
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "pending"
    gui.sync()
    qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "", timeout=WAIT)
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"


def test_status_that_cannot_be_saved_goes_back_with_a_message(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = gui.open_row()
    row = gui.row_index(target.id)
    errors: list[str] = []
    monkeypatch.setattr(gui.window, "show_error", errors.append)

    async def disk_full(*args: Any, **kwargs: Any) -> None:
        raise StoreError("The disk is full: free some space, then try again. Nothing already saved was lost.")

    monkeypatch.setattr(gui.service, "set_status", disk_full)
    pick_in_table(gui, row, Column.FULFILMENT, "delivered")
    assert gui.model.index(row, Column.FULFILMENT).data() == "Delivered"
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert "disk is full" in errors[0]
    assert gui.model.index(row, Column.FULFILMENT).data() == "Pending"
    assert gui.model.index(row, Column.SYNC).data() == ""


def test_payment_dropdown_with_side_effects_asks_first(gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    paid = next(r for r in gui.rows() if r.billing_status.value == "paid")
    row = gui.row_index(paid.id)
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    pick_in_table(gui, row, Column.PAYMENT, "pending")
    assert asked and "credit note" in asked[0]
    qtbot.wait(50)
    assert gui.service.queue() == []
    answer_confirm(monkeypatch, True)
    pick_in_table(gui, row, Column.PAYMENT, "pending")
    qtbot.waitUntil(lambda: len(gui.service.queue()) == 1, timeout=WAIT)
    assert gui.model.index(row, Column.PAYMENT).data() == "Awaiting payment"


def test_refused_change_shows_reason_then_revert(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(
        qtbot, gui.bridge, gui.service.update_order(target.id, OrderEdit(fields={"billing.treasury_account_id": "x"}))
    )
    gui.sync()
    row = gui.row_index(target.id)
    qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "✗", timeout=WAIT)
    assert "Refused" in gui.model.index(row, Column.SYNC).data(Qt.ItemDataRole.ToolTipRole)
    gui.window.attention.setChecked(True)
    assert [r.id for r in gui.rows()] == [target.id]
    gui.window.revert_change(change.id)
    qtbot.waitUntil(lambda: gui.model.rowCount() == 0, timeout=WAIT)
    assert gui.service.queue() == []


def test_bulk_status_change(gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    class Choose:
        def __init__(self, count: int, parent: Any) -> None:
            self.count = count

        def exec(self) -> int:
            return 1

        def choice(self) -> tuple[str | None, str | None]:
            return None, "delivered"

    from genuka_desk.ui import bulk_dialog

    monkeypatch.setattr(bulk_dialog, "BulkStatusDialog", Choose)  # the window imports it when it opens one
    table = gui.window.table
    for row in (0, 1, 2):
        table.selectionModel().select(
            table.model().index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    ids = gui.window.selected_ids()
    assert len(ids) == 3
    gui.window.bulk_change()
    qtbot.waitUntil(lambda: all(gui.service.row(i).shipping_status.value == "delivered" for i in ids), timeout=WAIT)
    gui.sync()
    for order_id in ids:
        assert gui.server.store.get_order(order_id)["shipping"]["status"] == "delivered"


def test_offline_banner_and_queued_edits(gui: Gui, qtbot: QtBot) -> None:
    port, store = gui.server.port, gui.server.store
    gui.server.stop()
    gui.sync()
    qtbot.waitUntil(gui.window.offline_banner.isVisible, timeout=WAIT)
    assert gui.window.online_label.text() == "Offline"
    target = gui.open_row()
    row = gui.row_index(target.id)
    gui.window.change_status(target.id, "shipping", "delivered")
    assert gui.model.index(row, Column.SYNC).data() == "↑"
    qtbot.waitUntil(lambda: "1 change" in gui.window.pending_label.text(), timeout=WAIT)
    with DemoServer(store=store, port=port) as back:
        gui.sync()
        qtbot.waitUntil(lambda: not gui.window.offline_banner.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: gui.model.index(row, Column.SYNC).data() == "", timeout=WAIT)
        assert back.store.get_order(target.id)["shipping"]["status"] == "delivered"


def test_damaged_cache_banner_while_orders_are_fetched_again(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.store import CACHE_FILE
    from tests.support.damage import damage

    assert not gui.window.cache_banner.isVisible()
    target = gui.open_row()
    gui.window.change_status(target.id, "shipping", "delivered")
    qtbot.waitUntil(lambda: "1 change" in gui.window.pending_label.text(), timeout=WAIT)
    store_of(gui.service).files.checkpoint()
    damage(store_of(gui.service).folder / CACHE_FILE)
    assert run(qtbot, gui.bridge, gui.service.check_cache()) is False
    qtbot.waitUntil(gui.window.cache_banner.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: gui.model.rowCount() == 0, timeout=WAIT)
    assert "1 change" in gui.window.pending_label.text()  # the queue is untouched
    gui.sync()
    qtbot.waitUntil(lambda: gui.model.rowCount() == 60, timeout=WAIT)
    assert not gui.window.cache_banner.isVisible()
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"


def open_editor(gui: Gui, qtbot: QtBot, order_id: str) -> OrderEditor:
    editor = gui.window.open_order(order_id)
    assert isinstance(editor, OrderEditor)
    qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)
    return editor


def test_editor_lines_addresses_billing_and_save(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    assert target.reference in editor.windowTitle()
    assert not editor.save_button.isEnabled()
    spin = editor.lines.table.cellWidget(0, 3)
    assert isinstance(spin, QSpinBox)
    before = editor.lines.totals.text()
    spin.setValue(0)
    assert not editor.save_button.isEnabled() and "at least 1" in editor.problem.text()
    spin.setValue(spin.value() + 7)
    assert editor.save_button.isEnabled() and editor.lines.totals.text() != before
    editor.addresses.edits["shipping.address.line1"].setText("Akwa, rue 12")
    editor.addresses.edits["billing.address.email"].setText("not-an-email")
    assert not editor.save_button.isEnabled()
    editor.addresses.edits["billing.address.email"].setText("client@example.cm")
    editor.billing.fulfilment_status.setCurrentIndex(editor.billing.fulfilment_status.findData("taken_in_charge"))
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.queue()) == 1, timeout=WAIT)
    assert not editor.dirty
    gui.sync()
    body = gui.server.store.get_order(target.id)
    line_id = gui.service.order_now(target.id).lines[0].id  # type: ignore[union-attr]
    assert read_value(body, f"lines.{line_id}.quantity") == 7
    assert body["shipping"]["address"]["line1"] == "Akwa, rue 12"
    assert body["billing"]["address"]["email"] == "client@example.cm"
    assert body["shipping"]["status"] == "taken_in_charge"


BAD_FIELDS = [
    ("billing.address.email", "not-an-email", "Billing address — Email: the email address is not valid"),
    ("shipping.address.email", "a@b", "Shipping address — Email: the email address is not valid"),
    ("billing.address.phone", "call me", "Billing address — Phone: the phone number is not valid"),
    ("shipping.address.phone", "+12", "Shipping address — Phone: the phone number is not valid"),
    ("billing.address.line1", "x" * 501, "Billing address — Address line 1: the text is too long"),
    ("shipping.address.city", "y" * 600, "Shipping address — City: the text is too long"),
    ("shipping.amount", "deux mille", "Shipping amount: must be a number"),
    ("shipping.amount", "-500", "Shipping amount: must be a number, 0 or more"),
]


@pytest.mark.parametrize(("key", "value", "message"), BAD_FIELDS, ids=[f"{k}={v[:12]}" for k, v, _ in BAD_FIELDS])
def test_every_editor_field_names_its_problem_and_nothing_is_queued(
    gui: Gui, qtbot: QtBot, key: str, value: str, message: str
) -> None:
    editor = open_editor(gui, qtbot, gui.open_row().id)
    widget = editor.billing.shipping_amount if key == "shipping.amount" else editor.addresses.edits[key]
    original = widget.text()
    widget.setText(value)
    assert message in editor.problem.text()
    assert not editor.save_button.isEnabled() and message in editor.save_button.toolTip()
    assert "#c0392b" in widget.styleSheet()  # the field itself is marked
    editor.save()  # Ctrl+S does nothing while the form is invalid
    qtbot.wait(50)
    assert gui.service.queue() == []
    widget.setText(original)
    assert editor.problem.text() == "" and widget.styleSheet() == ""


def test_delivery_day_is_picked_from_a_calendar_and_sent_as_a_day(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    assert (
        isinstance(editor.billing.scheduled.date_edit, QDateEdit) and editor.billing.scheduled.date_edit.calendarPopup()
    )
    editor.billing.scheduled.enabled_box.setChecked(True)
    editor.billing.scheduled.date_edit.setDate(QDate(2026, 12, 3))
    edit, _ = editor.collect()
    assert edit.fields == {"shipping.scheduled_at": "2026-12-03"}
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.queue()) == 1, timeout=WAIT)
    change = gui.service.queue()[0]
    gui.sync()
    assert gui.service.change(change.id).state is ChangeState.SENT
    held = gui.server.store.get_order(target.id)["shipping"]["scheduled_at"]
    assert str(held).startswith("2026-12-03")
    # Reopened, the day shows, and leaving it as it is changes nothing.
    again = open_editor(gui, qtbot, target.id)
    assert again.billing.scheduled.day() == date(2026, 12, 3)
    assert again.collect()[0].is_empty()
    again.billing.scheduled.enabled_box.setChecked(False)
    assert again.collect()[0].fields == {"shipping.scheduled_at": None}


def test_a_method_named_by_its_account_shows_the_method_and_changes_nothing(gui: Gui, qtbot: QtBot) -> None:
    bodies = {r.id: gui.server.store.get_order(r.id) for r in gui.rows()}
    target = next(i for i, b in bodies.items() if b["billing"]["method"] == b["billing"]["treasury_account_id"])
    editor = open_editor(gui, qtbot, target)
    order = gui.service.order_now(target)
    assert order is not None and order.company is not None
    method = next(
        m for m in order.company.payment_methods if m.treasury_account_id == bodies[target]["billing"]["method"]
    )
    assert editor.billing.payment_method.currentText() == method.name
    assert editor.collect()[0].is_empty()


def test_editor_asks_save_discard_or_cancel_before_losing_edits(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = gui.open_row()
    editor = open_editor(gui, qtbot, row.id)
    assert not editor.isWindowModified() and "[*]" in editor.windowTitle()
    editor.addresses.edits["shipping.address.city"].setText("Kribi")
    assert editor.isWindowModified()  # the title shows the unsaved mark
    editor.ask_unsaved = lambda: None  # type: ignore[method-assign]  # Cancel
    assert not editor.close()
    asked: list[str] = []
    answer_confirm(monkeypatch, False, asked)
    editor.revert_button.click()  # "Undo edits" asks first: No keeps the typing
    assert asked and editor.addresses.edits["shipping.address.city"].text() == "Kribi"
    editor.ask_unsaved = lambda: "save"  # type: ignore[method-assign]
    editor.close()  # Save: queued, then the window closes (and is gone)
    qtbot.waitUntil(lambda: row.id not in gui.window.editors, timeout=WAIT)
    assert any(c.edit.fields.get("shipping.address.city") == "Kribi" for c in gui.service.changes_of(row.id))
    other = open_editor(gui, qtbot, gui.open_row("taken_in_charge").id)
    other.addresses.edits["shipping.address.city"].setText("Limbé")
    other.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    assert other.close()
    assert not gui.service.changes_of(other.order_id)


def test_conflict_view_keep_mine(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(qtbot, gui.bridge, gui.service.set_status(target.id, shipping="delivered"))
    gui.server.store.colleague_edit(target.id, {"shipping.status": "taken_in_charge"})
    gui.sync()
    assert gui.service.change(change.id).state is ChangeState.CONFLICT
    editor = open_editor(gui, qtbot, target.id)
    assert editor.conflict.isVisibleTo(editor)
    assert editor.conflict.table.item(0, 0).text() == "Delivery"  # the clerk's words, not shipping.status
    assert editor.conflict.table.item(0, 1).text() == "Delivered"
    assert editor.conflict.table.item(0, 2).text() == "Taken in charge"
    editor.conflict.keep_mine.click()
    qtbot.waitUntil(lambda: gui.service.change(change.id).state is ChangeState.PENDING, timeout=WAIT)
    gui.sync()
    assert gui.server.store.get_order(target.id)["shipping"]["status"] == "delivered"
    assert len(writes_of(gui.server, change.id)) == 1


def test_conflict_view_says_when_an_unanswered_try_may_have_been_undone(gui: Gui, qtbot: QtBot) -> None:
    target = gui.open_row()
    change = run(qtbot, gui.bridge, gui.service.set_status(target.id, shipping="delivered"))
    gui.server.faults.arm("drop", 1, method="PUT", path="/admin/orders")  # applied, the answer lost
    gui.sync()
    gui.server.store.colleague_edit(target.id, {"shipping.status": "pending"})  # put back
    qtbot.wait(int(FAST_SYNC.in_flight_limit * 1000) + 50)  # past the settle window
    gui.sync()
    assert gui.service.change(change.id).state is ChangeState.CONFLICT
    editor = open_editor(gui, qtbot, target.id)
    assert editor.conflict.title() == "Sent without an answer, then changed on the server"
    assert editor.conflict.unsure.isVisibleTo(editor)
    assert editor.conflict.table.item(0, 1).text() == "Delivered"
    assert editor.conflict.table.item(0, 2).text() == "Pending"
    assert len(writes_of(gui.server, change.id)) == 1  # asked, not sent again
    editor.conflict.take_theirs.click()
    qtbot.waitUntil(lambda: not gui.service.changes_of(target.id), timeout=WAIT)
    assert not editor.conflict.isVisibleTo(editor)


def test_export_csv(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    task = gui.window.export_csv(path)
    qtbot.waitUntil(task.done, timeout=WAIT)
    assert task.result() == 60
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 61 and rows[0][0] == "Reference"


def test_read_only_user_cannot_edit(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(
        gui.service,
        gui.bridge,
        locale="en",
        read_only=True,
        settings=QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    assert not (window.model.flags(window.model.index(0, Column.PAYMENT)) & Qt.ItemFlag.ItemIsEditable)
    assert not window.bulk_action.isEnabled()
    editor = OrderEditor(gui.service, gui.bridge, window.model.index(0, 0).data(ID_ROLE), locale="en", read_only=True)
    qtbot.addWidget(editor)
    assert not editor.save_button.isVisibleTo(editor)
    qtbot.waitUntil(lambda: not gui.bridge.busy, timeout=WAIT)


class ScriptedLogin(LoginDialog):
    """The login dialog with the clerk's typing scripted."""

    script: list[dict[str, Any]] = []

    def exec(self) -> int:
        if not ScriptedLogin.script:
            return 0
        step = ScriptedLogin.script.pop(0)
        self.server.setText(step.get("server", self.server.text()))
        self.email.setText(step.get("email", ""))
        self.password.setText(step.get("password", ""))
        self.wants_demo = step.get("demo", False)
        return 1


def test_login_dialog_logs_in_and_offers_the_demo(qtbot: QtBot, demo_server: DemoServer, tmp_path: Path) -> None:
    dialog = LoginDialog()
    qtbot.addWidget(dialog)
    dialog.check_and_accept()
    assert "email" in dialog.error.text().lower()
    dialog.server.setText("http://shop.example.com")
    dialog.check_and_accept()
    assert "https" in dialog.error.text().lower()
    assert dialog.result() != QDialog.DialogCode.Accepted

    paths = AppPaths.under(tmp_path).ensure()
    ScriptedLogin.script = [
        {"server": demo_server.url, "email": "demo@genuka.com", "password": "wrong"},
        {"server": demo_server.url, "email": "demo@genuka.com", "password": DEMO_PASSWORD},
    ]
    session = log_in_interactively(paths, ScriptedLogin)
    assert isinstance(session, Session) and session.profile.company_id == demo_server.company_id
    assert not session.read_only
    ScriptedLogin.script = [{"server": demo_server.url, "email": "lecture@genuka.com", "password": DEMO_PASSWORD}]
    reader = log_in_interactively(paths, ScriptedLogin)
    assert isinstance(reader, Session) and reader.read_only
    # The next start, with the login remembered, opens read-only too (it once came back editable).
    restarted = saved_session(paths)
    assert restarted is not None and restarted.token == reader.token and restarted.read_only
    ScriptedLogin.script = [{"demo": True}]
    assert log_in_interactively(paths, ScriptedLogin) == "demo"


def test_login_dialog_says_when_there_is_no_keychain(qtbot: QtBot, tmp_path: Path) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    shown: list[str] = []

    class Watch(ScriptedLogin):
        def show_keyring_note(self, text: str) -> None:
            shown.append(text)

    ScriptedLogin.script = []
    assert log_in_interactively(AppPaths.under(tmp_path).ensure(), Watch) is None
    assert shown and "keychain" in shown[0]


def test_language_switch_rebuilds_the_window_in_french(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    profile = Profile(name="t", base_url=demo_server.url, company_id=demo_server.company_id)
    desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    try:
        run(qtbot, desktop.bridge, desktop.service.sync())
        window = desktop.show()
        qtbot.addWidget(window)
        assert window.windowTitle() == "Genuka Desk — Orders"
        desktop.switch_language("fr")
        french = desktop.window
        assert french is not None and french is not window
        qtbot.addWidget(french)
        assert french.windowTitle() == "Genuka Desk — Commandes"
        assert french.model.headerData(Column.REFERENCE, Qt.Orientation.Horizontal) == "Référence"
        total = french.model.index(0, Column.TOTAL).data()
        assert total.endswith("FCFA")
        assert "\u202f" in total or "\xa0" in total  # French digit grouping
        assert settings.value("language") == "fr"
    finally:
        install_language("en")
        run(qtbot, desktop.bridge, desktop.service.close())


@pytest.mark.parametrize(("language", "warning"), [("en", "log in again"), ("fr", "devront se reconnecter")])
def test_file_switch_company_opens_the_other_company_in_its_own_folder(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    tmp_path: Path,
    qapp: QApplication,
    request: pytest.FixtureRequest,
    language: str,
    warning: str,
) -> None:
    from genuka_desk.demo.accounts import SECOND_COMPANY
    from genuka_desk.models import CompanyChoice
    from genuka_desk.service.credentials import TokenStore

    with DemoServer(orders=5, companies=2) as server:
        paths = AppPaths.under(tmp_path).ensure()
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)
        request.addfinalizer(lambda: install_language("en"))
        profile = Profile(name="t", base_url=server.url, company_id=server.company_id, email="demo@genuka.com")

        answer = httpx.post(
            f"{server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": DEMO_PASSWORD}
        )
        token = str(answer.json()["accessToken"])
        TokenStore(paths.config_dir, "t").save(token)
        # Another desk of the same user: the server revokes its token too when this one switches.
        elsewhere = httpx.post(
            f"{server.url}/2023-11/auth/login", json={"email": "demo@genuka.com", "password": DEMO_PASSWORD}
        ).json()["accessToken"]
        desktop = DesktopApp(qapp, paths, Session(profile, token), settings)
        asked: list[tuple[list[str], str | None]] = []
        notes: list[str] = []

        def choose(companies: list[CompanyChoice], current: str | None, note: str) -> str | None:
            asked.append(([str(c.id) for c in companies], current))
            notes.append(note)
            return SECOND_COMPANY["id"]

        desktop.choose_company = choose
        running = desktop.bridge.run(desktop.run())
        qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.isVisible(), timeout=WAIT)
        window = desktop.window
        assert window is not None
        qtbot.addWidget(window)
        assert window.switch_company_action.isEnabled()
        window.switch_company_action.trigger()
        qtbot.waitUntil(running.done, timeout=WAIT)
        assert asked == [([server.company_id, SECOND_COMPANY["id"]], server.company_id)]
        switched = desktop.switched_to
        assert switched is not None and switched.profile.company_id == SECOND_COMPANY["id"]
        assert switched.token != token and token not in server.accounts.tokens
        assert Profile.load(paths.config_dir, "t").company_id == SECOND_COMPANY["id"]
        assert TokenStore(paths.config_dir, "t").load() == switched.token
        assert switched.profile.data_folder(paths.data_dir) != desktop.folder
        assert not desktop.logged_out
        # Said before the switch, in the clerk's language: the other desk's login ends too.
        assert len(notes) == 1 and warning in notes[0]
        assert elsewhere not in server.accounts.tokens


@pytest.mark.parametrize("forget", [False, True])
def test_log_out_warns_about_unsent_changes_forgets_the_token_and_on_request_the_data(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, qapp: QApplication, forget: bool
) -> None:
    from genuka_desk.service.credentials import TokenStore
    from genuka_desk.store import QUEUE_FILE
    from genuka_desk.ui.logout_dialog import LogoutDialog

    paths = AppPaths.under(tmp_path).ensure()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    profile = Profile(name="t", base_url=demo_server.url, company_id=demo_server.company_id)
    TokenStore(paths.config_dir, "t").save(DEMO_ADMIN_KEY)
    desktop = DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)
    run(qtbot, desktop.bridge, desktop.service.sync())
    demo_server.stop()  # offline: the change below stays unsent
    order = desktop.service.rows(ListQuery(limit=1))[0]
    run(qtbot, desktop.bridge, desktop.service.set_status(order.id, billing="unpaid"))
    running = desktop.bridge.run(desktop.run())
    qtbot.waitUntil(lambda: desktop.window is not None and desktop.window.isVisible(), timeout=WAIT)
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    asked: list[LogoutDialog] = []

    def cancel(dialog: LogoutDialog) -> None:
        asked.append(dialog)
        dialog.button(LogoutDialog.StandardButton.Cancel).click()

    desktop.ask = cancel
    desktop.window.logout_action.trigger()
    assert "1 change" in asked[0].informativeText() and "lost" in asked[0].informativeText()
    assert not desktop.logged_out and TokenStore(paths.config_dir, "t").load() == DEMO_ADMIN_KEY

    def log_out(dialog: LogoutDialog) -> None:
        dialog.forget_box.setChecked(forget)
        dialog.logout_button.click()

    desktop.ask = log_out
    desktop.window.logout_action.trigger()
    qtbot.waitUntil(running.done, timeout=WAIT)
    assert desktop.logged_out and TokenStore(paths.config_dir, "t").load() is None
    assert (profile.data_folder(paths.data_dir) / QUEUE_FILE).exists() is not forget
    if not forget:
        from genuka_desk.store import LocalStore

        with LocalStore(profile.data_folder(paths.data_dir)) as store:
            assert store.queue.unsent_count() == 1  # kept for the next login


def test_product_picker_adds_a_line_and_editor_sets_payment(gui: Gui, qtbot: QtBot) -> None:
    from genuka_desk.ui.product_picker import ProductPicker

    target = gui.open_row()
    editor = open_editor(gui, qtbot, target.id)
    picker = ProductPicker(gui.service, gui.bridge, "XAF", "en", editor)
    qtbot.addWidget(picker)
    assert picker.results.count() > 0  # the local catalogue at once, offline too
    qtbot.keyClicks(picker.search, "cafe")  # accents aside: "Café de l'Ouest"
    qtbot.waitUntil(lambda: not picker.search.pending, timeout=WAIT)
    shown = [picker.results.item(n).text() for n in range(picker.results.count())]
    assert shown and all("Caf" in text for text in shown) and not any("Default Title" in t for t in shown)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # arrows move, the keyboard stays in the field
    picker.quantity.setValue(2)
    line = picker.new_line()
    assert line is not None and line.quantity == 2 and "Caf" in line.title
    rows_before = editor.lines.table.rowCount()
    editor.add_new_line(line)
    assert editor.lines.table.rowCount() == rows_before + 1
    editor.billing.payment_status.setCurrentIndex(editor.billing.payment_status.findData("paid"))
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: len(gui.service.queue()) == 1, timeout=WAIT)
    gui.sync()
    body = gui.server.store.get_order(target.id)
    assert body["billing"]["status"] == "paid"
    assert len(body["order_products"]) == rows_before + 1


def test_demo_start_serves_a_working_session(
    qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path, qapp: QApplication
) -> None:
    from genuka_desk.ui import app as app_module

    paths = AppPaths.under(tmp_path).ensure()
    server, session = app_module.start_demo(paths)
    settings = QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    desktop = DesktopApp(qapp, paths, session, settings)
    try:
        report = run(qtbot, desktop.bridge, desktop.service.sync())
        assert report.complete and report.pulled == app_module.DEMO_ORDERS
        window = desktop.show()
        qtbot.addWidget(window)
        assert window.model.rowCount() == app_module.DEMO_ORDERS
    finally:
        run(qtbot, desktop.bridge, desktop.service.close())
        server.stop()  # type: ignore[attr-defined]


def test_filters_and_columns_are_remembered(gui: Gui, qtbot: QtBot, tmp_path: Path) -> None:
    window = gui.window
    window.payment_filter.setCurrentIndex(window.payment_filter.findData("paid"))
    window.table.setColumnHidden(Column.SOURCE, True)
    window.table.horizontalHeader().moveSection(Column.TOTAL, 0)
    window.save_settings()
    again = MainWindow(gui.service, gui.bridge, locale="en", settings=window.settings)
    qtbot.addWidget(again)
    assert again.payment_filter.currentData() == "paid"
    assert all(r.billing_status.value == "paid" for r in [again.model.row_at(i) for i in range(again.model.rowCount())])
    assert again.table.isColumnHidden(Column.SOURCE)
    assert again.table.horizontalHeader().visualIndex(Column.TOTAL) == 0


def test_unexpected_error_gives_a_friendly_dialog_and_logs_the_trace(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from genuka_desk.service.logs import register_secret, setup_logging
    from genuka_desk.ui import errors

    secret = "tok_crash_5b1e9d3c7a2f4e6b8d0c"
    log_file = tmp_path / "logs" / "genuka-desk.log"
    setup_logging(log_file)
    register_secret(secret)
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    previous = sys.excepthook
    errors.install_excepthook(log_file)
    try:
        try:
            raise ZeroDivisionError(f"boom with Bearer {secret}")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
    assert shown and str(log_file) in shown[0]
    assert "ZeroDivisionError" not in shown[0] and "Traceback" not in shown[0] and secret not in shown[0]
    assert "ZeroDivisionError" in caplog.text
    written = log_file.read_text()
    assert "ZeroDivisionError" in written and "Traceback" in written and secret not in written


def test_cancelled_orders_stay_listed_greyed_and_struck_and_the_document_is_named(gui: Gui, qtbot: QtBot) -> None:
    target = next(r for r in gui.rows() if not gui.server.store.get_order(r.id).get("invoices"))
    gui.server.store.cancel_order(target.id)  # a colleague cancels it on the server
    gui.sync()
    number = gui.row_index(target.id)
    cell = gui.model.index(number, Column.DOCUMENT)
    assert cell.data() == "Cancelled"
    assert gui.model.index(number, Column.CUSTOMER).data(Qt.ItemDataRole.FontRole).strikeOut()
    others = {gui.model.index(r, Column.DOCUMENT).data() for r in range(gui.model.rowCount()) if r != number}
    assert others <= {"Invoice", "Sales order", "Quotation"} and others
    editor = gui.window.open_order(target.id)
    assert editor is not None and "Cancelled" in editor.header.text()
    # Nothing of a cancelled order can be changed: not in the editor, not from the list.
    assert (
        editor.locked and not editor.save_button.isVisibleTo(editor) and not editor.billing.payment_status.isEnabled()
    )
    assert not gui.model.index(number, Column.FULFILMENT).flags() & Qt.ItemFlag.ItemIsEditable
    assert gui.model.index(0 if number else 1, Column.FULFILMENT).flags() & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Payton Donnelly: Payment: Awaiting payment → Paid"), ("fr", "Payton Donnelly : Paiement : ")],
)
def test_the_flat_history_shape_reads_in_the_clerks_language(qapp: QApplication, language: str, expected: str) -> None:
    from genuka_desk.models import Activity
    from genuka_desk.ui.activity_text import activity_text

    install_language(language)
    try:
        flat = Activity.model_validate(
            {
                "description": "Order status changed",
                "properties": {"old": "pending", "new": "paid"},
                "username": "Payton Donnelly",
            }
        )
        keyed = Activity.model_validate(
            {"properties": {"shipping.status": {"old": "pending", "new": "delivered"}}, "user": {"name": "Awa"}}
        )
        assert activity_text(flat).startswith(expected.split(" : ")[0] if language == "fr" else expected)
        created = Activity.model_validate(
            {"event": "created", "properties": {"reference": {"old": None, "new": "#1"}}, "username": "Awa"}
        )
        if language == "fr":
            assert "Paiement" in activity_text(flat) and "Payée" in activity_text(flat)
            assert "Livraison" in activity_text(keyed) and "Livrée" in activity_text(keyed)
            assert activity_text(created) == "Awa : a créé la commande"
        else:
            assert activity_text(keyed) == "Awa: Delivery: Pending → Delivered"
            assert activity_text(created) == "Awa: created the order"
    finally:
        install_language("en")


def test_view_menu_asks_for_orders_without_a_customer(gui: Gui) -> None:
    action = gui.window.ghosts_action
    assert action.isCheckable() and not action.isChecked() and not gui.service.ghost_orders_shown()
    action.setChecked(True)
    assert gui.service.ghost_orders_shown()  # the next pull re-reads every order with them
    action.setChecked(False)
    assert not gui.service.ghost_orders_shown()
