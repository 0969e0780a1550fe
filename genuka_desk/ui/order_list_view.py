"""The order list as the main window shows it: the view, its columns, and the two models behind it.

The view paints a :class:`ListMirror` (Qt's own items for the rows on
screen) of an :class:`OrderTableModel` (the list the service gives, which is
read, sorted and edited through). Row numbers are the same in both; this
view answers in orders (their ids), so no one else needs to know which model
a row index belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from .. import models as _models
from .labels import billing_label, document_label, shipping_label, source_label
from .order_list_mirror import ListMirror
from .order_table_model import ID_ROLE, Column, OrderTableModel, column_title
from .order_table_view import OrderTableView
from .status_delegate import StatusDelegate
from .window_layout import ROW_HEIGHT, title_width

LAPTOP_LIST = 1310  # the list's width in the first window on a 1366×768 laptop (1326 px, less the scroll bar)
CUSTOMER_WIDTHS = (120, 160)  # the customer's column: what the others leave of that, within these
WORD_ROOM = 12  # beyond a word's width in a column of words: the cell's margins (6 px in Fusion), and some air


class OrderListView(OrderTableView):
    """The list of orders: which one is current, selected, opened or right-clicked, by id.

    ``orders`` is the order model; ``mirror`` what the view paints.
    """

    orderOpened = Signal(str)  # Enter, or a double click (not on a status the clerk may pick)
    orderSeen = Signal(str)  # the current row moved onto this order
    rowMenuAsked = Signal(str, QPoint)  # this order's row was right-clicked, at this point of the screen

    def __init__(
        self,
        orders: OrderTableModel,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.orders = orders
        self.read_only = read_only
        self.mirror = ListMirror(orders, parent)  # what the view paints; rows as in the order model
        self.setModel(self.mirror)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked
            | QTableView.EditTrigger.SelectedClicked
            | QTableView.EditTrigger.EditKeyPressed
        )
        delegate = StatusDelegate(self)
        self.setItemDelegateForColumn(Column.PAYMENT, delegate)
        self.setItemDelegateForColumn(Column.FULFILMENT, delegate)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.AscendingOrder)  # newest first, turned (ListMirror.sort)
        self._set_widths()
        # What is still owed right after the total: both amounts on screen in a narrow window, in
        # every language. A move of the section only (the model's column numbers stay: saved layouts,
        # which win, keep working).
        header.moveSection(header.visualIndex(Column.BALANCE), header.visualIndex(Column.TOTAL) + 1)
        self.doubleClicked.connect(self._double_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._row_menu)
        open_action = QAction(self.tr("Open order"), self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self._open_current)
        self.addAction(open_action)
        self.selectionModel().currentRowChanged.connect(self._current_moved)

    def _set_widths(self) -> None:
        """The columns' first widths (a saved layout wins): in a laptop's window, every column on screen."""
        for column, width in (
            (Column.DATE, 105),
            (Column.ITEMS, 60),
            (Column.TOTAL, 120),
            (Column.SYNC, 50),
            (Column.BALANCE, 120),
        ):
            self.setColumnWidth(column, width)
        # The columns of words are as wide as their longest word in this language, in bold (a new
        # order's row is bold until seen), with room beyond the cell's margins.
        bold = self.font()
        bold.setBold(True)
        fits = QFontMetrics(bold).horizontalAdvance
        self.setColumnWidth(Column.REFERENCE, max(115, fits("● #ORDER_00000") + WORD_ROOM))
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
            self.setColumnWidth(column, min(widest.get(column, 190), max(90, max(fits(w) for w in words) + WORD_ROOM)))
        # The customer's name takes what the others leave of a laptop's list (a longer name is cut at its
        # end, whole in its tooltip): French's longer words left the Document column off the screen.
        others = sum(
            max(self.columnWidth(c), title_width(self, c))  # (a title is never cut: see fit_columns)
            for c in Column
            if c is not Column.CUSTOMER and not self.isColumnHidden(c)
        )
        self.setColumnWidth(Column.CUSTOMER, max(CUSTOMER_WIDTHS[0], min(CUSTOMER_WIDTHS[1], LAPTOP_LIST - others)))

    # -- in orders ---------------------------------------------------------------

    def order_id(self, index: QModelIndex) -> str:
        """The id of the order on ``index``'s row (the order model's: the mirror holds only rows on screen)."""
        return str(self.orders.index(index.row(), 0).data(ID_ROLE))

    def current_order_id(self) -> str | None:
        """The id of the current order, if a row is current."""
        index = self.currentIndex()
        return self.order_id(index) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The ids of the selected orders, in list order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        ids = [self.orders.index(row, 0).data(ID_ROLE) for row in rows]
        return [str(i) for i in ids if i]

    def enter_first(self) -> None:
        """Into the list, on its first order (when it has one)."""
        if self.orders.rowCount():
            self.setFocus()
            self.selectRow(0)
            self.setCurrentIndex(self.mirror.index(0, 0))

    def fill_columns_menu(self, menu: QMenu) -> None:
        """``menu`` made the list of the columns, each checked while it is shown (View > Columns)."""
        menu.clear()
        for column in Column:
            action = menu.addAction(column_title(column))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))

    # -- the clerk's gestures --------------------------------------------------------

    def _current_moved(self, current: QModelIndex, _: QModelIndex) -> None:
        if current.isValid():
            self.orderSeen.emit(self.order_id(current))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() in (Column.PAYMENT, Column.FULFILMENT) and not self.read_only:
            return  # the dropdown opens instead
        self.orderOpened.emit(self.order_id(index))

    def _open_current(self) -> None:
        order_id = self.current_order_id()
        if order_id is not None:
            self.orderOpened.emit(order_id)

    def _row_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid():
            self.rowMenuAsked.emit(self.order_id(index), self.viewport().mapToGlobal(pos))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_columns_menu(menu)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
