"""Faithful out: an update body differs from the server's body only where the clerk changed it."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genuka_desk.models import (
    CLIENT_LINE_KEY,
    LineChange,
    NewLine,
    Order,
    OrderEdit,
    apply_edit,
    read_values,
)
from tests.support.fixtures import load_fixture
from tests.support.jsondiff import diff_paths
from tests.support.strategies import order_bodies

EXAMPLES = ["order-update.request.json", "order-update.response.json"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_no_change_gives_back_the_original_json(name: str) -> None:
    original_text = (load_fixture.__globals__["FIXTURES"] / name).read_text(encoding="utf-8")
    order = Order.from_raw(json.loads(original_text))
    body = apply_edit(order.raw, OrderEdit())
    assert body == json.loads(original_text)
    assert diff_paths(body, json.loads(original_text)) == set()
    # The wire format survives a JSON round trip too ("18/01/2024" stays a string, 1 stays 1).
    assert json.loads(json.dumps(body)) == json.loads(original_text)


@pytest.mark.parametrize("name", EXAMPLES)
def test_one_quantity_change_touches_exactly_that_line(name: str) -> None:
    raw = load_fixture(name)
    order = Order.from_raw(raw)
    body = apply_edit(order.raw, OrderEdit(lines={"4839": LineChange(quantity=5)}))
    expected = {("order_products", 0, "quantity"), ("products", 0, "pivot", "quantity")}
    if "quantity" in raw["products"][0]:
        expected.add(("products", 0, "quantity"))  # the update form carries it at top level too
    assert diff_paths(raw, body) == expected
    assert body["order_products"][0]["quantity"] == 5
    assert body["products"][0]["pivot"]["quantity"] == 5
    assert Order.from_raw(body).lines[0].quantity == 5


def test_price_change_keeps_number_types() -> None:
    raw = load_fixture("order-update.response.json")
    body = apply_edit(raw, OrderEdit(lines={"4839": LineChange(price=Decimal("42500"))}))
    assert body["order_products"][0]["price"] == 42500
    assert isinstance(body["order_products"][0]["price"], int)
    assert diff_paths(raw, body) == {("order_products", 0, "price"), ("products", 0, "pivot", "price")}


def test_numbers_sent_as_strings_stay_strings() -> None:
    raw = load_fixture("order-update.response.json")
    raw["order_products"][0]["quantity"] = "2"
    body = apply_edit(raw, OrderEdit(lines={"4839": LineChange(quantity=3)}))
    assert body["order_products"][0]["quantity"] == "3"
    assert body["products"][0]["pivot"]["quantity"] == 3


def test_address_and_status_fields() -> None:
    raw = load_fixture("order-update.response.json")
    edit = OrderEdit(fields={"shipping.address.line1": "Akwa, rue 12", "billing.status": "paid"})
    body = apply_edit(raw, edit)
    # Marked paid, the order owes nothing at once: Genuka settles the unpaid remainder itself.
    assert diff_paths(raw, body) == {("shipping", "address", "line1"), ("billing", "status"), ("amount_due",)}
    assert body["amount_due"] == 0 and raw["amount_due"] == 80000
    assert read_values(body, edit.touched()) == {"shipping.address.line1": "Akwa, rue 12", "billing.status": "paid"}


def test_setting_a_field_under_an_empty_php_array_creates_the_object() -> None:
    raw = load_fixture("order-update.response.json")
    raw["shipping"]["address"] = []
    body = apply_edit(raw, OrderEdit(fields={"shipping.address.city": "Kribi"}))
    assert body["shipping"]["address"] == {"city": "Kribi"}


def test_remove_and_add_lines_keep_both_arrays_consistent() -> None:
    raw = load_fixture("order-update.response.json")
    new = NewLine(product_id="p1", variant_id="v1", title="Miel de Oku", quantity=2, price=Decimal(7000))
    body = apply_edit(raw, OrderEdit(removed_lines=["4839"], added_lines=[new]))
    assert len(body["order_products"]) == len(body["products"]) == 1
    assert body["order_products"][0]["metadata"][CLIENT_LINE_KEY] == new.key
    assert body["products"][0]["pivot"]["metadata"][CLIENT_LINE_KEY] == new.key
    order = Order.from_raw(body)
    assert [(line.title, line.quantity, line.price) for line in order.lines] == [("Miel de Oku", 2, Decimal(7000))]
    # The rest of the body is untouched.
    rest = {k: v for k, v in body.items() if k not in ("order_products", "products")}
    assert rest == {k: v for k, v in raw.items() if k not in ("order_products", "products")}


def test_edits_on_a_line_added_earlier_fold_into_it() -> None:
    new = NewLine(product_id="p1", title="Miel", quantity=1, price=Decimal(7000))
    first = OrderEdit(added_lines=[new])
    combined = first.then(OrderEdit(lines={f"+{new.key}": LineChange(quantity=4)}))
    assert combined.added_lines[0].quantity == 4 and not combined.lines
    dropped = combined.then(OrderEdit(removed_lines=[f"+{new.key}"]))
    assert dropped.is_empty()
    # Applied in sequence, a +key reference finds the line by its marker.
    body = apply_edit(
        apply_edit(load_fixture("order-update.response.json"), first),
        OrderEdit(lines={f"+{new.key}": LineChange(quantity=9)}),
    )
    assert body["order_products"][-1]["quantity"] == 9


def test_noops_are_dropped() -> None:
    raw = load_fixture("order-update.response.json")
    edit = OrderEdit(
        fields={"billing.status": "pending", "shipping.mode": "pickup"},
        lines={"4839": LineChange(quantity=2, price=Decimal(40000))},
    )
    assert edit.without_noops(raw) == OrderEdit(fields={"shipping.mode": "pickup"})


def test_status_only_edit_body() -> None:
    edit = OrderEdit(fields={"shipping.status": "delivered"})
    assert edit.is_status_only()
    assert edit.status_body() == load_fixture("order-status.request.json")
    assert not OrderEdit(fields={"shipping.mode": "pickup"}).is_status_only()


# -- property test over generated bodies -----------------------------------------


@settings(max_examples=100, deadline=None)
@given(data=order_bodies(), pick=st.integers(0, 4), quantity=st.integers(1, 999))
def test_property_faithful_bodies(data: tuple[dict[str, Any], list[str]], pick: int, quantity: int) -> None:
    raw, ids = data
    original = copy.deepcopy(raw)
    order = Order.from_raw(raw)  # never raises, whatever the shapes
    assert apply_edit(order.raw, OrderEdit()) == original

    line_id = ids[pick % len(ids)]
    index = ids.index(line_id)
    body = apply_edit(order.raw, OrderEdit(lines={line_id: LineChange(quantity=quantity)}))
    changed = diff_paths(original, body)
    allowed = {
        ("order_products", index, "quantity"),
        ("products", index, "pivot", "quantity"),
        ("products", index, "quantity"),
    }
    assert changed <= allowed
    # Every changed place now holds the quantity, in the wire type it had.
    for path in changed:
        node: Any = body
        old: Any = original
        for part in path:
            node, old = node[part], old[part]
        assert str(node) == str(quantity)
        assert type(node) is type(old)
    assert raw == original  # the input was not touched
