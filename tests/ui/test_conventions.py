"""The shop's conventions in both languages (issue 33): dates the way of the shop's country (day first in
Cameroon) unless the clerk chose this computer's, and amounts never cut to their first digits."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from genuka_desk.demo import DEMO_ADMIN_KEY, DemoServer
from genuka_desk.models import format_day
from genuka_desk.models.coerce import WAT
from genuka_desk.service import ListQuery, PaperKind, Session
from genuka_desk.service.paths import AppPaths
from genuka_desk.service.profile import Profile
from genuka_desk.service.session import Desk
from genuka_desk.sync import COMPANY_KEY
from genuka_desk.ui import i18n
from genuka_desk.ui.app import DesktopApp
from genuka_desk.ui.bridge import ServiceBridge
from genuka_desk.ui.dates import moment_text
from genuka_desk.ui.editor import OrderEditor
from genuka_desk.ui.i18n import DATES_KEY, chosen_dates_country, install_language
from genuka_desk.ui.main_window import MainWindow
from genuka_desk.ui.order_table_model import Column
from genuka_desk.ui.paper.document import DocumentWriter
from genuka_desk.ui.preferences_dialog import PreferencesDialog
from tests.support.gui import WAIT, run
from tests.support.services import make_service, store_of

ENGLISH_MONTH_FIRST = re.compile(r"^[A-Z][a-z]{2} \d{1,2}, \d{4}$")  # "Dec 7, 2026": the US's way


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en")


def open_desk(qapp: QApplication, qtbot: QtBot, server: DemoServer, folder: Path, language: str) -> DesktopApp:
    """The program on a company synced before (its profile kept: the shop is in Cameroon), in ``language``."""
    paths = AppPaths.under(folder).ensure()
    profile = Profile(name="t", base_url=server.url, company_id=server.company_id)
    earlier = make_service(server, Desk(paths).folder(profile))  # the last session's sync
    bridge = ServiceBridge(earlier)
    run(qtbot, bridge, earlier.sync())
    run(qtbot, bridge, earlier.close())
    bridge.close()
    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", language)
    return DesktopApp(qapp, paths, Session(profile, DEMO_ADMIN_KEY), settings)


def shown(desktop: DesktopApp, qtbot: QtBot) -> MainWindow:
    window = desktop.window if desktop.window is not None else desktop.show()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.table.mirror.item(0, Column.DATE) is not None, timeout=WAIT)  # painted
    return window


def painted(window: MainWindow, column: Column) -> list[str]:
    """The texts of ``column`` the list painted (the mirror holds them)."""
    mirror = window.table.mirror
    texts = [mirror.index(r, column).data() for r in range(mirror.rowCount()) if mirror.item(r, column) is not None]
    return [t for t in texts if t]


def day_first(text: str, day: datetime) -> bool:
    """Whether ``text`` writes ``day`` with its day first ("7 Dec 2026", "07/12/2026")."""
    local = day.astimezone(WAT)
    return text.startswith((f"{local.day} ", f"{local.day:02}/")) and str(local.year) in text


def close(desktop: DesktopApp, qtbot: QtBot) -> None:
    for window in (desktop.window,):
        if window is not None:
            window.windows.close_all()
    run(qtbot, desktop.bridge, desktop.service.close())


def test_english_dates_are_day_first_in_a_cameroon_shop_in_the_list_editor_documents_and_date_edits(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    english_afterwards: None,
) -> None:
    desktop = open_desk(qapp, qtbot, demo_server, tmp_path, "en")
    try:
        window = shown(desktop, qtbot)
        rows = {r.reference: r for r in desktop.service.orders.rows(ListQuery(limit=None))}
        mirror = window.table.mirror
        for r in range(mirror.rowCount()):
            if mirror.item(r, Column.DATE) is None:
                continue
            text = mirror.index(r, Column.DATE).data()
            row = rows[mirror.index(r, Column.REFERENCE).data().removeprefix("● ")]
            assert row.created_at is not None
            assert text == format_day(row.created_at, "en_CM") and day_first(text, row.created_at), text
            assert not ENGLISH_MONTH_FIRST.match(text)
        assert desktop.service.shop.country() == "CM"  # (the demo shop's profile: "country": "CM")
        # The filters' date edits and an editor's calendar day: Qt writes the day first too.
        assert window.filters.date_from.displayFormat() == "d MMM yyyy"  # the month spelled, as the list
        row = next(r for r in rows.values() if r.created_at is not None)
        assert row.created_at is not None
        editor = window.windows.open_order(row.id)
        assert isinstance(editor, OrderEditor)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: not desktop.bridge.busy, timeout=WAIT)
        local = row.created_at.astimezone(WAT)
        moment = f"{format_day(row.created_at, 'en_CM')}, {local:%H:%M}"  # "7 Dec 2026, 14:30": no month to guess
        assert moment in editor.header.text(), editor.header.text()  # not "12/7/26, 2:30 PM", nor "07/12/2026"
        assert editor.billing.scheduled.date_edit.displayFormat() == "d MMM yyyy"
        # The printed documents too.
        facts = desktop.service.shop.paper(row.id)
        assert moment in DocumentWriter(facts, PaperKind.INVOICE, "en").reference()
        # In French as well (Cameroon's French writes as France's: the day first).
        editor.close()
        desktop.switch_language("fr")
        french = shown(desktop, qtbot)
        texts = painted(french, Column.DATE)
        assert texts and all(re.match(r"^\d{1,2} \S+ \d{4}$", t) for t in texts), texts
        assert french.filters.date_from.displayFormat() == "dd/MM/yyyy"
    finally:
        close(desktop, qtbot)


def test_the_clerk_may_choose_this_computers_way_in_preferences(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    english_afterwards: None,
) -> None:
    monkeypatch.setattr(i18n, "computer_country", lambda: "US", raising=False)  # a computer set to en_US
    desktop = open_desk(qapp, qtbot, demo_server, tmp_path, "en")
    try:
        window = shown(desktop, qtbot)
        dates = painted(window, Column.DATE)
        assert dates and not any(ENGLISH_MONTH_FIRST.match(t) for t in dates), dates  # the shop's way wins
        offered: list[str] = []

        def choose(way: str) -> Callable[[PreferencesDialog], bool]:
            def answer(dialog: PreferencesDialog) -> bool:
                offered[:] = [dialog.dates.itemText(n) for n in range(dialog.dates.count())]
                dialog.dates.setCurrentIndex(dialog.dates.findData(way))
                return True

            return answer

        desktop.ask_preferences = choose("computer")
        window.menus.preferences_action.trigger()
        assert "Cameroon" in offered[0] and "Dec 2026, " in offered[0], offered  # "…, Cameroon (7 Dec 2026, 14:30)"
        assert "M" in offered[1].split(",")[-1], offered  # "…computer (Dec 7, 2026, 2:30 PM)"
        assert desktop.settings.value(DATES_KEY) == "computer"
        mine = shown(desktop, qtbot)
        assert mine is not window  # built again, at once
        dates = painted(mine, Column.DATE)
        assert dates and all(ENGLISH_MONTH_FIRST.match(t) for t in dates), dates
        assert mine.filters.date_from.displayFormat() == "MMM d, yyyy"  # month first, spelled: not "M/d/yy"
        desktop.ask_preferences = choose("shop")
        mine.menus.preferences_action.trigger()
        back = shown(desktop, qtbot)
        dates = painted(back, Column.DATE)
        assert dates and not any(ENGLISH_MONTH_FIRST.match(t) for t in dates), dates
        assert back.filters.date_from.displayFormat() == "d MMM yyyy"
    finally:
        close(desktop, qtbot)


def test_a_shop_of_unknown_country_on_a_computer_set_to_c_writes_days_as_in_cameroon(
    qtbot: QtBot, qloop: qasync.QEventLoop, demo_server: DemoServer, tmp_path: Path, english_afterwards: None
) -> None:
    service = make_service(demo_server, tmp_path / "shop")
    store = store_of(service)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    try:
        assert service.shop.country() is None  # no profile kept yet
        assert i18n.computer_country() is None  # (these tests run in the C locale)
        install_language("en", chosen_dates_country(settings, service.shop.country()))
        moment = datetime(2026, 12, 7, 14, 30, tzinfo=WAT)
        assert moment_text(moment, "en") == "7 Dec 2026, 14:30"  # neither "12/7/26, 2:30 PM" nor "07/12/2026"
        # The profile may name its country in words; another country's way is followed.
        store.cache.set_meta(COMPANY_KEY, json.dumps({"address": {"country": "Sénégal"}}))
        assert service.shop.country() == "SN"
        assert chosen_dates_country(settings, service.shop.country()) == "SN"
        store.cache.set_meta(COMPANY_KEY, json.dumps({"address": {"country": "United States"}}))
        install_language("en", chosen_dates_country(settings, service.shop.country()))
        assert moment_text(moment, "en") == "Dec 7, 2026, 2:30\u202fPM"
        store.cache.set_meta(COMPANY_KEY, json.dumps({"address": "nowhere"}))
        assert service.shop.country() is None
        assert chosen_dates_country(settings, None) == "US"  # the last shop's, kept for the next start
    finally:
        run(qtbot, ServiceBridge(service), service.close())


@pytest.mark.parametrize(("lang", "country"), [("en_GB.UTF-8", "GB"), ("fr_CM.UTF-8", "CM"), ("C", None)])
def test_this_computers_country_is_read_from_its_regional_settings(lang: str, country: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": lang, "LANGUAGE": ""}
    script = "from genuka_desk.ui.i18n import computer_country; print(computer_country())"
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == str(country), out.stderr


def test_amounts_saved_narrow_in_english_open_whole_in_french_and_a_cut_one_loses_its_first_digits(
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    demo_server: DemoServer,
    tmp_path: Path,
    qapp: QApplication,
    english_afterwards: None,
) -> None:
    desktop = open_desk(qapp, qtbot, demo_server, tmp_path, "en")
    try:
        window = shown(desktop, qtbot)
        header = window.table.horizontalHeader()
        header.resizeSection(Column.BALANCE, 30)
        header.resizeSection(Column.TOTAL, 30)
        window.save_settings()
        desktop.switch_language("fr")
        french = shown(desktop, qtbot)
        table = french.table
        header = table.horizontalHeader()
        style = table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        for column in (Column.BALANCE, Column.TOTAL):
            texts = painted(french, column)
            assert texts and any("\u202f" in t for t in texts), texts  # French amounts ("22 500 FCFA")
            for r in range(french.table.mirror.rowCount()):
                text = french.table.mirror.index(r, column).data()
                if not text:
                    continue
                font = french.table.mirror.index(r, column).data(Qt.ItemDataRole.FontRole) or table.font()
                assert QFontMetrics(font).horizontalAdvance(text) + margin <= header.sectionSize(column), text
            assert header.sectionSizeHint(column) <= header.sectionSize(column)  # its title too
        # Narrowed by hand, an amount shows its end ("…500 FCFA"), right-aligned, never its first digits.
        row = next(
            r
            for r in range(french.table.mirror.rowCount())
            if len(french.table.mirror.index(r, Column.BALANCE).data() or "") > 6
        )
        index = french.table.mirror.index(row, Column.BALANCE)
        assert int(index.data(Qt.ItemDataRole.TextAlignmentRole)) & int(Qt.AlignmentFlag.AlignRight)

        def drawn(delegate: QAbstractItemDelegate, mode: Qt.TextElideMode | None) -> QImage:
            image = QImage(60, 26, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            option = QStyleOptionViewItem()
            option.rect = QRect(0, 0, 60, 26)
            option.font = QFont(table.font())
            option.palette = table.palette()
            option.state = QStyle.StateFlag.State_Enabled
            if mode is not None:
                option.textElideMode = mode
            painter = QPainter(image)
            delegate.paint(painter, option, index)
            painter.end()
            return image

        plain = QStyledItemDelegate()
        ours = drawn(table.itemDelegateForColumn(Column.BALANCE), Qt.TextElideMode.ElideRight)  # the view's mode
        assert ours == drawn(plain, Qt.TextElideMode.ElideLeft)
        assert ours != drawn(plain, Qt.TextElideMode.ElideRight)
        assert table.itemDelegateForColumn(Column.CUSTOMER) is None  # words keep the view's mode
    finally:
        close(desktop, qtbot)
