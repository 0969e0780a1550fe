"""The credit book window: the customers who owe money, from the local copy (offline too), sorted and filtered.

One click takes a payment (the payment dialog on the customer's oldest
unpaid order), opens the customer, or sends a reminder on WhatsApp in the
customer's language; the rows shown go out as CSV or PDF. It reads the book
again after each burst of the service's events (a payment, a sync).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ... import service as _service
from ...service.credit_book import CSV_COLUMNS, CreditBook, CreditQuery, Debtor
from ..bridge import ServiceBridge
from ..service_window import ServiceWindow
from .model import PAGE, Column, CreditBookModel
from .paper import write_book_pdf
from .reminder import ReminderDialog


def amount_typed(text: str) -> Decimal | None:
    """A minimum balance as typed (``5 000``, ``2500,50``); None when empty or not an amount."""
    cleaned = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount >= 0 else None


class CreditBookWindow(ServiceWindow):
    """Who owes money; ``paymentAsked`` with an order's id, ``customerAsked`` with a customer's id."""

    paymentAsked = Signal(str)
    customerAsked = Signal(str)

    def __init__(
        self, service: _service.OrderService, bridge: ServiceBridge, locale: str, *, read_only: bool = False
    ) -> None:
        super().__init__(service, bridge, locale)
        self.read_only = read_only
        self._sized = False  # the columns fitted to their words once the first page is read
        self.setWindowTitle(self.tr("Credit book: customers who owe money"))
        self.fit_on_screen(1080, 600)
        # Seams the tests replace: where a file goes, how a link opens, how the reminder's words are asked.
        self.ask_path: Callable[[str, str, str], str] = self._ask_path
        self.open_url: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.ask_words: Callable[[Debtor, str, str], str | None] = self._ask_words
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Name or phone"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.minimum = QLineEdit(self)
        self.minimum.setPlaceholderText(self.tr("Minimum balance"))
        self.minimum.setClearButtonEnabled(True)
        filters.addWidget(self.minimum, 1)
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.model = CreditBookModel(locale, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(Column.BALANCE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(Column.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.take_payment())
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Take a &payment…"), self)
        self.pay_button.setToolTip(self.tr("On the customer's oldest unpaid order (double-click a row does the same)"))
        self.pay_button.clicked.connect(self.take_payment)
        self.remind_button = QPushButton(self.tr("Send a &reminder…"), self)
        self.remind_button.setToolTip(self.tr("A WhatsApp message in the customer's language, in your words"))
        self.remind_button.clicked.connect(self.remind)
        self.customer_button = QPushButton(self.tr("Open the &customer"), self)
        self.customer_button.clicked.connect(self.open_customer)
        self.csv_button = QPushButton(self.tr("Export C&SV…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.pdf_button.clicked.connect(self.export_pdf)
        for button in (self.pay_button, self.remind_button, self.customer_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(150)  # the clerk's typing and the service's bursts of events: read once after
        self._soon.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.soon)
        self.minimum.textChanged.connect(self.soon)
        self.overdue.toggled.connect(self.refresh)
        self.model.sortChanged.connect(self.refresh)
        bridge.ordersChanged.connect(self.soon)
        bridge.syncFinished.connect(self.soon)
        bridge.queueChanged.connect(self.soon)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh()

    # -- reading ---------------------------------------------------------------

    def query(self) -> CreditQuery:
        """The filters as the clerk set them."""
        return CreditQuery(
            search=self.search.text(),
            min_balance=amount_typed(self.minimum.text()),
            overdue_only=self.overdue.isChecked(),
        )

    def soon(self, *_: object) -> None:
        """Read the book again once the typing or the burst of events is over."""
        self._soon.start()

    def refresh(self) -> None:
        """The book from the local copy again, the selected customer kept."""
        if self.service.closed:
            return
        kept = self.current()
        book, query = self.service.credit_book, self.query()
        page = book.page(query, limit=PAGE)
        self.model.show_page(page, lambda offset: book.page(query, limit=PAGE, offset=offset).debtors)
        self.summary.setText(self.model.summary(page.count, page.total, page.currency))
        if not self._sized and self.model.debtors:
            self._sized = True  # once: the clerk's own widths are kept after
            for column in range(self.model.columnCount()):
                if column != Column.CUSTOMER:  # it takes what is left
                    self.table.resizeColumnToContents(column)
        rows = [n for n, d in enumerate(self.model.debtors) if kept and d.customer_id == kept.customer_id]
        if rows or self.model.debtors:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0] if rows else 0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._enable()

    def model_money(self, amount: Decimal, currency: str) -> str:
        from ..order_cells import money_text

        return money_text(amount, currency, self.language)

    def current(self) -> Debtor | None:
        """The customer selected."""
        index: QModelIndex = self.table.currentIndex()
        return self.model.debtor(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.pay_button.setEnabled(chosen and not self.read_only)
        self.remind_button.setEnabled(chosen)
        self.customer_button.setEnabled(chosen)
        exported = bool(self.model.debtors)
        self.csv_button.setEnabled(exported)
        self.pdf_button.setEnabled(exported)

    def say(self, text: str) -> None:
        """A line under the table (a file written, no phone to write to)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- the one-click actions -------------------------------------------------

    def take_payment(self) -> None:
        """The payment dialog on the selected customer's oldest unpaid order."""
        debtor = self.current()
        if debtor is not None and not self.read_only:
            self.paymentAsked.emit(debtor.oldest_order_id)

    def open_customer(self) -> None:
        """The customer's window (their orders, what they owe)."""
        debtor = self.current()
        if debtor is not None:
            self.customerAsked.emit(debtor.customer_id)

    def remind(self) -> None:
        """A WhatsApp reminder, in the customer's language, in the words the clerk settles on."""
        debtor = self.current()
        if debtor is None:
            return
        book = self.service.credit_book
        language = book.language_of(debtor.customer_id, self.language)
        proposal = book.reminder_text(debtor, language, self.model_money(debtor.balance, debtor.currency))
        if book.reminder_link(debtor, proposal) is None:
            self.say(self.tr("%s has no phone number WhatsApp can reach.") % (debtor.name or debtor.customer_id))
            return
        words = self.ask_words(debtor, proposal, language)
        if words is None:
            return
        link = book.reminder_link(debtor, words)
        if link is not None:
            self.open_url(link)
            self.say(self.tr("WhatsApp opened for %s: send the message there.") % (debtor.name or debtor.phone))

    def _ask_words(self, debtor: Debtor, proposal: str, language: str) -> str | None:
        dialog = ReminderDialog(debtor, proposal, language, self)
        return dialog.words() if dialog.exec() == ReminderDialog.DialogCode.Accepted else None

    # -- export ----------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, kinds: str) -> str:
        start = str(Path.home() / suggested)
        return QFileDialog.getSaveFileName(self, title, start, kinds)[0]

    def everyone(self) -> list[Debtor]:
        """The whole filtered book, in the order shown (not only the rows scrolled to)."""
        return self.service.credit_book.page(self.query()).debtors

    def export_csv(self) -> None:
        """The rows shown, as a CSV a spreadsheet opens."""
        name = self.ask_path(self.tr("Export the credit book"), "credit-book.csv", self.tr("CSV files (*.csv)"))
        if not name:
            return
        path = Path(name)
        try:
            count = CreditBook.write_csv(self.everyone(), path, self.csv_header())
        except OSError as exc:
            self.say(self.tr("The file could not be written: %s") % exc.strerror)
            return
        self.say(self.tr("%n customer(s) written to %1", "", count).replace("%1", str(path)))

    def csv_header(self) -> list[str]:
        """The CSV's column titles in the clerk's words (as :data:`CSV_COLUMNS`)."""
        words = [
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Balance"),
            self.tr("Currency"),
            self.tr("Unpaid orders"),
            self.tr("Oldest unpaid order"),
            self.tr("Its date"),
            self.tr("Its due date"),
            self.tr("Days overdue"),
            self.tr("Last payment date"),
            self.tr("Last payment amount"),
            self.tr("Customer id"),
        ]
        return words[: len(CSV_COLUMNS)]

    def export_pdf(self) -> None:
        """The rows shown, on A4 as a PDF."""
        name = self.ask_path(self.tr("Export the credit book"), "credit-book.pdf", self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        try:
            write_book_pdf(self.everyone(), path, self.language)
        except OSError as exc:
            self.say(self.tr("The file could not be written: %s") % exc.strerror)
            return
        self.say(self.tr("The credit book was written to %s") % path)
