"""The demo server's world by composition: one state handed to small stores, small rooms, no import cycle.

Issue 34: a new capability of the demo becomes a new room (a small module
over :class:`~genuka_desk.demo.state.DemoState`), not a longer class.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bench.house import PACKAGE, measure
from genuka_desk.demo import DemoData, DemoStore


def test_the_demo_is_small_rooms_without_an_import_cycle() -> None:
    house = measure(PACKAGE / "demo")
    # Not even a cycle put off by an import inside a function or under TYPE_CHECKING.
    assert house.hidden_cycles == [] and house.import_cycles == []
    assert house.largest_file[1] <= 400, house.largest_file
    assert house.largest_class[1] <= 300, house.largest_class
    assert house.deepest_inheritance[1] <= 1, house.deepest_inheritance


def test_every_store_of_the_demo_works_on_the_one_state() -> None:
    """What one small store writes, the others read: the list, the history, Mobile Sync's pull."""
    store = DemoStore(DemoData(orders=30, seed=3))
    parts: list[Any] = [store.history, store.edits, store.statuses, store.payments, store.creation]
    parts += [store.arrivals, store.colleague, store.listing, store.directory, store.mobile_sync]
    parts += [store.cash_sessions, store.cash_reads]
    assert all(part.state is store.state for part in parts)

    (made,) = store.arrivals.add_orders(1)
    listed = store.listing.list_orders({"filter[reference]": "ORDER_1031"}, "http://x", "laravel")
    assert [item["id"] for item in listed["data"]] == [made]

    owing = next(r.id for r in store.rows if r.billing_status == "pending")
    store.colleague.payment(owing, Decimal(100))
    assert store.get_order(owing)["payments"][-1]["amount"] == 100
    history = store.history.list_activities(owing, {}, "http://x")["data"]
    assert history[0]["description"] == "Payment added" and history[0]["user"]["name"] == "Martin Essomba"
    pulled = store.mobile_sync.pull({"entity_types": "payment"}, own_data=True)["changes"]
    assert any(c["entity"]["order_id"] == owing and c["entity"]["amount"] == 100 for c in pulled)
    assert store.state.writes == [], "a colleague's writes are not the clerks' (the write log)"


def test_a_payment_lands_in_the_till_open_on_its_account() -> None:
    """The payments room feeds the cash register's room: one state, two rooms."""
    store = DemoStore(DemoData(orders=30, seed=3))
    account = store.data.treasury_accounts[0]["id"]
    session = store.cash_sessions.open(
        store.data.company_id, {"treasury_account_id": account}, store.data.users[0], "r1"
    )
    owing = next(r.id for r in store.rows if r.billing_status == "pending")
    store.colleague.payment(owing, Decimal(700))
    store.colleague_expense(Decimal(200))
    shown = store.cash_reads.show(session["session"]["id"], store.data.company_id)
    assert shown["session"]["balance_expected"] == 500 and shown["summary"]["net"] == 500
    assert [w["kind"] for w in store.state.writes] == ["till_open"]
