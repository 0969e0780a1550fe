"""The demo's ways of paying use the reference's values only, under the names a shop gives them.

08-payments-pos.md lists a payment method's ``processor`` (POST
/payment-methods: any other is a 400; one method per processor, a second is
an upsert); "Orange Money" and "MTN MoMo" are a shop's names for methods
paid through a documented processor. A payment's own ``method`` is a free
label (06-orders-sales.md: ``string``, e.g. ``bank``, ``cash``, ``notchpay``):
the demo takes any, as the reference does, and refuses only a missing one.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from genuka_desk.demo import DemoData, DemoStore
from genuka_desk.demo.errors import DemoError

PROCESSORS = {"cash", "notchpay", "stripe", "paydunya", "taramoney", "pawapay", "paypal", "mamoni", "flutterwave"}
PROCESSORS |= {"genuka_pay"}


def test_every_payment_method_has_a_documented_processor_once_and_the_shops_name() -> None:
    data = DemoData(orders=200, seed=5)
    processors = [m["processor"] for m in data.payment_methods]
    assert set(processors) <= PROCESSORS and len(set(processors)) == len(processors), processors
    names = {m["name"]: m["processor"] for m in data.payment_methods}
    assert names["Orange Money"] in PROCESSORS and names["MTN MoMo"] == "pawapay"  # as 19-company-settings shows
    accounts = {a["id"] for a in data.treasury_accounts}
    assert all(m["treasury_account_id"] in accounts for m in data.payment_methods)


def test_the_seeded_orders_pay_only_by_documented_processors() -> None:
    store = DemoStore(DemoData(orders=200, seed=5))
    accounts = {a["id"] for a in store.data.treasury_accounts}
    paid = [p["method"] for row in store.rows for p in store.get_order(row.id).get("payments") or []]
    billed = [(store.get_order(row.id).get("billing") or {}).get("method") for row in store.rows]
    assert paid and set(paid) <= PROCESSORS, set(paid)
    assert {m for m in billed if m and m not in accounts} <= PROCESSORS, set(billed) - accounts


def test_a_payment_takes_any_label_the_reference_allows_and_refuses_none() -> None:
    store = DemoStore(DemoData(orders=30, seed=3))
    owing = next(r.id for r in store.rows if r.billing_status == "pending")
    account = store.data.treasury_accounts[-1]["id"]
    user = store.data.users[0]
    body = {"amount": 100, "method": "bank", "treasury_account_id": account}
    assert store.payments.add_payment(owing, body, user, None)["message"] == "Payment added successfully"
    payments = store.get_order(owing)["payments"]
    assert payments[-1]["method"] == "bank" and Decimal(str(payments[-1]["amount"])) == 100
    with pytest.raises(DemoError) as refused:
        store.payments.add_payment(owing, body | {"method": " "}, user, None)
    assert refused.value.status == 400 and "method" in refused.value.body["errors"]
    assert len(store.get_order(owing)["payments"]) == len(payments)
