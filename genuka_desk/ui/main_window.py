"""The main window: the order list with its filters, status dropdowns, bulk changes and sync state."""

from __future__ import annotations

import html
import logging
from datetime import date, datetime, time
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import models as _models
from .. import service as _service
from ..models.coerce import WAT
from ..models.owed import has_paid_something
from . import quit_dialog, save_place
from .bridge import ServiceBridge
from .first_list import (
    ATTENTION_KEY,
    FULFILMENT_KEY,
    GEOMETRY_KEY,
    HEADER_KEY,
    PAYMENT_KEY,
    PLACE_KEY,
    ROW_HEIGHT,
    TURNED_KEY,
    drawn_header,
    fit_columns,
)
from .labels import billing_label, document_label, shipping_label, source_label
from .order_list_mirror import ListMirror
from .order_search_box import OrderSearchBox
from .order_table_model import ID_ROLE, Column, OrderTableModel, column_title
from .order_table_view import OrderTableView
from .refusal_words import RefusalWords
from .status_delegate import StatusDelegate, status_choices
from .today_panel import TodayPanel

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

OFFLINE_STYLE = "background:#fff4ce;color:#4d3b00;padding:6px 10px;border-bottom:1px solid #e6d28a;"


def banner(text: str) -> QLabel:
    """A hidden warning strip above the table (offline, cache rebuilt)."""
    label = QLabel(text)
    label.setStyleSheet(OFFLINE_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class MainWindow(QMainWindow):
    """Orders from the local cache; every change goes through the service."""

    def __init__(
        self,
        service: _service.OrderService,
        bridge: ServiceBridge,
        *,
        locale: str = "fr",
        read_only: bool = False,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.bridge = bridge
        self.language = locale
        self.read_only = read_only
        self.settings = settings or QSettings()
        self.clerk = ""  # who works at this desk (the app sets it): printed on receipts and invoices
        self.leaving = False  # set by the app when it closes the window itself (log out, switch company)
        self.online = False
        self.tray: Any = None  # the system tray icon, made at the first notice
        self.background = False  # the window is closed, the program stays to finish sending
        self._send_failed: str | None = None  # why the quit dialog's Send now left changes (said when it asks again)
        self.editors: dict[str, QWidget] = {}
        self.last_sync: datetime | None = None
        self.setWindowTitle(self.tr("Genuka Desk — Orders"))
        # Room for the list and its toolbar at first start, within the screen (a saved size wins after).
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1360, room.width() - 40) if room else 1360, min(780, room.height() - 60) if room else 780)

        self.model = OrderTableModel(service, locale, self, listed=False)  # listed once its state is restored
        self.model.read_only = read_only
        self.model.statusEdited.connect(self.change_status)
        self._build_filters()
        self._build_table()
        self._build_status_bar()
        self._build_menus()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.offline_banner = banner(
            self.tr(
                "You are offline. Your edits are kept on this computer and will be sent"
                " as soon as the connection returns."
            )
        )
        # In the status bar: the table never moves when the network drops or comes back.
        self.statusBar().addWidget(self.offline_banner, 1)
        self.read_only_banner = QLabel(self.tr("Read only: your account may not change orders."))
        self.read_only_banner.setStyleSheet("background:#e8eef7;color:#1d3557;padding:6px 10px;")
        self.read_only_banner.setVisible(read_only)
        self.cache_banner = banner(
            self.tr(
                "The local copy of the orders was damaged. It was set aside and the orders are being"
                " fetched again from Genuka. Your unsent changes are safe."
            )
        )
        self.cache_banner.setVisible(service.cache_rebuilt)
        self.demo_banner = QLabel(
            self.tr(
                "Demo: these orders, customers and payments are examples on this computer;"
                " they start over at each start."
            )
        )
        self.demo_banner.setStyleSheet("background:#fff4d6;color:#6b4e00;padding:6px 10px;")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.hide()
        # A newer version is out (the daily check): a link to its installer, and "not now".
        self.update_banner = QLabel()
        self.update_banner.setStyleSheet("background:#e8f4ea;color:#1e4620;padding:6px 10px;")
        self.update_banner.setTextFormat(Qt.TextFormat.RichText)
        self.update_banner.hide()
        layout.addWidget(self.update_banner)
        layout.addWidget(self.cache_banner)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.seen(self._order_id(current)) if current.isValid() else None
        )

        bridge.ordersChanged.connect(self.model.orders_changed)
        bridge.ordersArrived.connect(self.orders_arrived)
        self.today = TodayPanel(service, self.language, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.today)
        self.today.hide()  # View > Today shows it (the layout remembers)
        bridge.ordersChanged.connect(self.today.soon)
        self.today.visibilityChanged.connect(self.today_action.setChecked)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.show_count)
        bridge.queueChanged.connect(self._on_queue)
        bridge.connectivityChanged.connect(self._on_connectivity)
        bridge.syncProgress.connect(self._on_progress)
        bridge.syncFinished.connect(self._on_sync_finished)
        bridge.taskFailed.connect(self.show_error)
        bridge.cacheRebuilt.connect(self._on_cache_rebuilt)
        self._restore()
        self.model.list_now()
        self.show_count()
        self._on_queue(*self._queue_counts())
        if service.online is not None:  # a sync may have run before this window existed
            self._on_connectivity(service.online, "")
        if service.last_sync is not None:
            self._show_last_sync(service.last_sync)

    # -- building --------------------------------------------------------------

    def _build_filters(self) -> None:
        bar = QToolBar(self.tr("Filters"), self)
        bar.setObjectName("filters")
        bar.setMovable(False)
        self.search = OrderSearchBox(bar)
        self.search.setPlaceholderText(self.tr("Search reference, customer, phone, product…"))
        self.search.to_results.connect(self.enter_results)
        self.search.submitted.connect(self.search_submitted)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.payment_filter = QComboBox(bar)
        self.payment_filter.addItem(self.tr("Any payment"), "")
        for value, label in status_choices(_models.Side.BILLING):
            self.payment_filter.addItem(label, value)
        self.fulfilment_filter = QComboBox(bar)
        self.fulfilment_filter.addItem(self.tr("Any fulfilment"), "")
        for value, label in status_choices(_models.Side.SHIPPING):
            self.fulfilment_filter.addItem(label, value)
        self.dates_enabled = QCheckBox(self.tr("From"), bar)
        self.date_from = QDateEdit(bar)
        self.date_to = QDateEdit(bar)
        today = QDate.currentDate()
        self.date_from.setDate(today.addMonths(-1))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _: self.apply_filters())
        self.dates_enabled.toggled.connect(self._dates_toggled)
        self.attention = QAction(self.tr("Needs attention"), self)
        self.attention.setCheckable(True)
        self.attention.setToolTip(
            self.tr(
                "Orders whose change was refused or is in conflict, or whose payment status disagrees with the balance"
            )
        )
        self.attention.toggled.connect(lambda _: self.apply_filters())
        self.waiting = QAction(self.tr("Waiting to send"), self)
        self.waiting.setCheckable(True)
        self.waiting.setToolTip(self.tr("Orders with changes not on the server yet"))
        self.waiting.toggled.connect(lambda _: self.apply_filters())
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.bulk_action = QAction(self.tr("Set status…"), self)
        self.bulk_action.setToolTip(self.tr("Change the status of the selected orders"))
        self.bulk_action.triggered.connect(self.bulk_change)
        self.bulk_action.setEnabled(not self.read_only)
        self.payment_filter.currentIndexChanged.connect(lambda _: self.apply_filters())
        self.fulfilment_filter.currentIndexChanged.connect(lambda _: self.apply_filters())
        bar.addWidget(self.search)
        self.found = QLabel(bar)  # how many orders the list shows ("128 orders"; none: says so)
        self.found.setMinimumWidth(110)
        bar.addWidget(self.found)
        self.new_badge = QPushButton(bar)  # "3 new orders": newest first at a click
        self.new_badge.setStyleSheet("background:#1e7a34;color:white;border-radius:9px;padding:2px 10px;")
        self.new_badge.clicked.connect(self.show_new_orders)
        # A toolbar shows or hides its widgets through their actions.
        self.new_badge_action = bar.addWidget(self.new_badge)
        self.new_badge_action.setVisible(False)
        bar.addWidget(self.payment_filter)
        bar.addWidget(self.fulfilment_filter)
        bar.addWidget(self.dates_enabled)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr(" to "), bar))
        bar.addWidget(self.date_to)
        bar.addSeparator()
        bar.addAction(self.attention)
        bar.addAction(self.waiting)
        bar.addAction(self.bulk_action)
        bar.addAction(self.sync_action)
        self.addToolBar(bar)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def _build_table(self) -> None:
        table = OrderTableView(self.service.foreground, self)
        self.mirror = ListMirror(self.model, self)  # what the view paints; rows as in self.model
        table.setModel(self.mirror)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        delegate = StatusDelegate(table)
        table.setItemDelegateForColumn(Column.PAYMENT, delegate)
        table.setItemDelegateForColumn(Column.FULFILMENT, delegate)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.AscendingOrder)  # newest first, turned (ListMirror.sort)
        for column, width in (
            (Column.DATE, 105),
            (Column.CUSTOMER, 160),  # a longer name is cut at its end, whole in its tooltip
            (Column.ITEMS, 60),
            (Column.TOTAL, 120),
            (Column.SYNC, 50),
            (Column.BALANCE, 120),
        ):
            table.setColumnWidth(column, width)
        # The columns of words are as wide as their longest word in this language, in bold (a new
        # order's row is bold until seen); a saved layout wins.
        bold = table.font()
        bold.setBold(True)
        fits = QFontMetrics(bold).horizontalAdvance
        table.setColumnWidth(Column.REFERENCE, max(115, fits("● #ORDER_00000") + 16))
        worded = {
            Column.PAYMENT: [billing_label(s) for s in _models.BillingStatus if s != _models.BillingStatus.UNKNOWN],
            Column.FULFILMENT: [
                shipping_label(s) for s in _models.ShippingStatus if s != _models.ShippingStatus.UNKNOWN
            ],
            Column.SOURCE: [source_label(s) for s in (*_models.SOURCES, "WEB", "DASHBOARD")],
            Column.DOCUMENT: [document_label(s) for s in _models.OrderState]
            + [document_label(_models.OrderState.INVOICE, True)],
        }
        # A status is read whole (up to 190 px); where an order came from and its document take no more
        # than their usual words ("Boutique (caisse)", "Bon de commande", in bold): a longer one
        # ("Tableau de bord Genuka") is cut at its end, whole in its tooltip.
        widest = {Column.SOURCE: 130, Column.DOCUMENT: 135}
        for column, words in worded.items():
            table.setColumnWidth(column, min(widest.get(column, 190), max(90, max(fits(w) for w in words) + 20)))
        # What is still owed right after the total: both amounts on screen in a narrow window, in
        # every language. A move of the section only (the model's column numbers stay: saved layouts,
        # which win, keep working).
        header.moveSection(header.visualIndex(Column.BALANCE), header.visualIndex(Column.TOTAL) + 1)
        table.doubleClicked.connect(self._double_clicked)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        open_action = QAction(self.tr("Open order"), table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.open_selected)
        table.addAction(open_action)
        self.table = table

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.online_label = QLabel(self.tr("Connecting…"))
        self.pending_label = QLabel()
        self.last_sync_label = QLabel(self.tr("Not synced yet"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addWidget(self.online_label)
        bar.addWidget(self.pending_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.last_sync_label)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        new_order = file_menu.addAction(self.tr("New order…"))
        new_order.setShortcut(QKeySequence.StandardKey.New)
        new_order.setEnabled(not self.read_only)
        new_order.triggered.connect(self.new_order)
        customers = file_menu.addAction(self.tr("Customers…"))
        customers.setShortcut(QKeySequence("Ctrl+Shift+C"))
        customers.triggered.connect(lambda: self.open_customer(None))
        printing = file_menu.addAction(self.tr("Print…"))
        printing.setShortcut(QKeySequence.StandardKey.Print)
        printing.triggered.connect(lambda: self.print_order())
        export = file_menu.addAction(self.tr("Export list to CSV…"))
        export.triggered.connect(self.export_csv_dialog)
        file_menu.addSeparator()
        # The app owns the session: it connects this (see DesktopApp.log_out).
        self.switch_company_action = file_menu.addAction(self.tr("Switch company…"))
        self.switch_company_action.setEnabled(False)  # enabled by the app when the session can switch
        self.logout_action = file_menu.addAction(self.tr("Log out…"))
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        find = edit_menu.addAction(self.tr("Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        edit_menu.addAction(self.bulk_action)
        pay = edit_menu.addAction(self.tr("Take a payment…"))
        pay.setShortcut(QKeySequence("Ctrl+Shift+P"))
        pay.setEnabled(not self.read_only)
        pay.triggered.connect(lambda: self.take_payment())
        self.preferences_action = edit_menu.addAction(self.tr("Preferences…"))
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.attention)
        view_menu.addAction(self.waiting)
        view_menu.addAction(self.sync_action)
        self.today_action = view_menu.addAction(self.tr("Today panel"))
        self.today_action.setCheckable(True)
        self.today_action.triggered.connect(lambda on: self.today.setVisible(on))
        refresh = view_menu.addAction(self.tr("Refresh everything"))
        refresh.setToolTip(self.tr("Fetch every order again from Genuka (repairs a local copy that drifted)"))
        refresh.triggered.connect(self.refresh_everything)
        # Orders without a customer (a quick counter sale) are left out of the pulls unless asked for.
        self.ghosts_action = view_menu.addAction(self.tr("Show orders without a customer"))
        self.ghosts_action.setCheckable(True)
        self.ghosts_action.setChecked(self.service.ghost_orders_shown())
        self.ghosts_action.toggled.connect(self.service.show_ghost_orders)
        self.columns_menu = view_menu.addMenu(self.tr("Columns"))
        self._fill_columns_menu(self.columns_menu)
        help_menu = menu.addMenu(self.tr("&Help"))
        # The app connects this (see DesktopApp: the checker owns the feed and the preference).
        self.check_updates_action = help_menu.addAction(self.tr("Check for updates…"))
        keys = help_menu.addAction(self.tr("Keyboard shortcuts"))
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        # The app connects this too (it holds the session's profile: server, company, who logged in).
        self.diagnostics_action = help_menu.addAction(self.tr("Diagnostics…"))
        about = help_menu.addAction(self.tr("About Genuka Desk"))
        about.triggered.connect(self.about)

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        for column in Column:
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))

    def _header_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- filters -----------------------------------------------------------------

    def current_query(self) -> _service.ListQuery:
        """The list the filters ask for (sort kept)."""
        base = self.model.query
        created_from = created_to = None
        if self.dates_enabled.isChecked():
            start = _day(self.date_from.date())
            end = _day(self.date_to.date())
            # The shop's days (Douala's time), as every time on screen: not the PC's, not UTC.
            created_from = datetime.combine(start, time.min, tzinfo=WAT)
            created_to = datetime.combine(end, time.max, tzinfo=WAT)
        payment = self.payment_filter.currentData() or ""
        fulfilment = self.fulfilment_filter.currentData() or ""
        return _service.ListQuery(
            search=self.search.text(),
            billing_status=(payment,) if payment else (),
            shipping_status=(fulfilment,) if fulfilment else (),
            needs_attention=self.attention.isChecked(),
            only_unsent=self.waiting.isChecked(),
            created_from=created_from,
            created_to=created_to,
            sort=base.sort,
            descending=base.descending,
        )

    def apply_filters(self) -> None:
        """Show the orders the filters ask for, from the top, and remember the filters."""
        self.model.set_query(self.current_query())
        self.table.scrollToTop()
        self.show_count()
        self.settings.setValue(PAYMENT_KEY, self.payment_filter.currentData() or "")
        self.settings.setValue(FULFILMENT_KEY, self.fulfilment_filter.currentData() or "")
        self.settings.setValue(ATTENTION_KEY, self.attention.isChecked())

    def orders_arrived(self, ids: list[str]) -> None:
        """Orders never seen here came in: marked in the list, counted on the badge, and a notice if wanted."""
        self.model.set_marked(self.model.marked | set(ids))
        self._show_badge()
        if self.settings.value("notify/new_orders", True, type=bool):
            self.notify_new(len(ids))

    def notify_new(self, count: int) -> None:
        """A desktop notification (when the system has a tray) and a sound: new orders came in."""
        from PySide6.QtWidgets import QApplication

        QApplication.beep()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.activated.connect(self._from_tray)
            self.tray.show()
        self.tray.showMessage(self.tr("Genuka Desk"), self.tr("%n new order(s)", "", count))

    def _from_tray(self, *_: object) -> None:
        self.showNormal()
        self._raise(self)

    def seen(self, order_id: str) -> None:
        """The clerk looked at this order: no longer marked new."""
        if order_id in self.model.marked:
            self.model.set_marked(self.model.marked - {order_id})
            self._show_badge()

    def _show_badge(self) -> None:
        count = len(self.model.marked)
        self.new_badge.setText(self.tr("%n new order(s)", "", count))
        self.new_badge_action.setVisible(count > 0)

    def show_new_orders(self) -> None:
        """The badge: the list newest first, from the top (the new ones are there, in bold)."""
        self.search.clear()
        self.table.sort_list(Column.DATE, descending=True)
        self.apply_filters()

    def show_count(self) -> None:
        """How many orders the list holds, beside the search box."""
        count = self.model.rowCount()
        self.found.setText(self.tr("%n order(s)", "", count) if count else self.tr("No order matches"))

    def enter_results(self) -> None:
        """Down (or Enter) in the search box: into the list, on its first order."""
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.mirror.index(0, 0))

    def search_submitted(self, text: str) -> None:
        """Enter in the search box: a whole reference (a scanned order barcode) opens that order; else the list."""
        self._search_timer.stop()
        self.apply_filters()
        order_id = self.service.find_order(text) if text else None
        if order_id is not None:
            self.open_order(order_id)
        else:
            self.enter_results()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    # -- status changes ----------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask before a change with side effects (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def side_effect_warning(self, side: _models.Side, value: str, current: str) -> str | None:
        """Why a status change deserves a question first, in the clerk's words (None: it does not)."""
        effect = _models.status_side_effect(side, value, current)
        if effect is _models.SideEffect.CREDIT_NOTE:
            return self.tr(
                "Setting the payment back to awaiting payment creates a credit note for what was invoiced. Continue?"
            )
        if effect is _models.SideEffect.PAYMENT_CANCELLED:
            return self.tr("Cancelling the payment cannot be undone from here. Continue?")
        return None

    def paid_choice(self, order: _models.Order) -> str | None:
        """ "Paid" picked while a balance remains: "payment" (record it), "status" (the status alone), None.

        Tests replace this.
        """
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Record the payment?"), "", parent=self)
        box.setText(
            self.tr("%s still owes %s. Record a payment for it? Only then does Genuka count the money.")
            % (order.reference or "", _models.format_money(order.balance, order.currency_code, self.language))
        )
        pay = box.addButton(self.tr("Record a payment…"), QMessageBox.ButtonRole.AcceptRole)
        alone = box.addButton(self.tr("Only change the status"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return {id(pay): "payment", id(alone): "status"}.get(id(box.clickedButton()))

    def partly_paid_refusal(self, count: int) -> str:
        """Why "Partly paid" cannot be set on ``count`` selected orders: nothing is paid on them."""
        return self.tr(
            "No payment is recorded on %n selected order(s). An order is partly paid once a payment is recorded on "
            "it: take a payment on each (Edit > Take a payment…); the status follows.",
            "",
            count,
        )

    def take_payment(
        self, order_id: str | None = None, amount: Decimal | None = None, *, partly: bool = False
    ) -> QDialog | None:
        """Orders > Take a payment (Ctrl+Shift+P) on the current order, or on ``order_id``.

        ``partly``: asked by "Partly paid" picked in the list (the dialog asks how much was paid).
        """
        if order_id is None:
            index = self.table.currentIndex()
            order_id = self._order_id(index) if index.isValid() else None
        order = self.service.order_now(order_id) if order_id and not self.read_only else None
        if order is None:
            return None
        from .payment_dialog import PaymentDialog  # opened on demand: not loaded before the list is shown

        dialog = PaymentDialog(self.service, order, locale=self.language, amount=amount, partly=partly, parent=self)

        def failed(exc: Exception) -> None:
            self.show_error(self.bridge.message_of(exc, self.tr("The payment could not be kept.")))

        dialog.accepted.connect(lambda: dialog.record(self.bridge, lambda _: None, failed))
        dialog.open()
        return dialog

    def print_order(self, order_id: str | None = None) -> QDialog | None:
        """File > Print (Ctrl+P) on the current order, or on ``order_id``: its receipt, invoice or slip."""
        from .paper.print_dialog import PrintDialog

        if order_id is None:
            index = self.table.currentIndex()
            order_id = self._order_id(index) if index.isValid() else None
        if not order_id or self.service.order_now(order_id) is None:
            return None
        dialog = PrintDialog(self.service, order_id, self.settings, locale=self.language, clerk=self.clerk, parent=self)
        dialog.open()
        return dialog

    def change_status(self, order_id: str, side: _models.Side, value: str) -> None:
        """A status picked in the table: ask if it has side effects, then queue it.

        "Paid" while a balance remains offers to record a payment for it (the
        documented way: the status then follows the money). "Partly paid" on
        an order with nothing paid asks how much was paid and records that
        payment, which makes it partly paid; without an amount nothing changes.
        """
        if side == _models.Side.BILLING and value == _models.BillingStatus.PARTIALLY_PAID.value:
            held = self.service.order_now(order_id)
            if held is not None and not held.cancelled and not has_paid_something(held):
                self.model.orders_changed([order_id], False)  # the cell shows what the store holds
                self.take_payment(order_id, partly=True)
                return
        order = self.service.order_now(order_id) if side == _models.Side.BILLING and value == "paid" else None
        if order is not None and order.balance > 0 and not order.cancelled:
            choice = self.paid_choice(order)
            if choice != "status":
                self.model.orders_changed([order_id], False)  # the cell shows what the store holds
                if choice == "payment":
                    self.take_payment(order_id, order.balance)
                return
        row = self.service.row(order_id)
        current = (
            ""
            if row is None
            else (row.billing_status.value if side == _models.Side.BILLING else row.shipping_status.value)
        )
        warning = self.side_effect_warning(side, value, current)
        if warning and not self.confirm(self.tr("Change the status?"), warning):
            return
        kwargs = {"billing": value} if side == _models.Side.BILLING else {"shipping": value}
        self.model.show_status(order_id, side, value)  # at once; the queued change confirms it

        def undo(exc: Exception) -> None:
            self.model.orders_changed([order_id], False)  # back to what the store holds
            self.show_error(self.bridge.message_of(exc, self.tr("The change could not be saved.")))

        self.bridge.run(self.service.set_status(order_id, **kwargs), on_error=undo)

    def selected_ids(self) -> list[str]:
        """The ids of the selected orders, in list order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.index(row, 0).data(ID_ROLE) for row in rows]
        return [str(i) for i in ids if i]

    def bulk_change(self) -> None:
        """Set the status of every selected order at once."""
        ids = self.selected_ids()
        if not ids or self.read_only:
            return
        from .bulk_dialog import BulkStatusDialog

        dialog = BulkStatusDialog(len(ids), self)
        if not dialog.exec():
            return
        billing, shipping = dialog.choice()
        if billing is None and shipping is None:
            return
        if billing == _models.BillingStatus.PARTIALLY_PAID.value:
            orders = [self.service.order_now(i) for i in ids]
            unpaid = [o for o in orders if o is not None and not o.cancelled and not has_paid_something(o)]
            if unpaid:
                self.show_error(self.partly_paid_refusal(len(unpaid)))
                return
        if billing:
            warning = self.side_effect_warning(_models.Side.BILLING, billing, "")
            if warning and not self.confirm(self.tr("Change the status?"), warning):
                return
        self.bridge.run(self.service.bulk_set_status(ids, billing=billing, shipping=shipping))

    # -- rows ----------------------------------------------------------------------

    def _order_id(self, index: QModelIndex) -> str:
        """The id of the order on the view's row ``index`` (the order model's: the view holds only rows on screen)."""
        return str(self.model.index(index.row(), 0).data(ID_ROLE))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (Column.PAYMENT, Column.FULFILMENT) and not self.read_only:
            return  # the dropdown opens instead
        self.open_order(self._order_id(index))

    def open_selected(self) -> None:
        """Enter: open the current order."""
        index = self.table.currentIndex()
        if index.isValid():
            self.open_order(self._order_id(index))

    def new_order(self) -> QWidget:
        """File > New order (Ctrl+N): the sale window (one at a time; raised when already open)."""
        return self._counter("new-order")

    def fix_sale(self, order_id: str) -> QWidget | None:
        """A sale not created yet (refused, or waiting) in the sale window, to correct, send again or discard."""
        change = self.service.sale_of(order_id)
        if change is None or change.draft is None:
            return None
        window = self._counter(f"sale:{order_id}")
        window.load_sale(change)
        return window

    def _counter(self, key: str) -> Any:
        from .counter import NewOrderWindow

        window = self.editors.get(key)
        if window is None:
            window = NewOrderWindow(self.service, self.bridge, locale=self.language)
            window.show_customer.connect(self.open_customer)
            window.destroyed.connect(lambda _=None, k=key: self.editors.pop(k, None))
            self.editors[key] = window
        self._raise(window)
        return window

    def open_customer(self, key: str | None) -> QWidget:
        """File > Customers… (Ctrl+Shift+C), or a customer from an order or a sale: orders and balance."""
        from .customer_window import CustomerWindow

        window = self.editors.get("customer")
        if window is None:
            window = CustomerWindow(self.service, self.bridge, locale=self.language)
            window.open_order.connect(self.open_order)
            window.destroyed.connect(lambda _=None: self.editors.pop("customer", None))
            self.editors["customer"] = window
        assert isinstance(window, CustomerWindow)
        if key or window.customer is None:
            window.show_customer(key)
        self._raise(window)
        return window

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def open_order(self, order_id: str) -> QWidget | None:
        """Open (or raise) the editor of one order (it is seen then)."""
        self.seen(order_id)
        from .editor import OrderEditor

        editor = self.editors.get(order_id)
        if editor is None:
            order = self.service.order_now(order_id)
            if order is None:
                return None
            editor = OrderEditor(self.service, self.bridge, order_id, locale=self.language, read_only=self.read_only)
            editor.customer_requested.connect(self.open_customer)
            editor.fix_sale_requested.connect(self.fix_sale)
            editor.print_requested.connect(self.print_order)
            editor.destroyed.connect(lambda _=None, oid=order_id: self.editors.pop(oid, None))
            self.editors[order_id] = editor
        self._raise(editor)
        return editor

    def _row_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        order_id = self._order_id(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open order"), lambda: self.open_order(order_id))
        menu.addAction(self.tr("Print…"), lambda: self.print_order(order_id))
        if not self.read_only:
            menu.addAction(self.tr("Take a payment…"), lambda: self.take_payment(order_id))
        for change in self.service.changes_of(order_id):
            if change.state is _service.ChangeState.FAILED:
                menu.addSeparator()
                said = RefusalWords(menu).said(change.last_error, language=self.language)
                reason = QAction(self.tr("Refused: %s") % said.words, menu)
                reason.setToolTip(said.detail)
                reason.setEnabled(False)
                menu.addAction(reason)
                if change.kind is _service.ChangeKind.CREATE:
                    menu.addAction(self.tr("Correct the sale…"), lambda: self.fix_sale(order_id))
                    menu.addAction(self.tr("Send it again"), partial(self._retry, change.id))
                    menu.addAction(self.tr("Discard the sale…"), partial(self.discard_sale, change))
                    continue
                menu.addAction(self.tr("Retry"), partial(self._retry, change.id))
                if self.service.accepted_part(change.id) is not None:
                    menu.addAction(
                        self.tr("Send the rest, without the refused part"), partial(self._keep_rest, change.id)
                    )
                menu.addAction(self.tr("Revert"), partial(self.revert_change, change.id))
            elif change.state is _service.ChangeState.CONFLICT:
                menu.addSeparator()
                menu.addAction(self.tr("Resolve the conflict…"), lambda: self.open_order(order_id))
        if len(self.selected_ids()) > 1:
            menu.addSeparator()
            menu.addAction(self.bulk_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _keep_rest(self, change_id: str) -> None:
        self.bridge.run(self.service.keep_accepted(change_id))

    def _retry(self, change_id: str) -> None:
        self.bridge.run(self.service.retry(change_id))

    def discard_sale(self, change: _service.Change) -> None:
        """Row menu > Discard the sale: after a warning, a sale the server never created is gone."""
        from .counter.words import CounterWords

        words = CounterWords(self)
        if self.confirm(words.discard_title(), words.discard_question(change.order_ref)):
            self.bridge.run(self.service.discard(change.id))

    def revert_change(self, change_id: str) -> None:
        """Row menu > Revert: drop an unsent change; the order shows the server's version again."""
        self.bridge.run(self.service.discard(change_id))

    # -- sync state ----------------------------------------------------------------

    def refresh_everything(self) -> None:
        """View > Refresh everything: every order fetched again (what the server holds wins, queued changes stay)."""
        self.sync_action.setEnabled(False)
        self.bridge.run(self.service.sync(full=True), on_done=lambda _: self.sync_action.setEnabled(True))

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The keyboard shortcuts, as Help > Keyboard shortcuts lists them."""
        native = QKeySequence.SequenceFormat.NativeText

        def keys(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
            return QKeySequence(sequence).toString(native)

        return [
            (keys(QKeySequence.StandardKey.New), self.tr("New order (the counter)")),
            (keys(QKeySequence.StandardKey.Find), self.tr("Search the orders")),
            (self.tr("Enter"), self.tr("Open the order (in the search box: a whole reference opens it)")),
            (self.tr("Down"), self.tr("From the search box into the list")),
            (self.tr("Esc"), self.tr("Clear the search; close a window")),
            (keys(QKeySequence.StandardKey.Save), self.tr("Save the order or the sale")),
            (keys(QKeySequence.StandardKey.Print), self.tr("Print the receipt, invoice or delivery slip")),
            (keys("Ctrl+Shift+P"), self.tr("Take a payment")),
            (keys("Ctrl+Shift+C"), self.tr("Customers")),
            ("F5", self.tr("Sync now")),
            ("F1", self.tr("These shortcuts")),
        ]

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1)."""
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for k, what in self.shortcut_rows())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), "", parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{rows}</table>")
        box.open()

    def sync_now(self) -> None:
        """F5: send the queue and fetch changes now."""
        self.sync_action.setEnabled(False)
        self.bridge.run(self.service.sync(), on_done=lambda _: self.sync_action.setEnabled(True))

    def _queue_counts(self) -> tuple[int, int, int]:
        counts = self.service.queue_counts()
        return counts.pending, counts.failed, counts.conflict

    def _on_queue(self, pending: int, failed: int, conflict: int) -> None:
        if self.background and not pending:
            self._quit_now()  # kept running only to finish sending: done (refused ones wait for the next start)
            return
        parts = []
        if pending:
            parts.append(self.tr("%n change(s) waiting", "", pending))
        if failed:
            parts.append(self.tr("%n refused", "", failed))
        if conflict:
            parts.append(self.tr("%n in conflict", "", conflict))
        self.pending_label.setText(" · ".join(parts) if parts else self.tr("All changes sent"))

    def _on_cache_rebuilt(self, moved_to: str) -> None:
        # A bound method, not a lambda: the bridge outlives this window and must not keep it alive.
        self.cache_banner.show()
        self.cache_banner.setToolTip(moved_to)

    def _on_connectivity(self, online: bool, reason: str) -> None:
        self.online = online
        self.offline_banner.setVisible(not online)
        if not online:
            self.progress.hide()  # nothing is received or sent offline
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))
        self.online_label.setToolTip(reason)

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if not done:
            # Nothing moved yet: offline, a try of the first change (retried for seconds) would show
            # an empty bar beside "Offline", which says nothing.
            return
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)
        self.progress.setToolTip(
            self.tr("Sending changes") if phase == _service.SyncPhase.PUSH else self.tr("Receiving orders")
        )

    def _on_sync_finished(self, event: _service.SyncFinished) -> None:
        self.progress.hide()
        self.sync_action.setEnabled(True)
        if event.error is None:
            self._show_last_sync(datetime.now().astimezone())
            self.cache_banner.hide()  # the orders are back
            if self.online:
                self.online_label.setText(self.tr("Online"))
                self.online_label.setToolTip("")
        elif self.online:
            # Reached, but the server fails what it is asked: not "Online" as if all were well.
            self.online_label.setText(self.tr("Server trouble, retrying"))
            self.online_label.setToolTip(event.error)

    def _show_last_sync(self, when: datetime) -> None:
        self.last_sync = when
        self.last_sync_label.setText(self.tr("Last sync %s") % when.astimezone(WAT).strftime("%H:%M"))

    def show_update(self, text: str, url: str) -> None:
        """The banner of a newer version: what is out, Download, Not now (``#dismiss``)."""
        later, download = self.tr("Not now"), self.tr("Download")
        links = [f"<a href='#dismiss'>{later}</a>"]
        if url:
            links.insert(0, f"<a href='{html.escape(url, quote=True)}'>{download}</a>")
        self.update_banner.setText(f"{html.escape(text)} &nbsp; " + " · ".join(links))
        self.update_banner.show()

    def show_error(self, message: str) -> None:
        """A clear message, never a trace."""
        QMessageBox.warning(self, self.tr("Genuka Desk"), message)

    # -- export, about, settings ---------------------------------------------------

    def csv_words(self) -> _service.CsvWords:
        """The export's column titles and the names of statuses and sources, in the clerk's language."""
        titles = [column_title(c) for c in Column if c not in (Column.SYNC, Column.DOCUMENT, Column.BALANCE)]
        return _service.CsvWords(
            [*titles, column_title(Column.DOCUMENT), column_title(Column.BALANCE), self.tr("Currency"), self.tr("Id")],
            billing_label,
            shipping_label,
            document_label,
            source_label,
        )

    def export_csv(self, path: Path, *, for_tools: bool = False) -> asyncio.Task[int]:
        """Write every order of the current list (not only the screen) to ``path``, off the GUI thread.

        In the clerk's words, or ``for_tools`` in fixed English ones. The
        status bar says how many when it is done; a file that cannot be
        written gets a clear message. The task gives the count.
        """

        def done(count: int) -> None:
            # Where it went (the file, its folder by name: "Documents"), for long enough to read it (20 s).
            folder = path.parent.name or str(path.parent)
            said = self.tr("%n order(s) exported to %s (folder %s)", "", count) % (path.name, folder)
            self.statusBar().showMessage(said, 20_000)

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                self.show_error(self.tr("Could not write the file: %s") % (exc.strerror or exc))
            else:
                self.show_error(self.bridge.message_of(exc))

        words = _service.CsvWords.for_tools() if for_tools else self.csv_words()
        return self.bridge.run(self.service.export_csv(self.model.query, path, words), done, failed)

    def export_csv_dialog(self) -> None:
        """File > Export: ask where (Documents, then the last folder; today's name) and in which words, then write."""
        request = save_place.csv_request(self.settings, date.today())
        name, chosen = save_place.ask_where(self, self.tr("Export orders"), request)
        if name:
            path, for_tools = save_place.csv_chosen(self.settings, name, chosen)
            self.export_csv(path, for_tools=for_tools)

    def about(self) -> None:
        """Help > About."""
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About Genuka Desk"),
            self.tr("Genuka Desk %s\nOffline-first order management for Genuka shops.") % __version__,
        )

    def _restore(self) -> None:
        state = drawn_header(self.settings)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        fit_columns(self.table, self.language)  # widths saved in another language must not cut amounts or titles
        payment = str(self.settings.value(PAYMENT_KEY, "") or "")
        fulfilment = str(self.settings.value(FULFILMENT_KEY, "") or "")
        self.payment_filter.setCurrentIndex(max(0, self.payment_filter.findData(payment)))
        self.fulfilment_filter.setCurrentIndex(max(0, self.fulfilment_filter.findData(fulfilment)))
        self.attention.setChecked(str(self.settings.value(ATTENTION_KEY, "false")).lower() == "true")
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.apply_filters()

    def save_settings(self) -> None:
        """Remember column widths and order, filters and the window's place."""
        self.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.settings.setValue(TURNED_KEY, True)  # the state holds the order as drawn
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        # Where the list sits in the window: the next start's first look paints it right there.
        corner = self.table.mapTo(self, QPoint(0, 0))
        right = self.width() - corner.x() - self.table.width()
        bottom = self.height() - corner.y() - self.table.height()
        self.settings.setValue(PLACE_KEY, [corner.x(), corner.y(), right, bottom])
        self.settings.sync()

    def close_editors(self) -> bool:
        """Close every order editor; False when one with unsaved edits stayed open (the clerk chose so)."""
        return all(editor.close() for editor in list(self.editors.values()))

    def ask_quit(self, unsent: int) -> str | None:
        """Quitting with ``unsent`` changes: "send" (now), "tray", "quit" (kept for the next start), None.

        Tests replace this. After a "Send now" that left changes, it says why.
        """
        counts = self.service.queue_counts()
        situation = quit_dialog.QuitSituation(
            pending=counts.pending,
            failed=counts.failed,
            conflict=counts.conflict,
            online=self.service.online,
            send_failed=self._send_failed,
            tray=QSystemTrayIcon.isSystemTrayAvailable(),
        )
        self._send_failed = None
        return quit_dialog.ask_quit(self, situation)

    def send_in_background(self) -> None:
        """Quit, but only once everything is sent: the window goes, a tray icon stays until the queue is empty."""
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.windowIcon(), self)
            self.tray.activated.connect(self._from_tray)
        menu = QMenu(self)
        menu.addAction(self.tr("Open Genuka Desk"), self._from_tray)
        menu.addAction(self.tr("Quit anyway"), self._quit_now)
        self.tray.setContextMenu(menu)
        self.tray.setToolTip(self.tr("Genuka Desk: sending the changes, then it quits"))
        self.tray.show()
        self.background = True
        self.hide()
        self.bridge.run(self.service.sync(pull=False), self._maybe_done, self._maybe_done)

    def _maybe_done(self, *_: object) -> None:
        """In the background: quit once nothing waits any more (a change refused keeps it there, in the tray)."""
        if self.background and self.service.queue_counts().pending == 0:
            self._quit_now()  # refused changes and conflicts wait for the clerk: at the next start

    def _quit_now(self) -> None:
        self.background = False
        self.leaving = True
        if self.tray is not None:
            self.tray.hide()
        self.close()

    def _sent_before_quit(self, outcome: object) -> None:
        """Send now is done: close, which asks again, saying why, if some could not be sent."""
        if isinstance(outcome, _service.SyncReport):
            self._send_failed = "offline" if outcome.offline else outcome.error
        elif isinstance(outcome, Exception):
            self._send_failed = self.bridge.message_of(outcome)
        elif isinstance(outcome, str):
            self._send_failed = outcome
        self.close()

    def mark_demo(self) -> None:
        """This window works on the embedded demo: said in its title and in a strip above the list."""
        self.setWindowTitle(self.tr("Genuka Desk — Orders (demo)"))
        self.demo_banner.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_editors():
            event.ignore()
            return
        unsent = 0 if self.read_only or self.leaving or self.service.closed else self.service.unsent_count()
        if unsent:
            answer = self.ask_quit(unsent)
            if answer != "quit":
                event.ignore()
                if answer == "send":
                    self.bridge.run(self.service.sync(pull=False), self._sent_before_quit, self._sent_before_quit)
                elif answer == "tray":
                    self.send_in_background()
                return
        self.save_settings()
        event.accept()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
