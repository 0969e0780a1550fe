"""An order's history as one timeline: this computer's changes merged with the server's activities, newest first."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from genuka_desk.models import Activity, ActivityKind, LineChange, NewPayment, OrderEdit
from genuka_desk.service import Change, ChangeKind, ChangeState, TimelineEntry, order_timeline

T0 = 1_760_000_000.0  # this computer's clock, in seconds


def change(
    seq: int,
    made: float,
    state: ChangeState = ChangeState.SENT,
    *,
    fields: dict[str, Any] | None = None,
    lines: dict[str, LineChange] | None = None,
    payment: NewPayment | None = None,
    sent: float | None = 1.0,
) -> Change:
    """A change of order ``o1`` made ``made`` seconds after T0 (and sent ``sent`` seconds later, when sent)."""
    return Change(
        seq=seq,
        id=f"c{seq}",
        order_id="o1",
        order_ref="#1",
        kind=ChangeKind.PAYMENT if payment else ChangeKind.UPDATE,
        group_id=None,
        edit=OrderEdit(fields=fields or {}, lines=lines or {}),
        base={},
        base_updated_at=None,
        state=state,
        created_at=T0 + made,
        sent_at=T0 + made + sent if state is ChangeState.SENT and sent is not None else None,
        payment=payment,
    )


def activity(
    at: float, who: str = "Awa", description: str = "updated", props: dict[str, Any] | None = None
) -> Activity:
    """The server's entry logged ``at`` seconds after T0 by the server's clock (whole seconds, as it keeps them)."""
    moment = datetime.fromtimestamp(int(T0 + at), UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    return Activity.model_validate(
        {"description": description, "properties": props or {}, "username": who, "created_at": moment}
    )


def status(old: str, new: str) -> dict[str, str]:
    return {"old": old, "new": new}


def shape(entries: list[TimelineEntry]) -> list[tuple[str, str | None]]:
    """Each entry as (whose, which change of this computer)."""
    return [
        ("server" if e.activity is not None else "here", e.change.id if e.change is not None else None) for e in entries
    ]


def test_newest_first_whoever_made_it() -> None:
    pending = change(1, 100, ChangeState.PENDING, fields={"shipping.address.city": "Kribi"})
    older = activity(50, description="created")
    newer = activity(150, who="Bello", props={"shipping.status": status("pending", "delivered")})
    entries = order_timeline([pending], [newer, older])
    assert shape(entries) == [("server", None), ("here", "c1"), ("server", None)]
    assert [e.at for e in entries] == [newer.created_at, datetime.fromtimestamp(T0 + 100, UTC), older.created_at]
    assert entries[1].from_here and not entries[0].made_here


def test_a_confirmed_change_shows_once_as_the_servers_entry() -> None:
    mine = change(1, 100, fields={"billing.status": "partially_paid"})
    logged = Activity.model_validate(
        {
            "description": "Payment status changed",
            "properties": {"old": "pending", "new": "partially_paid"},  # the documented flat shape
            "username": "Awa",
            "created_at": datetime.fromtimestamp(int(T0 + 100), UTC).isoformat(),
        }
    )
    entries = order_timeline([mine], [logged], skew=0.0)
    assert shape(entries) == [("server", "c1")]
    assert entries[0].activity is logged and entries[0].made_here and not entries[0].from_here
    assert entries[0].at == logged.created_at  # when, by the server


def test_a_change_not_confirmed_stays_this_computers_with_its_state() -> None:
    colleague = activity(101, who="Bello", props={"shipping.status": status("pending", "delivered")})
    for state in (ChangeState.PENDING, ChangeState.SENDING, ChangeState.FAILED, ChangeState.CONFLICT):
        waiting = change(1, 100, state, fields={"shipping.status": "delivered"})
        entries = order_timeline([waiting], [colleague], skew=0.0)
        assert shape(entries) == [("server", None), ("here", "c1")], state
        assert entries[1].change is waiting and entries[1].change.state is state
    # Sent, but the server's history does not show it (not in the page read, or a no-op there).
    sent = change(1, 100, fields={"shipping.address.city": "Kribi"})
    assert shape(order_timeline([sent], [colleague], skew=0.0)) == [("server", None), ("here", "c1")]
    # Offline: this computer's entries only.
    assert shape(order_timeline([sent], None)) == [("here", "c1")]


def test_two_identical_changes_in_a_row_each_take_their_own_entry() -> None:
    first = change(1, 100, fields={"shipping.status": "delivered"})
    second = change(2, 160, fields={"shipping.status": "delivered"})  # a colleague had set it back between
    back = activity(130, who="Bello", props={"shipping.status": status("delivered", "pending")})
    one = activity(101, props={"shipping.status": status("pending", "delivered")})
    two = activity(161, props={"shipping.status": status("pending", "delivered")})
    entries = order_timeline([first, second], [two, back, one], skew=0.0)
    assert shape(entries) == [("server", "c2"), ("server", None), ("server", "c1")]
    # Sent together after a time offline: the nearer answer pairs them, never one entry with both.
    first = change(1, 100, fields={"shipping.status": "delivered"}, sent=900)
    second = change(2, 160, fields={"shipping.status": "delivered"}, sent=841)
    one = activity(1000, props={"shipping.status": status("pending", "delivered")})
    two = activity(1001, props={"shipping.status": status("pending", "delivered")})
    assert shape(order_timeline([first, second], [two, one], skew=0.0)) == [("server", "c2"), ("server", "c1")]
    # The server logged only one of them (the second changed nothing there): the other stays this computer's.
    entries = order_timeline([first, second], [one], skew=0.0)
    assert sorted(shape(entries)) == [("here", "c2"), ("server", "c1")]


def test_an_activity_with_no_change_of_this_computer_is_someone_elses() -> None:
    mine = change(1, 100, fields={"shipping.status": "delivered"})
    other = activity(101, who="Bello", props={"shipping.address.city": status("Douala", "Kribi")})
    entries = order_timeline([mine], [other], skew=0.0)
    assert shape(entries) == [("server", None), ("here", "c1")]
    assert not entries[0].made_here


def test_skewed_clocks_still_pair_a_change_with_its_entry() -> None:
    mine = change(1, 100, fields={"shipping.status": "delivered"})
    late = activity(100 + 600, props={"shipping.status": status("pending", "delivered")})  # the server's clock: +10 min
    assert shape(order_timeline([mine], [late], skew=600.0)) == [("server", "c1")]
    assert shape(order_timeline([mine], [late])) == [("server", "c1")]  # the difference not known
    early = activity(100 - 300, props={"shipping.status": status("pending", "delivered")})  # -5 min
    assert shape(order_timeline([mine], [early], skew=-300.0)) == [("server", "c1")]
    # Far outside any clock difference: someone else's entry, not this change.
    old = activity(100 - 3 * 3600, who="Bello", props={"shipping.status": status("pending", "delivered")})
    assert shape(order_timeline([mine], [old], skew=0.0)) == [("here", "c1"), ("server", None)]
    # Ordered on one clock: a change made here 10 min (PC) after an entry the server logged at +5 min (its clock).
    waiting = change(2, 700, ChangeState.PENDING, fields={"shipping.address.city": "Kribi"})
    colleague = activity(700 + 300, who="Bello", props={"billing.method": status("cash", "card")})
    assert shape(order_timeline([waiting], [colleague], skew=600.0)) == [("here", "c2"), ("server", None)]


def test_the_part_the_server_does_not_show_stays_this_computers() -> None:
    mine = change(
        1,
        100,
        fields={"shipping.status": "delivered", "shipping.amount": Decimal(1500)},
        lines={"812": LineChange(quantity=3)},
    )
    logged = activity(
        101,
        props={
            "shipping.status": status("pending", "delivered"),
            "lines.812.quantity": {"old": 2, "new": 3, "title": "Sac"},
        },
    )
    entries = order_timeline([mine], [logged], skew=0.0)
    assert shape(entries) == [("server", "c1"), ("here", "c1")]
    rest = entries[1].change
    assert rest is not None and rest.edit.fields == {"shipping.amount": Decimal(1500)} and not rest.edit.lines
    # Logged whole (the amount as the server writes it): one entry.
    whole = activity(
        101,
        props={
            "shipping.status": status("pending", "delivered"),
            "shipping.amount": status("0", "1500.00"),
            "lines.812.quantity": {"old": 2, "new": 3},
        },
    )
    assert shape(order_timeline([mine], [whole], skew=0.0)) == [("server", "c1")]


def test_a_payment_taken_here_is_the_servers_payment_added() -> None:
    taken = change(1, 100, payment=NewPayment(amount=Decimal(5000), method="cash", treasury_account_id="t1"))
    added = activity(101, description="Payment added", props={"billing.status": status("pending", "partially_paid")})
    assert added.kind is ActivityKind.PAYMENT_ADDED
    assert shape(order_timeline([taken], [added], skew=0.0)) == [("server", "c1")]
    plain = activity(101, props={"billing.status": status("pending", "partially_paid")})  # "updated": not a payment
    assert shape(order_timeline([taken], [plain], skew=0.0)) == [("server", None), ("here", "c1")]


def test_entries_of_the_same_second_keep_the_servers_order() -> None:
    a = activity(100, who="A", props={"shipping.status": status("pending", "delivered")})
    b = activity(100, who="B", props={"billing.method": status("cash", "card")})
    c = activity(90, who="C", description="created")
    assert [e.activity.author for e in order_timeline([], [a, b, c]) if e.activity] == ["A", "B", "C"]
    assert [e.activity.author for e in order_timeline([], [b, a, c]) if e.activity] == ["B", "A", "C"]


def test_the_servers_words_the_desk_knows() -> None:
    def kind(description: str | None, event: str | None = None) -> ActivityKind | None:
        return Activity.model_validate({"description": description, "event": event}).kind

    assert kind("Payment added") is ActivityKind.PAYMENT_ADDED
    assert kind("Order updated") is ActivityKind.UPDATED
    assert kind("Order status changed") is ActivityKind.STATUS_CHANGED
    assert kind("payment_deleted.") is ActivityKind.PAYMENT_DELETED
    assert kind(None, "restored") is ActivityKind.RESTORED
    assert kind("Invoice sent to the customer") is None
