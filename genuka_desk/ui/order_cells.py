"""What each cell of the order list says: the columns, their titles and texts.

Shared by the list's table model and the start's first look, and free of
Qt's big ``Qt`` namespace (its enums cost ~30 ms to load): the first look
paints before that is loaded.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from .. import models as _models
from .. import service as _service
from ..models.owed import PaymentMismatch, payment_mismatch
from ..models.phone import phone_text
from .dates import day_text
from .labels import billing_label, document_label, shipping_label, source_label
from .quick_format import quick_money

SYNC_RED = "#b3261e"  # a refused or conflicting change
SYNC_AMBER = "#8a6d00"  # waiting to be sent
CANCELLED_GREY = "#7a7a7a"  # a cancelled order stays visible, greyed and struck through
MONEY_RED = "#b3261e"  # a payment status at odds with the balance: a problem to settle
MONEY_MARK = "⚠ "  # before the payment status of such an order (the colour alone is easy to miss)
RIGHT_ALIGNED = 0x0082  # Qt.AlignRight | Qt.AlignVCenter, as the number Qt stores


class Column(IntEnum):
    """The table's columns, in their default order."""

    REFERENCE = 0
    DATE = 1
    CUSTOMER = 2
    ITEMS = 3
    TOTAL = 4
    PAYMENT = 5
    FULFILMENT = 6
    SOURCE = 7
    SYNC = 8
    DOCUMENT = 9  # quotation, sales order, invoice or cancelled (added last: saved layouts keep working)
    BALANCE = 10  # what is still owed


SORT_FIELDS: dict[Column, str] = {
    Column.REFERENCE: "reference",
    Column.DATE: "created_at",
    Column.CUSTOMER: "customer",
    Column.ITEMS: "items",
    Column.TOTAL: "total",
    Column.BALANCE: "balance",
    Column.PAYMENT: "billing_status",
    Column.FULFILMENT: "shipping_status",
    Column.SOURCE: "source",
}


def column_title(column: Column) -> str:
    """A column's header in the clerk's language."""

    titles = {
        Column.REFERENCE: QCoreApplication.translate("OrderTableModel", "Reference"),
        Column.DATE: QCoreApplication.translate("OrderTableModel", "Date"),
        Column.CUSTOMER: QCoreApplication.translate("OrderTableModel", "Customer"),
        Column.ITEMS: QCoreApplication.translate("OrderTableModel", "Items"),
        Column.TOTAL: QCoreApplication.translate("OrderTableModel", "Total"),
        Column.PAYMENT: QCoreApplication.translate("OrderTableModel", "Payment"),
        Column.FULFILMENT: QCoreApplication.translate("OrderTableModel", "Fulfilment"),
        Column.SOURCE: QCoreApplication.translate("OrderTableModel", "Source"),
        Column.SYNC: QCoreApplication.translate("OrderTableModel", "Sync"),
        Column.DOCUMENT: QCoreApplication.translate("OrderTableModel", "Document"),
        Column.BALANCE: QCoreApplication.translate("OrderTableModel", "Balance"),
    }
    return titles[column]


NUMBER_COLUMNS = (Column.TOTAL, Column.ITEMS, Column.BALANCE)  # right-aligned


def money_text(amount: Decimal | None, currency: str, locale: str) -> str:
    """An amount as the list shows it."""
    # Qt's locale for francs (Babel's very text, without loading Babel before the first paint).
    quick = quick_money(amount, currency, locale)
    return quick if quick is not None else _models.format_money(amount, currency, locale)


def row_mismatch(row: _service.OrderRow) -> PaymentMismatch | None:
    """How the row's payment status disagrees with its balance (None: it agrees)."""
    return payment_mismatch(
        row.billing_status, row.balance, row.total, cancelled=row.cancelled, state=row.state, waiting=row.pending > 0
    )


def mismatch_text(problem: PaymentMismatch, balance: str) -> str:
    """What is wrong, in plain words, and what to do (``balance``: what is owed, as shown)."""
    if problem is PaymentMismatch.PAID_WITH_BALANCE:
        return (
            QCoreApplication.translate(
                "OrderCells",
                "Marked paid, but %s is still owed (the total rose after the payment). "
                "Record the missing payment, or set the payment status to Partly paid.",
            )
            % balance
        )
    if problem is PaymentMismatch.NOTHING_PAID:
        return QCoreApplication.translate(
            "OrderCells",
            "Marked partly paid, but no payment is recorded. Record the payment the customer made, "
            "or set the payment status back to Awaiting payment.",
        )
    return QCoreApplication.translate(
        "OrderCells",
        "Marked as not paid in full, but the payments cover the total. Set the payment status to Paid.",
    )


def row_problem_tip(row: _service.OrderRow, locale: str) -> str | None:
    """The tooltip of a flagged row's payment and balance cells (None: nothing to settle)."""
    problem = row_mismatch(row)
    return None if problem is None else mismatch_text(problem, money_text(row.balance, row.currency, locale))


def needs_colour(row: _service.OrderRow) -> bool:
    """Whether any cell of the row has a colour of its own (the first look colours only those rows)."""
    return bool(row.pending or row.failed or row.conflict or row.cancelled or row_mismatch(row) is not None)


def cell_text(row: _service.OrderRow, column: Column, locale: str, marked: bool = False) -> str:
    """The text of one cell; ``marked``: a new order not seen yet."""
    if column is Column.REFERENCE:
        return f"● {row.reference}" if marked else row.reference
    if column is Column.DATE:
        return day_text(row.created_at, locale)  # the way of the shop's country (or this computer's)
    if column is Column.CUSTOMER:
        # A sale to a phone alone is named by its phone, written as known customers' are.
        return row.customer or phone_text(row.phone)
    if column is Column.ITEMS:
        return str(row.item_count)
    if column is Column.TOTAL:
        return money_text(row.total, row.currency, locale)
    if column is Column.BALANCE:
        return money_text(row.balance, row.currency, locale) if row.balance else ""
    if column is Column.PAYMENT:
        label = billing_label(row.billing_status)
        return MONEY_MARK + label if row_mismatch(row) is not None else label
    if column is Column.FULFILMENT:
        return shipping_label(row.shipping_status)
    if column is Column.SOURCE:
        return source_label(row.source)
    if column is Column.DOCUMENT:
        return document_label(row.state, row.cancelled)
    if row.conflict:
        return "⚠"
    if row.failed:
        return "✗"
    return "↑" if row.pending else ""


def cell_colour(row: _service.OrderRow, column: Column) -> str | None:
    """A cell's text colour (None: the style's): the sync mark's, a cancelled order's grey, or red on
    the payment and balance of an order whose payment status disagrees with its balance."""
    if column is Column.SYNC:
        return SYNC_RED if row.conflict or row.failed else SYNC_AMBER
    if row.cancelled:
        return CANCELLED_GREY
    if column in (Column.PAYMENT, Column.BALANCE) and row_mismatch(row) is not None:
        return MONEY_RED
    return None


def struck_out(row: _service.OrderRow, column: Column) -> bool:
    """Whether a cell's text is struck through: a cancelled order's, but for what it is (cancelled)."""
    return row.cancelled and column is not Column.DOCUMENT
