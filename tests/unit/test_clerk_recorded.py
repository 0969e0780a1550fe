"""Every operation names the clerk who queued it; items from before name nobody."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from genuka_desk.models import NewCustomer, NewOrder, NewOrderLine, NewPayment, Order, OrderEdit
from genuka_desk.store import QUEUE_FILE, ChangeKind, Clerk, LocalStore
from tests.support.bodies import bodies

OLD_QUEUE = Path(__file__).parents[1] / "fixtures" / "old-queue" / "queue-v4.sqlite3"


def test_each_operation_names_the_clerk_at_the_desk_when_it_was_queued(tmp_path: Path) -> None:
    with LocalStore(tmp_path / "p") as store:
        store.cache.save_server_orders(Order.from_raw(b) for b in bodies(2))
        store.queue.clerk = Clerk("u-awa", "Awa")
        edit = store.queue.enqueue("order-0000", ChangeKind.STATUS, OrderEdit(fields={"shipping.status": "delivered"}))
        store.queue.clerk = Clerk("u-ben", "Ben")
        pay = NewPayment(amount=Decimal(500), method="cash", treasury_account_id="t")
        paid = store.payments.enqueue_payment("order-0001", pay)
        draft = NewOrder(
            customer=NewCustomer(first_name="Jo", phone="699000111"), paid_amount=Decimal(100), method="cash"
        )
        draft.add(NewOrderLine(title="Sac", quantity=1, price=Decimal(100)))
        sale = store.sales.enqueue_new_order(draft)
        sale_payment = store.sales.sale_payment(sale.id)
    with LocalStore(tmp_path / "p") as again:  # kept on disk
        named = {c.id: (c.clerk_id, c.clerk_name) for c in again.queue.changes()}
    assert named[edit.id] == ("u-awa", "Awa")
    assert named[paid.id] == named[sale.id] == ("u-ben", "Ben")
    assert sale_payment is not None and named[sale_payment.id] == ("u-ben", "Ben")


def test_items_queued_before_clerks_were_recorded_name_nobody(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    shutil.copy(OLD_QUEUE, tmp_path / "p" / QUEUE_FILE)
    with LocalStore(tmp_path / "p") as store:
        assert {(c.clerk_id, c.clerk_name) for c in store.queue.changes()} == {(None, "")}
