"""Hypothesis strategies: JSON leaves and objects, and real order bodies with odd shapes sprinkled in."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import strategies as st

from tests.support.fixtures import load_fixture

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)
odd_object = st.one_of(st.just([]), st.just({}), st.none(), st.dictionaries(st.text(max_size=6), json_leaf, max_size=3))
number_like = st.one_of(st.integers(1, 500), st.integers(1, 500).map(str))


@st.composite
def order_bodies(draw: st.DrawFn) -> tuple[dict[str, Any], list[str]]:
    """A real body with random lines, odd shapes and unknown keys sprinkled in."""
    raw = copy.deepcopy(load_fixture("order-update.response.json"))
    template_op, template_product = raw["order_products"][0], raw["products"][0]
    ids = draw(st.lists(st.integers(1, 10**6), min_size=1, max_size=5, unique=True))
    ops, products = [], []
    for line_id in ids:
        op = copy.deepcopy(template_op)
        op["id"] = draw(st.sampled_from([line_id, str(line_id)]))
        op["quantity"] = draw(number_like)
        op["price"] = draw(st.one_of(st.integers(0, 10**7), st.integers(0, 10**7).map(str)))
        op["metadata"] = draw(odd_object)
        product = copy.deepcopy(template_product)
        product["pivot"]["id"] = line_id
        product["pivot"]["quantity"] = draw(number_like)
        if draw(st.booleans()):
            product["quantity"] = draw(number_like)
        ops.append(op)
        products.append(product)
    raw["order_products"], raw["products"] = ops, products
    for key in draw(st.lists(st.text(min_size=1, max_size=10), max_size=4)):
        raw.setdefault(f"x_{key}", draw(json_value))
    raw["metadata"] = draw(odd_object)
    raw["billing"]["scheduled_at"] = draw(st.sampled_from(["18/01/2024", "2024-01-18", None, "", "bad date"]))
    raw["addresses"][0]["is_billing"] = draw(st.sampled_from([0, 1, True, False, "1"]))
    return raw, [str(i) for i in ids]
