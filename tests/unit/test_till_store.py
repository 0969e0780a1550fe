"""The till's sessions on real SQLite files: opened and closed at once as operations of the queue, kept on restart."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from genuka_desk.models import NewPayment, Order
from genuka_desk.store import ChangeKind, ChangeState, Clerk, LocalStore, Subject
from genuka_desk.store.till import CLOSING, OPENED, PENDING_APPROVAL
from tests.support.bodies import bodies

ACCOUNT = "acct-cash"


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    local = LocalStore(tmp_path / "p")
    local.cache.save_server_orders(Order.from_raw(b) for b in bodies(3))
    local.queue.clerk = Clerk("u-awa", "Awa")
    return local


def opened(store: LocalStore) -> str:
    session = store.till.open(ACCOUNT, "Caisse", "XAF", {"d10000": 2, "d500": 4}, Decimal(22000), "matin")
    return session.local_id


def test_opening_shows_the_session_at_once_and_queues_one_operation(store: LocalStore, tmp_path: Path) -> None:
    local_id = opened(store)
    live = store.till.live()
    assert live is not None and live.local_id == local_id and live.status == OPENED and live.opened_by == "Awa"
    assert live.balance_start == Decimal(22000) and live.open_counts == {"d10000": 2, "d500": 4}
    (op,) = store.queue.changes()
    assert (op.kind, op.subject, op.local_id, op.server_id) == (
        ChangeKind.TILL_OPEN,
        Subject.TILL_SESSION,
        local_id,
        None,
    )
    assert op.order_id == live.subject and op.key == op.id and op.clerk_name == "Awa"
    assert op.till == {
        "account_id": ACCOUNT,
        "balance_start": 22000,
        "counts": {"d10000": 2, "d500": 4},
        "notes": "matin",
    }
    with pytest.raises(ValueError, match="already open"):
        store.till.open(ACCOUNT, "Caisse", "XAF", {}, Decimal(0))
    store.close()
    with LocalStore(tmp_path / "p") as again:  # a restart keeps both
        assert again.till.live() == live and [c.id for c in again.queue.active_changes()] == [op.id]


def test_closing_queues_behind_the_opening_and_a_discard_gives_the_till_back(store: LocalStore) -> None:
    local_id = opened(store)
    closing = store.till.close(local_id, {"d10000": 2}, Decimal(20000), "change_mistake", "short")
    assert closing.status == CLOSING and closing.balance_counted == Decimal(20000) and closing.closed_by == "Awa"
    first, second = store.queue.changes()
    assert [first.kind, second.kind] == [ChangeKind.TILL_OPEN, ChangeKind.TILL_CLOSE]
    assert [h.id for h in store.queue.heads()] == [first.id]  # one session's operations go in turn
    with pytest.raises(ValueError, match="not open"):
        store.till.close(local_id, {}, Decimal(0), None)
    store.queue.discard(second.id)  # the close, never sent: the till is open again
    again = store.till.live()
    assert again is not None and again.status == OPENED and again.balance_counted is None
    store.till.close(local_id, {}, Decimal(0), None)
    store.queue.discard(first.id)  # the opening, never sent: the session goes, and the close behind it
    assert store.till.live() is None and store.queue.changes() == []


def test_the_servers_id_reaches_the_session_and_the_close_at_once(store: LocalStore) -> None:
    local_id = opened(store)
    store.till.close(local_id, {}, Decimal(22000), None)
    opening, close = store.queue.changes()
    store.till.settle_open(opening.id, {"id": "srv-1", "status": "opened", "balance_expected": 22000})
    session = store.till.session("srv-1")
    assert session is not None and session.local_id == local_id and session.server_id == "srv-1"
    assert session.status == CLOSING  # the server's "opened" does not undo a close on its way
    assert store.queue.change(opening.id).state is ChangeState.SENT  # type: ignore[union-attr]
    assert store.queue.change(close.id).server_id == "srv-1"  # type: ignore[union-attr]
    store.till.settle_close(close.id, {"id": "srv-1", "status": "pending_approval"}, {"requires_approval": True})
    settled = store.till.session(local_id)
    assert settled is not None and settled.status == PENDING_APPROVAL and settled.summary == {"requires_approval": True}
    store.till.keep_server(local_id, {"id": "srv-1", "status": "closed"})  # a manager approved
    assert store.till.live() is None


def test_a_session_opened_elsewhere_is_shown_once_and_never_beside_this_desks_own(store: LocalStore) -> None:
    theirs = {"id": "srv-9", "treasury_account_id": "acct-2", "status": "opened", "balance_start": 5000}
    shown = store.till.mirror({**theirs, "user": {"name": "Ben"}}, "Caisse 2", "XAF")
    assert shown.server_id == "srv-9" and shown.opened_by == "Ben" and shown.balance_start == Decimal(5000)
    assert store.till.mirror(theirs, "Caisse 2", "XAF").local_id == shown.local_id  # not twice
    assert store.queue.changes() == []  # the server's: nothing to send
    local_id = opened(store)  # this desk's own on ACCOUNT, its opening not sent yet
    other = store.till.mirror({**theirs, "id": "srv-10", "treasury_account_id": ACCOUNT}, "Caisse", "XAF")
    assert other.local_id == local_id  # the opening settles which session it is


def test_the_cash_the_server_may_not_count_yet(store: LocalStore) -> None:
    since = time.time() - 1
    cash = NewPayment(amount=Decimal(3000), method="cash", treasury_account_id=ACCOUNT)
    momo = NewPayment(amount=Decimal(9000), method="pawapay", treasury_account_id="acct-momo")
    first = store.payments.enqueue_payment("order-0000", cash)
    store.payments.enqueue_payment("order-0001", momo)
    store.payments.enqueue_payment("order-0002", cash.model_copy(update={"key": "k2", "amount": Decimal(500)}))
    assert store.till.cash_taken(ACCOUNT, since) == Decimal(3500)
    store.queue.mark_sent(first.id, None)
    read_after = time.time() + 1
    assert store.till.cash_taken(ACCOUNT, since, after=read_after) == Decimal(500)  # the server counts the sent one
    assert store.till.cash_taken(ACCOUNT, time.time() + 5) == 0  # before the session: not its cash


def test_a_partial_answer_keeps_what_was_known_and_the_figures_are_read_only_when_sent(store: LocalStore) -> None:
    local_id = opened(store)
    (opening,) = store.queue.changes()
    full = {"id": "srv-1", "status": "opened", "balance_start": 22000, "balance_expected": 27500, "user": {"name": "A"}}
    store.till.settle_open(opening.id, full)
    read = store.till.session(local_id)
    assert read is not None and read.read_at is not None

    store.till.keep_server(local_id, {"id": "srv-1", "status": "opened", "difference_status": "rejected"})  # partial

    kept = store.till.session(local_id)
    assert kept is not None and kept.server_body is not None
    assert kept.server_body["balance_expected"] == 27500 and kept.server_body["user"] == {"name": "A"}
    assert kept.server_body["difference_status"] == "rejected"
    assert kept.read_at == read.read_at  # the expected balance was not read again: the cash sent since still counts
    store.till.keep_server(local_id, {"id": "srv-1", "balance_expected": 30000, "closed_at": None})
    again = store.till.session(local_id)
    assert again is not None and again.server_body is not None and again.server_body["balance_expected"] == 30000
    assert again.read_at is not None and again.read_at >= read.read_at


def test_a_payment_not_sent_yet_belongs_to_the_shift_it_was_taken_in_not_its_day(store: LocalStore) -> None:
    morning = NewPayment(amount=Decimal(3000), method="cash", treasury_account_id=ACCOUNT)
    taken = store.payments.enqueue_payment("order-0000", morning)
    with store.files.write() as conn:  # taken this morning (the same day as the afternoon's shift)
        store.queue.update_change(conn, taken.id, created_at=time.time() - 3 * 3600)
    afternoon_opens = time.time() - 3600
    store.payments.enqueue_payment("order-0001", morning.model_copy(update={"key": "k2", "amount": Decimal(700)}))

    afternoon = store.till.payments_between(afternoon_opens)
    whole_day = store.till.payments_between(afternoon_opens - 4 * 3600)

    assert [p["amount"] for p in afternoon] == ["700"]  # the morning's 3000 is not this shift's
    assert sorted(p["amount"] for p in whole_day) == ["3000", "700"]
