"""The main window's menu bar: File, Edit, View, Help, and the keyboard shortcuts they list.

Each entry runs a verb of the window's part that owns it (the open
windows, the dialogs on one order, the export, the filters, the status
bar); the entries the program itself answers (switch company, log out,
preferences, updates, diagnostics) and the Today panel's are left for
their owners to connect (see ``DesktopApp.show`` and the main window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from .. import service as _service
from .credit_book import open_credit_book
from .mnemonics import keep_mnemonics
from .paper.till_printer import TillPrinter
from .window_part import WindowPart

if TYPE_CHECKING:
    from .export_action import ExportAction
    from .filter_bar import FilterBar
    from .open_windows import OpenWindows
    from .order_dialogs import OrderDialogs
    from .order_list_view import OrderListView
    from .sync_status_bar import SyncStatusBar


class MainMenus(WindowPart):
    """The menu bar of ``window``, on the parts whose verbs its entries run.

    The actions the program or the window connects are attributes.
    """

    def __init__(
        self,
        window: QWidget,
        bar: QMenuBar,
        *,
        windows: OpenWindows,
        dialogs: OrderDialogs,
        export: ExportAction,
        filters: FilterBar,
        status_bar: SyncStatusBar,
        bulk_action: QAction,
        table: OrderListView,
        service: _service.OrderService,
        read_only: bool,
    ) -> None:
        super().__init__(window)
        file_menu = bar.addMenu(self.tr("&File"))
        new_order = file_menu.addAction(self.tr("&New order…"))
        new_order.setShortcut(QKeySequence.StandardKey.New)
        new_order.setEnabled(not read_only)
        new_order.triggered.connect(windows.new_order)
        customers = file_menu.addAction(self.tr("&Customers…"))
        customers.setShortcut(QKeySequence("Ctrl+Shift+C"))
        customers.triggered.connect(lambda: windows.open_customer(None))
        owing = file_menu.addAction(self.tr("Credit &book (who owes)…"))
        owing.setShortcut(QKeySequence("Ctrl+Shift+B"))
        owing.triggered.connect(lambda: open_credit_book(windows, dialogs, read_only=read_only))
        printing = file_menu.addAction(self.tr("&Print…"))
        printing.setShortcut(QKeySequence.StandardKey.Print)
        printing.triggered.connect(lambda: dialogs.print_order())
        # The receipt printer's drawer (and the counter's receipts): only a session that may take sales opens it.
        self.till_printer = TillPrinter(window, dialogs, read_only=read_only)
        self.drawer_action = file_menu.addAction(self.tr("Open the cash &drawer"))
        self.drawer_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.drawer_action.setEnabled(not read_only)
        self.drawer_action.triggered.connect(self.till_printer.open_drawer)
        windows.saleSold.connect(self.till_printer.sale_saved)
        windows.receiptAsked.connect(self.till_printer.print_receipt)
        export_action = file_menu.addAction(self.tr("&Export list to CSV…"))
        export_action.triggered.connect(export.ask_and_export)
        file_menu.addSeparator()
        # The app connects this (see DesktopApp: the desk's lock); Ctrl+L from any of the desk's windows.
        self.lock_action = file_menu.addAction(self.tr("&Lock"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        # The app owns the session: it connects this (see DesktopApp.log_out).
        self.switch_company_action = file_menu.addAction(self.tr("S&witch company…"))
        self.switch_company_action.setEnabled(False)  # enabled by the app when the session can switch
        self.logout_action = file_menu.addAction(self.tr("Log &out…"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(window.close)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        find = edit_menu.addAction(self.tr("&Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(filters.focus_search)
        edit_menu.addAction(bulk_action)
        pay = edit_menu.addAction(self.tr("Take a &payment…"))
        pay.setShortcut(QKeySequence("Ctrl+Shift+P"))
        pay.setEnabled(not read_only)
        pay.triggered.connect(lambda: dialogs.take_payment())
        take_back = edit_menu.addAction(self.tr("Take a &return…"))
        take_back.setEnabled(not read_only)
        take_back.triggered.connect(lambda: dialogs.take_return())
        self.preferences_action = edit_menu.addAction(self.tr("Pr&eferences…"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(filters.attention)
        view_menu.addAction(filters.waiting)
        view_menu.addAction(status_bar.sync_action)
        # The window connects this to its Today panel (made after the menus).
        self.today_action = view_menu.addAction(self.tr("&Today panel"))
        self.today_action.setCheckable(True)
        refresh = view_menu.addAction(self.tr("&Refresh everything"))
        refresh.setToolTip(self.tr("Fetch every order again from Genuka (repairs a local copy that drifted)"))
        refresh.triggered.connect(status_bar.refresh_everything)
        # Orders without a customer (a quick counter sale) are left out of the pulls unless asked for.
        self.ghosts_action = view_menu.addAction(self.tr("Show &orders without a customer"))
        self.ghosts_action.setCheckable(True)
        self.ghosts_action.setChecked(service.orders.ghosts_shown())
        self.ghosts_action.toggled.connect(service.orders.show_ghosts)
        columns_menu = view_menu.addMenu(self.tr("&Columns"))
        table.fill_columns_menu(columns_menu)
        # The till's entries: the window fills it (ui/till/part.py).
        self.till_menu = bar.addMenu(self.tr("&Till"))
        help_menu = bar.addMenu(self.tr("&Help"))
        # The app connects this (see DesktopApp: the checker owns the feed and the preference).
        self.check_updates_action = help_menu.addAction(self.tr("&Check for updates…"))
        keys = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self.show_shortcuts)
        # The app connects this too (it holds the session's profile: server, company, who logged in).
        self.diagnostics_action = help_menu.addAction(self.tr("&Diagnostics…"))
        about = help_menu.addAction(self.tr("&About Genuka Desk"))
        about.triggered.connect(self.about)
        # Alt and a letter for every entry, none shared in a menu (the entries other parts own get theirs).
        keep_mnemonics(bar)

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
            (keys("Ctrl+Shift+B"), self.tr("The credit book: customers who owe money")),
            (keys("Ctrl+Shift+D"), self.tr("Open the cash drawer")),
            (keys("Ctrl+L"), self.tr("Lock the desk (the next clerk unlocks with their PIN)")),
            (keys("Ctrl+Shift+T"), self.tr("The till and its Z reports")),
            ("F5", self.tr("Sync now")),
            ("F1", self.tr("These shortcuts")),
        ]

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1)."""
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for k, what in self.shortcut_rows())
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), "", parent=self.host())
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<table>{rows}</table>")
        box.open()

    def about(self) -> None:
        """Help > About."""
        from .. import __version__

        QMessageBox.about(
            self.host(),
            self.tr("About Genuka Desk"),
            self.tr("Genuka Desk %s\nOffline-first order management for Genuka shops.") % __version__,
        )
