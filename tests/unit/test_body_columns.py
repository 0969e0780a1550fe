"""The raw-body row reader agrees with the Order model on every body we have."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genuka_desk.demo.data import DemoData
from genuka_desk.models import Order
from genuka_desk.store.body_columns import body_columns
from tests.support.fixtures import load_fixture
from tests.support.model_rows import row_values, search_text
from tests.support.strategies import json_leaf, odd_object, order_bodies


def agree(raw: dict[str, Any]) -> None:
    order = Order.from_raw(raw)
    values, text = body_columns(raw)
    assert values == row_values(order)
    assert text == search_text(order)


@pytest.mark.parametrize("name", ["order-update.response.json", "order-update.request.json"])
def test_example_bodies(name: str) -> None:
    body = load_fixture(name)
    agree(body.get("data", body) if isinstance(body.get("data"), dict) else body)


def test_demo_bodies_of_every_shape() -> None:
    data = DemoData(orders=600, seed=21)
    for index in range(600):
        agree(data.build_order(data.plan(index)))


def test_lines_only_in_products_and_odd_parts() -> None:
    data = DemoData(orders=50, seed=5)
    for index in range(50):
        body = data.build_order(data.plan(index))
        variant = copy.deepcopy(body)
        variant.pop("order_products", None)
        agree(variant)
        variant["customer"] = []
        variant["billing"] = {"status": "cancelled", "address": []}
        variant["shipping"] = None
        variant["currency"] = None
        variant["company"] = {"currency_code": "XOF"}
        agree(variant)


@settings(max_examples=150, deadline=None)
@given(
    data=order_bodies(),
    extra=st.dictionaries(
        st.sampled_from(
            ["customer", "billing", "shipping", "addresses", "amount", "currency", "created_at", "source", "reference"]
        ),
        st.one_of(json_leaf, odd_object),
    ),
)
def test_generated_bodies(data: tuple[dict[str, Any], list[str]], extra: dict[str, Any]) -> None:
    body, _ = data
    agree({**body, **extra})
