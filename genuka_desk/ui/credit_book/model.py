"""The credit book's table: one row per customer who owes, its cells, tooltips and sorting (no widget needed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...service.credit_book import CreditPage, CreditQuery, Debtor, Sort, select
from ..dates import day_text
from ..order_cells import money_text

Index = QModelIndex | QPersistentModelIndex
DEBTOR_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Debtor


class Column(IntEnum):
    """The book's columns, in order."""

    CUSTOMER = 0
    PHONE = 1
    BALANCE = 2
    UNPAID = 3
    OLDEST = 4
    OVERDUE = 5
    LAST_PAYMENT = 6


SORTS = {
    Column.CUSTOMER: Sort.NAME,
    Column.PHONE: Sort.NAME,
    Column.BALANCE: Sort.BALANCE,
    Column.UNPAID: Sort.UNPAID,
    Column.OLDEST: Sort.OVERDUE,
    Column.OVERDUE: Sort.OVERDUE,
    Column.LAST_PAYMENT: Sort.LAST_PAYMENT,
}
NUMBERS = (Column.BALANCE, Column.UNPAID, Column.OVERDUE)


PAGE = 300  # rows read at a time: the book is summed whole in SQL, Python builds only what is scrolled to


class CreditBookModel(QAbstractTableModel):
    """The debtors the window shows, a page at a time, in the clerk's language.

    ``sortChanged`` when the clerk clicks a column: the rows loaded are sorted
    at once, and the window reads the book again in that order.
    """

    sortChanged = Signal()

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.debtors: list[Debtor] = []
        self.count = 0  # how many owe in the whole filtered book
        self.sort_by = Sort.BALANCE
        self.descending = True
        self.more: Callable[[int], list[Debtor]] | None = None  # the next rows, from an offset

    def show_page(self, page: CreditPage, more: Callable[[int], list[Debtor]] | None = None) -> None:
        """Show the first ``page`` of the book; ``more`` reads the rows after an offset as the clerk scrolls."""
        self.beginResetModel()
        self.debtors = list(page.debtors)
        self.count = page.count
        self.more = more
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and self.more is not None and len(self.debtors) < self.count

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt's signature)
        if not self.canFetchMore(parent) or self.more is None:
            return
        rows = self.more(len(self.debtors))
        if not rows:
            self.count = len(self.debtors)  # the book shrank meanwhile
            return
        first = len(self.debtors)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.debtors += rows
        self.endInsertRows()

    def titles(self) -> list[str]:
        """The column titles."""
        return [
            self.tr("Customer"),
            self.tr("Phone"),
            self.tr("Balance"),
            self.tr("Unpaid orders"),
            self.tr("Oldest unpaid"),
            self.tr("Days overdue"),
            self.tr("Last payment"),
        ]

    def show(self, debtors: list[Debtor]) -> None:
        """Show ``debtors`` (the whole book, already filtered), in the order the clerk picked."""
        sorted_rows = select(debtors, CreditQuery(sort=self.sort_by, descending=self.descending))
        self.show_page(CreditPage(sorted_rows, len(sorted_rows), Decimal(0), ""))

    def debtor(self, row: int) -> Debtor | None:
        """The debtor shown on ``row``."""
        return self.debtors[row] if 0 <= row < len(self.debtors) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.debtors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.OVERDUE:
            return self.tr(
                "Days since the oldest unpaid order's due date when it has one, else since its date (—: not due yet)"
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.BALANCE:
            return self.tr("What the customer's orders still owe, added up")
        return None

    def summary(self, count: int, total: Decimal, currency: str) -> str:
        """How many owe, and how much in all."""
        if not count:
            return self.tr("Nobody owes money here (as far as the local copy knows).")
        owed = money_text(total, currency or "XAF", self.language)
        return self.tr("Owed by %n customer(s): %1", "", count).replace("%1", owed)

    def book_title(self) -> str:
        """The paper's title."""
        return self.tr("Credit book")

    def money(self, debtor: Debtor) -> str:
        """The debtor's balance as the desk writes money."""
        return money_text(debtor.balance, debtor.currency, self.language)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        debtor = self.debtor(index.row()) if index.isValid() else None
        if debtor is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(debtor, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(debtor, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == DEBTOR_ROLE:
            return debtor
        return None

    def text(self, d: Debtor, column: Column) -> str:
        """One cell's text."""
        if column == Column.CUSTOMER:
            return d.name or self.tr("(no name)")
        if column == Column.PHONE:
            return d.phone
        if column == Column.BALANCE:
            return self.money(d)
        if column == Column.UNPAID:
            return str(d.unpaid)
        if column == Column.OLDEST:
            return f"{d.oldest_reference}  {day_text(d.oldest_at, self.language)}".strip()
        if column == Column.OVERDUE:
            return str(d.days_overdue) if d.overdue else "—"
        if d.last_paid_at is None:
            return self.tr("never")
        amount = money_text(d.last_paid_amount, d.currency, self.language)
        return f"{day_text(d.last_paid_at, self.language)}  {amount}"

    def tip(self, d: Debtor, column: Column) -> str | None:
        """One cell's tooltip: where the days overdue count from."""
        if column not in (Column.OVERDUE, Column.OLDEST):
            return None
        if d.overdue_from_due_date:
            return self.tr("Counted from the due date of %s: %s") % (
                d.oldest_reference,
                day_text(d.due_at, self.language),
            )
        return self.tr("Counted from the date of %s (it has no due date): %s") % (
            d.oldest_reference,
            day_text(d.oldest_at, self.language),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (clicked in the header)."""
        if not 0 <= column < len(Column):
            return
        self.sort_by = SORTS[Column(column)]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.debtors = select(self.debtors, replace(CreditQuery(), sort=self.sort_by, descending=self.descending))
        self.layoutChanged.emit()
        self.sortChanged.emit()
