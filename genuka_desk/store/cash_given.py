"""The cash handed over for a payment, kept on this computer only, for the receipt (and the change given back).

Genuka has no field for either (08-payments-pos.md: a payment is an amount,
a way, an account and a day), so they never leave the desk: a row of the
queue's file per cash payment taken here with more handed over than paid,
named by the payment's own key. It is written with its payment change, in
the same transaction; it follows its order to the server's id when the sale
is created there (:func:`move_cash`); a payment dropped before it was sent
takes its row with it (a trigger, ``schema._queue_v4``); and it outlives the
payment change, which is forgotten some days after it was sent.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from decimal import Decimal

from .. import models as _models


@dataclass(frozen=True)
class CashGiven:
    """The cash handed over for one payment taken here."""

    key: str  # the payment's key: it shows as ``desk-pay-<key>`` until the server holds it
    amount: Decimal  # what the payment paid
    method: str
    tendered: Decimal  # what the customer handed over

    @property
    def local_id(self) -> str:
        """The id the payment shows under until the server holds it."""
        return _models.LOCAL_PAYMENT_PREFIX + self.key

    @property
    def change(self) -> Decimal:
        """The change given back."""
        return self.tendered - self.amount


def keep_cash(conn: sqlite3.Connection, order_id: str, payment: _models.NewPayment) -> None:
    """Note the cash handed over for ``payment`` (in the caller's transaction); none when no change was given."""
    if payment.change_given is None or payment.tendered is None:
        return
    conn.execute(
        "INSERT OR REPLACE INTO main.cash_given (payment_key, order_id, amount, method, tendered, taken_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (payment.key, order_id, str(payment.amount), payment.method, str(payment.tendered), time.time()),
    )


def drop_cash(conn: sqlite3.Connection, payment_key: str) -> None:
    """Forget the cash handed over for a payment that is replaced (in the caller's transaction)."""
    conn.execute("DELETE FROM main.cash_given WHERE payment_key = ?", (payment_key,))


def move_cash(conn: sqlite3.Connection, local_id: str, server_id: str) -> None:
    """The sale ``local_id`` was created on the server as ``server_id``: its cash notes follow it."""
    conn.execute("UPDATE main.cash_given SET order_id = ? WHERE order_id = ?", (server_id, local_id))


def cash_of(conn: sqlite3.Connection, order_id: str) -> list[CashGiven]:
    """The cash handed over for the order's payments taken here, oldest first."""
    rows = conn.execute(
        "SELECT payment_key, amount, method, tendered FROM main.cash_given WHERE order_id = ? ORDER BY taken_at, rowid",
        (order_id,),
    ).fetchall()
    return [
        CashGiven(str(key), Decimal(amount), str(method), Decimal(tendered)) for key, amount, method, tendered in rows
    ]
