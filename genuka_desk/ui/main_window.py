"""The main window: the order list with its filters, its menus and its status bar, assembled from its parts.

Each part is a module of its own: the filter toolbar (:mod:`.filter_bar`),
the list (:mod:`.order_list_view`, with its models), the status bar and
sync state (:mod:`.sync_status_bar`), the strips above the list
(:mod:`.banners`), new-order notices and the tray (:mod:`.notices`), the
windows opened from the list (:mod:`.open_windows`), the dialogs on one
order (:mod:`.order_dialogs`), status changes (:mod:`.status_changes`),
the row menu (:mod:`.row_menu`), the CSV export (:mod:`.export_action`),
the menus (:mod:`.window_menus`) and the quit flow (:mod:`.quit_flow`).
The window builds them, wires them to each other and to the service's
events, and keeps its look between starts (:mod:`.window_layout`).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QSystemTrayIcon, QVBoxLayout, QWidget

from .. import models as _models
from .. import service as _service
from .banners import Banners
from .bridge import ServiceBridge
from .export_action import ExportAction
from .filter_bar import FilterBar
from .notices import NewOrderNotices
from .open_windows import OpenWindows
from .order_dialogs import OrderDialogs
from .order_list_mirror import ListMirror
from .order_list_view import OrderListView
from .order_table_model import Column, OrderTableModel
from .quit_flow import QuitFlow
from .row_menu import RowMenu
from .status_changes import StatusChanges
from .sync_status_bar import SyncStatusBar
from .today_panel import TodayPanel
from .window_layout import GEOMETRY_KEY, HEADER_KEY, PLACE_KEY, TURNED_KEY, drawn_header, fit_columns
from .window_menus import MainMenus

if TYPE_CHECKING:
    import asyncio


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
        self.setWindowTitle(self.tr("Genuka Desk — Orders"))
        # Room for the list and its toolbar at first start, within the screen (a saved size wins after).
        room = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(1360, room.width() - 40) if room else 1360, min(780, room.height() - 60) if room else 780)

        self.model = OrderTableModel(service.orders, locale, self, listed=False)  # listed once its state is restored
        self.model.read_only = read_only
        # The search box first: it has the focus when the window opens (the first look leaves it so).
        self.filters = FilterBar(self)
        self.table = OrderListView(self.model, read_only=read_only, parent=self)
        self.status_bar = SyncStatusBar(service, bridge, self)
        self.setStatusBar(self.status_bar)
        self.banners = Banners(read_only=read_only, cache_rebuilt=service.cache_rebuilt, parent=self)
        self.notices = NewOrderNotices(self, self.model, self.settings)
        self.windows = OpenWindows(service, bridge, language=locale, read_only=read_only, parent=self)
        self.dialogs = OrderDialogs(
            self, self.table, service, bridge, self.settings, language=locale, read_only=read_only
        )
        self.statuses = StatusChanges(
            self, self.table, self.dialogs, service, bridge, language=locale, read_only=read_only
        )
        self.row_menu = RowMenu(
            self,
            self.table,
            self.windows,
            self.dialogs,
            self.statuses.bulk_action,
            service,
            bridge,
            language=locale,
            read_only=read_only,
        )
        self.export = ExportAction(self, self.model, self.status_bar, service, bridge, self.settings)
        self.quit_flow = QuitFlow(
            self, service, bridge, self.notices, read_only=read_only, close_windows=self.windows.close_all
        )
        self._name_parts()
        self.filters.addAction(self.bulk_action)
        self.filters.addAction(self.sync_action)
        self.addToolBar(self.filters)
        self.menus = MainMenus(self, self.menuBar(), self, service, read_only=read_only)
        self._name_menu_actions()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for strip in self.banners.strips:
            layout.addWidget(strip)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.today = TodayPanel(service, self.language, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.today)
        self.today.hide()  # View > Today shows it (the layout remembers)
        self.today.visibilityChanged.connect(self.menus.today_action.setChecked)
        self._wire()
        self._restore()
        self.model.list_now()
        self.show_count()
        self.status_bar.catch_up()

    def _name_parts(self) -> None:
        """The parts' widgets and actions, under the names the program and its tests know them by."""
        filters, bar, banners = self.filters, self.status_bar, self.banners
        self.search = filters.search
        self.payment_filter, self.fulfilment_filter = filters.payment_filter, filters.fulfilment_filter
        self.dates_enabled, self.date_from, self.date_to = filters.dates_enabled, filters.date_from, filters.date_to
        self.attention, self.waiting = filters.attention, filters.waiting
        self.found, self.new_badge, self.new_badge_action = filters.found, filters.new_badge, filters.new_badge_action
        self.bulk_action = self.statuses.bulk_action
        self.sync_action = bar.sync_action
        self.online_label, self.pending_label, self.progress = bar.online_label, bar.pending_label, bar.progress
        self.offline_banner = bar.offline_banner
        self.cache_banner, self.demo_banner, self.update_banner = (
            banners.cache_banner,
            banners.demo_banner,
            banners.update_banner,
        )

    def _name_menu_actions(self) -> None:
        """The menus' entries the program connects (see ``DesktopApp.show``) and the tests press."""
        menus = self.menus
        self.switch_company_action, self.logout_action = menus.switch_company_action, menus.logout_action
        self.preferences_action, self.today_action = menus.preferences_action, menus.today_action
        self.ghosts_action, self.columns_menu = menus.ghosts_action, menus.columns_menu
        self.check_updates_action, self.diagnostics_action = menus.check_updates_action, menus.diagnostics_action

    def _wire(self) -> None:
        """The parts to each other and to the service's events (bound methods: the bridge outlives this window)."""
        self.filters.changed.connect(self.apply_filters)
        self.filters.newOrdersAsked.connect(self.show_new_orders)
        self.filters.search.to_results.connect(self.enter_results)
        self.filters.search.submitted.connect(self.search_submitted)
        self.table.orderSeen.connect(self.notices.seen)
        self.table.orderOpened.connect(self.open_order)
        self.windows.orderOpened.connect(self.notices.seen)
        self.windows.printAsked.connect(self.dialogs.print_order)
        self.notices.countChanged.connect(self.filters.show_new)
        for part in (self.dialogs, self.statuses, self.export):
            part.failed.connect(lambda message: self.show_error(message))  # (looked up at each call: tests replace it)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.show_count)
        bridge = self.bridge
        bridge.ordersChanged.connect(self.model.orders_changed)
        bridge.ordersChanged.connect(self.today.soon)
        bridge.ordersArrived.connect(self.notices.orders_arrived)
        bridge.taskFailed.connect(self.show_error)
        bridge.cacheRebuilt.connect(self.banners.cache_rebuilt)
        bridge.syncFinished.connect(self.banners.sync_finished)

    # -- the parts' state, as the program and the tests read it ----------------------

    @property
    def mirror(self) -> ListMirror:
        """What the list's view paints (:class:`ListMirror`); :attr:`model` is the order model behind it."""
        return self.table.mirror

    @property
    def editors(self) -> dict[str, QWidget]:
        """The windows opened from the list, by key (an order's id, ``"new-order"``, ``"sale:<id>"``…)."""
        return self.windows.windows

    @property
    def clerk(self) -> str:
        """Who works at this desk (the app sets it): printed on receipts and invoices."""
        return self.dialogs.clerk

    @clerk.setter
    def clerk(self, name: str) -> None:
        self.dialogs.clerk = name

    @property
    def leaving(self) -> bool:
        """Set by the app when it closes the window itself (log out, switch company): nothing is asked."""
        return self.quit_flow.leaving

    @leaving.setter
    def leaving(self, value: bool) -> None:
        self.quit_flow.leaving = value

    @property
    def background(self) -> bool:
        """The window is closed; the program stays only to finish sending."""
        return self.quit_flow.background

    @property
    def tray(self) -> QSystemTrayIcon | None:
        """The system tray icon, once a notice or the quit flow made it (else None)."""
        return self.notices.tray

    # -- the list and its filters ------------------------------------------------

    def current_query(self) -> _service.ListQuery:
        """The list the filters ask for (sort kept)."""
        return self.filters.query(self.model.query)

    def apply_filters(self) -> None:
        """Show the orders the filters ask for, from the top, and remember the filters."""
        self.model.set_query(self.current_query())
        self.table.scrollToTop()
        self.show_count()
        self.filters.remember(self.settings)

    def show_count(self) -> None:
        """How many orders the list holds, beside the search box."""
        self.filters.show_count(self.model.rowCount())

    def show_new_orders(self) -> None:
        """The badge: the list newest first, from the top (the new ones are there, in bold)."""
        self.search.clear()
        self.table.sort_list(Column.DATE, descending=True)
        self.apply_filters()

    def enter_results(self) -> None:
        """Down (or Enter) in the search box: into the list, on its first order."""
        self.table.enter_first()

    def search_submitted(self, text: str) -> None:
        """Enter in the search box: a whole reference (a scanned order barcode) opens that order; else the list."""
        self.filters.search_now()
        self.apply_filters()
        order_id = self.service.orders.find(text) if text else None
        if order_id is not None:
            self.open_order(order_id)
        else:
            self.enter_results()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.filters.focus_search()

    def selected_ids(self) -> list[str]:
        """The ids of the selected orders, in list order."""
        return self.table.selected_ids()

    def orders_arrived(self, ids: list[str]) -> None:
        """Orders never seen here came in: marked, counted on the badge, announced if wanted."""
        self.notices.orders_arrived(ids)

    # -- the parts' verbs --------------------------------------------------------

    def open_order(self, order_id: str) -> QWidget | None:
        """Open (or raise) the editor of one order (it is seen then)."""
        return self.windows.open_order(order_id)

    def new_order(self) -> QWidget:
        """File > New order (Ctrl+N): the sale window (one at a time; raised when already open)."""
        return self.windows.new_order()

    def fix_sale(self, order_id: str) -> QWidget | None:
        """A sale not created yet (refused, or waiting) in the sale window, to correct, send again or discard."""
        return self.windows.fix_sale(order_id)

    def open_customer(self, key: str | None) -> QWidget:
        """File > Customers… (Ctrl+Shift+C), or a customer from an order or a sale: orders and balance."""
        return self.windows.open_customer(key)

    def close_editors(self) -> bool:
        """Close every window opened from the list; False when one with unsaved edits stayed open."""
        return self.windows.close_all()

    def take_payment(
        self, order_id: str | None = None, amount: Decimal | None = None, *, partly: bool = False
    ) -> QDialog | None:
        """Edit > Take a payment (Ctrl+Shift+P) on the current order, or on ``order_id``."""
        return self.dialogs.take_payment(order_id, amount, partly=partly)

    def print_order(self, order_id: str | None = None) -> QDialog | None:
        """File > Print (Ctrl+P) on the current order, or on ``order_id``: its receipt, invoice or slip."""
        return self.dialogs.print_order(order_id)

    def change_status(self, order_id: str, side: _models.Side, value: str) -> None:
        """A status picked in the list: asked first when it has side effects, then queued."""
        self.statuses.change_status(order_id, side, value)

    def bulk_change(self) -> None:
        """Set the status of every selected order at once."""
        self.statuses.bulk_change()

    def revert_change(self, change_id: str) -> None:
        """Row menu > Revert: drop an unsent change; the order shows the server's version again."""
        self.row_menu.revert_change(change_id)

    def discard_sale(self, change: _service.Change) -> None:
        """Row menu > Discard the sale: after a warning, a sale the server never created is gone."""
        self.row_menu.discard_sale(change)

    def refresh_everything(self) -> None:
        """View > Refresh everything: every order fetched again (what the server holds wins, queued changes stay)."""
        self.status_bar.refresh_everything()

    def export_csv(self, path: Path, *, for_tools: bool = False) -> asyncio.Task[int]:
        """Write every order of the current list to ``path`` (see :meth:`ExportAction.export_csv`)."""
        return self.export.export_csv(path, for_tools=for_tools)

    def export_csv_dialog(self) -> None:
        """File > Export: ask where and in which words, then write."""
        self.export.ask_and_export()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """The keyboard shortcuts, as Help > Keyboard shortcuts lists them."""
        return self.menus.shortcut_rows()

    # -- the window itself ---------------------------------------------------------

    def show_error(self, message: str) -> None:
        """A clear message, never a trace."""
        QMessageBox.warning(self, self.tr("Genuka Desk"), message)

    def show_update(self, text: str, url: str) -> None:
        """The banner of a newer version: what is out, Download, Not now (``#dismiss``)."""
        self.banners.show_update(text, url)

    def mark_demo(self) -> None:
        """This window works on the embedded demo: said in its title and in a strip above the list."""
        self.setWindowTitle(self.tr("Genuka Desk — Orders (demo)"))
        self.demo_banner.show()

    def _restore(self) -> None:
        state = drawn_header(self.settings)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        fit_columns(self.table, self.language)  # widths saved in another language must not cut amounts or titles
        self.filters.restore(self.settings)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quit_flow.may_close():
            event.ignore()
            return
        self.save_settings()
        event.accept()
