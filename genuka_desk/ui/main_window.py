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

The program and the tests ask the part that does a thing
(``window.windows.open_order(id)``, ``window.dialogs.take_payment()``,
``window.filters.search``, ``window.quit_flow.leaving``…); the window
itself only lists what the filters ask for, says an error, marks the demo,
and keeps its settings and its close.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QVBoxLayout, QWidget

from .. import service as _service
from .banners import Banners
from .bridge import ServiceBridge
from .export_action import ExportAction
from .filter_bar import FilterBar
from .notices import NewOrderNotices
from .open_windows import OpenWindows
from .order_dialogs import OrderDialogs
from .order_list_view import OrderListView
from .order_table_model import Column, OrderTableModel
from .quit_flow import QuitFlow
from .row_menu import RowMenu
from .status_changes import StatusChanges
from .sync_status_bar import SyncStatusBar
from .till import TillPart
from .today_panel import TodayPanel
from .window_layout import GEOMETRY_KEY, HEADER_KEY, PLACE_KEY, TURNED_KEY, drawn_header, fit_columns
from .window_menus import MainMenus


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
        self.demo = False
        self.clerk_name = ""  # who works at the desk (a shared counter PC): in the title and the status bar
        self._show_title()
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
        # The till: its button at the status bar's right end; its entries in the Till menu.
        self.till = TillPart(self, service, bridge, self.settings, self.windows, language=locale, read_only=read_only)
        self.status_bar.addPermanentWidget(self.till.bar)
        self.filters.addAction(self.statuses.bulk_action)
        self.filters.addAction(self.status_bar.sync_action)
        self.addToolBar(self.filters)
        self.menus = MainMenus(
            self,
            self.menuBar(),
            windows=self.windows,
            dialogs=self.dialogs,
            export=self.export,
            filters=self.filters,
            status_bar=self.status_bar,
            bulk_action=self.statuses.bulk_action,
            table=self.table,
            service=service,
            read_only=read_only,
        )
        self.till.fill(self.menus.till_menu)
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
        self._wire()
        self._restore()
        self.model.list_now()
        self._show_count()
        self.status_bar.catch_up()

    def _wire(self) -> None:
        """The parts to each other and to the service's events (bound methods: the bridge outlives this window)."""
        self.filters.changed.connect(self.apply_filters)
        self.filters.newOrdersAsked.connect(self._show_new_orders)
        self.filters.search.to_results.connect(self.table.enter_first)
        self.filters.search.submitted.connect(self._search_submitted)
        self.table.orderSeen.connect(self.notices.seen)
        self.table.orderOpened.connect(self.windows.open_order)
        self.windows.orderOpened.connect(self.notices.seen)
        self.windows.printAsked.connect(self.dialogs.print_order)
        self.windows.sendAsked.connect(self.dialogs.send_to_customer)
        self.windows.returnPrintAsked.connect(self.dialogs.print_return)
        self.notices.countChanged.connect(self.filters.show_new)
        self.menus.today_action.triggered.connect(self._today_asked)
        self.today.visibilityChanged.connect(self.menus.today_action.setChecked)
        for part in (self.dialogs, self.statuses, self.export):
            part.failed.connect(lambda message: self.show_error(message))  # (looked up at each call: tests replace it)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_count)
        bridge = self.bridge
        bridge.ordersChanged.connect(self.model.orders_changed)
        bridge.ordersChanged.connect(self.today.soon)
        bridge.ordersArrived.connect(self.notices.orders_arrived)
        bridge.taskFailed.connect(self.show_error)
        bridge.cacheRebuilt.connect(self.banners.cache_rebuilt)
        bridge.syncFinished.connect(self.banners.sync_finished)

    def _today_asked(self, shown: bool) -> None:
        """View > Today panel, checked or not (connected straight, PySide would call ``setVisible()`` bare)."""
        self.today.setVisible(shown)

    # -- the list and its filters: the filter bar, the order model and the view together ----------

    def apply_filters(self) -> None:
        """Show the orders the filters ask for (sort kept), from the top, and remember the filters."""
        self.model.set_query(self.filters.query(self.model.query))
        self.table.scrollToTop()
        self._show_count()
        self.filters.remember(self.settings)

    def _show_count(self) -> None:
        """How many orders the list holds, beside the search box."""
        self.filters.show_count(self.model.rowCount())

    def _show_new_orders(self) -> None:
        """The badge: the list newest first, from the top (the new ones are there, in bold)."""
        self.filters.search.clear()
        self.table.sort_list(Column.DATE, descending=True)
        self.apply_filters()

    def _search_submitted(self, text: str) -> None:
        """Enter in the search box: a whole reference (a scanned order barcode) opens that order; else the list."""
        self.filters.search_now()
        self.apply_filters()
        order_id = self.service.orders.find(text) if text else None
        if order_id is not None:
            self.windows.open_order(order_id)
        else:
            self.table.enter_first()

    # -- the window itself ---------------------------------------------------------

    def show_error(self, message: str) -> None:
        """A clear message, never a trace."""
        QMessageBox.warning(self, self.tr("Genuka Desk"), message)

    def mark_demo(self) -> None:
        """This window works on the embedded demo: said in its title and in a strip above the list."""
        self.demo = True
        self._show_title()
        self.banners.demo_banner.show()

    def show_clerk(self, name: str) -> None:
        """Who works at the desk now (``""``: nobody named): in the status bar and the title, after each unlock."""
        self.clerk_name = name
        self.status_bar.show_clerk(name)
        self._show_title()

    def _show_title(self) -> None:
        title = self.tr("Genuka Desk — Orders (demo)") if self.demo else self.tr("Genuka Desk — Orders")
        self.setWindowTitle(f"{title} — {self.clerk_name}" if self.clerk_name else title)

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
